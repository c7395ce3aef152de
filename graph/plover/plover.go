// Package plover declares the PLOVER event categories relgraph codes events with, once, for
// everything that needs them: extraction, the graph's <plover> values, exports, the CLI's
// filters and the README. It imports nothing, so that any package may use it.
//
// The categories and their order (from cooperation to conflict) follow the PLOVER
// ontology of the Open Event Data Alliance (github.com/openeventdata/PLOVER); the one-line
// definitions are ours. FIGHT is in the list as the PLOVER gold records code it: armed
// clashes between forces.
package plover

import "strings"

// Category is one PLOVER event category.
type Category struct {
	Name        string // upper case, as stored in <plover>: "CONSULT"
	Description string // one line: what events of the category are
	Cooperative bool   // verbal or material cooperation, as opposed to conflict
}

// Categories lists every category, from cooperation to conflict.
var Categories = []Category{
	{"AGREE", "agree to, sign, promise or offer something", true},
	{"CONSULT", "meet, visit, talk or call", true},
	{"SUPPORT", "praise, endorse, defend or back", true},
	{"CONCEDE", "give in: release, ease, apologize, accept demands", true},
	{"COOPERATE", "act together: joint exercises, shared work", true},
	{"AID", "give material, economic, military or humanitarian aid", true},
	{"RETREAT", "withdraw forces, disarm, resign, pull out", true},
	{"INVESTIGATE", "investigate, inquire, inspect", false},
	{"DEMAND", "demand, urge, call on, ask", false},
	{"DISAPPROVE", "criticize, condemn, accuse, blame, complain", false},
	{"REJECT", "reject, refuse, deny, veto, defy", false},
	{"THREATEN", "threaten, warn of consequences, ultimatums", false},
	{"SANCTION", "sanction, embargo, expel, cut ties, cancel contacts", false},
	{"PROTEST", "demonstrate, rally, strike, boycott", false},
	{"CRIME", "smuggle, steal, traffic, corrupt", false},
	{"MOBILIZE", "mobilize or deploy forces, raise alert", false},
	{"COERCE", "arrest, detain, deport, seize, ban, crack down", false},
	{"ASSAULT", "attack, bomb, kill, kidnap, torture", false},
	{"FIGHT", "armed clashes between forces", false},
}

// Names returns the category names in order.
func Names() []string {
	out := make([]string, len(Categories))
	for i, c := range Categories {
		out[i] = c.Name
	}
	return out
}

// Lookup returns the category named name (any case) and whether there is one.
func Lookup(name string) (Category, bool) {
	u := strings.ToUpper(strings.TrimSpace(name))
	for _, c := range Categories {
		if c.Name == u {
			return c, true
		}
	}
	return Category{}, false
}
