package extract

import (
	"slices"

	"github.com/relgraph/relgraph/ingest/timex"
)

// This stage reads statements by what they do when no verb of an act says it: a speaker
// who says another party "deserves praise", "has shown strength" or "played an important
// role" supports it; one who says it "violated its commitments", "is a total failure" or
// "has become a nightmare" disapproves of it. Event coders code such statements by their
// function (PLOVER's SUPPORT and DISAPPROVE include praise and criticism voiced as
// statements), and the wire keys' rules do too.

// evaluation is one statement of another party's worth: the speech verb, the clause
// reported, who says it and of whom, and the category.
type evaluation struct {
	speech, clause int
	src, tgt       []int
	cat            string
}

// evaluations finds the statements of worth in tree t: a clause reported by a verb of
// saying (its complement, or the clause a parenthetical "X said" hangs on) whose subject
// names a party other than the speaker (a place says nothing), not negated, modal, a label
// or a condition, in no question, whose predicate or a word it governs (its object,
// complement or subject) is a word of worth (lexicon/evaluation.txt). A clause whose
// praise and blame are both present is neither.
func (d *doc) evaluations(t *tree) []evaluation {
	var out []evaluation
	if n := len(t.w); n > 0 && t.w[n-1].form == "?" {
		return nil // "Did Rice say Syria was an obstacle?"
	}
	for c := range t.w {
		if t.kid(c, "nsubj") < 0 {
			continue // no clause of its own, or a passive one ("Y was praised": by whom is not said)
		}
		// Its verb of saying: the one it completes, or one hung on it ("'The presidency
		// deserves praise,' Caramanlis said"; "Steiner said ... Petric had violated",
		// with "said" read as a clause on "violated").
		sp := -1
		if h := t.w[c].head; h >= 0 && t.rel(c, "ccomp") && t.speech[t.w[h].lemma] && t.w[h].upos == "VERB" {
			sp = h
		} else {
			for _, k := range t.w[c].kids {
				if (t.rel(k, "parataxis") || t.rel(k, "advcl")) && t.speech[t.w[k].lemma] && t.w[k].upos == "VERB" && t.kid(k, "nsubj") >= 0 && t.kidLemma(k, "mark", "as", "if", "when", "while", "after", "before") < 0 {
					sp = k
				}
			}
		}
		if sp < 0 {
			continue
		}
		cat := d.worth(t, c)
		if cat == "" || t.negatedClause(c) || t.kidLemma(c, "mark", "if", "whether", "unless") >= 0 {
			continue
		}
		if t.kidLemma(c, "aux", "should", "must", "will", "would", "could", "may", "might", "can", "shall", "ought") >= 0 || labelVerbs[t.w[c].lemma] {
			continue // "WTO members should make contributions": asked, not judged; "Canadians call it an achievement": of it
		}
		var src, tgt []int
		heads, _, _ := d.subject(t, sp, 0)
		for _, h := range heads {
			for _, mi := range d.phrase(t, h) {
				if m := &d.ms[mi]; m.Type != "location" && m.Type != "city" || m.Gov != "" {
					src = append(src, mi) // not "diplomats in New York said"
				}
			}
		}
		heads, _, _ = d.subject(t, c, 0)
		for _, h := range heads {
			for _, mi := range d.phrase(t, h) {
				if m := &d.ms[mi]; m.actorLike() && m.Type != "location" && m.Type != "city" || m.Gov != "" {
					tgt = append(tgt, mi)
				}
			}
		}
		src, tgt = dedupeRoles(d, src, tgt)
		if len(src) == 0 || len(tgt) == 0 {
			continue
		}
		if d.ownCountry(src, tgt) {
			continue // "Macedonia has strength, Crvenkovski said": his own country's
		}
		out = append(out, evaluation{speech: sp, clause: c, src: src, tgt: tgt, cat: cat})
	}
	return out
}

// labelVerbs name what their object is ("called it an achievement", "described him as a
// liar"): the words of worth in their clause judge the object, not the subject.
var labelVerbs = map[string]bool{"call": true, "consider": true, "regard": true, "describe": true, "term": true,
	"see": true, "view": true, "label": true, "brand": true, "find": true}

// ownCountry reports whether every party judged is a country one of the speakers holds
// office in.
func (d *doc) ownCountry(src, tgt []int) bool {
	var refs []Ref
	for _, mi := range src {
		refs = append(refs, d.refs(&d.ms[mi], true)...)
	}
	for _, mi := range tgt {
		for _, rf := range d.refs(&d.ms[mi], true) {
			if rf.ID == "" || !d.officeIn(refs, rf.ID) {
				return false
			}
		}
	}
	return true
}

// worth returns the category of the words of worth in clause c: its predicate, and the
// object, complement or subject it governs, with their modifiers for "step" and "role" ("a
// right step", "an important role"). "" for none, or for both kinds.
func (d *doc) worth(t *tree, c int) string {
	lx := d.x.frames
	found := map[string]bool{}
	look := func(w int) {
		l := t.w[w].lemma
		if l == "step" || l == "role" {
			if t.kidLemma(w, "amod", "right", "important", "key", "positive", "constructive", "vital", "crucial", "significant", "leading") < 0 || t.kidLemma(w, "advmod", "back", "backward", "backwards") >= 0 {
				return // not "a big step back"
			}
		}
		if l == "responsible" && !slices.ContainsFunc(t.prepKids(w, "for"), func(k int) bool {
			return harms[t.w[k].lemma] || slices.ContainsFunc(t.w[k].kids, func(c int) bool { return t.conjunct(c) && harms[t.w[c].lemma] })
		}) {
			return // "responsible for security": a duty, not a blame; "for widespread and systematic abuses": a blame
		}
		if cat := lx.evaluation[l]; cat != "" {
			found[cat] = true
		}
	}
	if !(t.w[c].xpos == "VBN" && (t.kid(c, "cop") >= 0 || t.kid(c, "aux:pass") >= 0)) {
		look(c) // not "the vehicle was slightly damaged": what befell it
	}
	for _, k := range t.w[c].kids {
		if t.rel(k, "obj") || t.rel(k, "xcomp") || t.rel(k, "nsubj") {
			look(k) // and the subject: "Peru's failure was a right step" is neither
		}
	}
	switch {
	case len(found) != 1:
		return ""
	case found["SUPPORT"]:
		return "SUPPORT"
	}
	return "DISAPPROVE"
}

// harms are what one is blamed as "responsible for".
var harms = map[string]bool{"attack": true, "bombing": true, "killing": true, "death": true, "murder": true,
	"abuse": true, "violence": true, "massacre": true, "atrocity": true, "crime": true, "blast": true,
	"explosion": true, "assassination": true, "crisis": true, "failure": true, "kidnapping": true,
	"violation": true, "shooting": true, "raid": true, "war": true}

// negatedClause reports a clause with a negation of its own: "not" (not "not only"),
// "never", "n't", or "no" on its object ("has shown no strength").
func (t *tree) negatedClause(c int) bool {
	for _, k := range t.w[c].kids {
		if (t.rel(k, "advmod") || t.rel(k, "aux") || t.rel(k, "det")) && (t.w[k].lower == "not" || t.w[k].lower == "n't" || t.w[k].lower == "never" || t.w[k].lower == "cannot") && !t.notOnly(k) {
			return true
		}
		if t.rel(k, "obj") && t.kidLemma(k, "det", "no") >= 0 {
			return true
		}
	}
	return false
}

// stanceNouns name a standing position toward another party, and its category: "an
// outspoken critic of the United States", "France is the most vocal opponent of
// Macedonia's bid". "Ally" is a tie, not an act; "champion" and "defender" name other
// things as often.
var stanceNouns = map[string]string{"critic": "DISAPPROVE", "opponent": "DISAPPROVE", "foe": "DISAPPROVE",
	"detractor": "DISAPPROVE", "supporter": "SUPPORT", "backer": "SUPPORT"}

// stances finds the standing positions of tree t: a singular stance noun (stanceNouns)
// whose "of" phrase (or its possessive) or compound names a party, said of another party in apposition
// ("Hugo Chavez, an outspoken critic of the United States"), as the predicate of a copula
// ("Smith is a staunch opponent of Clinton") or after "emerged as" or "remained as". A
// position has no day: its events are undated (speech -1). A denied or former position ("no
// opponent", "a former critic") and a rival in a contest ("the opponent of Garcia in the
// runoff") are none; one held in the past ("was a staunch opponent of") is still one.
func (d *doc) stances(t *tree) []evaluation {
	var out []evaluation
	for n := range t.w {
		cat := stanceNouns[t.w[n].lemma]
		if cat == "" || t.w[n].xpos != "NN" {
			continue // "supporters of the president" are a crowd, not a party's stance
		}
		if t.kidLemma(n, "det", "no") >= 0 || t.kidLemma(n, "amod", "former", "onetime", "one-time", "erstwhile", "ex") >= 0 || t.kidLemma(n, "advmod", "once", "formerly") >= 0 {
			continue // "no opponent of the United States", "a former critic of": none now
		}
		if t.w[n].lemma == "opponent" && (len(t.prepKids(n, "in")) > 0 || t.kidLemma(n, "det", "the") >= 0 && t.kid(n, "amod") < 0) {
			continue // "the opponent of Alan Garcia in the runoff": a rival in a contest
		}
		var tgt []int
		for _, k := range t.w[n].kids {
			// Not a possessive: "Hong Kong's chief China critic" is a critic from Hong Kong.
			if !t.rel(k, "compound") && !(t.rel(k, "nmod") && t.prep(k) == "of") {
				continue
			}
			// The party named at the phrase's head, not below it ("critic of government
			// handling of the BSE crisis" is of the handling), or its possessive: "opponent
			// of Macedonia's candidacy" opposes Macedonia's bid.
			party := t.namedIn(d.phrase(t, k), k)
			if p := t.kid(k, "nmod:poss"); len(party) == 0 && p >= 0 && t.rel(k, "nmod") {
				party = t.namedIn(d.phrase(t, p), p)
			}
			for _, mi := range party {
				if m := &d.ms[mi]; m.Type == "person" || m.Type == "country" || m.Type == "nationality" || m.Type == "organization" || m.Gov != "" {
					tgt = append(tgt, mi)
				}
			}
		}
		holder := -1
		switch h := t.w[n].head; {
		case t.kid(n, "cop") >= 0:
			if !t.negatedClause(n) {
				holder = t.kid(n, "nsubj")
			}
		case h < 0:
		case t.rel(n, "appos"):
			holder = h
		case t.rel(n, "obl") && t.prep(n) == "as" && (t.w[h].lemma == "emerge" || t.w[h].lemma == "remain") && !t.negatedClause(h):
			holder = t.kid(h, "nsubj")
		}
		if holder < 0 || len(tgt) == 0 {
			continue
		}
		var src []int
		for _, mi := range d.phrase(t, holder) {
			if m := &d.ms[mi]; m.actorLike() && m.Type != "location" && m.Type != "city" || m.Gov != "" {
				src = append(src, mi)
			}
		}
		if src, tgt = dedupeRoles(d, src, tgt); len(src) > 0 && len(tgt) > 0 {
			out = append(out, evaluation{speech: -1, clause: n, src: src, tgt: tgt, cat: cat})
		}
	}
	return out
}

// evaluationEvents turns the statements of worth of tree t into events, dated as their
// speech verb, and the standing positions it states (stances), undated; a pair some event
// of the sentence already relates is left as it is (the statement is that event's wording).
func (d *doc) evaluationEvents(t *tree, si int, s sentence, preds []pred, times []timex.Expr, heads, owners []int, artDate timex.Date, have []*evState) []*evState {
	var out []*evState
	for _, e := range append(d.evaluations(t), d.stances(t)...) {
		rel := "supported"
		if e.cat == "DISAPPROVE" {
			rel = "criticized"
		}
		ev := d.saidEvent(t, si, s, e.cat, rel, e.clause, e.src, e.tgt)
		if len(ev.Target) == 0 || slices.ContainsFunc(have, func(o *evState) bool { return relatesSame(o, ev) }) {
			continue
		}
		if e.speech >= 0 {
			d.dateSaid(ev, t, e.speech, preds, times, heads, owners, artDate)
		} else {
			for _, rf := range ev.Source {
				if rf.ID != "" {
					ev.srcIDs = append(ev.srcIDs, rf.ID)
				}
			}
		}
		out = append(out, ev)
	}
	return out
}

// relatesSame reports whether event o relates a side of ev to a side of it, either way.
func relatesSame(o, ev *evState) bool {
	for _, a := range ev.Source {
		for _, b := range ev.Target {
			if a.ID == "" || b.ID == "" {
				continue
			}
			if hasRef(o.Source, a.ID) && hasRef(o.Target, b.ID) || hasRef(o.Source, b.ID) && hasRef(o.Target, a.ID) {
				return true
			}
		}
	}
	return false
}

// namedIn returns the mentions of ms named at word k or at its conjuncts (namedAt).
func (t *tree) namedIn(ms []int, k int) []int {
	return slices.DeleteFunc(ms, func(mi int) bool { return !t.namedAt(mi, k) })
}

// namedAt reports whether mention mi is named at word k or at a conjunct of it: its words
// include k, or the word it hangs from is k reached through conjuncts only.
func (t *tree) namedAt(mi, k int) bool {
	for j := range t.w {
		if t.w[j].m != mi {
			continue
		}
		if j == k {
			return true
		}
		if h := t.w[j].head; h >= 0 && t.w[h].m == mi {
			continue // not the word the name hangs from
		}
		for c, n := j, 0; c >= 0 && t.conjunct(c) && n < len(t.w); c, n = t.w[c].head, n+1 {
			if t.w[c].head == k {
				return true
			}
		}
	}
	return false
}
