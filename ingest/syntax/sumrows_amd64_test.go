package syntax

// sumRowsKernels returns the kernels that can sum rows of width classes here.
func sumRowsKernels(width int) map[string]func(dst, rows []int32, offs []uint32) {
	k := map[string]func(dst, rows []int32, offs []uint32){"sumRows": sumRows, "SSE2": sumRowsSSE2}
	if hasAVX2 && width <= 4*denseBlock {
		k["AVX2"] = sumRowsAVX2
	}
	return k
}
