//go:build !unix

package graph

// offHeap returns n bytes of zeroed memory, here from the Go heap, and the function that
// frees it.
func offHeap(n int) ([]byte, func()) { return make([]byte, n), func() {} }
