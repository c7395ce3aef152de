package extract

import "strings"

// Stage 1: predicates and their frames. A predicate is a trigger verb with the frame its
// dependents select ("called Macron" CONSULT phone, "called on Iran to" DEMAND), a trigger
// noun with its light verb ("held talks with", "imposed sanctions on"), or a "must" that a
// speaker voices as a demand.

// pred is one predicate of a tree.
type pred struct {
	at      int    // the trigger word
	fr      *frame // nil for a voiced demand (must)
	light   int    // the light verb of a nominal trigger, -1 for none
	reverse bool   // the light verb turns the roles round ("received a call from X")
	must    bool   // "X must go", said by a speaker: a demand of the speaker on X
	should  bool   // the demand is a "should" ("the United States should use its influence")
}

// quantityNouns stand before the noun they count: "a number of restrictions", "a series of
// meetings".
var quantityNouns = map[string]bool{"number": true, "series": true, "round": true, "set": true, "couple": true, "host": true, "wave": true, "spate": true}

// modifierRels are relations under which a trigger word describes a noun instead of
// naming an event ("the visiting minister", "a protest letter").
var modifierRels = map[string]bool{"amod": true, "compound": true, "nmod:poss": true, "flat": true, "goeswith": true, "fixed": true}

// predicates finds the predicates of a tree, in word order. Nouns are found first so that
// their light verbs are not also read as triggers of their own ("received a call").
//
// In a headline ("Biden speaks with Zelensky by phone") the tagger often reads the verb as
// a noun, and sometimes an inflected verb elsewhere ("Starmer spoke by phone"); such a
// noun, a form of a trigger verb and of no trigger noun, with no determiner or
// preposition, is taken as the verb.
func (d *doc) predicates(t *tree, headline bool) []pred {
	lx := d.x.frames
	var out []pred
	used := map[int]bool{}
	for i := range t.w {
		w := &t.w[i]
		if w.upos != "NOUN" && w.upos != "PROPN" || w.m >= 0 {
			continue
		}
		if modifierRels[w.rel] {
			// "Joe Biden spoke by telephone" with "spoke" read as part of the name: a
			// past form of a trigger verb outside any name is the verb. A participle in
			// "-ing" before a noun describes it ("a visiting forces agreement", "a
			// declining birth rate").
			if lemma := lx.verbForms[w.lower]; lemma != "" && w.lower != lemma && w.lower != third(lemma) && lx.nouns[w.lower] == nil && !t.describingParticiple(i) {
				if fr := t.selectFrame(lx.verbs[lemma], i, -1); fr != nil {
					used[i] = true
					out = append(out, pred{at: i, fr: fr, light: -1})
				}
			}
			continue
		}
		frs := lx.nouns[w.lemma]
		if frs == nil {
			frs = lx.nouns[w.lower]
		}
		if frs == nil {
			// A verb the tagger read as a noun: in a headline ("Biden speaks with"), or an
			// inflected form ("Starmer spoke by phone").
			lemma, inflected := w.lemma, false
			if lx.verbs[lemma] == nil {
				// A past form only: "supplies" and "calls" are as often plural nouns.
				lemma = lx.verbForms[w.lower]
				inflected = lemma != "" && w.lower != lemma && w.lower != third(lemma)
			}
			if vf := lx.verbs[lemma]; (headline || inflected) && vf != nil && t.kid(i, "det") < 0 && t.kid(i, "case") < 0 && !used[i] {
				if fr := t.selectFrame(vf, i, -1); fr != nil {
					used[i] = true
					out = append(out, pred{at: i, fr: fr, light: -1})
				}
			}
			continue
		}
		if headline && t.kid(i, "det") < 0 && t.kid(i, "case") < 0 && t.kid(i, "nmod:poss") < 0 {
			// "Ardern calls Morrison", "Putin meets Xi": in a headline a bare trigger noun
			// with a name after it is the verb.
			if vf := lx.verbs[lx.verbForms[w.lower]]; vf != nil && i+1 < len(t.w) && t.w[i+1].m >= 0 {
				fr := t.selectFrame(vf, i, -1)
				if fr == nil {
					fr = objectFrame(vf) // the name after it, misread, is its object
				}
				if fr != nil {
					used[i] = true
					out = append(out, pred{at: i, fr: fr, light: -1})
					continue
				}
			}
		}
		light, reverse := -1, false
		at := i
		if h := w.head; h >= 0 && t.rel(i, "nmod") && quantityNouns[t.w[h].lemma] {
			at = h // "imposed a number of restrictions": the light verb's object is "number"
		}
		for first := at; t.rel(first, "conj") && t.w[first].head >= 0 && t.w[t.w[first].head].upos == "NOUN"; {
			// "strengthen exchanges and cooperation with": the first noun is the object
			// of a verb of growing (only of one: "has a strong armament sector and
			// discussions with Thailand" has no discussions).
			first = t.w[first].head
			if h := t.w[first].head; h >= 0 && t.rel(first, "obj") && lx.growth[t.w[h].lemma] {
				at = first
			}
		}
		// "put off his trip", "broke off talks": a verb with "off" undoes the contact, it
		// does not make it.
		if h := t.w[at].head; h >= 0 && (t.rel(at, "obj") || t.rel(at, "nsubj:pass")) && t.w[h].upos == "VERB" && t.kidLemma(h, "compound:prt", "off") < 0 {
			if rev, ok := lx.light[t.w[h].lemma]; ok && (!lx.gathering[t.w[h].lemma] || gatheringFrame(frs)) && (!lx.growth[t.w[h].lemma] || jointFrame(frs) && len(t.prepKids(i, "between")) == 0 || !jointFrame(frs) && namesLight(frs, t.w[h].lemma)) {
				light, reverse = h, rev // not "attend sanctions conference": one attends talks
			}
		}
		if v := t.relativeLight(at, lx.light); light < 0 && v >= 0 && !lx.gathering[t.w[v].lemma] && !lx.growth[t.w[v].lemma] {
			light, reverse = v, lx.light[t.w[v].lemma] // "the talks she held with Abbas"
		}
		fr := t.selectFrame(frs, i, light)
		if fr == nil {
			continue
		}
		if light >= 0 {
			used[light] = true
		}
		out = append(out, pred{at: i, fr: fr, light: light, reverse: reverse})
	}
	for i := range t.w {
		w := &t.w[i]
		if used[i] || w.m >= 0 || w.time {
			continue // "approved by the Security Council March 28": a date is no march
		}
		if w.lower == "must" && t.rel(i, "aux") {
			out = append(out, pred{at: w.head, light: -1, must: true})
			continue
		}
		if sp := t.speechHead(w.head); (w.lower == "should" || w.lower == "ought") && t.rel(i, "aux") && sp >= 0 && t.selectFrame(lx.verbs[t.w[sp].lemma], sp, -1) == nil &&
			!beneficiaryVerbs[t.w[w.head].lemma] && !(t.kid(w.head, "nsubj:pass") >= 0 && (t.negatedClause(w.head) || grantedVerbs[t.w[w.head].lemma])) {
			// "The United States should use its influence, Badawi said": advice voiced to a
			// party is a demand on it, as a "must" is; unvoiced, "should" mostly predicts,
			// and under a verb of asking ("insisted that Iran should stop") it is that one's;
			// "stressed" asks only of a need ("stressed the need for"), so under it otherwise
			// the "should" is the demand. What a party should get or be granted, or should not
			// suffer ("the Palestinians should get a state", "Iran should be allowed to",
			// "Syria should not be isolated"), asks nothing of it; what should be done to it
			// ("should be subjected to UN sanctions") is still asked against it.
			out = append(out, pred{at: w.head, light: -1, must: true, should: true})
			continue
		}
		if w.upos == "ADJ" && t.kid(i, "cop") >= 0 {
			// "has been highly critical of Netanyahu": a predicate adjective.
			if fr := t.selectFrame(lx.adjs[w.lemma], i, -1); fr != nil {
				out = append(out, pred{at: i, fr: fr, light: -1})
			}
			continue
		}
		if w.upos != "VERB" || modifierRels[w.rel] {
			continue
		}
		if i >= 2 && t.w[i-1].form == "-" && t.w[i-1].start == t.w[i-2].end && w.start == t.w[i-1].end && t.w[i-2].upos == "PROPN" {
			continue // "Shrine-visiting hurts ties", "US-backed": a name's compound adjective, no act
		}
		if w.xpos == "VBG" && i+1 < len(t.w) && t.w[i+1].head == i && activityPlaces[t.w[i+1].lemma] {
			continue // "the Novo Selo shooting range", read as shooting the range: a noun's modifier
		}
		frs := lx.verbs[w.lemma]
		if frs == nil {
			frs = lx.verbs[lx.verbForms[w.lower]] // a lemmatizer slip: "wiped" -> "wip"
		}
		if frs == nil {
			continue
		}
		if fr := t.selectFrame(frs, i, -1); fr != nil {
			out = append(out, pred{at: i, fr: fr, light: -1})
		}
	}
	// Word order: the merge and the reporters read events in the order the text gives them.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].at < out[j-1].at; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// beneficiaryVerbs say what a subject is to have or gain, not to do: "should get a state",
// "should benefit from the deal".
var beneficiaryVerbs = map[string]bool{"get": true, "benefit": true, "receive": true, "enjoy": true, "have": true, "gain": true, "deserve": true}

// grantedVerbs are what a party is let or given in the passive: "should be allowed to",
// "should be given a say", "should be included in the talks".
var grantedVerbs = map[string]bool{"allow": true, "permit": true, "give": true, "grant": true, "include": true, "invite": true, "help": true, "admit": true, "remove": true}

// selectFrame returns the first frame whose selectors are all present on word i (or, for
// a preposition, on its light verb), or nil.
func (t *tree) selectFrame(frs []*frame, i, light int) *frame {
	for _, fr := range frs {
		ok := true
		for _, sl := range fr.selects {
			if !t.hasSlot(sl, i, light) {
				ok = false
				break
			}
		}
		if ok {
			return fr
		}
	}
	return nil
}

// label returns the head of the second nominal that names object o of verb i ("called
// Israel a terrorist state", "called the sanctions illegal"), however the parser hung it:
// an xcomp of i, or the word right after o's phrase (past quotation marks) when it is an
// article, adjective or noun the object does not govern. -1 for none.
func (t *tree) label(i, o int) int {
	for _, k := range t.w[i].kids {
		if k > o && t.rel(k, "xcomp") && t.kidLemma(k, "mark", "to") < 0 {
			return k
		}
	}
	end := o
	for changed := true; changed; {
		changed = false
		for _, k := range t.w[end].kids {
			if k > end {
				end, changed = k, true
			}
		}
	}
	next := end + 1
	for next < len(t.w) && t.w[next].upos == "PUNCT" && t.w[next].form != "," && t.w[next].form != "." {
		next++ // a quotation mark: "called Israel "a terrorist state""
	}
	if next >= len(t.w) || t.w[next].time || t.w[next].head == o {
		return -1
	}
	switch t.w[next].upos {
	case "DET", "ADJ", "NOUN":
		if t.w[next].upos == "DET" && t.w[next].head >= 0 {
			return t.w[next].head // the noun the article opens
		}
		return next
	}
	return -1
}

// passiveObjLemma reports whether passive verb i has a subject with one of the lemmas
// words: the object of its active ("the sanctions were lifted").
func (t *tree) passiveObjLemma(i int, words []string) bool {
	return t.kid(i, "aux:pass") >= 0 && t.kidNounLemma(i, "nsubj:pass", words...) >= 0
}

// kidNounLemma is kidLemma for the common nouns of a frame's objlemma, objnot and noobj
// lists: the first word of a person's name (a proper noun with a flat part) never
// matches, so "met Bill Clinton" meets a person, not a bill; "received the Nobel Peace
// Prize" still receives a prize.
func (t *tree) kidNounLemma(i int, r string, lemmas ...string) int {
	for _, k := range t.w[i].kids {
		if t.rel(k, r) && !(t.w[k].upos == "PROPN" && t.kid(k, "flat") >= 0) && (containsStr(lemmas, t.w[k].lemma) || containsStr(lemmas, t.w[k].lower)) {
			return k
		}
	}
	return -1
}

// describingParticiple reports whether word i is an "-ing" form with no dependents of its
// own written before the noun it describes: "a visiting forces agreement", "a declining
// birth rate", "an investigating team". One before a noun of activity names the act
// ("the smuggling operation", "a killing spree").
func (t *tree) describingParticiple(i int) bool {
	w := &t.w[i]
	if !strings.HasSuffix(w.lower, "ing") || len(w.kids) > 0 || w.head < i {
		return false
	}
	return !activityNouns[t.w[w.head].lemma]
}

// activityNouns are nouns an "-ing" form before them names the act of.
var activityNouns = map[string]bool{"operation": true, "campaign": true, "spree": true, "ring": true,
	"raid": true, "attack": true, "network": true, "racket": true, "scheme": true, "plot": true, "gang": true}

func (t *tree) hasSlot(sl slot, i, light int) bool {
	switch sl.kind {
	case "obj":
		o := t.kid(i, "obj")
		// "an indication that Paris wants to open a new chapter": a "that" before the verb
		// is no object for its infinitive to be done by.
		return o >= 0 && !(o < i && relativePronouns[t.w[o].lower] && t.infinitive(i) >= 0)
	case "iobj":
		return t.kid(i, "iobj") >= 0
	case "xcomp":
		return t.infinitive(i) >= 0
	case "ccomp":
		return t.kid(i, "ccomp") >= 0
	case "noccomp":
		// No complement clause: "that" or a gerund ("denied meeting Musk").
		for _, k := range t.w[i].kids {
			if t.rel(k, "ccomp") || (t.rel(k, "xcomp") || t.rel(k, "obj")) && t.w[k].xpos == "VBG" && t.w[k].upos == "VERB" {
				return false
			}
		}
		return true
	case "mandative":
		// A complement clause that says what must be done, not what is: "insisted that
		// Iran stop" or "should stop", not "insisted that Iran has the right".
		c := t.kid(i, "ccomp")
		if c < 0 {
			return false
		}
		for _, k := range t.w[c].kids {
			if (t.rel(k, "aux") || t.rel(k, "cop")) && (t.w[k].lower == "should" || t.w[k].lower == "must") {
				return true
			}
			if (t.rel(k, "aux") || t.rel(k, "aux:pass") || t.rel(k, "cop")) && t.w[k].lower != "be" {
				// "insisted there was no other choice", "that relations are strong", "that
				// it would": a tensed auxiliary or copula states; the mandative has "be".
				return false
			}
		}
		return t.w[c].xpos != "VBZ" && t.w[c].xpos != "VBD"
	case "lightverb":
		return light >= 0 && (len(sl.words) == 0 || containsStr(sl.words, t.w[light].lemma))
	case "mod":
		for _, k := range t.w[i].kids {
			if (t.rel(k, "compound") || t.rel(k, "amod") || t.rel(k, "nmod") || t.rel(k, "advmod")) && (containsStr(sl.words, t.w[k].lemma) || containsStr(sl.words, t.w[k].lower)) {
				return true
			}
		}
		return false
	case "objlemma":
		if t.kidNounLemma(i, "obj", sl.words...) >= 0 || t.passiveObjLemma(i, sl.words) {
			return true // "lifted the sanctions", "the sanctions were lifted"
		}
		// "summoned Niger's ambassador Brah Mohamane": the name is the object, its title
		// the lemma.
		if o := t.kid(i, "obj"); o >= 0 && t.w[o].upos == "PROPN" {
			for _, r := range []string{"nmod:desc", "compound", "appos"} {
				if t.kidLemma(o, r, sl.words...) >= 0 {
					return true
				}
			}
		}
		return false
	case "oneobj":
		// One object and no second nominal after it: "called Macron", not "called Macron a
		// liar" or "called the move a provocation".
		n := 0
		for _, k := range t.w[i].kids {
			if t.rel(k, "obj") || t.rel(k, "xcomp") && (t.w[k].upos == "NOUN" || t.w[k].upos == "ADJ" || t.kidLemma(k, "mark", "to") < 0) {
				n++ // an xcomp without "to" is a small clause: "called the U.S. move a provocation"
			}
		}
		o := t.kid(i, "obj")
		// And the object names someone itself: "called Macron", "called the president",
		// not "called Milei's remarks absurd".
		if !(n == 1 && o >= 0 && (t.w[o].upos == "PROPN" || t.w[o].m >= 0) && t.kid(o, "ccomp") < 0) {
			return false
		}
		return t.label(i, o) < 0
	case "label":
		// The object called by a name of the frame's: "called the sanctions illegal",
		// "called Israel a terrorist state", "designated the party as a terrorist
		// organization" (the name in an "as" phrase, the object passive or not).
		o := t.kid(i, "obj")
		if o < 0 && t.kid(i, "nsubj:pass") < 0 {
			return false
		}
		l := -1
		if o >= 0 {
			l = t.label(i, o)
			if io := t.kid(i, "iobj"); io >= 0 && io < o {
				l = o // "branded Iran a terrorist state", read with Iran as iobj
			}
		}
		if as := t.prepKids(i, "as"); l < 0 && len(as) > 0 {
			l = as[0]
		}
		if l < 0 {
			return false
		}
		for k := range t.w {
			if (k == l || t.ancestorOf(l, k)) && (containsStr(sl.words, t.w[k].lemma) || containsStr(sl.words, t.w[k].lower)) {
				return true
			}
		}
		return false
	case "objnot":
		if t.kid(i, "obj") < 0 && t.kid(i, "aux:pass") >= 0 && t.kid(i, "nsubj:pass") >= 0 {
			return !t.passiveObjLemma(i, sl.words) // "prisoners were released"
		}
		return t.kid(i, "obj") >= 0 && t.kidNounLemma(i, "obj", sl.words...) < 0
	case "noxcomp":
		x := t.infinitive(i)
		return x < 0 || !containsStr(sl.words, t.w[x].lemma)
	case "noobj":
		// An object the tagger took for an adjective hangs as xcomp: "provide impetus to".
		return t.kidNounLemma(i, "obj", sl.words...) < 0 && !t.passiveObjLemma(i, sl.words) && t.kidNounLemma(i, "xcomp", sl.words...) < 0
	case "prt":
		for _, k := range t.w[i].kids {
			if (t.rel(k, "compound") || t.rel(k, "advmod") || t.rel(k, "case")) && containsStr(sl.words, t.w[k].lower) {
				return true
			}
			// "pulled out of Lebanon": the particle may be read as the case of the oblique.
			if t.rel(k, "obl") && containsStr(sl.words, t.prep(k)) {
				return true
			}
		}
		return false
	case "prep":
		for _, p := range sl.words {
			if len(t.prepKids(i, p)) > 0 || light >= 0 && len(t.prepKids(light, p)) > 0 {
				return true
			}
		}
	case "prepname":
		// "opposition from China", not "bars leader from all activities": the phrase
		// names someone, or their members ("from a number of countries, including").
		for _, p := range sl.words {
			for _, k := range t.prepKids(i, p) {
				if t.w[k].m >= 0 || t.nameBelow(k) {
					return true
				}
			}
		}
	}
	return false
}

// objectFrame returns the first frame that selects on a direct object alone.
func objectFrame(frs []*frame) *frame {
	for _, fr := range frs {
		if len(fr.selects) == 1 && fr.selects[0].kind == "obj" {
			return fr
		}
	}
	return nil
}

// infinitive returns the infinitive complement of word i: its verbal xcomp, or a "to"
// clause the parser read as one of purpose ("have sworn to attack"), or -1. A noun or
// adjective read as xcomp ("told ABC radio", "called the move illegal") is none.
func (t *tree) infinitive(i int) int {
	for _, x := range t.w[i].kids {
		if t.rel(x, "xcomp") && (t.w[x].upos == "VERB" || t.w[x].upos == "AUX" || t.kidLemma(x, "mark", "to") >= 0) {
			if t.w[x].xpos == "VBG" && x == i+1 && x+1 < len(t.w) && (t.w[x+1].upos == "ADJ" || t.w[x+1].upos == "PROPN") {
				continue // "told visiting French Defense Minister Charles Millon": a participle on the name
			}
			if x == i+1 && (t.w[x].xpos == "VBN" || t.w[x].xpos == "VBD") && t.kidLemma(x, "mark", "to") < 0 {
				continue // "told newsmen", a noun the tagger did not know read as a participle; not "want voting reweighted"
			}
			return x
		}
	}
	if a := t.kid(i, "advcl"); a >= 0 && t.kidLemma(a, "mark", "to") >= 0 {
		return a
	}
	return -1
}

// gatheringFrame reports whether a trigger noun names something one takes part in: a
// contact, a protest or joint work ("attended the talks", "joined the protests", "hosted
// joint exercises").
func gatheringFrame(frs []*frame) bool {
	for _, fr := range frs {
		if fr.cat == "CONSULT" || fr.cat == "PROTEST" || fr.cat == "COOPERATE" {
			return true
		}
	}
	return false
}

// namesLight reports whether a frame of the noun names light verb v in its selection
// ("pressure N lightverb:increase|intensify": pressure increased is put on), which lets
// a verb of growing be light for a noun that is no joint work.
func namesLight(frs []*frame, v string) bool {
	for _, fr := range frs {
		for _, sl := range fr.selects {
			if sl.kind == "lightverb" && containsStr(sl.words, v) {
				return true
			}
		}
	}
	return false
}

// jointFrame reports whether a trigger noun names contact or joint work, which a verb of
// growing makes an act of its subject ("will strengthen cooperation with Tanzania",
// "boosted contacts with Seoul"); a measure grown ("boost sanctions") is no new act.
func jointFrame(frs []*frame) bool {
	for _, fr := range frs {
		if fr.cat == "CONSULT" || fr.cat == "COOPERATE" {
			return true
		}
	}
	return false
}

// activityPlaces are nouns an "-ing" form before them names a place or kind of, not an act
// done to them: "a shooting range", "a firing squad's practice ground", "a boxing match".
var activityPlaces = map[string]bool{"range": true, "gallery": true, "ground": true, "grounds": true,
	"club": true, "competition": true, "contest": true, "match": true, "practice": true, "lesson": true,
	"championship": true, "event": true, "field": true, "star": true, "team": true, "pad": true, "site": true}

// relativeLight returns the light verb of a relative clause on noun n whose object n is
// ("the talks she held with Abbas", "the visit he paid to Seoul"), or -1: a verb with a
// subject of its own (active: "the meeting, which was held in Geneva" leaves the noun's
// own arguments alone, "the talks that ended" is the noun's own) and no object but the
// relative pronoun.
func (t *tree) relativeLight(n int, light map[string]bool) int {
	for _, v := range t.w[n].kids {
		if s := t.kid(v, "nsubj"); !t.rel(v, "acl:relcl") || t.w[v].upos != "VERB" || s < 0 || t.w[s].rel != "nsubj" || relativePronouns[t.w[s].lower] {
			continue
		}
		if _, ok := light[t.w[v].lemma]; !ok {
			continue
		}
		if o := t.kid(v, "obj"); o >= 0 && !relativePronouns[t.w[o].lower] {
			continue
		}
		return v
	}
	return -1
}
