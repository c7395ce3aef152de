package extract

import (
	"slices"
	"testing"
)

// TestModesDeclared checks that every mode the trigger lexicon gives is declared in Modes,
// so that a filter on mode accepts it.
func TestModesDeclared(t *testing.T) {
	var given []string
	for _, v := range verbSpecs {
		given = append(given, v.def.mode)
	}
	for _, m := range multiSpecs {
		given = append(given, m.def.mode)
	}
	for _, m := range contactNouns {
		given = append(given, m)
	}
	for _, m := range given {
		if m != "" && !slices.Contains(Modes, m) {
			t.Errorf("mode %q is given by a trigger but not declared in Modes", m)
		}
	}
}
