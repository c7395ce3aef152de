package extract

import (
	"slices"
	"testing"
)

// TestModesDeclared checks that every mode the trigger lexicon gives is declared in Modes,
// so that a filter on mode accepts it.
func TestModesDeclared(t *testing.T) {
	lx, err := loadFrames()
	if err != nil {
		t.Fatal(err)
	}
	var given []string
	for _, m := range []map[string][]*frame{lx.verbs, lx.nouns} {
		for _, frs := range m {
			for _, fr := range frs {
				given = append(given, fr.mode)
			}
		}
	}
	for _, m := range contactNouns {
		given = append(given, m)
	}
	given = append(given, "phone") // phoneDependent's mode
	for _, m := range given {
		if m != "" && !slices.Contains(Modes, m) {
			t.Errorf("mode %q is given by a trigger but not declared in Modes", m)
		}
	}
}
