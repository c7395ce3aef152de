//go:build unix

package graph

import "syscall"

// offHeap returns n bytes of zeroed memory outside the Go heap, which ingest's soft memory
// limit does not count, and the function that frees it; or heap memory if the system
// refuses.
func offHeap(n int) ([]byte, func()) {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}
	}
	return b, func() { syscall.Munmap(b) }
}
