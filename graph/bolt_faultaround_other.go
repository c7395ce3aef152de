//go:build !linux || !(amd64 || arm64)

package graph

// faultAround does nothing here: see bolt_faultaround_linux.go.
type faultAround struct{}

func (*faultAround) register(addr, span uintptr) bool { return false }
func (*faultAround) off() bool                        { return false }
func (*faultAround) close()                           {}
