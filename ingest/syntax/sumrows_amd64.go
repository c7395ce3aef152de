package syntax

// sumRows is sumRowsGeneric in AVX2 where the processor has it and dst is at most 128
// classes (every model here), else in SSE2, which every amd64 processor has.
func sumRows(dst, rows []int32, offs []uint32) {
	if hasAVX2 && len(dst) <= 4*denseBlock {
		sumRowsAVX2(dst, rows, offs)
		return
	}
	sumRowsSSE2(dst, rows, offs)
}

//go:noescape
func sumRowsSSE2(dst, rows []int32, offs []uint32)

//go:noescape
func sumRowsAVX2(dst, rows []int32, offs []uint32)

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

func xgetbv() (eax, edx uint32)

// hasAVX2 reports whether the processor has AVX2 and the operating system saves its
// registers.
var hasAVX2 = func() bool {
	maxID, _, _, _ := cpuid(0, 0)
	if maxID < 7 {
		return false
	}
	_, _, ecx1, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if ecx1&osxsave == 0 || ecx1&avx == 0 {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&6 != 6 { // XMM and YMM state
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	return ebx7&(1<<5) != 0
}()
