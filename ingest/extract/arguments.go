package extract

// Stage 2: the arguments of a predicate, read off the tree: the actor from the subject
// (its conjuncts and appositions; the agent of a passive; the controller of an infinitive;
// the noun a relative clause modifies), the target from the frame's slots, and the
// participants of a nominal trigger from its possessor, "by", "between" or its light verb.

import (
	"slices"
	"strings"
)

// roles are an event's participants as indices into doc.ms.
type roles struct {
	src, tgt []int
	passive  bool
	// nounSubject: the clause's subject is a common noun that names no one, the noun a
	// relative clause is on ("violence that kills civilians") or a relation ("Netanyahu's
	// opponents"), so no actor is guessed from word order.
	nounSubject bool
	// askedUnnamed: the frame's target slot holds someone the text does not name ("appeals
	// to all parties to respect the Blue Line"), so no target is guessed from word order.
	askedUnnamed bool
}

// alleged reports whether participle p has what it alleges after it: an "of", "with" or
// "for" phrase or clause ("accused of beating", "charged with murder").
func (t *tree) alleged(p int) bool {
	for _, k := range t.w[p].kids {
		if k > p && (t.rel(k, "advcl") || t.rel(k, "obl")) && (t.kidLemma(k, "mark", "of", "with", "for") >= 0 || t.kidLemma(k, "case", "of", "with", "for") >= 0) {
			return true
		}
	}
	return false
}

// sufferVerbs say what befell their subject: who "died in an attack" did not attack.
var sufferVerbs = map[string]bool{"die": true, "perish": true, "survive": true, "escape": true, "suffer": true, "flee": true, "recover": true}

// brokerWord reports a hyphenated participle whose name brokered or backed the act, not
// took part in it: "a US-brokered agreement", "a UN-sponsored summit".
func brokerWord(w string) bool {
	for _, suf := range []string{"-brokered", "-mediated", "-sponsored", "-backed", "-proposed", "-drafted", "-hosted"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// partNouns name a part of an organization, which acts for the organization more than for
// the country its adjective names: "the Iraqi branch of Al-Qaeda".
var partNouns = map[string]bool{"branch": true, "wing": true, "arm": true, "faction": true, "cell": true,
	"affiliate": true, "offshoot": true, "chapter": true, "unit": true, "division": true}

// otherSubject reports whether p has a subject besides word k.
func (t *tree) otherSubject(p, k int) bool {
	for _, o := range t.w[p].kids {
		if o != k && t.rel(o, "nsubj") {
			return true
		}
	}
	return false
}

// nameBelow reports whether a word under h is part of a name.
func (t *tree) nameBelow(h int) bool {
	for k := range t.w {
		if t.w[k].m >= 0 && t.ancestorOf(h, k) {
			return true
		}
	}
	return false
}

// objectPronouns are the pronouns a verb's object may be that stand for people named
// elsewhere.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "it": true}

// statementNouns are what a body or a person puts out and a later sentence may name as
// the subject that speaks: "The statement called on Patten to withdraw".
var statementNouns = map[string]bool{"statement": true, "communique": true, "declaration": true}

// noteStatement records who puts out a statement in tree t: the subject of a speech verb
// with "in a statement", or of a verb that issues one ("issued a statement").
func (d *doc) noteStatement(t *tree) {
	for k := range t.w {
		if !statementNouns[t.w[k].lemma] || t.kidLemma(k, "det", "a", "an", "its", "their", "his", "her") < 0 {
			continue
		}
		v := t.w[k].head
		if v < 0 || !(t.rel(k, "obl") && t.prep(k) == "in" && t.speech[t.w[v].lemma] || t.rel(k, "obj") && issueVerbs[t.w[v].lemma]) {
			continue
		}
		heads, passive, _ := d.subject(t, v, 0)
		if passive {
			continue
		}
		var by []int
		for _, h := range heads {
			by = append(by, d.phrase(t, h)...)
		}
		if len(by) > 0 {
			d.statementBy, d.statementSent = by, t.si
		}
	}
}

// statementReach is how many sentences on "the statement" may still be the last one told
// of: a wire story quotes a statement over a few paragraphs before it names what it asks.
const statementReach = 4

// statementAuthor returns who put out "the statement" that is subject h of predicate p in one
// of the few sentences after the one that told of it ("X said in a statement. [...] The
// statement called on Y to withdraw": X calls on Y), or nil.
func (d *doc) statementAuthor(t *tree, h, p int) []int {
	if !statementNouns[t.w[h].lemma] || t.w[h].m >= 0 || t.kidLemma(h, "det", "the") < 0 {
		return nil
	}
	for _, k := range t.w[h].kids {
		if !t.rel(k, "det") && !t.rel(k, "punct") && k != p {
			return nil // "the rival statement from Fatah", "the army statement": another author
		}
	}
	if d.statementBy == nil || t.si-d.statementSent > statementReach || t.si == d.statementSent {
		return nil
	}
	return append([]int(nil), d.statementBy...)
}

// messageNouns are things written or voiced that speak for their author: "sent a letter
// calling for", "issued a statement urging".
var messageNouns = map[string]bool{"letter": true, "statement": true, "message": true, "resolution": true,
	"declaration": true, "communique": true, "note": true, "petition": true, "document": true, "motion": true,
	"editorial": true, "speech": true, "report": true, "text": true, "memorandum": true, "proposal": true}

// issueVerbs put out what a noun names, so their agent is its author: "a warning issued
// by", "a demand made by", "the appeal launched by".
var issueVerbs = map[string]bool{"issue": true, "make": true, "release": true, "launch": true, "deliver": true, "announce": true, "impose": true, "unveil": true,
	"voice": true, "express": true, "publish": true, "send": true, "put": true, "lodge": true, "file": true, "submit": true,
	"set": true, "present": true, "table": true}

// placeNamed are nouns a city written before them only locates: "the Abuja peace
// process", "the Oslo accords", "the Geneva talks" name no party ("the Beijing
// government" does).
var placeNamed = map[string]bool{"process": true, "talk": true, "talks": true, "accord": true, "accords": true,
	"agreement": true, "summit": true, "conference": true, "declaration": true, "treaty": true, "framework": true,
	"roadmap": true, "initiative": true, "protocol": true, "convention": true, "meeting": true, "round": true,
	"forum": true, "pact": true, "formula": true, "negotiation": true, "negotiations": true, "statement": true,
	"commitment": true, "commitments": true, "communique": true, "charter": true, "plan": true}

// placeModifier reports whether word k is a city written before a noun it only locates
// (placeNamed): "the Abuja peace process".
func (d *doc) placeModifier(t *tree, k int) bool {
	h := t.w[k].head
	return h >= 0 && t.rel(k, "compound") && placeNamed[t.w[h].lemma] && t.w[k].m >= 0 && d.ms[t.w[k].m].Type == "city"
}

// placeModifierMention reports whether mention mi is written in tree t as a place
// modifier (placeModifier).
func (d *doc) placeModifierMention(t *tree, mi int) bool {
	k := t.mentionHead(mi)
	return k >= 0 && d.placeModifier(t, k)
}

// mentionHead returns the word that heads mention mi in the tree (the word of the mention
// whose head lies outside it), or -1 when the sentence does not hold it.
func (t *tree) mentionHead(mi int) int {
	for k := range t.w {
		if t.w[k].m == mi && (t.w[k].head < 0 || t.w[t.w[k].head].m != mi) {
			return k
		}
	}
	return -1
}

// feelings are nouns of disapproval whose "of" is who feels it: "to the dismay of
// Washington".
var feelings = map[string]bool{"indignation": true, "outrage": true, "anger": true, "dismay": true, "fury": true, "displeasure": true}

// unnamedParties are nouns for those a demand is made of without naming them: "appeals to
// all parties", "urged the international community".
var unnamedParties = map[string]bool{"party": true, "side": true, "community": true, "country": true,
	"nation": true, "state": true, "world": true, "public": true, "people": true, "member": true,
	"everyone": true, "all": true, "authority": true, "donor": true, "government": true, "leader": true,
	"group": true, "organization": true, "power": true, "neighbour": true, "neighbor": true}

// feltAfter are adjectives of how one felt about what was done: "satisfied with the
// talks" were held; "open to talks", "interested in talks" are not.
var feltAfter = map[string]bool{"satisfied": true, "pleased": true, "happy": true, "unhappy": true,
	"disappointed": true, "dissatisfied": true, "delighted": true, "content": true, "encouraged": true,
	"frustrated": true, "upset": true}

// agreedPreps tell an agreement as what a clause's act follows from: "under a deal with",
// "following an agreement with", "after a deal with" (not "without a deal with").
var agreedPreps = map[string]bool{"under": true, "following": true, "after": true, "in": true}

// nounOfPreps are the prepositions through which a common noun stands for an entity.
var nounOfPreps = map[string]bool{"of": true, "from": true, "in": true, "for": true, "with": true, "against": true, "on": true, "to": true, "into": true, "throughout": true, "across": true}

// circumstance are the prepositions of a phrase that says where or when a clause's act took
// place: "in talks with", "during a visit to", "at a meeting with".
var circumstance = map[string]bool{"in": true, "during": true, "at": true, "after": true, "following": true, "before": true}

// responseVerbs answer what their object offers or asks: "accepted Mandela's invitation",
// "rejected Washington's demand" were addressed to the one who answers.
var responseVerbs = map[string]bool{"accept": true, "reject": true, "decline": true, "welcome": true,
	"refuse": true, "heed": true, "ignore": true, "answer": true, "snub": true, "spurn": true,
	"respond": true, "reply": true}

// kinNouns name another person by their tie to the possessor: "his father" is not he.
var kinNouns = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "wife": true, "husband": true, "uncle": true, "nephew": true, "cousin": true,
	"counterpart": true, "rival": true, "opponent": true, "predecessor": true, "successor": true, "friend": true}

// fallbackPreps are the prepositions of a verb's phrases that may hold its target when
// the frame's own slots hold nobody.
var fallbackPreps = map[string]bool{"in": true, "on": true, "against": true, "to": true, "with": true, "from": true, "at": true, "into": true, "over": true}

// objectControl verbs give their object as the subject of their infinitive ("urged Iran to
// return": Iran returns).
var objectControl = map[string]bool{
	"urge": true, "ask": true, "tell": true, "call": true, "invite": true, "persuade": true, "order": true,
	"force": true, "allow": true, "help": true, "press": true, "encourage": true, "warn": true, "appeal": true,
	"prompt": true, "compel": true, "push": true, "convince": true, "instruct": true, "pressure": true,
	"oblige": true, "require": true, "authorize": true, "authorise": true, "lead": true, "advise": true,
}

// controller returns the word that is the subject of an object-control verb h's
// infinitive: its object ("urged Iran to return"), or the noun it is addressed to ("appealed
// to donors to continue", "called on Iran to release"). It returns -1 when h is no
// object-control verb or has neither.
func (t *tree) controller(h int) int {
	if !objectControl[t.w[h].lemma] {
		return -1
	}
	if o := t.kid(h, "obj"); o >= 0 {
		return o
	}
	for _, k := range t.w[h].kids {
		if t.rel(k, "obl") && !t.w[k].time && (t.prep(k) == "to" || t.prep(k) == "on" || t.prep(k) == "upon") && (t.w[h].lemma == "appeal" || t.w[h].lemma == "call") {
			return k
		}
	}
	return -1
}

var relativePronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// phrase returns the mentions a nominal phrase headed by h stands for, its conjuncts
// included.
func (d *doc) phrase(t *tree, h int) []int {
	var out []int
	// nextSubject: a conjunct followed by a finite verb is that verb's subject, which the
	// parser joined to the phrase before ("praised the Council of Europe and Russia walked
	// out"), unless the phrase is itself a subject ("Iran and Iraq met").
	subj := strings.HasPrefix(t.w[h].rel, "nsubj")
	nextSubject := func(c int) bool { return !subj && t.subjectOfNext(c) }
	var walk func(h, depth int)
	walk = func(h, depth int) {
		if depth > 8 {
			return
		}
		if m := d.headMention(t, h, 0); m >= 0 && !containsInt(out, m) {
			out = append(out, m)
			// The mention may come from below h ("the resolution, sponsored by Britain,
			// France and Germany"), or the parser may hang the next conjunct on a word of
			// the name other than its head ("met Jaap de Hoop Scheffer as well as Josep
			// Borrell", with "Scheffer" in apposition): the conjuncts of its words stand
			// with it.
			for k := range t.w {
				if k == h || t.w[k].m != m {
					continue
				}
				top := t.w[k].head < 0 || t.w[t.w[k].head].m != m // where the name hangs
				for _, c := range t.w[k].kids {
					if !t.conjunct(c) || t.w[c].m == m {
						continue
					}
					// Not "Institute of Geology, Mining and Metallurgy" or "Ministry of
					// Transport and Communications", one name cut short: a conjunct inside
					// the name is a name of its own, not a common word.
					if o := d.headMention(t, c, 0); (top || o >= 0 && d.ms[o].ID != "" && !(d.ms[o].To-d.ms[o].From == 1 && commonWords[d.toks[d.ms[o].From].Lower])) && !nextSubject(c) {
						walk(c, depth+1)
					}
				}
			}
		}
		for _, k := range t.w[h].kids {
			if t.conjunct(k) && !nextSubject(k) {
				walk(k, depth+1)
			}
		}
	}
	walk(h, 0)
	return out
}

// subjectOfNext reports whether the phrase headed by c is followed by a finite verb (after
// adverbs at most): "praised the Council of Europe and Russia walked out", where the
// parser joined the next clause's subject to a word of the name before.
func (t *tree) subjectOfNext(c int) bool {
	end := c
	for i := c + 1; i < len(t.w); i++ {
		if t.ancestorOf(c, i) {
			end = i
		}
	}
	for i := end + 1; i < len(t.w); i++ {
		switch {
		case t.w[i].upos == "ADV":
			continue
		case t.w[i].upos == "VERB" || t.w[i].upos == "AUX":
			// A finite verb of a clause with no subject of its own: not "the talks between
			// Ethiopia and Eritrea announced on Monday", a participle on a noun.
			v := i
			if t.w[i].upos == "AUX" && t.w[i].head > i {
				v = t.w[i].head
			}
			x := t.w[i].xpos
			clause := t.rel(v, "conj") || t.rel(v, "ccomp") || t.rel(v, "parataxis") || t.w[v].head < 0 || t.rel(v, "advcl") && t.kid(v, "mark") < 0
			return (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") && clause && t.kid(v, "nsubj") < 0 && t.kid(v, "nsubj:pass") < 0
		}
		return false
	}
	return false
}

// nonStateHeads are nouns for those who stand against their state's government: a country
// adjective on them ("Kenyan opposition coalition urges Ruto") does not make them the state
// demanding of its own president. Rebels, militants, students or protesters stay their
// country's, as PLOVER codes them (by country, with a sector the graph does not keep): on
// the shared PLOVER records reading those as no one took F1 from 0.653 to 0.629.
var nonStateHeads = map[string]bool{"opposition": true, "coalition": true, "dissident": true, "exile": true}

// nonState reports whether noun h, or a noun compounded before it, is one of nonStateHeads.
func (t *tree) nonState(h int) bool {
	if nonStateHeads[t.w[h].lemma] {
		return true
	}
	for _, k := range t.w[h].kids {
		if t.rel(k, "compound") && nonStateHeads[t.w[k].lemma] {
			return true
		}
	}
	return false
}

// conjunct reports whether word c is a conjunct of its head: a conj, or an apposition
// that an "and" or "or" opens ("met Jaap de Hoop Scheffer and European Parliament
// President Josep Borrell", the second name left in apposition by the parser's reading
// of the titles).
func (t *tree) conjunct(c int) bool {
	if t.rel(c, "conj") {
		return true
	}
	if !t.rel(c, "appos") {
		return false
	}
	first := c
	for i := c - 1; i >= 0 && t.ancestorOf(c, i); i-- {
		first = i
	}
	return t.rel(first, "cc")
}

// headMention returns the mention word h stands for: its own, else that of a name in
// apposition or compound with it, a country adjective ("the Iranian president"), or the
// "of" phrase of a group noun. -1 for none.
func (d *doc) headMention(t *tree, h, depth int) int {
	if m := t.w[h].m; m >= 0 && d.ms[m].actorLike() {
		if o := d.officerAfter(m); o >= 0 {
			return o // "UN Secretary General Kofi Annan" split by the parser: the person
		}
		if d.ms[m].Type != "nationality" {
			return m
		}
		// "met Kazakh President Kassym-Jomart Tokayev" read with "Kazakh" as the head: the
		// name in apposition is the one met.
		for _, k := range t.w[h].kids {
			name := t.rel(k, "appos") || t.rel(k, "flat") || t.rel(k, "nmod") && t.prep(k) == "" && t.w[k].upos == "PROPN"
			if name && t.w[k].m >= 0 && t.w[k].m != m && d.ms[t.w[k].m].actorLike() {
				return t.w[k].m
			}
		}
		return m
	}
	if t.w[h].upos == "PROPN" && t.w[h].m < 0 && (titles[t.w[h].form] || isRank(t.w[h].form)) {
		// "by Mauritian Cabinet Secretary Philippe Yan Sin", parsed with the title as the
		// head and the name flat under it: the name.
		for _, k := range t.w[h].kids {
			if t.rel(k, "flat") && t.w[k].m >= 0 && d.ms[t.w[k].m].actorLike() {
				return t.w[k].m
			}
		}
	}
	if depth > 3 {
		return -1
	}
	// "the budget presented by the British presidency", "an agreement reached between the
	// PNA and Israel": a participle's agent or parties.
	// Then a name written with the participle: "an Egypt-proposed plan".
	placed := -1 // "a London-based group": the place stands for it when no name does
	if t.w[h].upos == "NOUN" {
		for pass := 0; pass < 2; pass++ {
			for _, k := range t.w[h].kids {
				if !t.rel(k, "acl") && !t.rel(k, "amod") || t.w[k].xpos != "VBN" {
					continue
				}
				for _, a := range t.w[k].kids {
					ok := t.rel(a, "obl:agent") || t.rel(a, "obl") && (t.prep(a) == "by" || t.prep(a) == "between")
					if pass == 1 {
						ok = t.rel(k, "amod") && a < k && (t.rel(a, "obl") || t.rel(a, "compound") || t.rel(a, "nsubj")) && t.w[a].m >= 0
					}
					if ok {
						if m := d.headMention(t, a, depth+1); m >= 0 && placedParticiples[t.w[k].lemma] {
							if d.ms[m].Type != "city" && d.ms[m].Type != "location" {
								placed = m // a city-based group is not the city: "the New York-based group called for"
							}
						} else if m >= 0 {
							return m
						}
					}
				}
			}
		}
	}
	// A title stands for the person it is written with, even one the parser hung on the
	// title's "of" phrase: "Chairman of the Expediency Council Akbar Hashemi Rafsanjani".
	if t.titleWord(h) {
		for _, k := range t.w[h].kids {
			if m := t.w[k].m; m >= 0 && d.ms[m].Type == "person" && (t.rel(k, "nmod") || t.rel(k, "appos") || t.rel(k, "flat")) {
				return m
			}
		}
	}
	if t.titleWord(h) || roleNouns[t.w[h].lower] || officeNouns[t.w[h].lower] {
		// "Nike's director of communications for the Asia Pacific Region Martha Benson":
		// a name that closes the office's phrase, after a capitalized word of it and no
		// preposition, is the one who holds it.
		last := h
		for w := h + 1; w < len(t.w) && (t.ancestorOf(h, w) || t.w[w].m >= 0 && t.w[w].m == t.w[last].m); w++ {
			last = w
		}
		if m := t.w[last].m; last > h && m >= 0 && d.ms[m].Type == "person" && d.ms[m].Kind == kindName {
			first := last
			for first > h && t.w[first-1].m == m {
				first--
			}
			joined := false // "head of state Sultan X and Prime Minister Y": the first office's holder comes first
			for w := h + 1; w < first; w++ {
				joined = joined || t.w[w].upos == "CCONJ" || t.w[w].upos == "PUNCT"
			}
			if first > h+1 && t.w[first-1].upos == "PROPN" && t.w[first-1].m < 0 && !joined {
				return m
			}
		}
	}
	if t.titleWord(h) {
		// "the chairman of the ruling party, Lee Hoe-chang,": the name set off by a
		// comma, hung on the "of" phrase as its conjunct or apposition.
		for _, k := range t.w[h].kids {
			if !t.rel(k, "nmod") {
				continue
			}
			for _, g := range t.w[k].kids {
				first := g // the name's first word: "Gustave" of "Gustave Feissel"
				for first > 0 && t.w[first-1].m >= 0 && t.w[first-1].m == t.w[g].m {
					first--
				}
				if m := t.w[g].m; m >= 0 && first > 0 && t.w[first-1].form == "," && d.ms[m].Type == "person" && (t.rel(g, "conj") || t.rel(g, "appos")) {
					return m
				}
			}
		}
	}
	if memberNouns[t.w[h].lemma] && t.w[h].xpos == "NNS" {
		// "radical Arab states like Iran, Syria and Iraq", "countries including China":
		// the states named.
		for _, k := range t.w[h].kids {
			if p := t.prep(k); t.rel(k, "nmod") && (p == "like" || p == "including" || p == "include" || p == "as") && t.w[k].m >= 0 && d.ms[t.w[k].m].actorLike() {
				return t.w[k].m
			}
		}
	}
	// A name in apposition first ("President ... George W. Bush"), then a compound
	// modifier ("US President").
	for pass := 0; pass < 2; pass++ {
		for _, k := range t.w[h].kids {
			name := t.rel(k, "appos") || t.rel(k, "flat") || t.rel(k, "nmod") && t.prep(k) == "" && t.w[k].upos == "PROPN"
			if pass == 1 {
				name = t.rel(k, "compound") && !d.placeModifier(t, k)
			}
			if name && t.w[k].m >= 0 && d.ms[t.w[k].m].actorLike() {
				return t.w[k].m
			}
			if pass == 1 && placed >= 0 {
				return placed
			}
			if name && pass == 0 && t.w[k].m < 0 && titles[t.w[k].form] {
				// "the commander of the forces, Major-General Bryan Dutton", with the
				// name hung on the title's first word.
				for _, g := range t.w[k].kids {
					if (t.rel(g, "appos") || t.rel(g, "flat")) && t.w[g].m >= 0 && d.ms[t.w[g].m].Type == "person" {
						return t.w[g].m
					}
				}
			}
		}
	}
	if partNouns[t.w[h].lemma] {
		// "the Iraqi branch of Al-Qaeda": the branch is the body's, not its country's.
		for _, k := range t.w[h].kids {
			if t.rel(k, "nmod") && t.prep(k) == "of" {
				if m := d.headMention(t, k, depth+1); m >= 0 && d.ms[m].Type == "organization" {
					return m
				}
			}
		}
	}
	for _, k := range t.w[h].kids {
		if t.rel(k, "amod") && t.w[k].m >= 0 && !t.nonState(h) {
			if m := &d.ms[t.w[k].m]; m.actorLike() && (m.Type == "nationality" || m.Type == "country") {
				return t.w[k].m
			}
		}
	}
	// "members of a Ugandan delegation", "the mandate of the force in Lebanon", "Haiti's
	// efforts": a common noun stands for the entity its modifier names.
	// A possessive pronoun counts only when no name does ("his commitment to the Zambian
	// people": the people), and stands for the subject of its clause when there is one
	// ("briefed Arafat on his talks": the one who briefs).
	if (t.w[h].upos == "NOUN" || t.w[h].upos == "PRON") && !kinNouns[t.w[h].lemma] {
		pronoun := -1
		for _, k := range t.w[h].kids {
			if t.rel(k, "nmod:poss") || t.rel(k, "nmod") && nounOfPreps[t.prep(k)] {
				if t.rel(k, "nmod") && t.prep(k) == "in" && (happenings[t.w[h].lemma] || d.venueNoun(t.w[h].lemma) || d.actorSide && (len(d.x.frames.nouns[t.w[h].lemma]) > 0 || processNoun(t.w[h].lower))) {
					// "talks in Geneva": where they are held. "an attack in Khobar": where it
					// happened, never who did it; a curfew or a force in a place stands for
					// that place when it is acted on.
					continue
				}
				m := d.headMention(t, k, depth+1)
				if m >= 0 && d.ms[m].Kind == kindPronoun {
					if pronoun < 0 {
						pronoun = m
					}
					continue
				}
				if m >= 0 {
					return m
				}
			}
		}
		if pronoun >= 0 {
			if m := d.clauseSubject(t, h, depth); m >= 0 {
				return m
			}
			return pronoun
		}
	}
	return -1
}

// wordStart returns the byte offset of the first of words ws, -1 for none.
func wordStart(t *tree, ws []int) int {
	if len(ws) == 0 {
		return -1
	}
	return t.w[ws[0]].start
}

// officeNouns are lower-case nouns of an office held by one person that name no title of
// their own (personTitleNouns) or role (roleNouns): "Nike's director of communications
// Martha Benson".
var officeNouns = map[string]bool{"director": true, "coordinator": true, "deputy": true, "adviser": true, "advisor": true,
	"counsellor": true, "counselor": true, "attache": true, "administrator": true, "commissioner": true, "manager": true}

// officerAfter returns the person named right after body or country mention m with only
// title words between ("UN Secretary General Kofi Annan", "Iraqi President Jalal
// Talabani"), or -1.
func (d *doc) officerAfter(m int) int {
	mm := &d.ms[m]
	if mm.Type != "organization" && mm.Type != "country" || mm.Kind != kindName {
		return -1
	}
	k := mm.To
	// A body's head may be written in lower case: "WTO secretary general Renato Ruggiero".
	for k < len(d.toks) && k < mm.To+4 && (titles[d.toks[k].text(d.text)] || words.rank[d.toks[k].text(d.text)] || d.toks[k].text(d.text) == "General" ||
		d.toks[k].Lower == "secretary" || d.toks[k].Lower == "general" || d.toks[k].Lower == "secretary-general") {
		k++
	}
	if k == mm.To {
		return -1
	}
	for j := m + 1; j < len(d.ms) && d.ms[j].From <= k; j++ {
		if d.ms[j].From == k && d.ms[j].Type == "person" && d.ms[j].Kind == kindName {
			return j
		}
	}
	return -1
}

// clauseSubject returns the person mention that is the subject of the clause holding
// noun h, when h is not itself in that subject, or -1.
func (d *doc) clauseSubject(t *tree, h, depth int) int {
	v := h
	for n := 0; n < 4; n++ {
		v = t.w[v].head
		if v < 0 {
			return -1
		}
		if t.verbal(v) {
			break
		}
	}
	if !t.verbal(v) {
		return -1
	}
	heads, passive, _ := d.subject(t, v, 0)
	if passive {
		return -1
	}
	for _, x := range heads {
		for i, n := h, 0; i >= 0 && n < 6; i, n = t.w[i].head, n+1 {
			if i == x {
				return -1 // "his spokesman said": the noun is the subject
			}
		}
		if m := d.headMention(t, x, depth+1); m >= 0 && (d.ms[m].Type == "person" || d.ms[m].Type == "other") && d.ms[m].Kind != kindPronoun {
			return m
		}
	}
	return -1
}

// subject returns the heads of the actor phrase of the clause headed by p, and whether p
// is passive (the heads are then its target, and agent its actor).
func (d *doc) subject(t *tree, p, depth int) (heads []int, passive bool, agent []int) {
	heads, passive, agent = d.subject0(t, p, depth)
	if !passive && p >= 0 && t.w[p].xpos == "VBN" && t.kid(p, "nsubj") < 0 && t.kid(p, "obl:agent") >= 0 {
		// A participle with an agent of its own is passive however the parser joined it
		// ("was beaten up, intimidated and threatened with death by rebels").
		return heads, true, t.agents(p)
	}
	return heads, passive, agent
}

func (d *doc) subject0(t *tree, p, depth int) (heads []int, passive bool, agent []int) {
	if depth > 6 || p < 0 {
		return nil, false, nil
	}
	// Every subject word: a title the parser split off ("Sgt" "John Kowalczyk") is one too.
	for _, k := range t.w[p].kids {
		switch {
		case t.rel(k, "nsubj:pass"):
			if relativePronouns[t.w[k].lower] && t.rel(p, "acl:relcl") {
				k = t.w[p].head
			}
			heads = append(heads, k)
			passive = true
		case (t.rel(k, "nsubj") || t.rel(k, "csubj")) && !passive:
			if relativePronouns[t.w[k].lower] && t.rel(p, "acl:relcl") && t.w[p].head >= 0 {
				if t.otherSubject(p, k) {
					continue // "the forces, which Moscow agreed to withdraw": Moscow acts
				}
				if a := t.antecedent(k, p); t.verbal(t.w[p].head) && a != k {
					return []int{a}, false, nil // "recalled its envoy to Peru, which expelled", the clause hung on the verb: Peru
				}
				return []int{t.w[p].head}, false, nil // "Rice, who met Lavrov": Rice
			}
			if relativePronouns[t.w[k].lower] && (t.w[k].xpos == "WDT" || t.w[k].xpos == "WP") && !t.rel(p, "acl:relcl") {
				// A relative clause the parser hung elsewhere ("if Iran is behind an attack
				// in Khobar, Saudi Arabia, that killed 19 servicemen", read as said's
				// complement): its subject is the phrase before the pronoun, never the
				// speaker's.
				k = t.antecedent(k, p)
			}
			heads = append(heads, k)
		}
	}
	if passive {
		return heads, true, t.agents(p)
	}
	if len(heads) > 0 {
		return heads, false, nil
	}
	// A headline's verb misread as a noun has its subject as a modifier: "Biden speaks".
	for _, k := range t.w[p].kids {
		if k < p && (t.rel(k, "compound") || t.rel(k, "amod")) && t.w[k].m >= 0 && t.w[p].upos != "VERB" {
			return []int{k}, false, nil
		}
	}
	h := t.w[p].head
	if h < 0 {
		return nil, false, nil
	}
	switch {
	case t.rel(p, "xcomp"):
		if o := t.controller(h); o >= 0 {
			return []int{o}, false, nil // "urged Iran to return": Iran
		}
		return d.inherited(t, p, h, depth) // "X is expected to meet Y": X meets
	case t.rel(p, "advcl") && t.controller(h) >= 0:
		// "warned Tehran against supplying": Tehran; "appealed to donors to continue
		// supporting": the donors.
		return []int{t.controller(h)}, false, nil
	case t.rel(p, "advcl") && !t.verbal(h) && t.w[p].xpos == "VBN" && allegers[t.w[p].lemma] && t.alleged(p) &&
		(t.w[h].upos == "NOUN" || t.w[h].upos == "PROPN" || t.w[h].upos == "ADJ"):
		// "four Lebanese accused of killing": the parser hung the reduced relative on
		// the nationality word as a clause; the accused are acted on, the accuser unnamed.
		return []int{h}, true, nil
	case (t.rel(p, "advcl") || t.rel(p, "acl")) && t.w[p].xpos == "VBG" && p > 0 && t.w[p-1].form == "," && (t.speech[t.w[p].lemma] || voicedDemands[t.w[p].lemma]) &&
		t.rel(h, "ccomp") && t.w[h].head >= 0 && t.speech[t.w[t.w[h].head].lemma] && t.kid(h, "nsubj") >= 0:
		// "said rule in Zaire was no longer possible, suggesting that Mobutu stand down":
		// a participle of saying after what is reported is the speaker's, not the clause
		// subject's.
		return d.inherited(t, p, t.w[h].head, depth)
	case t.rel(p, "conj"), t.rel(p, "advcl"):
		if t.verbal(h) {
			return d.inherited(t, p, h, depth) // "met Rice and discussed Iran", "after holding talks"
		}
	case t.rel(p, "acl:relcl"):
		if t.w[p].xpos == "VBN" && p > 0 && t.w[p-1].form == "," && t.kid(p, "obj") < 0 {
			return []int{h}, true, t.agents(p) // "Tim Spicer, freed in Papua New Guinea, ..."
		}
		return []int{h}, false, nil // "the man Putin met" has its own subject; this has none
	case t.rel(p, "acl"):
		if t.ranked(h) && (t.rel(h, "obl") || t.rel(h, "nmod")) && t.prep(h) == "as" && t.governor(h) >= 0 && t.verbal(t.governor(h)) {
			return d.inherited(t, p, t.governor(h), depth) // "arrived as the first Libyan head of government to visit Croatia"
		}
		if t.kid(h, "nsubj") >= 0 || t.rel(h, "xcomp") || t.kid(h, "cop") >= 0 {
			// "Modi plans to visit", with "plans" misread as a noun; "has become the
			// latest leader to reject": the subject of the clause the noun completes.
			return d.inherited(t, p, h, depth) // "Modi plans to visit", with "plans" misread as a noun
		}
		if t.kidLemma(p, "mark", "to") >= 0 && t.kid(h, "nmod:poss") < 0 && t.kid(h, "compound") < 0 && t.kid(h, "amod") < 0 && d.x.frames.nouns[t.w[h].lemma] == nil &&
			t.rel(h, "obj") && t.w[h].head >= 0 && t.verbal(t.w[h].head) {
			// "opened fire to disperse the crowd": the purpose of the clause's act.
			return d.inherited(t, p, t.w[h].head, depth)
		}
		if t.w[p].xpos == "VBG" && messageNouns[t.w[h].lemma] && t.w[h].m < 0 && t.rel(h, "obj") && t.w[h].head >= 0 && t.verbal(t.w[h].head) {
			// "The group sent Arafat a letter calling for the release": the letter speaks
			// for who sent it.
			return d.inherited(t, p, t.w[h].head, depth)
		}
		if t.w[p].xpos == "VBG" && p > 0 && t.w[p-1].form == "," && (t.rel(h, "obj") || t.rel(h, "obl")) && t.w[h].head >= 0 && t.verbal(t.w[h].head) {
			// "fired on demonstrators, killing one": the participle after a comma goes
			// with the clause, not with the object it was hung on.
			return d.inherited(t, p, t.w[h].head, depth)
		}
		if t.w[h].upos == "NOUN" || t.w[h].upos == "PROPN" || t.w[h].upos == "PRON" {
			if t.w[p].xpos == "VBN" {
				// "Berlusconi, informed by Blair", "a journalist killed by gunmen": a passive
				// participle with its agent acts on the noun it modifies. Without a "by",
				// the tag is too often a misread past tense ("Palestinians blamed Israel"),
				// but not after a comma ("Tim Spicer, freed in Papua New Guinea, told").
				agent := t.agents(p)
				if len(agent) > 0 || p > 0 && t.w[p-1].form == "," && p > h && t.kid(p, "obj") < 0 {
					return []int{h}, true, agent
				}
				// "seven soldiers accused of beating a teenager": a participle of accusing
				// with what it alleges is passive, whoever accused unnamed.
				if allegers[t.w[p].lemma] && t.alleged(p) {
					return []int{h}, true, nil
				}
			}
			return []int{h}, false, nil // "Putin, speaking after the talks, ..."
		}
		return d.inherited(t, p, h, depth)
	}
	return nil, false, nil
}

// inherited is the subject p takes from the clause h it depends on, in p's own voice: "X
// was quoted as saying at a meeting with" makes X the one who says, not one acted on.
func (d *doc) inherited(t *tree, p, h, depth int) ([]int, bool, []int) {
	heads, passive, agent := d.subject(t, h, depth+1)
	if t.kid(p, "aux:pass") >= 0 {
		return heads, true, t.agents(p)
	}
	// "was convicted of X and sentenced to 14 years": a participle joined to a passive
	// verb shares its auxiliary, and so its voice.
	// The tagger sometimes calls such a participle a base form ("and beaten up"): a
	// base-form tag on a word that is not its lemma is a participle.
	participle := t.w[p].xpos == "VBN" || t.w[p].xpos == "VBD" ||
		t.w[p].xpos == "VB" && (t.w[p].lower != t.w[p].lemma || strings.HasSuffix(t.w[p].lower, "en") || strings.HasSuffix(t.w[p].lower, "ed"))
	if passive && (t.rel(p, "conj") || t.rel(p, "xcomp") && t.w[p].xpos == "VBN") && participle && t.kid(p, "nsubj") < 0 && t.kid(p, "aux") < 0 && t.kid(p, "obj") < 0 {
		// ... and so does one completing a passive of saying or thinking: "refugees were
		// believed killed", "was reported arrested".
		if a := t.agents(p); len(a) > 0 {
			agent = a
		}
		return heads, true, agent
	}
	return heads, false, nil
}

// harmAgents returns who did a harm that passive verb p says was done "in" or "during" an
// attack of theirs: "one militant was killed in an Israeli air strike" was killed by
// Israel, "wounded during a US raid" by the United States. The attack's owner is its
// adjective, compound or possessor naming a party, or its own "by" agent.
func (d *doc) harmAgents(t *tree, p int) []int {
	var out []int
	for _, k := range t.w[p].kids {
		if !t.rel(k, "obl") || t.prep(k) != "in" && t.prep(k) != "during" || t.w[k].m >= 0 {
			continue
		}
		harm := false
		for _, fr := range d.x.frames.nouns[t.w[k].lemma] {
			harm = harm || fr.cat == "ASSAULT" || fr.cat == "FIGHT" || fr.cat == "COERCE"
		}
		if !harm {
			continue
		}
		for _, c := range t.w[k].kids {
			if m := t.w[c].m; m >= 0 && d.ms[m].actorLike() && (t.rel(c, "amod") || t.rel(c, "compound") || t.rel(c, "nmod:poss") || t.prep(c) == "by") {
				out = append(out, d.phrase(t, c)...)
			}
		}
	}
	return out
}

// voicedDemands are verbs of asking that, as participles after a reported clause
// ("..., suggesting that Mobutu stand down"), say more of what the speaker says.
var voicedDemands = map[string]bool{"suggest": true, "urge": true, "demand": true, "propose": true, "recommend": true, "call": true, "ask": true, "accuse": true, "blame": true}

// sequenceCase are the prepositions that place an event before or after the clause's
// own ("following his talks with Wu", "after the meeting", "ahead of the summit"): the
// clause's participants are not the event's.
var sequenceCase = map[string]bool{"following": true, "after": true, "before": true, "since": true, "ahead": true, "prior": true, "until": true, "till": true}

// receiveVerbs are verbs whose subject has or gets what their object names: "had the
// support of", "won the backing of", "enjoys the help of".
var receiveVerbs = map[string]bool{"have": true, "enjoy": true, "win": true, "gain": true, "get": true, "receive": true,
	"secure": true, "obtain": true, "lose": true, "seek": true, "need": true, "want": true, "retain": true, "keep": true}

// objectPartyCase are the prepositions of a party an object belongs to (the "objparty"
// slot): "a request from Seoul", "an agreement with Egypt", "the appointment of Peterson".
var objectPartyCase = map[string]bool{"of": true, "with": true, "from": true, "by": true}

// slotHeads returns the heads of the phrases in a frame slot of predicate p (and of its
// light verb).
func (d *doc) slotHeads(t *tree, sl slot, p, light int) []int {
	var out []int
	at := []int{p}
	if light >= 0 {
		at = append(at, light)
	} else if h := t.governor(p); h >= 0 && t.w[p].upos == "NOUN" && (t.rel(p, "obl") || h != t.w[p].head) && t.w[h].upos == "VERB" && sl.kind == "prep" && !sequenceCase[t.prep(p)] {
		at = append(at, h) // "arrived in Tehran for a visit"; not "Following his talks with Wu, he met with Li"
	} else if o := t.kid(p, "obj"); o >= 0 && sl.kind == "prep" && t.w[p].upos == "VERB" {
		if v := t.relativeLight(o, d.x.frames.light); v >= 0 {
			at = append(at, v) // "lift the sanctions it imposed on Sudan": lifted on Sudan
		}
	}
	for _, q := range at {
		switch sl.kind {
		case "obj", "iobj":
			if q == p && t.w[p].upos == "NOUN" {
				continue
			}
			for _, k := range t.w[q].kids {
				if t.rel(k, sl.kind) {
					out = append(out, k)
				}
			}
		case "objparty":
			// The party whose the object is: its possessive, or its "of", "with", "from"
			// or "by" phrase ("approved Vietnam's proposal", "an agreement with Egypt"),
			// not one named deeper in it ("a plan to send troops to Iraq").
			for _, o := range t.w[q].kids {
				if !t.rel(o, "obj") {
					continue
				}
				for _, k := range t.w[o].kids {
					if t.rel(k, "nmod:poss") || t.rel(k, "nmod") && objectPartyCase[t.prep(k)] {
						out = append(out, k)
					}
				}
			}
		case "prep":
			if q == light && dativeLight[t.w[q].lemma] && slices.Contains(sl.words, "to") {
				// "gave Mobutu an ultimatum", "offered Kenya support": the second object of
				// a verb of giving is the noun's "to".
				for _, k := range t.w[q].kids {
					if t.rel(k, "iobj") {
						out = append(out, k)
					}
				}
			}
			for _, w := range sl.words {
				for _, k := range t.prepKids(q, w) {
					if w == "with" && t.absolute(k) {
						continue // "with a spokesman for Sharon saying": a circumstance, not a party
					}
					out = append(out, k)
				}
			}
		case "ccomp":
			// "demanded that the US cancel", "a demand that Ukraine pay": the subject of the
			// demanded clause.
			for _, k := range t.w[q].kids {
				if t.rel(k, "ccomp") || t.rel(k, "acl") && t.kidLemma(k, "mark", "that") >= 0 {
					hs, _, _ := d.subject(t, k, 0)
					out = append(out, hs...)
				}
			}
		case "xcomp":
			// The infinitive complement, or an infinitive of purpose ("opened fire to
			// disperse demonstrators").
			x := t.kid(q, "xcomp")
			if x < 0 {
				if a := t.kid(q, "advcl"); a >= 0 && t.kidLemma(a, "mark", "to") >= 0 {
					x = a
				}
			}
			if x >= 0 {
				// A named object is the target; then an "in" or "at" phrase says where
				// ("agreed to meet Putin in Istanbul"), as it names the target only of an
				// act on a thing ("threatened to ban voting in East Jerusalem").
				named := false
				for _, k := range t.w[x].kids {
					if (t.rel(k, "obj") || t.rel(k, "iobj")) && len(d.phrase(t, k)) > 0 {
						named = true
					}
				}
				for _, k := range t.w[x].kids {
					if t.rel(k, "obj") || t.rel(k, "iobj") || (t.rel(k, "obl") && prepTarget[t.prep(k)] && !(named && (t.prep(k) == "in" || t.prep(k) == "at"))) {
						out = append(out, k)
					}
				}
			}
		}
	}
	// "Michal Kovac, with whom Chernomyrdin met", "the envoy whom Rice met": a relative
	// pronoun in the slot stands for the noun its clause describes.
	for i, k := range out {
		if (t.w[k].lower == "whom" || t.w[k].lower == "who") && t.rel(p, "acl:relcl") && t.w[p].head >= 0 && t.w[k].head == p {
			out[i] = t.w[p].head
		}
	}
	return out
}

// memberNouns are the members of a body or alliance, which stand for it when asked as
// one: "EU countries", "SADC member states".
var memberNouns = map[string]bool{"state": true, "country": true, "nation": true, "member": true, "government": true}

// dativeLight are light verbs of giving, whose second object is whom the noun goes to:
// "gave Peru aid", "offered Kenya support".
var dativeLight = map[string]bool{"give": true, "offer": true, "grant": true, "extend": true, "send": true, "promise": true, "pledge": true, "lend": true}

// objectBefore returns the parties that are the object of the verb predicate p is joined
// to, for a pronoun object of p ("called Putin and asked him to"); places are none ("visited
// Darfur and urged them"). A conjunct the parser hung on a verb of saying ("said he has
// contacted the leaders ... and asked them") is joined to what was said.
func (d *doc) objectBefore(t *tree, p int) []int {
	g := t.w[p].head
	if !t.rel(p, "conj") || g < 0 || g > p {
		return nil
	}
	if t.speech[t.w[g].lemma] {
		for _, c := range t.w[g].kids {
			if t.rel(c, "ccomp") && c < p {
				g = c
			}
		}
	}
	var out []int
	for _, k := range t.w[g].kids {
		if !t.rel(k, "obj") {
			continue
		}
		for _, mi := range d.phrase(t, k) {
			if typ := d.ms[mi].Type; typ != "city" && typ != "location" {
				out = append(out, mi)
			}
		}
	}
	return out
}

// despiteTarget returns whom a reaction done "despite" is aimed at: the subject of the
// clause it hangs on ("Turkey signed the pacts despite condemnation by Iran": Turkey), or
// nothing when the noun names its own target ("despite China's threats against Taiwan")
// or another verb comes between ("criticized the US for tightening the embargo, despite
// condemnation": which act is condemned is not said).
func (d *doc) despiteTarget(t *tree, pr pred) []int {
	n := pr.at
	despite := false // its case, or a compound the tagger made of it ("on Thursday despite threats")
	for _, k := range t.w[n].kids {
		if k < n && t.w[k].lower == "despite" {
			despite = true
		}
		if pr.fr.targetsPrep(t.prep(k)) {
			return nil
		}
	}
	g := t.w[n].head
	for k := 0; k < 4 && g >= 0 && !t.verbal(g); k++ {
		g = t.w[g].head // "signed two pacts despite condemnation", hung on "pacts"
	}
	if !despite || g < 0 || !t.verbal(g) {
		return nil
	}
	for v := g + 1; v < n; v++ {
		if t.w[v].upos == "VERB" {
			return nil
		}
	}
	heads, passive, _ := d.subject(t, g, 0)
	if passive {
		return nil
	}
	var out []int
	for _, h := range heads {
		out = append(out, d.phrase(t, h)...)
	}
	return out
}

// localeNouns, besides placeNouns, are where someone can be for talks: "was in the
// Italian capital for talks".
var localeNouns = map[string]bool{"capital": true, "country": true, "area": true, "headquarters": true,
	"hotel": true, "palace": true, "building": true, "office": true, "residence": true, "embassy": true}

// namesOwnTarget reports whether nominal trigger n names a party in one of its frame's
// "prep" slots: "rejected EU pressure on Ankara" was put on Ankara, whoever rejects it.
// Not an "of", which names the author as often ("the demands of Hamas"), nor the "on" of
// any noun but pressure, which names the topic as often ("accepted the US demand on North
// Korea").
func (d *doc) namesOwnTarget(t *tree, pr pred, n int) bool {
	for _, sl := range pr.fr.targets {
		if sl.kind != "prep" {
			continue
		}
		for _, w := range sl.words {
			if w == "of" || w == "on" && t.w[n].lemma != "pressure" {
				continue
			}
			for _, g := range t.prepKids(n, w) {
				if len(d.phrase(t, g)) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// fromActs are the categories of nouns whose "from" is their actor: a reaction or a gift
// comes from someone ("criticism from Beijing", "aid from Japan"); a withdrawal from a
// place or a visit from abroad does not.
var fromActs = map[string]bool{"DISAPPROVE": true, "AID": true, "SUPPORT": true, "DEMAND": true, "THREATEN": true, "REJECT": true}

// demandedOf finds who a "call for" demand is made of: the party named before an
// infinitive ("called for Netanyahu to resign") or the possessor of the act demanded
// ("called for Israel's withdrawal"). What is called for is otherwise a thing, not a
// target ("called for talks").
func (d *doc) demandedOf(t *tree, pr pred, src []int) []int {
	at := pr.at
	if pr.light >= 0 && !pr.fr.noun {
		at = pr.light
	}
	var out []int
	for _, k := range t.prepKids(at, "for") {
		// The infinitive may hang on the light verb: "renewed his call for Syria to withdraw".
		m := t.w[k].m
		if m < 0 && memberNouns[t.w[k].lemma] {
			m = d.headMention(t, k, 0) // "called for SADC member states to strengthen": SADC
		}
		if m >= 0 && d.ms[m].actorLike() && (t.toClauseAfter(at, k) || pr.light >= 0 && t.toClauseAfter(pr.light, k)) {
			out = append(out, d.phrase(t, k)...)
			continue
		}
		if m := t.w[k].m; m < 0 && t.w[k].upos == "NOUN" {
			for _, c := range t.w[k].kids {
				if t.rel(c, "nmod:poss") && t.w[c].m >= 0 && d.ms[t.w[c].m].actorLike() && d.ms[t.w[c].m].Kind == kindName {
					out = append(out, d.phrase(t, c)...)
				}
				// "called for the withdrawal of Syrian troops": who is to withdraw them.
				if withdrawalNouns[t.w[k].lemma] && t.prep(c) == "of" && troopNouns[t.w[c].lemma] {
					for _, g := range t.w[c].kids {
						if (t.rel(g, "amod") || t.rel(g, "compound") || t.rel(g, "nmod:poss")) && t.w[g].m >= 0 && d.ms[t.w[g].m].actorLike() {
							out = append(out, d.phrase(t, g)...)
						}
					}
				}
				// "called for direct talks between the Dalai Lama and Beijing", "for
				// talks with Iran": the parties asked to talk.
				if d.x.frames.contact(t.w[k].lemma) && (t.prep(c) == "between" || t.prep(c) == "with") {
					for _, mi := range d.phrase(t, c) {
						if d.ms[mi].actorLike() && d.ms[mi].Type != "other" {
							out = append(out, mi)
						}
					}
				}
			}
		}
	}
	var keep []int
	for _, mi := range out {
		if !containsInt(src, mi) {
			keep = append(keep, mi)
		}
	}
	return keep
}

// withdrawalNouns are acts of pulling forces out, and troopNouns the forces: asking for
// "the withdrawal of Syrian troops" asks it of Syria.
var withdrawalNouns = map[string]bool{"withdrawal": true, "reduction": true, "drawdown": true, "pullout": true, "pull-out": true, "departure": true, "redeployment": true, "removal": true}
var troopNouns = map[string]bool{"troop": true, "troops": true, "force": true, "forces": true, "soldier": true, "army": true, "military": true}

// toClauseAfter reports an infinitive clause after word k, hung on k or on h: "for X
// to resign".
func (t *tree) toClauseAfter(h, k int) bool {
	for _, x := range []int{h, k} {
		for _, c := range t.w[x].kids {
			if c > k && (t.rel(c, "advcl") || t.rel(c, "xcomp") || t.rel(c, "acl") || t.rel(c, "ccomp")) && t.kidLemma(c, "mark", "to") >= 0 && t.kid(c, "nsubj") < 0 {
				return true
			}
		}
	}
	return false
}

// prepTarget are prepositions whose object is acted on, for targets found through an
// infinitive ("threatened to break ties with Russia").
var prepTarget = map[string]bool{"with": true, "to": true, "on": true, "against": true, "from": true, "of": true, "at": true, "in": true}

// arguments finds the actor and target of predicate pr.
func (d *doc) arguments(t *tree, pr pred) roles {
	var r roles
	p := pr.at
	if pr.must {
		// "X must go" inside what a speaker says: the speaker demands of X.
		heads, _, _ := d.subject(t, p, 0)
		if len(heads) == 1 && (t.w[heads[0]].lower == "it" || t.w[heads[0]].lower == "this") {
			// "Syrian interference continues, and it must end": the subject of the clause before.
			for j := heads[0] - 1; j >= 0; j-- {
				if s := t.kid(j, "nsubj"); s >= 0 && s < heads[0] && t.verbal(j) && t.w[s].upos != "PRON" {
					heads = []int{s}
					break
				}
			}
		}
		for _, h := range heads {
			r.tgt = append(r.tgt, d.phrase(t, h)...)
		}
		if sp := t.speechHead(p); sp >= 0 {
			heads, _, _ := d.subject(t, sp, 0)
			for _, h := range heads {
				r.src = append(r.src, d.phrase(t, h)...)
			}
		}
		return r
	}
	fr := pr.fr
	if fr.noun {
		d.nounActors(t, pr, &r)
		if v := pr.light; v >= 0 && t.rel(v, "acl:relcl") && t.w[v].head >= 0 {
			// "demanded that Britain lift the sanctions it imposed": "it" is who is to lift
			// them, the subject of the verb the noun is the object of, when a body or state.
			n := t.w[v].head
			if s := t.kid(v, "nsubj"); s >= 0 && t.w[s].lower == "it" && t.rel(n, "obj") && t.w[n].head >= 0 {
				hs, passive, _ := d.subject(t, t.w[n].head, 0)
				var bodies []int
				for _, h := range hs {
					for _, mi := range d.phrase(t, h) {
						if ty := d.ms[mi].Type; !passive && (ty == "organization" || ty == "country") {
							bodies = append(bodies, mi)
						}
					}
				}
				if len(bodies) > 0 {
					r.src = bodies
				}
			}
		}
	} else {
		heads, passive, agent := d.subject(t, p, 0)
		if passive {
			r.passive = true
			for _, h := range heads {
				if !fr.themeSubject() || t.kid(p, "obj") >= 0 || t.kid(p, "iobj") >= 0 || len(t.prepKids(p, "with")) > 0 {
					// "Zimbabwe was granted the ADS", "troops are provided with protection":
					// what is given named after the verb leaves the subject the one given to.
					r.tgt = append(r.tgt, d.phrase(t, h)...)
				} else if len(agent) == 0 {
					r.src = append(r.src, d.phrase(t, h)...) // "EU food aid could be sent": the EU's
				}
			}
			for _, a := range agent {
				r.src = append(r.src, d.phrase(t, a)...)
			}
			if len(agent) == 0 && hostile[fr.cat] {
				r.src = append(r.src, d.harmAgents(t, p)...)
			}
		} else {
			d.actorSide = true // "an attack in Khobar that killed": no place in it acts
			if mi, ok := d.reasonSubject[wordStart(t, heads)]; ok && len(heads) == 1 {
				r.src = []int{mi} // "imposed sanctions on Iraq after it invaded Kuwait": Iraq (reasonPronouns)
			} else {
				for _, h := range heads {
					r.src = append(r.src, d.phrase(t, h)...)
				}
			}
			d.actorSide = false
			itThing := false
			if len(r.src) == 0 && len(heads) == 1 {
				r.src = d.statementAuthor(t, heads[0], p)
			}
			if len(r.src) == 0 && len(heads) == 1 && t.w[heads[0]].upos == "PRON" {
				r.src = d.speaker(t, p) // "Hungary said it will support": Hungary
				if it := heads[0]; t.w[it].lower == "it" && !(t.w[it].head >= 0 && t.kid(t.w[it].head, "cop") >= 0) && len(r.src) > 0 && !slices.ContainsFunc(r.src, func(mi int) bool { return d.ms[mi].Type != "person" }) {
					// "Chavez said the FTAA is dead as it only helps US companies": it is no
					// person. Not "said it was time to give back": "it" opens a copula.
					r.src = nil
					itThing = true
				}
			}
			// "violence that kills civilians": a relative clause's subject is the noun it
			// modifies; when that names no one, no one acts.
			// "Netanyahu's opponents blamed him": the opponents are not Netanyahu.
			r.nounSubject = itThing || len(r.src) == 0 && len(heads) == 1 && t.w[heads[0]].upos == "NOUN" && t.w[heads[0]].m < 0 &&
				(t.rel(p, "acl:relcl") && heads[0] == t.w[p].head || kinNouns[t.w[heads[0]].lemma] ||
					t.rel(p, "acl") && messageNouns[t.w[t.w[p].head].lemma] || // "the group sent a letter calling for"
					(t.w[heads[0]].head == p || t.rel(p, "conj") && t.w[heads[0]].head == t.w[p].head) && t.rel(heads[0], "nsubj") && (t.kid(heads[0], "det") >= 0 || t.w[heads[0]].xpos == "NNS" || t.nonState(heads[0])) && d.x.frames.nouns[t.w[heads[0]].lemma] == nil && (!t.nameBelow(heads[0]) || t.nonState(heads[0]))) // "the teachers refused"; not "Prior to the talks, X met" misparsed, nor "a newspaper based in Beirut"; "the Kenyan opposition coalition urged": not Kenya; "a roadside bombing killed one soldier and wounded two": the bombing wounds, not the soldier
		}
		if len(r.src) == 0 && fr.sym {
			for _, k := range t.prepKids(p, "between") {
				r.src = append(r.src, d.phrase(t, k)...) // "the statement signed between A and B"
			}
		}
	}
	if (fr.cat == "SANCTION" || fr.cat == "REJECT") && !fr.noun {
		if o := t.kid(p, "nsubj:pass"); r.passive && len(r.src) == 0 && d.contactNoun(t, o) {
			// "A planned trip by Tayan to Israel has been postponed": told without who put
			// it off, the visitor puts off his own visit, and its host is the target.
			var visitor []int
			for _, k := range t.contactVisitor(p, o) {
				visitor = append(visitor, d.phrase(t, k)...)
			}
			if len(visitor) > 0 {
				r.src, r.tgt = visitor, d.contactParty(t, p, o, visitor)
			}
		} else if len(r.tgt) == 0 {
			r.tgt = d.contactParty(t, p, t.kid(p, "obj"), r.src)
		}
	}
	// A demand made of someone the text does not name: what they are asked to do holds a
	// target only as the target of an act of its own ("called on the world to impose
	// sanctions on Burma").
	askedUnnamed, pronounObj := false, false
	if !fr.noTarget && !fr.discuss && len(r.tgt) == 0 {
		for _, sl := range fr.targets {
			hs := d.slotHeads(t, sl, p, pr.light)
			if sl.kind == "obj" && len(hs) == 1 && relativePronouns[t.w[hs[0]].lower] && t.rel(p, "acl:relcl") {
				// "Ana Torres, whom Chile arrested": the relative pronoun is the noun the
				// clause is on; "a position which China supported", set beside what Iraq
				// insisted, is Iraq's; a thing no one's is no target ("the plan, which
				// Chile supported in the UN": not the UN).
				a := t.w[p].head
				r.tgt = nil
				if t.w[a].m >= 0 {
					r.tgt = d.phrase(t, a) // a name, not a name in a thing's phrase ("Jakarta nightspots")
				} else if t.w[a].upos == "NOUN" {
					if k := t.kid(a, "nmod:poss"); k >= 0 {
						r.tgt = d.phrase(t, k)
					} else if t.rel(a, "appos") {
						r.tgt = d.speaker(t, a)
					}
				}
				r.tgt = slices.DeleteFunc(r.tgt, func(mi int) bool { return containsInt(r.src, mi) })
				pronounObj = len(r.tgt) == 0
				break
			}
			for _, h := range hs {
				if by := t.prepKids(h, "by"); (fr.cat == "DISAPPROVE" || fr.cat == "REJECT") && sl.kind == "obj" && len(by) > 0 && t.w[h].upos == "NOUN" && len(d.x.frames.nouns[t.w[h].lemma]) > 0 && !d.x.frames.contact(t.w[h].lemma) {
					// "condemned the attack by X on Y", "criticized pressure on Zimbabwe by
					// Western governments": who did the act is blamed, named or not.
					r.tgt = append(r.tgt, d.phrase(t, by[0])...)
					continue
				}
				r.tgt = append(r.tgt, d.phrase(t, h)...)
			}
			if len(r.tgt) > 0 {
				break
			}
			if (sl.kind == "obj" || sl.kind == "iobj") && len(hs) == 1 && objectPronouns[t.w[hs[0]].lower] {
				// "contacted the leaders of A and B and asked them to help Iraq": the one
				// asked is the object of the verb joined before, not whom the infinitive
				// names; a pronoun that names no one leaves the act without a target.
				r.tgt = d.objectBefore(t, p)
				pronounObj = len(r.tgt) == 0
				break
			}
			if fr.cat == "DEMAND" && len(hs) > 0 && (sl.kind == "obj" || sl.kind == "prep") && unnamedParties[t.w[hs[0]].lemma] {
				askedUnnamed = true
				break
			}
		}
	}
	if fr.noTarget && fr.cat == "DEMAND" && len(r.tgt) == 0 {
		r.tgt = d.demandedOf(t, pr, r.src)
	}
	// A passive's target is its subject ("one militant was killed in an Israeli air
	// strike": not Israel), a clause that names its own subject ("suggested that the
	// meeting be held in Paris") leaves nobody else to be the target, and so does an
	// object's own party ("approved a plan to send troops to Iraq": not Iraq).
	ownTarget := r.passive || len(fr.targets) > 0 && (fr.targets[0].kind == "ccomp" && t.clauseSubject0(p) >= 0 || fr.targets[0].kind == "objparty")
	// A journey goes where its "to" phrase says and nowhere else: "flew to Brisbane to
	// probe allegations against Muhammad" is no visit to Muhammad. (An arrival looks
	// further: "arrived in Dar es Salaam for a visit to Tanzania".)
	ownTarget = ownTarget || travelVerbs[t.w[p].lemma]
	if !fr.noTarget && !fr.discuss && !fr.sym && len(r.tgt) == 0 && !fr.noun && !askedUnnamed && !pronounObj && !ownTarget {
		// The frame's slots name nobody: a place or party in another phrase of the verb
		// ("lifted a state of emergency in Darfur", "demonstrated in Serbia").
		for _, k := range t.w[p].kids {
			if (t.prep(k) == "in" || t.prep(k) == "at") && d.x.frames.contact(t.w[k].lemma) {
				continue // "In a joint press appearance with Mnangagwa, Ramaphosa warned": where, not whom
			}
			if (t.rel(k, "obl") || t.rel(k, "obj")) && (t.rel(k, "obj") || fallbackPreps[t.prep(k)]) && !(t.prep(k) == "with" && t.absolute(k)) {
				for _, mi := range d.phrase(t, k) {
					if !containsInt(r.src, mi) {
						r.tgt = append(r.tgt, mi)
					}
				}
			}
		}
	}
	if o := t.kid(p, "obj"); !fr.noTarget && !fr.discuss && !fr.sym && !fr.noun && len(r.tgt) == 0 && !pronounObj && !ownTarget && o >= 0 {
		// "rejected the accusations Washington made against Moscow", "praised the talks
		// Putin held": what is done to the thing is done to whoever made or held it.
		if v := t.relativeLight(o, d.x.frames.light); v >= 0 {
			for _, mi := range d.phrase(t, t.kid(v, "nsubj")) {
				if !containsInt(r.src, mi) {
					r.tgt = append(r.tgt, mi)
				}
			}
		}
	}
	if !fr.noTarget && !fr.discuss && !fr.sym && len(r.tgt) == 0 && !pronounObj && !ownTarget {
		// Still no target: the first name in what the predicate governs, its subject and
		// clauses of their own left out ("threatened to ban voting in East Jerusalem if
		// Hamas ran": East Jerusalem; "declined to resign despite pressure by the
		// commission": the commission).
		at := p
		if pr.light >= 0 {
			at = pr.light
		}
		if mi := d.firstGoverned(t, at, p, r.src, askedUnnamed); mi >= 0 {
			r.tgt = append(r.tgt, d.phrase(t, mi)...)
		}
	}
	if len(r.tgt) > 0 && !fr.sym && d.onlyPlacesIn(t, r.tgt) {
		// "welcomed the talks in Abuja between Sudan and the rebels": the parties the act
		// concerns, not where it was.
		if bt := d.betweenParties(t, p, r.src); len(bt) > 0 {
			r.tgt = bt
		}
	}
	r.askedUnnamed = askedUnnamed && len(r.tgt) == 0
	if fr.cat == "THREATEN" && len(r.tgt) == 0 {
		// "threatened to stop the talks" if the United States goes ahead": the threat is
		// aimed at whoever the condition names.
		r.tgt = d.conditionParty(t, p, r.src)
	}
	if fr.discuss {
		for _, h := range append(t.prepKids(p, "with"), t.prepKids(p, "to")...) {
			r.tgt = append(r.tgt, d.phrase(t, h)...)
		}
		if len(r.tgt) == 0 {
			// "discussed the killing Monday by phone with X", the "with" hung on the phone.
			if ph := t.phoneBelow(p); ph >= 0 {
				for _, h := range t.prepKids(ph, "with") {
					r.tgt = append(r.tgt, d.phrase(t, h)...)
				}
			}
		}
	}
	if len(r.tgt) == 0 && fr.noun && fr.cat == "CONSULT" && fr.sym {
		// "arrived for talks on military cooperation with Egypt": the partner of the
		// talks hung on the joint work they are about.
		for _, k := range append(t.prepKids(p, "on"), t.prepKids(p, "about")...) {
			if d.x.frames.joint(t.w[k].lemma) {
				for _, h := range t.prepKids(k, "with") {
					r.tgt = append(r.tgt, d.phrase(t, h)...)
				}
			}
		}
	}
	r.src, r.tgt = dedupeRoles(d, r.src, r.tgt)
	return r
}

// contactParty returns the other party of a contact that predicate p blocks, cancels or
// refuses, when its object is a contact noun: the visitor of "blocked a trip to Beijing
// by Hans Wijers", the one met in "cancelled a meeting with the envoy", the host of
// "postponed its visit to France". The actor's own mentions src are left out.
func (d *doc) contactParty(t *tree, p, o int, src []int) []int {
	if !d.contactNoun(t, o) {
		return nil
	}
	by := t.contactVisitor(p, o)
	actors := map[string]bool{}
	for _, mi := range src {
		actors[d.ms[mi].ID] = true
	}
	// Then the noun's "with" or "to", or a "to" the parser hung on the verb or the visitor
	// ("put off his trip to Canada", "the visit by Hariri to Israel"); not the verb's
	// "with", which is as often a clause of its own ("froze the talks, with a spokesman
	// for Sharon saying").
	var byTo []int
	for _, k := range by {
		byTo = append(byTo, t.prepKids(k, "to")...)
	}
	for _, group := range [][]int{by, t.prepKids(o, "with"), t.prepKids(o, "to"), t.prepKids(p, "to"), byTo} {
		var out []int
		for _, k := range group {
			for _, mi := range d.phrase(t, k) {
				// Not the actor again: "called off his visit to Japan" is no visit by
				// another to the actor.
				if !containsInt(src, mi) && !(d.ms[mi].ID != "" && actors[d.ms[mi].ID]) && d.ms[mi].actorLike() {
					out = append(out, mi)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// contactNoun reports whether word o is a noun of contact ("visit", "talks"); false for -1.
func (d *doc) contactNoun(t *tree, o int) bool {
	if o < 0 {
		return false
	}
	for _, fr := range d.x.frames.nouns[t.w[o].lemma] {
		if fr.cat == "CONSULT" {
			return true
		}
	}
	return false
}

// contactVisitor returns the heads of the phrases that name who makes the contact noun o
// that predicate p acts on: a possessor, or a "by" phrase on the noun or hung lower by the
// parser ("a trip to Beijing by the minister" read with "by" on Beijing), or on an active p.
func (t *tree) contactVisitor(p, o int) []int {
	var by []int
	var walk func(i, depth int)
	walk = func(i, depth int) {
		for _, k := range t.w[i].kids {
			if i == o && t.rel(k, "nmod:poss") || t.rel(k, "nmod") && t.prep(k) == "by" {
				by = append(by, k)
			} else if t.rel(k, "nmod") && depth < 2 {
				walk(k, depth+1)
			}
		}
	}
	walk(o, 0)
	if t.kid(p, "aux:pass") < 0 {
		by = append(by, t.prepKids(p, "by")...) // the parser hangs "by X" on the verb as often
	}
	return by
}

// conditionParty returns the named subject of an "if" or "unless" clause on predicate p
// or on the complements it governs (two steps down), the actor's own mentions src left
// out.
func (d *doc) conditionParty(t *tree, p int, src []int) []int {
	var out []int
	var walk func(i, depth int)
	walk = func(i, depth int) {
		for _, k := range t.w[i].kids {
			switch {
			case len(out) > 0:
				return
			case t.rel(k, "advcl") && t.kidLemma(k, "mark", "if", "unless") >= 0:
				heads, _, _ := d.subject(t, k, 0)
				for _, h := range heads {
					for _, mi := range d.phrase(t, h) {
						if !containsInt(src, mi) && d.ms[mi].actorLike() {
							out = append(out, mi)
						}
					}
				}
			case depth < 2 && (t.rel(k, "xcomp") || t.rel(k, "ccomp")):
				walk(k, depth+1)
			}
		}
	}
	walk(p, 0)
	return out
}

// phoneBelow returns the "phone" or "telephone" of a "by phone" phrase on predicate p or
// on a word it governs (two steps down, within its clause), or -1.
func (t *tree) phoneBelow(p int) int {
	found := -1
	t.walkGoverned(p, func(i, k int) bool {
		if found >= 0 {
			return false
		}
		if l := t.w[k].lemma; (l == "phone" || l == "telephone") && t.prep(k) == "by" {
			found = k
			return false
		}
		return t.w[k].head == p || t.w[i].head == p
	})
	return found
}

// claimNouns name what someone said: "a charge", "a demand". A predicate on one of them
// answers whoever said it.
var claimNouns = map[string]bool{"charge": true, "accusation": true, "allegation": true, "claim": true,
	"demand": true, "call": true, "request": true, "proposal": true, "ultimatum": true, "criticism": true}

// remarkNouns sum up what was said: "said Israel was a tumour -- comments that were
// condemned by the Council" condemns the one who said it.
var remarkNouns = map[string]bool{"comment": true, "remark": true, "statement": true, "word": true}

// claimMaker returns the actor of the claim a reply answers, when the reply is a
// participle on a claim noun that sums up an earlier predicate of the sentence: "The
// United States accuses Iran of X, a charge rejected by Tehran": the United States.
func (d *doc) claimMaker(t *tree, pr pred, preds []pred, src []int) []int {
	p := pr.at
	if !t.rel(p, "acl") || t.w[p].head < 0 || !claimNouns[t.w[t.w[p].head].lemma] && !remarkNouns[t.w[t.w[p].head].lemma] {
		return nil
	}
	n := t.w[p].head
	if remarkNouns[t.w[n].lemma] {
		// The remark sums up the speech before it: its speaker made it.
		for v := n - 1; v >= 0; v-- {
			if t.speech[t.w[v].lemma] && t.verbal(v) {
				heads, _, _ := d.subject(t, v, 0)
				var out []int
				for _, h := range heads {
					for _, mi := range d.phrase(t, h) {
						if !containsInt(src, mi) {
							out = append(out, mi)
						}
					}
				}
				return out
			}
		}
		return nil
	}
	best := -1
	for k, q := range preds {
		if q.at < n && q.fr != nil && q.fr.cat != "CONSULT" && (best < 0 || q.at > preds[best].at) && !d.modalityOf(t, q, preds).alleged {
			// "accused Pakistan of sheltering militants, a charge Islamabad denied": the
			// charge is the accusation, not what it alleges.
			best = k
		}
	}
	if best < 0 {
		return nil
	}
	var out []int
	for _, mi := range d.arguments(t, preds[best]).src {
		if !containsInt(src, mi) {
			out = append(out, mi)
		}
	}
	return out
}

// absolute reports a "with" phrase that is a clause of its own, its noun with a participle:
// "with a spokesman for Sharon saying", "with prices rising".
func (t *tree) absolute(k int) bool {
	for _, c := range t.w[k].kids {
		if (t.rel(c, "acl") || t.rel(c, "advcl")) && t.w[c].xpos == "VBG" && c > k {
			return true
		}
	}
	return false
}

// victimNouns are acts whose noun a person's name modifies, or whose possessor a person
// is, as the one they were done to: "the Hariri killing", "the Tueni murder", "Gotovina's
// arrest".
var victimNouns = map[string]bool{"killing": true, "murder": true, "assassination": true, "kidnapping": true,
	"abduction": true, "slaying": true, "execution": true, "death": true, "arrest": true, "detention": true}

// phaseNouns name a part of an event in time: "at the start of a visit".
var phaseNouns = map[string]bool{"start": true, "end": true, "beginning": true, "outset": true, "conclusion": true,
	"close": true, "course": true, "sidelines": true, "margins": true, "stop": true, "leg": true}

// nounActors finds the participants of a nominal trigger.
func (d *doc) nounActors(t *tree, pr pred, r *roles) {
	n := pr.at
	for _, k := range t.w[n].kids {
		if t.rel(k, "nmod:poss") {
			if m := t.w[k].m; m >= 0 && d.ms[m].Kind == kindPronoun {
				if s := d.clauseSubject(t, n, 0); s >= 0 {
					r.src = append(r.src, s) // "briefed Arafat on his talks": the one who briefs
					continue
				}
			}
			if m := t.w[k].m; m < 0 && t.w[k].lower == "its" {
				// "the Iranian government has improved its cooperation": the clause's actor.
				if g := t.governor(n); g < 0 || !t.verbal(g) {
					continue
				}
				if heads, passive, _ := d.subject(t, t.governor(n), 0); !passive {
					for _, h := range heads {
						r.src = append(r.src, d.phrase(t, h)...)
					}
				}
				continue
			}
			if pr.light >= 0 && pr.fr.sym && (t.w[k].upos == "NOUN" || t.w[k].upos == "PROPN") {
				if m := d.headMention(t, k, 0); m >= 0 && d.ms[m].Type == "organization" {
					continue // "attended the APEC leaders' meeting": the body's meeting, not a side
				}
			}
			if m := t.w[k].m; victimNouns[t.w[n].lemma] && t.w[n].xpos != "NNS" && m >= 0 && (d.ms[m].Type == "person" || d.ms[m].Type == "other") && len(t.prepKids(n, "of")) == 0 {
				// "Gotovina's arrest", "Hariri's assassination": the one it was done to, not
				// who did it ("Israel's arrest of X" has its "of"; "Milosevic's killings",
				// many, are his).
				r.tgt = append(r.tgt, d.phrase(t, k)...)
				continue
			}
			r.src = append(r.src, d.phrase(t, k)...) // "Putin's visit", "Mandela's invitation"
		}
	}
	for _, k := range t.prepKids(n, "by") {
		r.src = append(r.src, d.phrase(t, k)...)
	}
	if fromActs[pr.fr.cat] {
		// "criticism from Beijing", "despite opposition from China and Japan": a reaction's
		// or a gift's "from" is who gives it.
		for _, k := range t.prepKids(n, "from") {
			// A name, or members or a government: not "demands from critics for Britain
			// to seek", whose critics are no one named.
			if quantityNouns[t.w[k].lemma] {
				// "opposition from a number of countries, including China": the countries.
				for _, c := range t.prepKids(k, "of") {
					k = c
				}
			}
			if t.w[k].m >= 0 || memberNouns[t.w[k].lemma] || governmentNouns[t.w[k].lower] {
				r.src = append(r.src, d.phrase(t, k)...)
			}
		}
	}
	if len(r.src) > 0 && (pr.fr.cat == "DISAPPROVE" || pr.fr.cat == "THREATEN" || pr.fr.cat == "DEMAND") {
		r.tgt = append(r.tgt, d.despiteTarget(t, pr)...)
	}
	if len(r.src) == 0 {
		// "a warning issued by the Geology and Mines Institute", "a statement released by
		// the ministry": the agent of the participle that issues the noun.
		for _, k := range t.w[n].kids {
			if (t.rel(k, "acl") || t.rel(k, "acl:relcl")) && t.w[k].xpos == "VBN" && issueVerbs[t.w[k].lemma] {
				for _, a := range t.agents(k) {
					r.src = append(r.src, d.phrase(t, a)...)
				}
			}
		}
	}
	if (pr.fr.cat == "CONSULT" || feelings[pr.fr.lemma] || pr.fr.cat == "DEMAND" && t.prep(n) == "at") && len(r.src) == 0 {
		// "the visit of Prime Minister Fradkov to China", "at the invitation of Premier
		// Wen", "at the request of the minister": the "of" of a contact noun, or of a
		// demand something was done at, is who makes it (the arrest of X is X's arrest,
		// but that is no contact). Where it goes may hang on the visitor's name.
		for _, k := range t.prepKids(n, "of") {
			if m := t.w[k].m; m < 0 || !d.ms[m].actorLike() {
				continue
			}
			if m := d.headMention(t, k, 0); m >= 0 && d.ms[m].Type == "organization" && gatherings[t.w[n].lemma] {
				continue // "a crucial meeting of the WTO" (a gathering, dating.go): the body meets; it is no side of a contact
			}
			r.src = append(r.src, d.phrase(t, k)...)
			for _, sl := range pr.fr.targets {
				if sl.kind != "prep" {
					continue
				}
				for _, w := range sl.words {
					for _, g := range t.prepKids(k, w) {
						r.tgt = append(r.tgt, d.phrase(t, g)...)
					}
				}
			}
		}
		// "At the invitation of Premier Wen, Fradkov visited China": the one invited is
		// who does what the invitation is for.
		if h := t.governor(n); len(r.src) > 0 && len(r.tgt) == 0 && pr.fr.rel == "invited" && h >= 0 && t.rel(n, "obl") && t.w[h].upos == "VERB" {
			if heads, passive, _ := d.subject(t, h, 0); !passive {
				for _, x := range heads {
					for _, mi := range d.phrase(t, x) {
						if !containsInt(r.src, mi) {
							r.tgt = append(r.tgt, mi)
						}
					}
				}
			}
		}
	}
	if pr.fr.sym || !pr.fr.targetsPrep("between") {
		for _, k := range t.prepKids(n, "between") {
			r.src = append(r.src, d.phrase(t, k)...) // "talks between A and B"
		}
	} // "his mediation between Clerides and Denktash": the sides are whom he mediates with, not co-mediators
	// "US sanctions on Iran", "Israeli strikes", "UN demands": the modifier acts, except on
	// a visit, which goes to it ("a US visit").
	visit := pr.fr.mode == "visit"
	for _, k := range t.w[n].kids {
		if t.rel(k, "amod") && t.w[k].lemma == "lead" && len(r.src) == 0 {
			// "the US-led invasion", "a Saudi-led coalition": who leads it acts.
			for _, x := range t.w[k].kids {
				if m := t.w[x].m; m >= 0 && d.ms[m].actorLike() && t.w[x].end <= t.w[k].start+1 {
					r.src = append(r.src, d.phrase(t, x)...)
				}
			}
		}
		if (t.rel(k, "compound") || t.rel(k, "amod")) && t.w[k].m >= 0 && d.ms[t.w[k].m].actorLike() && d.ms[t.w[k].m].Type != "city" && !brokerWord(t.w[k].lower) {
			// Not "the Paris talks", nor "a Washington visit" (as often the visitor's own
			// capital, a reviewer found in stop 28): a city is where a contact is held.
			if victimNouns[t.w[n].lemma] && d.ms[t.w[k].m].Type == "person" {
				r.tgt = append(r.tgt, d.phrase(t, k)...) // "the Hariri killing": Hariri was killed
				continue
			}
			if pr.light >= 0 && k == pr.light+1 && t.rel(k, "compound") && dativeLight[t.w[pr.light].lemma] && t.kid(pr.light, "nsubj") >= 0 {
				// "Japan gave Peru food aid", read with Peru on the aid: the one given to.
				r.tgt = append(r.tgt, d.phrase(t, k)...)
				continue
			}
			if visit {
				r.tgt = append(r.tgt, d.phrase(t, k)...)
			} else if len(r.src) == 0 && !(pr.light >= 0 && pr.fr.sym && d.ms[t.w[k].m].Type == "organization") {
				// "Putin and Xi hold talks" read as compounds; but "attended the APEC leaders'
				// meeting": the body whose meeting it is takes no part as a side.
				r.src = append(r.src, d.phrase(t, k)...)
			}
		}
	}
	if len(r.src) == 0 {
		// "an agreement reached on Tuesday between the Palestinians and Israel": the
		// parties of the participle that completes the noun.
		for _, k := range t.w[n].kids {
			if t.rel(k, "acl") && t.w[k].xpos == "VBN" {
				for _, b := range t.prepKids(k, "between") {
					r.src = append(r.src, d.phrase(t, b)...)
				}
			}
		}
	}
	// "Kabila had the support of Uganda", "won the backing of": the "of" phrase gives
	// its support to the one who has it.
	if v := pr.light; (pr.fr.cat == "SUPPORT" || pr.fr.cat == "AID") && (v >= 0 || t.rel(n, "obj") && t.w[n].head >= 0) {
		if v < 0 {
			v = t.w[n].head
		}
		var of []int
		for _, k := range t.prepKids(n, "of") {
			for _, mi := range d.phrase(t, k) {
				if d.ms[mi].actorLike() {
					of = append(of, mi)
				}
			}
		}
		if len(of) > 0 && receiveVerbs[t.w[v].lemma] && t.kid(v, "aux:pass") < 0 {
			heads, _, _ := d.subject(t, v, 0)
			r.src, r.tgt = of, nil
			for _, h := range heads {
				r.tgt = append(r.tgt, d.phrase(t, h)...)
			}
			return
		}
	}
	if pr.light >= 0 {
		heads, passive, agent := d.subject(t, pr.light, 0)
		if passive {
			heads = agent // "talks were held by A with B"
		}
		var subj []int
		for _, h := range heads {
			subj = append(subj, d.phrase(t, h)...)
		}
		if pr.reverse {
			// "received a call from Albright": Albright acts on the receiver.
			for _, k := range append(t.prepKids(n, "from"), t.prepKids(pr.light, "from")...) {
				r.src = append(r.src, d.phrase(t, k)...)
			}
			r.tgt = append(r.tgt, subj...)
			return
		}
		switch {
		case len(r.src) == 0:
			r.src = subj
		case len(subj) > 0 && pr.fr.sym:
			r.tgt = append(r.tgt, subj...)
		case len(subj) > 0:
			// "Shalom re-asserted Israel's displeasure": the minister voices his country's.
			for _, mi := range subj {
				if (d.ms[mi].Type == "person" || d.ms[mi].Type == "other") && !containsInt(r.src, mi) {
					r.src = append([]int{mi}, r.src...)
				}
			}
		}
		return
	}
	// "during the last round of meetings": the counted noun stands where its count does.
	// So does its phase: "at the start of a three-day visit", "at the end of talks".
	for k := 0; k < 2 && t.rel(n, "nmod") && t.w[n].head >= 0 && (quantityNouns[t.w[t.w[n].head].lemma] || phaseNouns[t.w[t.w[n].head].lemma] && len(t.prepKids(n, "by")) == 0); k++ {
		n = t.w[n].head
	}
	h := t.governor(n)
	if len(r.src) == 0 && pr.fr.cat == "CONSULT" && t.kid(n, "cop") >= 0 && (t.prep(n) == "on" || t.prep(n) == "in") {
		// "Rubin, who is on a three-day visit to Vietnam", "Li is on an official visit":
		// who is on the visit makes it.
		if heads, passive, _ := d.subject(t, n, 0); !passive {
			for _, x := range heads {
				r.src = append(r.src, d.phrase(t, x)...)
			}
		}
		if t.rel(n, "acl:relcl") && t.kidLemma(n, "advmod", "where") >= 0 && len(r.tgt) == 0 {
			r.tgt = append(r.tgt, d.phrase(t, t.w[n].head)...) // "Malaysia, where he was on a visit"
		}
	}
	if len(r.src) == 0 && (h < 0 || t.kid(n, "cop") >= 0) {
		// "the war is a direct consequence of X", said by Putin: the speaker holds it.
		r.src = d.speaker(t, n)
	}
	if h < 0 {
		return
	}
	if len(r.src) > 0 {
		// "accepted Mandela's invitation": the one who accepts is on the other side.
		// But who hails or condemns talks takes no part in them ("the White House hailed
		// the Zairean peace talks"), nor does anyone beside the two they are between.
		judged := len(d.x.frames.verbs[t.w[h].lemma]) > 0 && !d.x.frames.contact(t.w[h].lemma) && !responseVerbs[t.w[h].lemma]
		if (t.rel(n, "obj") || t.rel(n, "obl")) && t.w[h].upos == "VERB" && len(t.prepKids(n, "between")) == 0 && !d.namesOwnTarget(t, pr, n) && (pr.fr.sym && !judged || responseVerbs[t.w[h].lemma] && (t.rel(n, "obj") || t.prep(n) == "to" && (pr.fr.cat == "CONSULT" || pr.fr.cat == "AGREE"))) {
			heads, _, _ := d.subject(t, h, 0)
			for _, x := range heads {
				for _, mi := range d.phrase(t, x) {
					if !containsInt(r.src, mi) {
						r.tgt = append(r.tgt, mi) // not "briefed X on his talks": those are his own
					}
				}
			}
		}
		return
	}
	// "discussed the crisis in talks with": the talks hung on the object by the parser
	// still tell where the discussion took place.
	if (t.w[h].upos == "NOUN" || t.w[h].upos == "PROPN") && t.rel(n, "nmod") && circumstance[t.prep(n)] && (t.rel(h, "obj") || t.rel(h, "obl")) {
		if hv := t.w[h].head; hv >= 0 && t.w[hv].upos == "VERB" {
			h = hv
		}
	}
	// "heading into talks with the Egyptian leader", the "with" hung on the verb: the
	// other side of the talks.
	if pr.fr.sym && len(r.tgt) == 0 && t.rel(n, "obl") && t.w[h].upos == "VERB" && len(t.prepKids(n, "with")) == 0 {
		for _, k := range t.prepKids(h, "with") {
			if k > n {
				r.tgt = append(r.tgt, d.phrase(t, k)...)
				break
			}
		}
	}
	// "arrived for talks with", "after talks with", "arrived in Tehran for a visit": the
	// clause's subject takes part.
	// "left Libya in defiance of UN sanctions", "in protest at": a noun of manner says
	// what the clause's subject did. "under a deal with Iran", "following an agreement
	// with the junta": so does an agreement with someone named.
	// "was very satisfied with discussions with Chaowalit": so does a contact told by how
	// its side felt about it, once held (not "is open to talks", "not interested in").
	if o := t.kid(h, "obj"); o >= 0 && o != n && t.rel(n, "obl") && (t.prep(n) == "to" || t.prep(n) == "against" || t.prep(n) == "for") && slices.ContainsFunc(d.x.frames.nouns[t.w[o].lemma], func(f *frame) bool { return f.targetsPrep(t.prep(n)) }) {
		return // "voiced opposition to the visit", the "to" hung on the verb: what is opposed, not the subject's own
	}
	feltAbout := pr.fr.cat == "CONSULT" && t.rel(n, "obl") && t.w[h].upos == "ADJ" && t.kid(h, "cop") >= 0 && feltAfter[t.w[h].lemma]
	agreedUnder := pr.fr.cat == "AGREE" && len(t.prepKids(n, "with")) > 0 && agreedPreps[t.prep(n)] && t.kidLemma(n, "det", "no") < 0
	// "was in Rome for talks with Prodi", "is here for a visit": being somewhere for a
	// contact is taking part in it.
	// (The parser hangs the "for" phrase on the place as often: "in the Italian capital
	// for talks".)
	// Only a place: not "is in no hurry for talks", "in no mood for", "in line for".
	thereFor := pr.fr.cat == "CONSULT" && t.prep(n) == "for" && (t.rel(n, "obl") || t.rel(n, "nmod")) && t.kid(h, "cop") >= 0 &&
		(t.w[h].upos == "PROPN" || t.w[h].upos == "NOUN") && t.kidLemma(h, "case", "in", "at") >= 0 &&
		(t.w[h].m >= 0 || placeNouns[t.w[h].lemma] || localeNouns[t.w[h].lemma]) && t.kidLemma(h, "det", "no") < 0
	if (pr.fr.cat == "CONSULT" || t.prep(n) == "in" || agreedUnder) && (t.rel(n, "obl") || h != t.w[n].head || thereFor) && (t.w[h].upos == "VERB" || feltAbout || thereFor) && !(sufferVerbs[t.w[h].lemma] && pr.fr.cat != "CONSULT") {
		heads, passive, agent := d.subject(t, h, 0)
		if passive && pr.fr.cat != "CONSULT" {
			heads = agent // "civilians were killed in a bombing": the victims did not bomb
		}
		for _, x := range heads {
			r.src = append(r.src, d.phrase(t, x)...)
		}
		if len(r.src) == 0 && len(heads) == 1 && (t.w[heads[0]].lower == "we" || t.w[heads[0]].lower == "i") {
			r.src = d.speaker(t, h) // "'We stand in solidarity with Jordan,' Rice said": Rice
		}
		if thereFor && pr.fr.mode == "visit" && len(r.tgt) == 0 {
			r.tgt = append(r.tgt, d.phrase(t, h)...) // "is due in Kenya for a visit": Kenya's
		}
		// "told Lee during their meeting": "their" are the one who tells and the one told.
		if pr.fr.sym && len(r.tgt) == 0 && t.kidLemma(n, "nmod:poss", "their", "our") >= 0 {
			for _, k := range t.w[h].kids {
				if t.rel(k, "obj") || t.rel(k, "iobj") {
					for _, mi := range d.phrase(t, k) {
						if d.ms[mi].Type == "person" {
							r.tgt = append(r.tgt, mi) // a person told, not a topic addressed
						}
					}
				}
			}
		}
	}
}

// speaker returns the mentions of whoever says the clause that holds word p.
func (d *doc) speaker(t *tree, p int) []int {
	sp := t.speechHead(p)
	if sp < 0 {
		return nil
	}
	var out []int
	heads, _, _ := d.subject(t, sp, 0)
	for _, h := range heads {
		out = append(out, d.phrase(t, h)...)
	}
	return out
}

// speechHead returns the speech verb whose reported clause contains word p, or -1: the
// verb that governs p's clause ("the Kremlin said that ..."), or one hung on it as a
// parenthetical ("..., the Kremlin confirmed").
func (t *tree) speechHead(p int) int {
	for i, n := p, 0; i >= 0 && n < 8; n++ {
		for _, k := range t.w[i].kids {
			// "X met Y on Tuesday, the Kremlin said": read as parataxis, or as a conjunct
			// after the clause.
			if (t.rel(k, "parataxis") || t.rel(k, "conj") && k > p && t.kidLemma(k, "cc", "and", "but", "or") < 0) && t.speech[t.w[k].lemma] {
				return k
			}
		}
		if !(t.rel(i, "conj") || t.rel(i, "xcomp") || t.rel(i, "advcl")) {
			break
		}
		i = t.w[i].head
	}
	if g := t.governingSpeech(p); g >= 0 {
		return g
	}
	return t.reportingClause(p)
}

// reportingClause returns the speech verb of a clause that word p governs, after a comma
// that follows p, with a subject of its own and no "as", "when" or "that": "Chile should
// open its ports, Prado was quoted as saying", which the parser hung on the clause it
// reports as an adverbial clause or a complement, or on a clause below it ("X should deal
// with Y and the sanctions could not be divided, he stressed"). -1 for none.
func (t *tree) reportingClause(p int) int {
	for k := p + 1; k < len(t.w); k++ {
		if !t.speech[t.w[k].lemma] || !t.rel(k, "advcl") && !t.rel(k, "ccomp") && !t.rel(k, "parataxis") || t.kid(k, "mark") >= 0 || !t.ancestorOf(p, k) {
			continue
		}
		s := t.kid(k, "nsubj")
		if s < 0 {
			s = t.kid(k, "nsubj:pass")
		}
		if s < 0 || s > k {
			continue
		}
		for j := k - 1; j > p; j-- {
			if t.w[j].form == "," {
				return k // "..., Prado was quoted", and "..., a firmer way, Prado was quoted" misread with "way" as its subject
			}
		}
	}
	return -1
}

// governingSpeech returns the speech verb whose complement holds word p, or -1.
func (t *tree) governingSpeech(p int) int {
	for i, n := p, 0; i >= 0 && n < 8; n++ {
		h := t.w[i].head
		if h < 0 {
			return -1
		}
		if (t.rel(i, "ccomp") || t.rel(i, "parataxis") || t.rel(i, "xcomp")) && t.speech[t.w[h].lemma] {
			return h
		}
		i = h
	}
	return -1
}

// dedupeRoles drops repeated mentions of one entity, and a target that is the actor
// itself ("Iran accused Iran" is never read off a sentence that does not say it).
func dedupeRoles(d *doc, src, tgt []int) ([]int, []int) {
	key := func(mi int) string {
		m := &d.ms[mi]
		if m.ID != "" {
			return m.ID
		}
		return m.Text
	}
	seen := map[string]bool{}
	var s2, t2 []int
	for _, mi := range src {
		if k := key(mi); !seen[k] {
			seen[k] = true
			s2 = append(s2, mi)
		}
	}
	for _, mi := range tgt {
		if m := &d.ms[mi]; m.Kind == kindPronoun && seen[key(mi)] && len(m.ids()) == 1 {
			m.ID = m.ids()[0] // "him" is not the clause's own actor: the person named before
		}
		if k := key(mi); !seen[k] {
			seen[k] = true
			t2 = append(t2, mi)
		}
	}
	return s2, t2
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// agents returns the "by" phrases of a passive verb p, one the parser hung on a time word
// included ("informed late Monday by Blair").
func (t *tree) agents(p int) []int {
	out := t.prepKids(p, "by")
	for _, a := range t.w[p].kids {
		if t.rel(a, "obl:agent") && !containsInt(out, a) {
			out = append(out, a)
		}
	}
	if len(out) == 0 && t.w[p].xpos == "VBN" && t.kid(p, "aux:pass") >= 0 {
		// "was received on arrival in rainy weather by his counterpart": the parser hung
		// the agent on the last phrase before it, a noun that names no one.
		for _, o := range t.w[p].kids {
			if t.rel(o, "obl") && o > p && t.w[o].m < 0 && t.w[o].upos == "NOUN" {
				for _, b := range t.prepKids(o, "by") {
					if t.w[b].m >= 0 || t.nameBelow(b) {
						out = append(out, b)
					}
				}
			}
		}
	}
	return out
}

// ownClauses are relations under which a phrase says something of its own, not of the
// predicate it hangs on.
var ownClauses = map[string]bool{"acl:relcl": true, "parataxis": true, "conj": true, "punct": true, "appos": true}

// firstGoverned returns the head word of the first name after the trigger (in word order)
// in the subtree of word at, leaving out its subject, a reporter ("according to"), relative and coordinated clauses, conditions and
// reasons ("if", "unless", "because", "as", "while", "after"), the trigger's own modifiers
// and the names in src; -1 for none.
func (d *doc) firstGoverned(t *tree, at, trigger int, src []int, actedOnly bool) int {
	best := -1
	visit := func(i, k int) bool {
		if actedOnly && t.w[k].m >= 0 && d.x.frames.verbForms[t.w[i].lower] == "" && !d.x.frames.nounForms[t.w[i].lower] {
			return false // "to respect the Blue Line": no act on it
		}
		if t.rel(k, "advcl") && (t.kidLemma(k, "mark", "if", "unless", "because", "as", "while", "after", "before", "although", "when", "since", "until", "till") >= 0 || t.kidLemma(k, "advmod", "when", "where") >= 0) {
			return false
		}
		if t.rel(k, "ccomp") && t.speech[t.w[i].lemma] || t.rel(k, "advcl") && t.speech[t.w[k].lemma] {
			return false // what is said, or said alongside ("endorsed a statement, saying ..."), has its own parties
		}
		if t.rel(k, "advcl") && t.w[k].xpos == "VBG" && t.kid(k, "mark") < 0 && k > 0 && t.w[k-1].form == "," {
			// "boycotting the institutions, complaining of harassment by X", "condemned the
			// attack, describing it to AFP as a crime": an act of its own, with its own parties
			return false
		}
		if i == trigger && (t.rel(k, "amod") || t.rel(k, "compound") || t.rel(k, "nmod:poss")) {
			return false // "US sanctions": the modifier is the actor, not the target
		}
		if d.placeModifier(t, k) {
			return false // "the Oslo peace process": where, not who
		}
		if i != trigger && i != at && t.w[i].xpos == "VBN" && (t.rel(k, "obl:agent") || t.prep(k) == "by") {
			return false // "its rebate, secured by Margaret Thatcher": another act's agent
		}
		if i != trigger && t.w[i].head == trigger && t.rel(i, "acl") && issueVerbs[t.w[i].lemma] && (t.prep(k) == "in" || t.prep(k) == "at") {
			return false // "sanctions, announced by Albright in Washington": where the noun was put out
		}
		if t.w[i].m >= 0 && containsInt(src, t.w[i].m) && (t.rel(k, "nmod:desc") || t.rel(k, "compound") || t.rel(k, "amod") || t.rel(k, "appos") || t.rel(k, "flat")) {
			return false // "a trip by Turkish Defence Minister Turhan Tayan to Israel": the actor's title
		}
		if t.prep(k) == "with" && t.absolute(k) {
			return false // "with a spokesman for Sharon saying": a circumstance
		}
		switch t.prep(k) {
		case "according":
			return false // "according to the Elysee": the reporter
		case "after", "before", "since", "until", "during":
			return false // "after the defection of Japan": when, not whom
		case "near", "outside", "around", "off", "across", "beyond", "toward", "towards":
			return false // "attacked near Kandahar": where, not whom
		case "in":
			if i != trigger && t.w[i].upos == "NOUN" && (happenings[t.w[i].lemma] || d.venueNoun(t.w[i].lemma)) {
				// "welcomed the resumption of talks in Nigeria": where the talks are. A
				// curfew or a force in a place acts on it ("threatened to institute a
				// curfew in Algiers").
				return false
			}
		}
		if m := t.w[k].m; m >= 0 && k > trigger && d.ms[m].actorLike() && !containsInt(src, m) && d.ms[m].Kind != kindPronoun {
			if best < 0 || k < best {
				best = k
			}
			return false
		}
		return true
	}
	t.walkGoverned(at, visit)
	if at != trigger {
		t.walkGoverned(trigger, visit)
	}
	return best
}

// walkGoverned calls visit(head, dependent) for the words word at governs, top down,
// leaving out at's subject and the clauses of their own (ownClauses, and conjuncts of at
// itself); it goes below a dependent when visit returns true. Depth is bounded.
func (t *tree) walkGoverned(at int, visit func(i, k int) bool) {
	var walk func(i, depth int)
	walk = func(i, depth int) {
		if depth > 8 {
			return
		}
		for _, k := range t.w[i].kids {
			if ownClauses[t.w[k].rel] && !(t.rel(k, "conj") && i != at) || i == at && (t.rel(k, "nsubj") || t.rel(k, "csubj")) {
				continue
			}
			if visit(i, k) {
				walk(k, depth+1)
			}
		}
	}
	walk(at, 0)
}

// governor returns the word a noun depends on, looking past a time word the parser hung
// it on ("said Friday after a telephone discussion", "arrived on Monday afternoon for a
// visit"); -1 for the root.
func (t *tree) governor(n int) int {
	h := t.w[n].head
	if h >= 0 && t.w[h].time && t.w[h].head >= 0 {
		return t.w[h].head
	}
	return h
}

// onlyPlacesIn reports whether every mention of ms is a place in an "in" or "at" phrase of
// the sentence: where something was, not who took part.
func (d *doc) onlyPlacesIn(t *tree, ms []int) bool {
	for _, mi := range ms {
		switch d.ms[mi].Type {
		case "country", "city", "location":
		default:
			return false
		}
		if k := t.mentionHead(mi); k < 0 || t.prep(k) != "in" && t.prep(k) != "at" {
			return false
		}
	}
	return len(ms) > 0
}

// betweenParties returns the mentions of a "between" phrase that word p governs ("the
// talks between Sudan and the rebels"), src left out; nil for none.
func (d *doc) betweenParties(t *tree, p int, src []int) []int {
	var out []int
	t.walkGoverned(p, func(i, k int) bool {
		if circumstance[t.prep(k)] && t.w[k].m < 0 || t.w[k].upos == "VERB" || t.w[k].time || t.prep(k) == "as" {
			return false // "during his mediation between A and B": another act's parties
		}
		if out == nil && t.prep(k) == "between" {
			for _, mi := range d.phrase(t, k) {
				if !containsInt(src, mi) {
					out = append(out, mi)
				}
			}
			return false
		}
		return true
	})
	return out
}

// antecedent returns the head of the noun phrase that ends just before relative pronoun k
// (commas skipped), climbing from its last word through the phrase's own modifiers and
// appositions ("an attack in Khobar, Saudi Arabia, that": attack). It stops below p, the
// pronoun's clause, and returns k itself when no noun precedes it.
func (t *tree) antecedent(k, p int) int {
	j := k - 1
	for j >= 0 && t.w[j].upos == "PUNCT" {
		j--
	}
	if j < 0 || t.w[j].upos != "NOUN" && t.w[j].upos != "PROPN" {
		return k
	}
	for n := 0; n < 8; n++ {
		h := t.w[j].head
		if h < 0 || h == p || t.w[h].upos != "NOUN" && t.w[h].upos != "PROPN" ||
			!(t.rel(j, "nmod") || t.rel(j, "appos") || t.rel(j, "flat") || t.rel(j, "compound") || t.rel(j, "conj")) {
			break
		}
		j = h
	}
	return j
}

// processNoun reports a noun of a process or state by its ending ("resumption",
// "development", "assistance", "progress"): an "in" phrase on it says where, not whose.
func processNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence", "ress"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placedParticiples say where something is, not who made or did it: "a London-based
// group, Amnesty International" is Amnesty; "a US-based relief group" stands for the
// United States only when no name does.
var placedParticiples = map[string]bool{"base": true, "locate": true, "headquarter": true, "station": true, "situate": true, "register": true}

// venueNoun reports a trigger noun of an occasion, whose "in" phrase is where it is held:
// talks, a meeting, an agreement, joint work.
func (d *doc) venueNoun(lemma string) bool {
	frs := d.x.frames.nouns[lemma]
	for _, fr := range frs {
		if fr.cat != "CONSULT" && fr.cat != "AGREE" && fr.cat != "COOPERATE" && fr.cat != "SUPPORT" {
			return false
		}
	}
	return len(frs) > 0
}
