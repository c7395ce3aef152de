package syntax

// sumRows is sumRowsGeneric in SSE2 (every amd64 processor has it): four classes an
// addition, sixteen held in registers across all the rows.
//
//go:noescape
func sumRows(dst, rows []int32, offs []uint32)
