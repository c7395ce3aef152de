//go:build !amd64

package syntax

// sumRowsKernels returns the kernels that can sum rows of width classes here.
func sumRowsKernels(width int) map[string]func(dst, rows []int32, offs []uint32) {
	return map[string]func(dst, rows []int32, offs []uint32){"sumRows": sumRows}
}
