package queries

import (
	"testing"

	"github.com/relgraph/relgraph/graph"
)

// TestTranslitKey checks which spellings count as one name before the graph is asked for
// evidence: transliterations agree, different names and relatives do not.
func TestTranslitKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Mahmud Abbas", "Mahmoud Abbas", true},
		{"Omar al-Beshir", "Omar Hassan al-Bashir", true},
		{"Moammer Kadhafi", "Muammar Qadhafi", true},
		{"Muammar Gaddafi", "Moammar Gadhafi", true},
		{"Raul Castro", "Fidel Castro", false},
		{"Hillary Clinton", "Bill Clinton", false},
		{"Laura Bush", "George Bush", false},
		{"Abbas", "Abbas", false}, // one word: too weak to join on
	}
	for _, tc := range tests {
		ka, kb := graph.SpellingKey(tc.a), graph.SpellingKey(tc.b)
		if got := ka != "" && ka == kb; got != tc.same {
			t.Errorf("SpellingKey(%q) = %q, SpellingKey(%q) = %q: same %v, want %v", tc.a, ka, tc.b, kb, got, tc.same)
		}
	}
}

// TestSameEvidence checks that a join needs the same office of the same country, or a
// contact in common, and that an office without its country is not enough.
func TestSameEvidence(t *testing.T) {
	set := func(s ...string) map[string]bool {
		m := map[string]bool{}
		for _, x := range s {
			m[x] = true
		}
		return m
	}
	a := &personFacts{id: "a", roles: set("president|palestine"), contacts: set("ariel-sharon")}
	tests := []struct {
		name string
		b    *personFacts
		want string
	}{
		{"same office", &personFacts{id: "b", roles: set("president|palestine"), contacts: set()}, "both president of palestine"},
		{"same contact", &personFacts{id: "b", roles: set("minister|egypt"), contacts: set("ariel-sharon")}, "both related to ariel-sharon"},
		{"office of no country", &personFacts{id: "b", roles: set("president|"), contacts: set()}, ""},
		{"nothing alike", &personFacts{id: "b", roles: set("president|sudan"), contacts: set("egypt")}, ""},
	}
	for _, tc := range tests {
		if got := sameEvidence(a, tc.b); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
