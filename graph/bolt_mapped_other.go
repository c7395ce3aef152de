//go:build !linux

package graph

// mapping finds nothing here: see bolt_mapped_linux.go.
func (b boltBatch) mapping() (addr, size uintptr) { return 0, 0 }

func unmapPages(addr, size uintptr) {}

func mapSmall(addr, size uintptr) {}
