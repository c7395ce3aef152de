package extract

import "testing"

// TestEvaluations checks statements of worth read by what they do: praise or blame said of
// another party, with no verb of the act; and what is not one: a negated clause, a clause
// of what should be, a label of something else, a speaker's own country, a judgement of
// no one named.
func TestEvaluations(t *testing.T) {
	for _, c := range []struct{ name, text, typ, src, tgt string }{
		{"deserves praise", "\"The Peruvian presidency deserves praise for its courage,\" Ghanaian President Kofi Mensah said.", "SUPPORT", "kofi-mensah", "peru"},
		{"has shown strength", "Chilean Foreign Minister Ana Torres said Ghanaian President Kofi Mensah had shown strength.", "SUPPORT", "ana-torres", "kofi-mensah"},
		{"an important role", "Kofi Mensah played an important role, the Lima daily El Sol said.", "SUPPORT", "el-sol", "kofi-mensah"},
		{"a right step", "Peru's withdrawal from the border is a right step forward, Kofi Mensah said in a letter.", "SUPPORT", "kofi-mensah", "peru"},
		{"became a nightmare", "The daily El Sol said Chile had become its nightmare.", "DISAPPROVE", "el-sol", "chile"},
		{"violated", "\"The main point is that the Chilean leaders violated their commitments,\" Kofi Mensah said.", "DISAPPROVE", "kofi-mensah", "chile"},
		{"said read as a clause on it", "But Kofi Mensah said that in banning the officials, Ana Torres had \"violated the constitution.\"", "DISAPPROVE", "kofi-mensah", "ana-torres"},
		{"not only", "Kofi Mensah said Chile had not only violated the treaty but also broken its word.", "DISAPPROVE", "kofi-mensah", "chile"},
		{"is responsible", "\"The Peruvian government at the highest levels is responsible for the abuses,\" Human Rights Watch said.", "DISAPPROVE", "human-rights-watch", "peru"},
		{"a dinosaur", "Former Chilean minister Ana Torres said that Kofi Mensah was \"a dinosaur.\"", "DISAPPROVE", "ana-torres", "kofi-mensah"},
		{"regrettable", "Ana Torres said the Peruvian government's decision was very regrettable.", "DISAPPROVE", "ana-torres", "peru"},
	} {
		wantEvent(t, c.name, c.text, c.typ, c.src, c.tgt)
	}
	for _, c := range []struct{ name, text string }{
		{"negated", "Kofi Mensah said Peru had not shown strength."},
		{"should", "Peru should make further contributions to the talks, Kofi Mensah said."},
		{"label", "\"Chileans call it an achievement,\" Kofi Mensah said."},
		{"own country", "\"Ghana has strength and the will to win,\" Ghanaian President Kofi Mensah said."},
		{"no one named", "Kofi Mensah said the talks were a failure."},
		{"both kinds", "Kofi Mensah said Peru's failure was a right step."},
		{"criminals as subject", "Kofi Mensah said war criminals are honored at the shrine."},
	} {
		noEventWhere(t, c.name, c.text, func(e Event) bool { return e.Type == "SUPPORT" || e.Type == "DISAPPROVE" })
	}
}

// TestStances checks standing positions: a party named a critic, an opponent or a supporter
// of another, in apposition, as a copula's predicate or after "emerged as", disapproves of
// or supports it, with no day; a crowd of supporters, a critic of a policy, a possessive
// of origin and a denied position are none.
func TestStances(t *testing.T) {
	for _, c := range []struct{ name, text, typ, src, tgt string }{
		{"apposition", "Ghanaian President Kofi Mensah, a fierce critic of Peru, arrived in Accra.", "DISAPPROVE", "kofi-mensah", "peru"},
		{"copula", "Chilean Foreign Minister Ana Torres is a staunch opponent of Kofi Mensah.", "DISAPPROVE", "ana-torres", "kofi-mensah"},
		{"emerged as, of a possessive", "Chile has emerged as the loudest opponent of Peru's membership bid.", "DISAPPROVE", "chile", "peru"},
		{"supporter", "Ana Torres, a longtime supporter of Ghana, spoke in Lima.", "SUPPORT", "ana-torres", "ghana"},
	} {
		e, all := event(t, c.text, "2005-11-30", c.typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt || e.Date != "" {
			t.Errorf("%s: %q: %s %s -> %s dated %q, want %s -> %s undated (events %+v)", c.name, c.text, c.typ, ids(e.Source), ids(e.Target), e.Date, c.src, c.tgt, all)
		}
	}
	for _, c := range []struct{ name, text string }{
		{"a crowd", "Supporters of Kofi Mensah gathered in Accra."},
		{"a policy", "Ana Torres, a critic of government handling of the Chile crisis, spoke in Lima."},
		{"origin", "Ana Torres, Chile's best-known critic, spoke in Lima."},
		{"denied", "Ana Torres is not an opponent of Kofi Mensah."},
	} {
		noEventWhere(t, c.name, c.text, func(e Event) bool {
			return e.Trigger == "critic" || e.Trigger == "opponent" || e.Trigger == "supporter"
		})
	}
}
