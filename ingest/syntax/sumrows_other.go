//go:build !amd64

package syntax

func sumRows(dst, rows []int32, offs []uint32) { sumRowsGeneric(dst, rows, offs) }
