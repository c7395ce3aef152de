package extract

import (
	"slices"
	"strings"

	"github.com/relgraph/relgraph/ingest/syntax"
	"github.com/relgraph/relgraph/ingest/timex"
)

// Stage 0: a sentence as a dependency tree whose words know the entity mentions they
// belong to.

// tword is one word of a parsed sentence.
type tword struct {
	form, lower, lemma, upos, xpos, rel string
	head                                int   // index of the head word, -1 for the root
	kids                                []int // dependents, in word order
	start, end                          int   // byte offsets into the document text
	m                                   int   // index into doc.ms of the mention the word is part of, -1 for none
	time                                bool  // part of a date or time expression
}

// tree is one sentence's dependency tree.
type tree struct {
	si     int // the sentence (doc.sents)
	w      []tword
	speech map[string]bool // speech verb lemmas (lexicon/speech.txt)
}

// parseSentence parses sentence si of the document and links its words to the mentions ms
// (indices into d.ms) and the date expressions times. Where the syntactic tokenizer splits
// the extraction's sentence (a dateline, "HAVANA, March 3 -", is a sentence of its own in
// the treebank) each piece is parsed alone and the tree has a root per piece. It returns
// nil when the sentence has no words.
func (d *doc) parseSentence(p *syntax.Pipeline, si int, ms []int, times []timex.Expr) *tree {
	s := d.sents[si]
	text := d.text[s.Start:s.End]
	parts := syntax.Tokenize(text)
	if n := datelineEnd(text); n > 0 && len(parts) > 0 && parts[0].End > n {
		// "MOSCOW -- Rice, who met Lavrov, ...": the dateline is a piece of its own, or the
		// city becomes the subject.
		head, rest := syntax.Tokenize(text[:n]), syntax.Tokenize(text[n:])
		for _, r := range rest {
			for i := range r.Words {
				r.Words[i].Start += n
				r.Words[i].End += n
			}
		}
		parts = append(head, rest...)
	}
	if len(parts) == 0 {
		return nil
	}
	// The words of the parts go into one slice sized once (appended a word at a time, it
	// was a third of the bytes an extraction allocates); a lone part's own words serve.
	var words []syntax.Word
	if len(parts) > 1 {
		n := 0
		for _, part := range parts {
			n += len(part.Words)
		}
		words = make([]syntax.Word, 0, min(n, syntax.MaxSentenceWords))
	}
	v, vtag := d.subjectVerb(si, ms, times)
	joins := d.headlineCommas(si, ms, v)
	cop, copForm := d.droppedCopula(si, ms)
	for _, part := range parts {
		if len(words)+len(part.Words) > syntax.MaxSentenceWords {
			break
		}
		for i, w := range part.Words {
			if joins[s.Start+w.Start] {
				// "Putin, Macron discuss Iran": headline grammar's comma is an "and", and
				// the parser, which saw no headlines, reads the first name as a vocative
				// (or the root) unless it is told so. The word keeps its span.
				part.Words[i].Form = "and"
			}
		}
		isAt := -1 // the copula given back to the headline, parsed and then taken out
		if cop >= 0 && len(part.Words) < syntax.MaxSentenceWords {
			for i, w := range part.Words {
				if s.Start+w.Start == cop {
					isAt = i
					part.Words = slices.Insert(part.Words, i, syntax.Word{Form: copForm, Start: w.Start, End: w.Start, SpaceAfter: true})
					for k := range part.Words {
						part.Words[k].ID = k + 1
					}
					break
				}
			}
		}
		fixed := d.fixedTags(p, part, s.Start, ms, v, vtag)
		if isAt >= 0 {
			if fixed == nil {
				fixed = make([]string, len(part.Words))
			}
			fixed[isAt] = "AUX/VBZ"
			if copForm == "are" {
				fixed[isAt] = "AUX/VBP"
			}
		}
		p.AnnotateFixed(part, fixed)
		if i, tag := d.x.frames.missingFinite(part, fixed); i >= 0 {
			// The parse found no finite verb to hang the clause on: the trigger or light
			// verb after the subject, read as a noun or a participle, is it ("Fabius and a
			// group of deputies held talks with", "The Palestinians reject proposed
			// changes"). Parsed again with that word fixed.
			if fixed == nil {
				fixed = make([]string, len(part.Words))
			}
			fixed[i] = tag
			p.AnnotateFixed(part, fixed)
		}
		if isAt >= 0 {
			removeWord(part, isAt)
		}
		if len(parts) == 1 {
			words = part.Words
			break
		}
		base := len(words)
		for _, w := range part.Words {
			w.ID += base
			if w.Head > 0 {
				w.Head += base
			}
			words = append(words, w)
		}
	}
	sent := &syntax.Sentence{Words: words}
	t := &tree{si: si, w: make([]tword, len(sent.Words)), speech: d.x.frames.speech}
	for i, w := range sent.Words {
		lower := strings.ToLower(w.Form)
		lemma := strings.ToLower(w.Lemma)
		if lemma == "" || lemma == "_" {
			lemma = lower
		}
		t.w[i] = tword{form: w.Form, lower: lower, lemma: lemma, upos: w.UPOS, xpos: w.XPOS, rel: w.DepRel,
			head: w.Head - 1, start: w.Start + s.Start, end: w.End + s.Start, m: -1}
	}
	for i := range t.w {
		if h := t.w[i].head; h < 0 || h >= len(t.w) {
			t.w[i].head = -1
		}
	}
	type arc struct {
		head int
		rel  string
	}
	parsed := make([]arc, len(t.w))
	for i := range t.w {
		parsed[i] = arc{t.w[i].head, t.w[i].rel}
	}
	t.repairMemberStates()
	t.repairNounRoot()
	t.repairStrandedCase()
	t.repairVisiting(d.x.frames.contact)
	t.repairPurposeOnVehicle(d.x.frames.contact)
	t.repairReportedNoun()
	t.repairNameConj()
	t.repairQuoteInversion()
	t.repairToldThat()
	t.repairParticipleRoot()
	t.repairMarkedRoot()
	t.repairReducedRelative()
	t.repairParticipleOnNoun()
	t.repairCasedAppos()
	t.repairTwoSubjects()
	t.repairBetweenSubject()
	t.repairAsWellAs()
	t.repairWithOnTime()
	t.repairWithOnObject(d.x.frames)
	t.repairFromOnReaction(d.x.frames)
	t.repairFrontedSubject()
	t.repairAccordingSubject()
	t.repairCopulaOnSubject()
	t.repairTimeSubject()
	t.repairTimeOnSubject()
	t.repairTimeAsObject()
	t.repairThatComplement()
	t.repairIfClause()
	t.repairRelativeTime()
	t.repairNameTime()
	t.repairTimeOnNoun()
	t.repairMarkedAcl()
	t.repairBareConjSubject()
	t.repairClauseAsSubject()
	t.repairMarkAsCase()
	t.repairVerbConjOnObject()
	t.repairNameConjOnVerb()
	t.repairApposAsConj()
	t.repairRelativeAsConj()
	t.repairContactClause(d.x.frames.light)
	t.repairApposOnFirstConjunct()
	t.repairHerPossessive()
	t.repairTitleAfterName()
	t.repairCaseOnTitle()
	t.repairBeTo()
	t.repairFollowingAsCase()
	t.repairOverParticiple()
	t.repairCopulaPassive()
	t.repairActiveParticiple()
	t.repairUpTo()
	t.repairSaidDay()
	t.repairSaidDayThat()
	t.repairTrailingSpeaker()
	t.repairTrailingAttribution()
	t.repairPlaceParticiple()
	if d.headline(s) {
		t.repairHeadlinePassive(d.x.frames)
	}
	if t.cyclic() {
		// A repair that met another's change made a word its own ancestor: the parser's
		// tree, unrepaired, is better than one no walk can end in.
		for i := range t.w {
			t.w[i].head, t.w[i].rel = parsed[i].head, parsed[i].rel
		}
	}
	for i := range t.w {
		if h := t.w[i].head; h >= 0 {
			t.w[h].kids = append(t.w[h].kids, i)
		}
	}
	for _, e := range times {
		for i := range t.w {
			if t.w[i].start >= e.Start && t.w[i].end <= e.End {
				t.w[i].time = true
			}
		}
	}
	// Words inside a mention's span belong to it; a word in two (a group over names) to the
	// shorter.
	// A name that opens a hyphenated word ("an Egypt-proposed plan", "US-led forces")
	// belongs to the word when no other does.
	for _, mi := range ms {
		m := &d.ms[mi]
		for i := range t.w {
			if t.w[i].start >= m.Start && t.w[i].end <= m.End {
				if o := t.w[i].m; o < 0 || d.ms[o].End-d.ms[o].Start > m.End-m.Start {
					t.w[i].m = mi
				}
			} else if t.w[i].start == m.Start && t.w[i].end > m.End && m.End < len(d.text) && d.text[m.End] == '-' && t.w[i].m < 0 {
				t.w[i].m = mi
			}
		}
	}
	return t
}

// fixedTags returns the joint tags known for the words of part (offsets from base) before
// it is parsed, or nil: the names' (nameTags), and where a first tagging shows a known
// misreading, the fix: the verb after a sentence's opening names (token v, tag vtag, from
// subjectVerb; only where the tagger, given the names, does not already read a verb
// there), and a trigger noun read as a verb after a determiner and a name ("during a
// State Department visit") or as an adjective ("Israel's withdrawal", whose "-al" the
// tagger takes for "national"). The first tagging is run only when one of these may apply.
func (d *doc) fixedTags(p *syntax.Pipeline, part *syntax.Sentence, base int, ms []int, v int, vtag string) []string {
	fixed := d.nameTags(part, base, ms)
	detNoun := d.x.frames.determinedNouns(part)
	ruling := rulingAt(part)
	if v < 0 && detNoun == nil && !d.x.frames.hasNounOnly(part) && !hasVerbOnly(part) && !numberOpens(part) && ruling < 0 {
		return fixed
	}
	p.Tagger.TagFixed(part, fixed)
	for i, w := range part.Words {
		if fixed != nil && fixed[i] != "" {
			continue
		}
		fix := ""
		switch {
		case v >= 0 && base+w.Start == d.toks[v].Start && w.UPOS+"/"+w.XPOS != vtag && (w.UPOS != "VERB" || vtag == "VERB/VBD"):
			fix = vtag
		case detNoun[i] && w.UPOS == "VERB", w.UPOS == "ADJ" && d.x.frames.nounOnly[strings.ToLower(w.Form)]:
			fix = "NOUN/NN"
			if strings.HasSuffix(w.Form, "s") {
				fix = "NOUN/NNS"
			}
		case (w.UPOS == "NOUN" || w.UPOS == "ADP" || w.UPOS == "ADV") && verbOnly[w.Form]:
			fix = "VERB/VBD" // "when the two met in Singapore", "Israel froze the talks" ("froze" read as a preposition)
		case i == 0 && numberOpens(part) && w.UPOS != "NUM":
			fix = "NUM/CD" // "Five US marines have been accused"
		case i == ruling && w.UPOS != "ADJ":
			fix = "ADJ/JJ" // "called on ruling Fatah movement to step down"
		}
		if fix != "" {
			if fixed == nil {
				fixed = make([]string, len(part.Words))
			}
			fixed[i] = fix
		}
	}
	return fixed
}

// verbOnly are lower-case past forms of trigger verbs that news English never uses as
// nouns, which the tagger still reads as nouns after a number or a group ("when the two
// met in Singapore").
var verbOnly = map[string]bool{"met": true, "spoke": true, "urged": true, "visited": true,
	"criticized": true, "criticised": true, "condemned": true, "rejected": true, "agreed": true, "talked": true,
	"froze": true, "imposed": true, "expelled": true, "denounced": true, "vowed": true, "pledged": true,
	"threatened": true}

// numberWords are the numbers written as words that open a sentence ("Five US marines",
// "Forty three countries"): no name unless a capitalized word follows (commonOpener).
var numberWords = map[string]bool{"Two": true, "Three": true, "Four": true, "Five": true, "Six": true,
	"Seven": true, "Eight": true, "Nine": true, "Ten": true, "Eleven": true, "Twelve": true, "Thirteen": true,
	"Fourteen": true, "Fifteen": true, "Sixteen": true, "Seventeen": true, "Eighteen": true, "Nineteen": true,
	"Twenty": true, "Thirty": true, "Forty": true, "Fifty": true, "Sixty": true, "Seventy": true, "Eighty": true,
	"Ninety": true, "Hundreds": true, "Thousands": true, "Dozens": true}

// numberOpens reports whether part opens with a number word that counts a plural noun
// after it, with a name between or not ("Five US marines", "Two soldiers").
func numberOpens(part *syntax.Sentence) bool {
	if len(part.Words) < 3 || !numberWords[part.Words[0].Form] {
		return false
	}
	for _, w := range part.Words[1:3] {
		if f := w.Form; f != "" && f[0] >= 'a' && f[0] <= 'z' {
			return strings.HasSuffix(f, "s") && f != "of" && f != "was" && f != "has" && f != "is"
		}
	}
	return false
}

// rulingAt returns the index of "ruling" used as an adjective before a name or a body
// ("ruling Fatah movement", "the ruling party"), which the tagger reads as a verb after
// "on" ("called on ruling Fatah movement to step down" became a clause of ruling), or -1.
func rulingAt(part *syntax.Sentence) int {
	for i, w := range part.Words {
		if w.Form != "ruling" || i+1 >= len(part.Words) {
			continue
		}
		next := part.Words[i+1].Form
		if next != "" && next[0] >= 'A' && next[0] <= 'Z' || rulingBodies[next] {
			return i
		}
	}
	return -1
}

// rulingBodies are the nouns "ruling" describes: "the ruling party", "the ruling junta".
var rulingBodies = map[string]bool{"party": true, "junta": true, "coalition": true, "military": true,
	"council": true, "alliance": true, "bloc": true, "family": true, "elite": true, "government": true,
	"parties": true, "generals": true, "camp": true, "faction": true, "movement": true}

// hasVerbOnly reports whether part holds a verbOnly word.
func hasVerbOnly(part *syntax.Sentence) bool {
	for _, w := range part.Words {
		if verbOnly[w.Form] {
			return true
		}
	}
	return false
}

// nameTags returns the joint tags known for the words of part (offsets from base) before
// tagging: "PROPN/NNP" for each capitalized word inside a recognized name, so that "Biden met Xi" is not read with "Biden" as an adjective and
// "met" as a noun. A nationality ("Turkish") keeps the tagger's reading; so does a word
// of a headline in capitals, and a weak guess at a word that the story also writes in
// lower case, or that opens the sentence without a verb after it ("Prior to the talks";
// but "Biden met Xi"). It returns nil when no
// word is known.
func (d *doc) nameTags(part *syntax.Sentence, base int, ms []int) []string {
	var out []string
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.Kind != kindName || m.ev < evContext && (d.lower[strings.ToLower(m.Text)] || m.From == d.sents[m.Sent].From && !d.verbAfter(m.To)) {
			continue // a weak guess at a word the story also writes in lower case, or that opens a sentence
		}
		if m.Type == "nationality" || m.To-m.From == 1 && nonNames[strings.ToLower(m.Text)] {
			continue // "Turkish", "Western": adjectives
		}
		for i, w := range part.Words {
			start, end := base+w.Start, base+w.End
			if m.Type == "person" && i+1 < len(part.Words) && base+part.Words[i+1].Start == m.Start && titles[w.Form] && isAllUpper(w.Form) {
				// "British PM Tony Blair": an abbreviated title is part of the name's
				// phrase, not a subject of its own.
				if out == nil {
					out = make([]string, len(part.Words))
				}
				out[i] = "PROPN/NNP"
				continue
			}
			if start < m.Start || end > m.End || w.Form == "" || !isUpperByte(w.Form[0]) || isAllUpper(w.Form) && len(w.Form) > 1 && !acronymLike(w.Form) {
				continue
			}
			if out == nil {
				out = make([]string, len(part.Words))
			}
			out[i] = "PROPN/NNP"
		}
	}
	return out
}

// subjectVerb returns the token of the verb after the names that open a sentence, and its
// joint tag, where the tagger is known to misread it: in a headline, whose present tense is
// read as a noun too often once the names before it are proper nouns ("Xi and Putin pledge
// closer ties"); and in a story, a past tense after the subject and a date ("The United
// States on Wednesday imposed sanctions", read as an adjective on "sanctions"). It returns
// -1 when the sentence opens otherwise.
func (d *doc) subjectVerb(si int, ms []int, times []timex.Expr) (int, string) {
	s := d.sents[si]
	headline := d.headline(s)
	k, names := d.openingNames(si, ms)
	if names == 0 {
		return -1, ""
	}
	if !headline {
		// A date between the subject and the verb: "on Wednesday", "last week", or an aside
		// between commas that opens with a preposition ("Annan, in a statement issued on
		// Monday, praised"). Only then is a story's verb misread.
		dated := false
		if k > s.From && d.toks[k-1].text(d.text) == "," && k < s.To && asideOpeners[d.toks[k].Lower] {
			for j := k + 1; j < s.To && j < k+16; j++ {
				if d.toks[j].text(d.text) == "," {
					k, dated = j+1, true
					break
				}
			}
		}
		for _, e := range times {
			if k < s.To && (e.Start == d.toks[k].Start || d.toks[k].Lower == "on" && k+1 < s.To && e.Start == d.toks[k+1].Start) {
				for k < s.To && d.toks[k].Start < e.End {
					k++
				}
				dated = true
				break
			}
		}
		if !dated {
			return -1, ""
		}
	}
	if k >= s.To || !d.toks[k].Word || d.toks[k].Cap {
		return -1, ""
	}
	if w := d.toks[k].Lower; !d.verbAfter(k) && !(strings.HasSuffix(w, "ed") && (d.lightLemma(w[:len(w)-1]) || d.lightLemma(w[:len(w)-2]))) &&
		!(headline && (d.lightLemma(w) || d.lightLemma(strings.TrimSuffix(w, "s")))) { // "Blair, Chirac hold talks"
		return -1, "" // neither a trigger nor a light verb ("imposed sanctions")
	}
	switch w := d.toks[k].Lower; {
	case strings.HasSuffix(w, "ed"):
		return k, "VERB/VBD"
	case !headline:
		return -1, ""
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return k, "VERB/VBZ"
	}
	return k, "VERB/VBP"
}

// asideOpeners are the words that open an aside between a sentence's subject and its
// verb, prepositions and sentence adverbs: "Annan, in a statement issued on Monday,
// praised", "Rice, meanwhile, met".
var asideOpeners = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true,
	"speaking": true, "meanwhile": true, "however": true, "too": true, "also": true}

// openingNames returns the token after the names (of people, bodies or countries, not
// nationalities) that open sentence si, joined by "and" or commas and after a "the" ("The
// Kremlin and Beijing said"), and how many there are (0: none, and k is of no use).
func (d *doc) openingNames(si int, ms []int) (k, names int) {
	return d.namesFrom(si, ms, d.sents[si].From)
}

// namesFrom is openingNames from token k of sentence si.
func (d *doc) namesFrom(si int, ms []int, k int) (int, int) {
	s := d.sents[si]
	names := 0
	if k < s.To && d.toks[k].Lower == "the" {
		k++
	}
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.From != k || m.Kind != kindName || !m.actorLike() || m.Type == "nationality" {
			continue
		}
		k = m.To
		names++
		if k < s.To && (d.toks[k].Lower == "and" || d.toks[k].text(d.text) == ",") {
			k++
		}
	}
	return k, names
}

// copulaAdjectives are the predicates a headline writes without "is" before "to", "in"
// or "for": "Zelensky ready to meet Putin", "Putin set to visit India", "Xi due in Paris
// for talks".
var copulaAdjectives = map[string]bool{"ready": true, "set": true, "due": true, "poised": true, "willing": true,
	"keen": true, "eager": true, "likely": true, "unlikely": true, "expected": true, "determined": true,
	"prepared": true, "open": true, "unwilling": true, "reluctant": true}

// droppedCopula returns the byte offset of the predicate adjective after the names that
// open headline si when headline grammar has dropped the copula before it ("Zelensky
// ready to meet Putin"), and the copula to give back ("are" after two names or more), or
// -1. The parser, which saw no headlines, reads the names as the adjective's subject in a
// clause with no verb, or the adjective as a noun; given back its copula, it parses the
// clause as the treebank does.
func (d *doc) droppedCopula(si int, ms []int) (int, string) {
	s := d.sents[si]
	if !d.headline(s) {
		return -1, ""
	}
	k, names := d.openingNames(si, ms)
	for v := s.From + 1; v < s.To && v <= s.From+3; v++ {
		if !d.x.frames.speechForms[d.toks[v].Lower] || v+1 >= s.To {
			continue
		}
		// "Lavrov says Russia willing to strengthen cooperation", "Envoy says ...": the
		// reported clause's.
		j := v + 1
		if d.toks[j].Lower == "that" {
			j++
		}
		k, names = d.namesFrom(si, ms, j)
		break
	}
	if names == 0 || k+1 >= s.To || !copulaAdjectives[d.toks[k].Lower] || d.toks[k].Cap {
		return -1, ""
	}
	switch d.toks[k+1].Lower {
	case "to", "in", "for":
		if names > 1 {
			return d.toks[k].Start, "are"
		}
		return d.toks[k].Start, "is"
	}
	return -1, ""
}

// removeWord takes word i out of a parsed sentence: its dependents go to its head, and
// the words after it move up one place.
func removeWord(s *syntax.Sentence, i int) {
	id := i + 1
	head, rel := s.Words[i].Head, s.Words[i].DepRel
	if head == 0 {
		// The word was the root: its first dependent takes its place, and the others hang
		// on that one.
		for k := range s.Words {
			if s.Words[k].Head == id && s.Words[k].DepRel != "punct" {
				head = k + 1
				s.Words[k].Head, s.Words[k].DepRel = 0, rel
				break
			}
		}
	}
	for k := range s.Words {
		if s.Words[k].Head == id {
			s.Words[k].Head = head
		}
	}
	s.Words = slices.Delete(s.Words, i, i+1)
	for k := range s.Words {
		s.Words[k].ID = k + 1
		if s.Words[k].Head > id {
			s.Words[k].Head--
		}
	}
}

// headlineCommas returns the byte offsets of the commas that join the names opening a
// headline before its verb v ("Putin, Macron discuss Iran by phone", "Russia, China sign
// energy deal"): headline grammar writes "and" as a comma there. It returns nil for a
// sentence of a story, or when no verb follows the names (v < 0).
func (d *doc) headlineCommas(si int, ms []int, v int) map[int]bool {
	s := d.sents[si]
	if v < 0 || !d.headline(s) {
		return nil
	}
	var out map[int]bool
	starts := map[int]bool{} // tokens that open a name
	for _, mi := range ms {
		if m := &d.ms[mi]; m.Kind == kindName && m.actorLike() {
			starts[m.From] = true
		}
	}
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.Kind != kindName || m.To < s.From || m.To >= s.To || d.toks[m.To].text(d.text) != "," {
			continue
		}
		// Before the verb, the subjects ("Putin, Macron discuss"); after it, names listed
		// as its objects ("Wang Yi meets Kallas, De Wever in Brussels"), not a clause after
		// a comma ("Xi meets Putin, says ties strong").
		if m.To >= v && !(m.From > v && starts[m.To+1]) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[d.toks[m.To].Start] = true
	}
	return out
}

// missingFinite returns the word of a parsed sentence to read as its finite verb, and its
// joint tag, when the parse has none: the root is no verb (and no copula's predicate) or
// a participle without an auxiliary. The word is the first trigger or light verb form
// after a noun or pronoun that the tagger read otherwise and that no known tag fixes:
// past forms become VBD, third-person forms VBZ, base forms VBP. It returns -1 when the
// parse has its verb or no such word is found.
func (lx *frameLexicon) missingFinite(s *syntax.Sentence, fixed []string) (int, string) {
	root := -1
	for i, w := range s.Words {
		if w.Head == 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return -1, ""
	}
	rw := s.Words[root]
	switch {
	case rw.UPOS == "VERB" || rw.UPOS == "AUX":
		if rw.XPOS != "VBN" && rw.XPOS != "VBG" {
			return -1, ""
		}
		for _, w := range s.Words {
			if w.Head == root+1 && (w.DepRel == "aux" || w.DepRel == "aux:pass") {
				return -1, ""
			}
		}
	default:
		for _, w := range s.Words {
			if w.Head == root+1 && (w.DepRel == "cop" || w.DepRel == "aux") {
				return -1, ""
			}
		}
	}
	for i := 1; i < len(s.Words); i++ {
		w, prev := s.Words[i], s.Words[i-1]
		lower := strings.ToLower(w.Form)
		if fixed != nil && fixed[i] != "" || w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP" {
			continue
		}
		if lx.verbForms[lower] == "" && lx.lightLemmas[lower] == "" {
			continue
		}
		if w.XPOS == "VBN" && i+1 < len(s.Words) && (s.Words[i+1].UPOS == "ADP" || s.Words[i+1].UPOS == "SCONJ") {
			continue // "soldiers accused of beating ... were acquitted": a participle on its noun
		}
		if prev.UPOS == "ADV" && i > 1 {
			prev = s.Words[i-2] // "Macron later called Scholz"
		}
		if prev.UPOS != "NOUN" && prev.UPOS != "PROPN" && prev.UPOS != "PRON" {
			continue
		}
		lemma := lx.verbForms[lower]
		switch {
		case strings.HasSuffix(lower, "ing"):
			continue
		case strings.HasSuffix(lower, "ed") || lx.lightLemmas[lower] != "" && !lx.isLightLemma(lower) && !strings.HasSuffix(lower, "s"):
			return i, "VERB/VBD"
		case lower == lemma || lx.isLightLemma(lower):
			return i, "VERB/VBP"
		case strings.HasSuffix(lower, "s"):
			return i, "VERB/VBZ"
		}
	}
	return -1, ""
}

func (lx *frameLexicon) isLightLemma(w string) bool {
	_, ok := lx.light[w]
	return ok
}

// determinedNouns returns the words of s that are trigger nouns right after a determiner
// and capitalized words or modifiers in "-ly" and "-ed" ("a State Department visit", "the
// Camp David talks", "a thinly veiled warning"), or nil.
func (lx *frameLexicon) determinedNouns(s *syntax.Sentence) map[int]bool {
	var out map[int]bool
	for i, w := range s.Words {
		if i < 2 || !lx.nounForms[strings.ToLower(w.Form)] {
			continue
		}
		k := i - 1
		for k > 0 && w.Form != "" && s.Words[k].Form != "" && (isUpperByte(s.Words[k].Form[0]) || nounModifierForm(s.Words[k].Form, k == i-1)) {
			k--
		}
		if k == i-1 {
			continue
		}
		switch strings.ToLower(s.Words[k].Form) {
		case "a", "an", "the", "this", "that", "his", "her", "its", "their":
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// nounModifierForm reports a lower-case participle, or an adverb not right before the
// noun, that can stand between a determiner and its noun ("a thinly veiled warning", "a
// hastily arranged meeting"; not "the EU firmly supports").
func nounModifierForm(f string, beforeNoun bool) bool {
	return len(f) > 3 && f[0] >= 'a' && f[0] <= 'z' && (strings.HasSuffix(f, "ly") && !beforeNoun || strings.HasSuffix(f, "ed"))
}

// hasNounOnly reports a word of s that only a trigger noun is written as.
func (lx *frameLexicon) hasNounOnly(s *syntax.Sentence) bool {
	for _, w := range s.Words {
		if len(w.Form) > 3 && lx.nounOnly[strings.ToLower(w.Form)] {
			return true
		}
	}
	return false
}

// lightLemma reports a light verb's lemma ("impose", "hold").
func (d *doc) lightLemma(w string) bool {
	_, ok := d.x.frames.light[w]
	return ok
}

// verbAfter reports a trigger or speech verb form at token k: "met" in "Biden met Xi".
func (d *doc) verbAfter(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	w := d.toks[k].Lower
	return d.x.frames.verbForms[w] != "" || d.x.frames.speechForms[w]
}

// acronymLike reports a short word in capitals that is an acronym ("NATO", "UN", "ECA"),
// not a word of a headline in capitals.
func acronymLike(w string) bool { return len(w) <= 5 }

// rel reports whether word i's relation is r or a subtype of r ("obl" matches "obl:tmod").
func (t *tree) rel(i int, r string) bool {
	x := t.w[i].rel
	return x == r || len(x) > len(r) && x[len(r)] == ':' && x[:len(r)] == r
}

// kid returns the first dependent of i with relation r (or a subtype), or -1.
func (t *tree) kid(i int, r string) int {
	for _, k := range t.w[i].kids {
		if t.rel(k, r) {
			return k
		}
	}
	return -1
}

// kidLemma returns the first dependent of i with relation r whose lemma is one of lemmas.
func (t *tree) kidLemma(i int, r string, lemmas ...string) int {
	for _, k := range t.w[i].kids {
		if t.rel(k, r) {
			for _, l := range lemmas {
				if t.w[k].lemma == l || t.w[k].lower == l {
					return k
				}
			}
		}
	}
	return -1
}

// prep returns the preposition of a nominal dependent: the lemma of its case word ("with"
// in "with Rice"; "according to" gives "according"), or "".
//
// The parser sometimes hangs the case word on the first word of a long name ("from
// Secretary of State Madeleine Albright"); its first compound or flat dependent's case
// counts then.
func (t *tree) prep(i int) string {
	for _, k := range t.w[i].kids {
		if t.rel(k, "case") {
			return t.w[k].lower
		}
	}
	for _, k := range t.w[i].kids {
		if k < i && (t.rel(k, "compound") || t.rel(k, "flat") || t.rel(k, "nmod:desc") || t.rel(k, "amod")) {
			for _, c := range t.w[k].kids {
				if t.rel(c, "case") && c < k {
					return t.w[c].lower
				}
			}
			break
		}
	}
	return ""
}

// prepKids returns the nominal dependents of i (obl, nmod, advcl with a noun head) whose
// preposition is p, in word order.
//
// A phrase the parser hung on a time word is the predicate's too: in "called Thursday on
// Arabs to unite", "on Arabs" often ends up under "Thursday".
func (t *tree) prepKids(i int, p string) []int {
	var out []int
	for _, k := range t.w[i].kids {
		if t.w[k].time || t.rel(k, "obl:tmod") || t.rel(k, "obl:unmarked") || t.rel(k, "nmod:tmod") || t.rel(k, "nmod:unmarked") || t.rel(k, "obl") && t.timeWord(k) {
			// "on Monday" is no "call on X"; but a phrase hung on the time word is the
			// predicate's ("informed late Monday by Blair").
			for _, j := range t.w[k].kids {
				if t.rel(j, "nmod") && t.prep(j) == p && !t.w[j].time {
					out = append(out, j)
				}
			}
			continue
		}
		if (t.rel(k, "obl") || t.rel(k, "nmod") || t.rel(k, "appos")) && t.prep(k) == p {
			out = append(out, k) // an appos with a preposition is a misread nmod
		}
		if (t.rel(k, "obl") || t.rel(k, "nmod")) && (t.w[k].lemma == "phone" || t.w[k].lemma == "telephone") {
			for _, j := range t.w[k].kids { // "spoke by phone with X", the phrase hung on "phone"
				if (t.rel(j, "nmod") || t.rel(j, "appos")) && t.prep(j) == p {
					out = append(out, j)
				}
				if t.rel(j, "nmod") && t.w[j].lower == p {
					for _, a := range t.w[j].kids {
						if t.rel(a, "appos") {
							out = append(out, a) // "with" itself read as the nmod
						}
					}
				}
			}
		}
	}
	return out
}

// timeWord reports a weekday, month or relative day word.
func (t *tree) timeWord(i int) bool {
	switch t.w[i].lower {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "weekend":
		return true
	}
	return false
}

// verbal reports whether word i heads a clause: a verb, or a copula's predicate.
func (t *tree) verbal(i int) bool {
	if t.w[i].upos == "VERB" {
		return true
	}
	return t.kid(i, "cop") >= 0 || t.kid(i, "nsubj") >= 0
}

// datelineEnd returns the end of a dateline that opens text ("MOSCOW -- ", "KABUL (AP) - ",
// "BEIJING, Nov. 2 (Xinhua) --"): a city in capitals, optionally a date and an agency, then
// a dash; 0 when text opens with none.
func datelineEnd(text string) int {
	w := 0
	for w < len(text) && text[w] >= 'A' && text[w] <= 'Z' {
		w++
	}
	if w < 3 || w >= len(text) || text[w] != ' ' && text[w] != ',' && text[w] != '(' {
		return 0 // the first word is no city in capitals ("NATO-led", "Putin")
	}
	caps := 0
	for i := 0; i < len(text) && i < 80; i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c == '-' && i+1 < len(text) && (text[i+1] == '-' || text[i+1] == ' ') && i > 0 && (text[i-1] == ' ' || text[i-1] == ')'):
			if caps < 3 {
				return 0
			}
			j := i + 1
			for j < len(text) && (text[j] == '-' || text[j] == ' ') {
				j++
			}
			return j
		case c >= 'a' && c <= 'z':
			if caps < 3 {
				return 0 // "Mr" or a sentence: not a city in capitals
			}
		case strings.HasPrefix(text[i:], "\u2014") || strings.HasPrefix(text[i:], "\u2013"):
			if caps < 3 {
				return 0
			}
			j := i + len("\u2014")
			for j < len(text) && text[j] == ' ' {
				j++
			}
			return j
		}
	}
	return 0
}

// repairNounRoot mends the parser's commonest misreading of news: a sentence whose subject
// it takes for the root and whose finite verb for a clause on it ("The Azerbaijani
// parliament threatened on Monday to break ...", "Palestinians blamed Israel for ..." read
// as noun phrases). When a root noun's first clause (acl) is a finite verb with no subject
// of its own, the verb becomes the root, the noun its subject, and what follows the verb
// on the noun moves to the verb (an infinitive clause as its xcomp). Kids lists are built
// after this. Two other shapes of a verb read as an adjective are mended too: a root noun
// followed at once by the past form and its object ("delegation [attended talks]"), and
// an object taken for the root with the past form and the subject before it ("envoy
// attended [talks]").
func (t *tree) repairNounRoot() {
	for r := range t.w {
		if t.w[r].head >= 0 || t.w[r].upos != "NOUN" && t.w[r].upos != "PROPN" {
			continue
		}
		v := -1
		for i := r + 1; i < len(t.w); i++ {
			if t.w[i].head == r && t.w[i].rel == "acl" && t.w[i].upos == "VERB" {
				// A root noun leaves the sentence without a main verb, so even a VBN
				// ("parliament threatened", tagged as a participle) is one, unless it has
				// a "by" agent ("a statement issued by ...").
				if x := t.w[i].xpos; x == "VBD" || x == "VBZ" || x == "VBP" || x == "VBN" && !t.hasByAgent(i) {
					v = i
				}
				break
			}
		}
		if v < 0 {
			v = t.verbAfterAppositions(r)
		}
		if v < 0 {
			// "A Chinese envoy attended talks with Japan": the verb read as an adjective on
			// the noun's object, right after the noun.
			if i := r + 1; i+1 < len(t.w) && t.w[i].rel == "amod" && t.w[i].upos == "VERB" && (t.w[i].xpos == "VBD" || t.w[i].xpos == "VBN") {
				if o := t.w[i].head; o > i && t.w[o].head == r && t.w[o].rel == "obj" {
					t.w[i].head, t.w[i].rel = -1, "root"
					t.w[r].head, t.w[r].rel = i, "nsubj"
					for j := range t.w {
						if j > i && t.w[j].head == r {
							t.w[j].head = i
						}
					}
					return
				}
			}
			// "The envoy attended talks", read as a noun phrase "attended talks" whose
			// subject is the envoy: the participle is the verb, the noun its object.
			for i := 0; i < r; i++ {
				if t.w[i].head == r && t.w[i].rel == "amod" && t.w[i].upos == "VERB" && (t.w[i].xpos == "VBD" || t.w[i].xpos == "VBN") {
					if sj := i - 1; sj >= 0 && t.w[sj].head == r && t.w[sj].rel == "nsubj" {
						t.w[i].head, t.w[i].rel = -1, "root"
						t.w[sj].head = i
						t.w[r].head, t.w[r].rel = i, "obj"
						for j := range t.w {
							if t.w[j].head == r && t.w[j].rel == "punct" && j == len(t.w)-1 {
								t.w[j].head = i
							}
						}
						return
					}
				}
			}
			continue
		}
		for i := range t.w {
			if t.w[i].head == v && strings.HasPrefix(t.w[i].rel, "nsubj") {
				return // the verb has a subject: a real clause on the noun
			}
		}
		t.w[v].head, t.w[v].rel = -1, "root"
		t.w[r].head, t.w[r].rel = v, "nsubj"
		for i := v + 1; i < len(t.w); i++ {
			if t.w[i].head != r {
				continue
			}
			t.w[i].head = v
			if t.w[i].rel == "acl" {
				t.w[i].rel = "xcomp"
				for j := range t.w {
					if t.w[j].head == i && t.w[j].rel == "mark" && t.w[j].lower != "to" {
						t.w[i].rel = "advcl" // "..., as they", not an infinitive
					}
				}
			}
		}
		return
	}
}

// verbAfterAppositions returns the past verb of a sentence whose root is the name r and
// whose subject's appositions come between ("Luis Prado, chief of the National Front,
// junior partner in the coalition, condemned Chile"), read as a clause on the last
// apposition or on the name after a comma: with an object of its own and no "by" agent
// or auxiliary. -1 for none. Heads alone are read.
func (t *tree) verbAfterAppositions(r int) int {
	for i := r + 2; i < len(t.w); i++ {
		h := t.w[i].head
		if t.w[i].upos != "VERB" || t.w[i].rel != "acl" && t.w[i].rel != "parataxis" || h < 0 || h != r && !(t.w[h].head == r && t.w[h].rel == "appos") {
			continue
		}
		c := i - 1
		for c > r && t.w[c].rel == "advmod" && t.w[c].head == i {
			c-- // "..., recently strongly condemned"
		}
		if t.w[c].form != "," || t.w[i].xpos != "VBD" && t.w[i].xpos != "VBN" || t.hasByAgent(i) || t.headsDep(i, "aux", -1) || t.headsDep(i, "nsubj", -1) || !t.headsDep(i, "obj", -1) {
			return -1
		}
		return i
	}
	return -1
}

// repairPurposeOnVehicle mends "was whisked to Tirana aboard a helicopter for a meeting
// with Berisha", parsed with "for a meeting" on the helicopter: a contact that a place or
// a vehicle is "for" is the purpose of the verb that brought someone there or by it. The
// contact phrase moves to the verb as its "for" phrase. Heads alone are read (before kids
// lists).
func (t *tree) repairPurposeOnVehicle(contact func(lemma string) bool) {
	for k := range t.w {
		n := t.w[k].head
		if t.w[k].rel != "nmod" || t.w[k].upos != "NOUN" || n < 0 || t.w[n].rel != "obl" || !contact(t.w[k].lemma) {
			continue
		}
		if v := t.w[n].head; v >= 0 && t.w[v].upos == "VERB" && (vehicleNouns[t.w[n].lemma] || t.w[n].upos == "PROPN") && t.caseWord(k) == "for" {
			t.w[k].head, t.w[k].rel = v, "obl"
		}
	}
}

// vehicleNouns are what carries someone somewhere, and the places one is brought to, on
// which a parser hangs the purpose of the journey ("aboard a helicopter for talks").
var vehicleNouns = map[string]bool{"helicopter": true, "plane": true, "aircraft": true, "jet": true, "flight": true,
	"car": true, "motorcade": true, "train": true, "ship": true, "boat": true, "airport": true, "capital": true,
	"hotel": true, "palace": true, "residence": true, "headquarters": true}

// repairVisiting mends "met visiting Chinese Premier Wen Jiabao" and "talks with visiting
// Secretary of State Rice", read with "visiting" as a verb whose object is the visitor:
// before a titled name, under a contact word (contact reports one: "met", "talks"), the
// participle describes the name. The name takes the participle's place (with "with" as
// its preposition), and what else hung on the participle goes to the word above it.
// "visiting Jordan" and "told visiting Minister X" keep the verb. Heads alone are read
// (before kids lists).
func (t *tree) repairVisiting(contact func(lemma string) bool) {
	for v := range t.w {
		if t.w[v].lower != "visiting" || t.w[v].xpos != "VBG" || t.w[v].head < 0 || v+1 >= len(t.w) || !contact(t.w[t.w[v].head].lemma) {
			continue
		}
		o := -1
		for i := v + 1; i < len(t.w); i++ {
			if t.w[i].head == v && t.w[i].rel == "obj" && t.w[i].upos == "PROPN" {
				o = i
				break
			}
		}
		if o < 0 {
			continue
		}
		// The name must begin right after the participle.
		in := false
		for i, n := v+1, 0; i >= 0 && n < 8; i, n = t.w[i].head, n+1 {
			if i == o {
				in = true
				break
			}
		}
		titled := false
		for i := v + 1; i <= o; i++ {
			titled = titled || titles[t.w[i].form] || hasTitleKey(t.w[i].form) && i < o
		}
		if !in || !titled {
			continue
		}
		h, rel := t.w[v].head, t.w[v].rel
		verb := t.w[h].upos == "VERB" || t.w[h].upos == "AUX"
		mark := -1
		for i := range t.w {
			if t.w[i].head == v && t.w[i].rel == "mark" && t.w[i].lower == "with" {
				mark = i
			}
		}
		switch {
		case mark >= 0 && verb:
			rel = "obl"
		case mark >= 0:
			rel = "nmod"
		case verb:
			rel = "obj"
		}
		for i := range t.w {
			if t.w[i].head == v && i != o {
				switch {
				case i == mark:
					t.w[i].head, t.w[i].rel = o, "case"
				case i > o && t.w[i].upos == "PROPN":
					t.w[i].head, t.w[i].rel = o, "appos" // "Secretary of State Condoleezza Rice"
				default:
					t.w[i].head = h
				}
			}
		}
		t.w[o].head, t.w[o].rel = h, rel
		t.w[v].head, t.w[v].rel = o, "amod"
		// The person's name after a title object, hung on the word above: its apposition.
		for i := o + 1; i < len(t.w); i++ {
			if t.w[i].upos == "PUNCT" || t.w[i].upos == "CCONJ" || t.w[i].upos == "VERB" {
				break
			}
			if t.w[i].head == h && t.w[i].upos == "PROPN" && (t.w[i].rel == "nmod" || t.w[i].rel == "appos" || t.w[i].rel == "flat") {
				if !t.headsDep(i, "case", -1) {
					t.w[i].head, t.w[i].rel = o, "appos"
				}
				break
			}
		}
	}
}

// repairReportedNoun mends the noun-root misreading inside a report: "Israeli tanks fired
// four shells at Jericho, witnesses said" read with "tanks" as the subject of "said" and
// "fired" as a clause on it. When a noun that is the subject of a later speech verb has
// as its first clause a finite verb with no subject, that verb becomes the speech verb's
// complement and the noun its subject. Heads alone are read (before kids lists).
func (t *tree) repairReportedNoun() {
	for r := range t.w {
		s := t.w[r].head
		if s <= r || t.w[r].rel != "nsubj" || t.w[r].upos != "NOUN" && t.w[r].upos != "PROPN" || !t.speech[t.w[s].lemma] {
			continue
		}
		v := -1
		for i := r + 1; i < s; i++ {
			if t.w[i].head == r && t.w[i].rel == "acl" && t.w[i].upos == "VERB" {
				if x := t.w[i].xpos; x == "VBD" || x == "VBZ" || x == "VBP" || x == "VBN" && !t.hasByAgent(i) {
					v = i
				}
				break
			}
		}
		if v < 0 {
			continue
		}
		// The speech verb needs a subject besides the noun ("witnesses said"), the verb none.
		if !t.headsDep(s, "nsubj", r) || t.headsDep(v, "nsubj", -1) {
			continue
		}
		t.w[v].head, t.w[v].rel = s, "ccomp"
		t.w[r].head, t.w[r].rel = v, "nsubj"
		for i := v + 1; i < s; i++ {
			if t.w[i].head == r {
				t.w[i].head = v
			}
		}
	}
}

// repairNameConj mends another common misreading: in "condemnation from the European
// Union and Iran's arch-enemy Israel" the second name is hung as a conjunct of the noun
// the phrase depends on instead of the first name. A name conjunct of a common noun that
// has a name phrase with a preposition before it joins that phrase. Heads alone are read
// (before kids lists).
func (t *tree) repairNameConj() {
	for i := range t.w {
		h := t.w[i].head
		if t.w[i].rel != "conj" || t.w[i].upos != "PROPN" || h < 0 || t.w[h].upos != "NOUN" || t.titleWord(h) {
			continue // "Secretary of State Hillary Clinton and ... Bill Clinton": two people, the title's and another
		}
		last := -1
		for k := h + 1; k < i; k++ {
			if t.w[k].head == h && (t.w[k].rel == "nmod" || strings.HasPrefix(t.w[k].rel, "obl")) && t.w[k].upos == "PROPN" {
				last = k
			}
		}
		if last < 0 {
			continue
		}
		if t.headsDep(last, "case", -1) {
			t.w[i].head = last
		}
	}
}

// repairFrontedSubject gives a finite verb back the subject the parser hung on a fronted
// phrase: in "At a meeting with Angela Merkel in Berlin, Joe Biden pledged support" it
// reads "Joe Biden" as an apposition of "Merkel" and leaves "pledged" without a subject.
// A proper-noun apposition set off by a comma and ending right before a finite verb that
// has no subject, inside a phrase that comes before the verb and depends on it, is the
// verb's subject. Heads alone are read (before kids lists).
func (t *tree) repairFrontedSubject() {
	for a := range t.w {
		if t.w[a].rel != "appos" || t.w[a].upos != "PROPN" || a < 2 || t.w[a-1].form != "," {
			continue
		}
		// The apposition's words run up to the verb.
		end := a
		for k := a + 1; k < len(t.w) && t.w[k].head == a && (t.w[k].rel == "flat" || t.w[k].rel == "compound"); k++ {
			end = k
		}
		v := end + 1
		if v >= len(t.w) || t.w[v].upos != "VERB" || (t.w[v].xpos != "VBD" && t.w[v].xpos != "VBZ" && t.w[v].xpos != "VBP") || t.headsDep(v, "nsubj", -1) || t.headsDep(v, "nsubj:pass", -1) {
			continue
		}
		// The apposition's head lies in a phrase before the comma that depends on v.
		under := false
		for i, n := t.w[a].head, 0; i >= 0 && n < 8; i, n = t.w[i].head, n+1 {
			if i >= a {
				break
			}
			if t.w[i].head == v && (strings.HasPrefix(t.w[i].rel, "obl") || t.w[i].rel == "advcl") {
				under = true
				break
			}
		}
		if under {
			t.w[a].head, t.w[a].rel = v, "nsubj"
		}
	}
}

// repairAccordingSubject mends "According to spokesman Keith Rockwell, Ruggiero
// stressed ...", parsed with the "according to" phrase as the subject and the real subject
// in apposition to it: the name after the comma is the subject, the phrase an oblique.
func (t *tree) repairAccordingSubject() {
	for k := range t.w {
		if t.w[k].lower != "according" || k+1 >= len(t.w) || t.w[k+1].lower != "to" {
			continue
		}
		i := t.w[k].head
		for n := 0; i >= 0 && n < 6 && t.w[i].rel != "nsubj"; n++ {
			i = t.w[i].head
		}
		if i < 0 || t.w[i].rel != "nsubj" {
			continue
		}
		// "According to the Elysee, Macron said": two subjects of one verb, one of them
		// the according-phrase.
		for o := range t.w {
			if o != i && t.w[o].head == t.w[i].head && t.w[o].rel == "nsubj" {
				t.w[i].rel = "obl"
				break
			}
		}
		if t.w[i].rel != "nsubj" {
			continue
		}
		for a := i + 1; a < len(t.w); a++ {
			if t.w[a].head == i && (t.w[a].rel == "appos" || t.w[a].rel == "conj" && !t.hasCC(a)) && t.w[a].upos == "PROPN" && t.w[a-1].form == "," {
				t.w[a].head, t.w[a].rel = t.w[i].head, "nsubj"
				t.w[i].rel = "obl"
				break
			}
		}
	}
}

// repairCopulaOnSubject mends "Navin Ramgoolam, who met Li, was due to meet Jiang", parsed
// with the name as root, "was" as its copula and "due" hung on the copula: the predicate
// word is the root, the name its subject.
func (t *tree) repairCopulaOnSubject() {
	r := t.root()
	if r < 0 || t.w[r].upos != "PROPN" && t.w[r].upos != "NOUN" {
		return
	}
	for c := r + 1; c < len(t.w); c++ {
		if t.w[c].head != r || t.w[c].rel != "cop" {
			continue
		}
		for x := c + 1; x < len(t.w); x++ {
			if t.w[x].head == c && (t.w[x].upos == "ADJ" || t.w[x].upos == "VERB") {
				t.w[x].head, t.w[x].rel = -1, "root"
				t.w[r].head, t.w[r].rel = x, "nsubj"
				t.w[c].head = x
				for k := c + 1; k < len(t.w); k++ {
					if k != x && (t.w[k].head == r || t.w[k].head == c) {
						t.w[k].head = x // what follows the copula is the predicate's
					}
				}
				return
			}
		}
		return
	}
}

// weekdayForms are the words of a day's name, which the parser sometimes takes for a
// subject.
var weekdayForms = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// dayParts follow a weekday in a time phrase: "Monday night".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// repairNameTime parts a name from the weekday written right after it, as agency copy
// writes the day: "warned the United States Tuesday against", "called on the United
// States and the European Union Monday night to", "The UN Security Council Friday
// denounced", "thanked French President Jacques Chirac Monday". The parser made the name a
// compound (or flat part) of the day, so the day took the name's place as object, oblique,
// conjunct or subject. The name takes that place back, with the words before it (its
// article, preposition or "and"); the day becomes an obl:unmarked of the clause's verb.
// Heads alone are read (before kids lists).
func (t *tree) repairNameTime() {
	for d := range t.w {
		if !weekdayForms[t.w[d].form] || d == 0 || t.w[d-1].upos != "PROPN" {
			continue
		}
		// A day read as part of the name before it: "Jacques Chirac Monday".
		if (t.w[d].rel == "flat" || t.w[d].rel == "compound") && t.w[d].head >= 0 && t.w[d].head < d && t.w[t.w[d].head].upos == "PROPN" {
			if v := t.clauseVerb(t.w[d].head); v >= 0 {
				t.w[d].head, t.w[d].rel = v, "obl:unmarked"
			}
			continue
		}
		tp := d // the time phrase's head: the day, or "night" after it
		if d+1 < len(t.w) && dayParts[t.w[d+1].lower] && t.w[d].head == d+1 {
			tp = d + 1
		}
		// The name: the last proper noun before the day hung on the time phrase.
		h := -1
		for k := d - 1; k >= 0; k-- {
			if (t.w[k].head == d || t.w[k].head == tp) && t.w[k].upos == "PROPN" && (t.w[k].rel == "compound" || t.w[k].rel == "flat") {
				h = k
				break
			}
		}
		if h < 0 || t.w[tp].head < 0 {
			continue
		}
		v, rel := t.w[tp].head, t.w[tp].rel
		conj := false
		for k := 0; k < h; k++ {
			if t.w[k].head != d && t.w[k].head != tp {
				continue
			}
			if t.w[k].rel == "cc" {
				conj = true
			}
			if t.w[k].rel != "punct" {
				t.w[k].head = h // "the", "on", "and", "European" go with the name
			}
		}
		switch {
		case conj:
			// "the United States and the European Union Monday night": a conjunct of the
			// noun before the "and".
			rel = "conj"
			for k := h - 1; k >= 0; k-- {
				if t.w[k].head == v && (t.w[k].upos == "PROPN" || t.w[k].upos == "NOUN") {
					v = k
					break
				}
			}
		case rel == "obl:unmarked" || rel == "obl:tmod" || rel == "nmod:unmarked" || rel == "nmod:tmod":
			switch {
			case t.w[v].upos == "VERB" && tp < v && !t.headsDep(v, "nsubj", -1):
				rel = "nsubj" // "The UN Security Council Friday denounced"
			case t.headsDep(h, "case", -1):
				rel = "obl"
			case t.w[v].upos == "VERB" && tp > v && !t.headsDep(v, "obj", -1):
				rel = "obj"
			}
		}
		t.w[h].head, t.w[h].rel = v, rel
		if cv := t.clauseVerb(h); cv >= 0 {
			t.w[tp].head, t.w[tp].rel = cv, "obl:unmarked"
		}
	}
}

// repairTimeOnNoun gives back to a noun the parties the parser hung on the weekday after
// it: in "during a meeting early Monday between Madeleine Albright and Thabo Mbeki" the day
// was read as an apposition of the meeting and "between ..." as the day's, so the meeting
// had no parties. A weekday hung on the noun before it (appos, nmod, compound) keeps its
// "between", "with" and "of" phrases no longer: they are the noun's, and the day an
// nmod:unmarked of it. Heads alone are read (before kids lists).
func (t *tree) repairTimeOnNoun() {
	for d := range t.w {
		n := t.w[d].head
		if !weekdayForms[t.w[d].form] || n < 0 || n > d || t.w[n].upos != "NOUN" {
			continue
		}
		if r := t.w[d].rel; r != "appos" && r != "nmod" && r != "compound" && r != "nmod:unmarked" && r != "nmod:tmod" {
			continue
		}
		first := -1 // the first phrase moved, which takes the day's conjuncts too
		for k := d + 1; k < len(t.w); k++ {
			if t.w[k].head != d || t.w[k].upos != "PROPN" && t.w[k].upos != "NOUN" {
				continue
			}
			if p := t.caseWord(k); p == "between" || p == "with" || p == "of" {
				t.w[k].head = n
				if first < 0 {
					first = k
				}
			} else if t.w[k].rel == "conj" && first >= 0 {
				// "between A and B", B read as the day's conjunct.
				t.w[k].head = first
			}
		}
		if first >= 0 {
			t.w[d].rel = "nmod:unmarked"
		}
	}
}

// caseWord returns the lower-case form of the case word hung on word k ("between" in
// "between Albright and Mbeki"), or "". Heads alone are read.
func (t *tree) caseWord(k int) string {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if t.w[i].head == k && t.w[i].rel == "case" {
			return t.w[i].lower
		}
	}
	return ""
}

// clauseVerb returns the nearest verb at or above word i, -1 when there is none. Heads
// alone are read.
func (t *tree) clauseVerb(i int) int {
	for n := 0; i >= 0 && n < len(t.w); n++ {
		if t.w[i].upos == "VERB" {
			return i
		}
		i = t.w[i].head
	}
	return -1
}

// repairRelativeTime mends "the MNLF, which last year signed a treaty", parsed with "which
// last year" as one noun phrase, the subject: the pronoun is the subject, and the time
// words the clause's time.
func (t *tree) repairRelativeTime() {
	for k := range t.w {
		h := t.w[k].head
		if t.w[k].lower != "which" && t.w[k].lower != "who" || t.w[k].rel != "det" || h <= k || h > k+3 || t.w[h].rel != "nsubj" || !relativeTimeNouns[t.w[h].lower] && !weekdayForms[t.w[h].form] {
			continue
		}
		v := t.w[h].head
		if v < 0 || t.w[v].upos != "VERB" {
			continue
		}
		t.w[k].head, t.w[k].rel = v, "nsubj"
		t.w[h].rel = "obl:tmod"
	}
}

// relativeTimeNouns head the time phrases a relative pronoun may stand before: "which last
// year", "who earlier this week".
var relativeTimeNouns = map[string]bool{"year": true, "week": true, "month": true, "weekend": true, "night": true,
	"morning": true, "afternoon": true, "evening": true, "day": true}

// repairTimeOnSubject mends "Earlier this month Nike's director Martha Benson flew into
// Vietnam", parsed with "month" as the subject of the subject noun: a time is no subject,
// and a noun that is itself a subject and no copula's predicate has none. The time goes
// to the verb, where it dates the clause. Heads alone are read.
func (t *tree) repairTimeOnSubject() {
	for i := range t.w {
		h := t.w[i].head
		if t.w[i].rel != "nsubj" || h < 0 || !t.timeWord(i) || t.w[h].upos != "NOUN" && t.w[h].upos != "PROPN" || !strings.HasPrefix(t.w[h].rel, "nsubj") || t.w[h].head < 0 {
			continue
		}
		if !t.headsDep(h, "cop", -1) {
			t.w[i].head, t.w[i].rel = t.w[h].head, "obl:tmod"
		}
	}
}

// repairTimeAsObject mends "agreed to hold a summit next month", parsed with "month" as
// the object and the summit as its compound: a time that "next", "last" or "this" opens
// is no object. The noun before it takes the time's place and its determiner, and the
// time goes to the verb, where it dates the clause. Heads alone are read.
func (t *tree) repairTimeAsObject() {
	for i := range t.w {
		v := t.w[i].head
		if t.w[i].rel != "obj" || v < 0 || !t.timeWord(i) || i < 2 {
			continue
		}
		mod := i - 1 // "next", "last", "this", "coming"
		if l := t.w[mod].lower; t.w[mod].head != i || l != "next" && l != "last" && l != "this" && l != "coming" {
			continue
		}
		c := mod - 1
		if t.w[c].head != i || t.w[c].rel != "compound" || t.w[c].upos != "NOUN" {
			continue
		}
		t.w[c].head, t.w[c].rel = v, "obj"
		for k := range t.w {
			if k < c && t.w[k].head == i && (t.w[k].rel == "det" || t.w[k].rel == "amod" || t.w[k].rel == "compound" || t.w[k].rel == "nummod") {
				t.w[k].head = c // "a summit", "a three-day visit"
			}
		}
		t.w[i].rel = "obl:tmod"
	}
}

// contentNouns are nouns whose "that" clause says what they hold: "its demand that Israel
// ease the restrictions", "the assurance that Washington would not intervene".
var contentNouns = map[string]bool{"demand": true, "call": true, "appeal": true, "request": true, "insistence": true,
	"warning": true, "assurance": true, "promise": true, "pledge": true, "claim": true, "allegation": true,
	"accusation": true, "charge": true, "hope": true, "proposal": true, "suggestion": true, "statement": true,
	"announcement": true, "report": true, "news": true, "fear": true, "belief": true, "view": true, "condition": true}

// repairThatComplement mends "repeated its demand that Israel ease the restrictions",
// parsed with "that" as a relative word of the clause (obl:unmarked): after a noun of
// content, a "that" clause with a subject of its own holds what the noun says, "that" its
// mark. A relative clause keeps its relative: "the demand that angered Israel", "the
// demand that Israel rejected" (that as subject or object). Heads alone are read.
func (t *tree) repairThatComplement() {
	for c := range t.w {
		n := t.w[c].head
		if t.w[c].rel != "acl:relcl" || n < 0 || !contentNouns[t.w[n].lemma] {
			continue
		}
		if that := t.thatWithSubject(c, n+1, "obl:unmarked", "obl", "mark"); that >= 0 {
			t.w[that].rel, t.w[that].upos, t.w[that].xpos = "mark", "SCONJ", "IN"
			t.w[c].rel = "acl"
		}
	}
}

// whetherVerbs take an "if" clause as what they ask or weigh: "asked if", "wondered if",
// "did not know if".
var whetherVerbs = map[string]bool{"ask": true, "wonder": true, "know": true, "see": true, "check": true, "decide": true,
	"determine": true, "doubt": true, "question": true, "consider": true, "examine": true, "find": true, "learn": true,
	"say": true, "tell": true, "unclear": true, "clear": true, "sure": true, "certain": true, "matter": true, "inquire": true, "enquire": true}

// repairIfClause mends "Sweden would intervene if Norway attacked the islands", parsed with
// the "if" clause as the verb's complement: after a verb that asks or weighs nothing, an
// "if" or "unless" clause is a condition (advcl), which is what makes the statement a
// threat. Heads alone are read.
func (t *tree) repairIfClause() {
	for c := range t.w {
		h := t.w[c].head
		if t.w[c].rel != "ccomp" || h < 0 || whetherVerbs[t.w[h].lemma] || t.speech[t.w[h].lemma] {
			continue
		}
		for k := h + 1; k < c; k++ {
			if t.w[k].head == c && t.w[k].rel == "mark" && (t.w[k].lower == "if" || t.w[k].lower == "unless") {
				t.w[c].rel = "advcl"
				break
			}
		}
	}
}

// repairTimeSubject mends "After ordering the roundup Monday, Arafat's Palestinian
// Authority arrested ...", parsed with "Monday" as the subject and the Authority conjoined
// to it: a weekday is no subject; the name conjoined to it is, and the day is the time of
// the clause before it.
func (t *tree) repairTimeSubject() {
	for i := range t.w {
		if t.w[i].rel != "nsubj" || !weekdayForms[t.w[i].form] {
			continue
		}
		v := t.w[i].head
		for c := i + 1; c < len(t.w); c++ {
			if t.w[c].head == i && t.w[c].rel == "conj" && (t.w[c].upos == "PROPN" || t.w[c].upos == "NOUN") {
				t.w[c].head, t.w[c].rel = v, "nsubj"
				for k := range t.w {
					if t.w[k].head == c && t.w[k].rel == "cc" {
						t.w[k].head = i // an "and" before it goes with nothing now
					}
				}
				break
			}
		}
		t.w[i].rel = "obl:tmod"
		for a := i - 1; a >= 0; a-- {
			if t.w[a].head == v && t.w[a].rel == "advcl" && a < i {
				t.w[i].head = a // the day of the clause it ends
				break
			}
		}
		// "said Friday that Mobutu had agreed", read with the clause hung on "Friday":
		// the clause is what was said, not a modifier of the day (which would date it).
		for c := i + 1; c < len(t.w) && v >= 0; c++ {
			if t.w[c].head != i || !strings.HasPrefix(t.w[c].rel, "acl") && t.w[c].rel != "ccomp" && t.w[c].rel != "advcl" {
				continue
			}
			for k := i + 1; k < c; k++ {
				// "that", or a subject of its own after a verb of saying ("said Friday the
				// president had agreed").
				if t.w[k].head == c && (t.w[k].rel == "mark" && t.w[k].lower == "that" || strings.HasPrefix(t.w[k].rel, "nsubj") && t.speech[t.w[v].lemma]) {
					t.w[c].head, t.w[c].rel = v, "ccomp"
					break
				}
			}
		}
	}
}

// hasCC reports whether word a has a coordinating conjunction ("and", "or") among its
// dependents, before the kids are linked.
func (t *tree) hasCC(a int) bool {
	for k := range t.w {
		if t.w[k].head == a && t.w[k].rel == "cc" {
			return true
		}
	}
	return false
}

// root returns the first word with no head (the sentence's root), or -1.
func (t *tree) root() int {
	for i := range t.w {
		if t.w[i].head < 0 {
			return i
		}
	}
	return -1
}

// repairMarkedRoot mends "The United Nations imposed sanctions on Iraq after Iraq invaded
// Kuwait", parsed with "imposed" as a participle on "sanctions", the whole phrase the
// subject of "invaded", and "invaded" the root with "after" its mark: a root takes no
// subordinating mark. When the root has such a mark, a subject after it and another before
// it, and a past form before the mark is hung on the noun that heads that first subject
// (or on a noun of its phrase after it), the past form is the root, the name before it (or
// the first subject) its subject, the noun its object, and the marked clause its adverbial
// clause. Heads alone are read (before kids lists).
func (t *tree) repairMarkedRoot() {
	for r := range t.w {
		if t.w[r].head < 0 && t.w[r].upos == "VERB" {
			t.repairMarkedRootAt(r) // each part's root: a dateline is parsed on its own
		}
	}
}

func (t *tree) repairMarkedRootAt(r int) {
	m, s := -1, -1
	for i := range t.w {
		if t.w[i].head == r && t.w[i].rel == "mark" && subordinators[t.w[i].lower] && i < r {
			m = i
		}
	}
	if m < 0 {
		return
	}
	after := false
	for i := range t.w {
		if t.w[i].head == r && t.w[i].rel == "nsubj" {
			if i < m && s < 0 {
				s = i
			}
			after = after || i > m
		}
	}
	if s < 0 || !after {
		return
	}
	for v := 1; v < m; v++ {
		n := t.w[v].head
		if t.w[v].upos != "VERB" || t.w[v].xpos != "VBN" && t.w[v].xpos != "VBD" || t.w[v].rel != "amod" && t.w[v].rel != "acl" || n <= v || n >= m || t.w[n].head != s && n != s || t.w[n].upos != "NOUN" {
			continue
		}
		subj := s
		if n == s {
			// "The United Nations imposed sanctions", read as one phrase headed by the
			// sanctions: the name before the participle is the subject.
			subj = v - 1
			if t.w[subj].head != n || t.w[subj].upos != "PROPN" && t.w[subj].upos != "NOUN" {
				return
			}
		}
		t.w[v].head, t.w[v].rel, t.w[v].xpos = -1, "root", "VBD"
		t.w[subj].head, t.w[subj].rel = v, "nsubj"
		t.w[n].head, t.w[n].rel = v, "obj"
		t.w[r].head, t.w[r].rel = v, "advcl"
		for i := range t.w {
			if t.w[i].head == r && t.w[i].rel == "punct" && i == len(t.w)-1 {
				t.w[i].head = v
			}
		}
		return
	}
}

// subordinators are the marks of adverbial clauses, which no sentence's root takes.
var subordinators = map[string]bool{"after": true, "before": true, "because": true, "since": true, "when": true,
	"while": true, "until": true, "although": true, "though": true, "unless": true, "once": true}

// repairParticipleRoot mends a sentence opened by a participle that the parser made
// the root: in "Speaking to journalists after talks with Kofi Annan, Turkish Cypriot
// leader Rauf Denktash said he was optimistic", "Speaking" became the root, "said" a
// clause on it and the speaker an apposition of Annan. When the root is an -ing or -ed
// word that opens the sentence without an auxiliary or a subject, and a finite verb after
// a comma depends on it, that verb is the root and the participle its clause; the name
// between the comma and the verb, hung before the comma, is the verb's subject, with the
// words of its phrase. Heads alone are read (before kids lists).
func (t *tree) repairParticipleRoot() {
	r := t.root()
	if r == 0 && t.w[r].upos == "VERB" && t.w[r].xpos == "VB" && (strings.HasSuffix(t.w[r].lower, "ed") || t.w[r].lower == "met") {
		t.w[r].xpos = "VBN" // "Met at the airport by Havel, the pope said": no imperative
	}
	if r != 0 || t.w[r].upos != "VERB" || t.w[r].xpos != "VBG" && t.w[r].xpos != "VBN" || t.headsDep(r, "aux", -1) || t.headsDep(r, "nsubj", -1) || t.headsDep(r, "aux:pass", -1) {
		return
	}
	v := -1
	for i := r + 1; i < len(t.w); i++ {
		if t.w[i].head == r && t.w[i].upos == "VERB" && (t.w[i].xpos == "VBD" || t.w[i].xpos == "VBZ" || t.w[i].xpos == "VBP") {
			v = i
			break
		}
	}
	comma := -1
	for i := r + 1; i < v; i++ {
		if t.w[i].form == "," {
			comma = i
		}
	}
	if v < 0 || comma < 0 {
		return
	}
	t.w[v].head, t.w[v].rel = -1, "root"
	t.w[r].head, t.w[r].rel = v, "advcl"
	for i := range t.w {
		if i != v && i != r && t.w[i].head == r && i > comma {
			t.w[i].head = v // the comma and what follows the verb are the verb's
		}
	}
	if t.w[r].xpos == "VBN" {
		// "Met at the airport by Havel": the "by" phrase the parser hung on the place is
		// the participle's agent.
		for i := r + 1; i < comma; i++ {
			n := t.w[i].head
			if t.w[i].rel != "nmod" || n < 0 || t.w[n].head != r || !t.rel(n, "obl") || t.w[i].upos != "PROPN" {
				continue
			}
			for j := n + 1; j < i; j++ {
				if t.w[j].head == i && t.w[j].rel == "case" && t.w[j].lower == "by" {
					t.w[i].head, t.w[i].rel = r, "obl:agent"
				}
			}
		}
	}
	// Subjects the parser gave the verb before the comma belong to the opening phrase:
	// "after talks with UN Secretary General Kofi Annan", read as a clause "with ...
	// Annan said", hangs on its noun again.
	for k := r + 1; k < comma; k++ {
		if t.w[k].head != v || t.w[k].rel != "nsubj" {
			continue
		}
		n := -1
		for j := k - 1; j > r; j-- {
			if t.w[j].upos == "NOUN" {
				n = j
				break
			}
		}
		if n < 0 {
			return
		}
		t.w[k].head, t.w[k].rel = n, "nmod"
		for j := r + 1; j < k; j++ {
			if t.w[j].head == v && t.w[j].rel == "mark" {
				t.w[j].head, t.w[j].rel = k, "case"
			}
		}
	}
	if t.headsDep(v, "nsubj", -1) {
		return
	}
	// The subject phrase: the words between the comma and the verb whose head lies before
	// the comma. Its last proper noun heads it; with a conjunction between them ("Chirac
	// and Schroeder praised"), each proper noun after one heads a conjunct of the first.
	subj := -1
	var names []int
	cc := false
	for i := comma + 1; i < v; i++ {
		if h := t.w[i].head; (h <= comma || h == r) && t.w[i].upos == "PROPN" {
			subj = i
			names = append(names, i)
		}
		cc = cc || t.w[i].upos == "CCONJ"
	}
	if subj < 0 {
		return
	}
	conj := map[int]bool{}
	if cc && len(names) > 1 {
		subj = names[0]
		for _, n := range names[1:] {
			if t.w[n-1].upos == "CCONJ" || t.w[n-1].form == "," {
				t.w[n].head, t.w[n].rel = subj, "conj"
				conj[n] = true
			}
		}
	}
	for i := comma + 1; i < v; i++ {
		if h := t.w[i].head; i != subj && !conj[i] && (h <= comma || h == r) {
			t.w[i].head = subj
			if t.w[i].upos == "NOUN" || t.w[i].upos == "PROPN" {
				t.w[i].rel = "nmod:desc"
			}
		}
	}
	t.w[subj].head, t.w[subj].rel = v, "nsubj"
	t.w[comma].head = v
}

// repairReducedRelative mends a subject modified by a participle that the parser took for
// the clause's verb: in "Seven soldiers accused of beating a teenager were acquitted on
// Thursday" it made "accused" the root with the soldiers as its subject (who accused the
// teenager) and "were acquitted" a conjunct. When the root is a participle with a subject
// before it and no auxiliary, and a later verb that depends on it has an auxiliary of its
// own and no subject, that verb is the root, the participle a clause on the subject, and
// the subject that verb's. Heads alone are read (before kids lists).
func (t *tree) repairReducedRelative() {
	r := t.root()
	if r < 0 || t.w[r].xpos != "VBN" && t.w[r].xpos != "VBD" || t.headsDep(r, "aux", -1) || t.headsDep(r, "aux:pass", -1) {
		return
	}
	// A root tagged as a past tense ("The Turkish Cypriot state declared in 1983 is
	// recognized only by Ankara") is a participle only when the later verb follows it with
	// no "and", "but" or comma between: not "Putin visited Paris and was greeted".
	pastTense := t.w[r].xpos == "VBD"
	subj := -1
	for i := 0; i < r; i++ {
		if t.w[i].head == r && t.w[i].rel == "nsubj" {
			subj = i
		}
	}
	if subj < 0 {
		return
	}
	v := -1
	for i := r + 1; i < len(t.w); i++ {
		if t.w[i].head == r && (t.w[i].rel == "conj" || t.w[i].rel == "parataxis" || t.w[i].rel == "advcl") && t.w[i].upos == "VERB" &&
			(t.headsDep(i, "aux", -1) || t.headsDep(i, "aux:pass", -1)) && !t.headsDep(i, "nsubj", -1) && !t.headsDep(i, "nsubj:pass", -1) && !t.headsDep(i, "mark", -1) {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	if pastTense {
		if t.headsDep(v, "cc", -1) {
			return
		}
		for i := r + 1; i < v; i++ {
			if t.w[i].form == "," || t.w[i].form == ";" || t.w[i].upos == "CCONJ" {
				return
			}
		}
	}
	for i := range t.w {
		if t.w[i].head == r && i > v {
			t.w[i].head = v // what follows the verb is the verb's
		}
		if t.w[i].head == r && (t.w[i].rel == "cc" || t.w[i].rel == "punct") && i > r && i < v {
			t.w[i].head = v
		}
	}
	t.w[v].head, t.w[v].rel = -1, "root"
	t.w[r].head, t.w[r].rel = subj, "acl"
	t.w[subj].head, t.w[subj].rel = v, "nsubj"
	if t.headsDep(v, "aux:pass", -1) {
		t.w[subj].rel = "nsubj:pass"
	}
}

// repairParticipleOnNoun hangs on its noun a past participle set off by a comma right
// after it, with an agent of its own: in "accused the US of using economic sanctions,
// announced by Albright in Washington on Tuesday, to boost" the parser read "announced" as
// a clause of "accused", so the accusation took the sanctions' day. A past participle
// with a "by" agent and no subject or auxiliary, an adverbial clause or conjunct of a verb,
// right after a comma that follows a noun under that verb, modifies the noun. Heads alone
// are read (before kids lists).
func (t *tree) repairParticipleOnNoun() {
	for v := range t.w {
		h := t.w[v].head
		if t.w[v].xpos != "VBN" || h < 0 || h > v || (t.w[v].rel != "advcl" && t.w[v].rel != "conj") || v < 2 || t.w[v-1].form != "," {
			continue
		}
		if t.headsDep(v, "nsubj", -1) || t.headsDep(v, "nsubj:pass", -1) || t.headsDep(v, "aux", -1) || t.headsDep(v, "aux:pass", -1) || t.headsDep(v, "cc", -1) {
			continue
		}
		n := v - 2 // the noun before the comma
		if !t.hasByAgent(v) || t.w[n].upos != "NOUN" || !t.ancestorOf(h, n) {
			continue
		}
		t.w[v].head, t.w[v].rel = n, "acl"
	}
}

// repairMemberStates mends "member states" tagged as a noun and a verb: in "called for
// SADC member states to strengthen cooperation" the parser reads "states" as the verb of a
// clause, so the states were no one and SADC a bare "member". The plural noun takes the
// place of "member" in the tree, and "member" and its compounds hang on it. "urged Gulf
// states to issue", read as Gulf stating, is mended the same way. Heads alone are read.
func (t *tree) repairMemberStates() {
	for v := 1; v < len(t.w); v++ {
		n := v - 1
		if t.w[v].lower != "states" || t.w[v].upos != "VERB" {
			continue
		}
		if g := t.w[v].head; (t.w[n].upos == "PROPN" || t.w[n].upos == "ADJ") && t.w[n].head == v && t.w[n].rel == "nsubj" && g >= 0 && g < n && t.w[g].upos == "VERB" &&
			(t.w[v].rel == "ccomp" || t.w[v].rel == "obj") && !slices.ContainsFunc(t.w, func(w tword) bool { return w.head == v && (w.rel == "ccomp" || w.rel == "obj") }) {
			// "urged Gulf states to issue a statement", read as "Gulf" stating: the states
			// are urged, and the infinitive is the urging's.
			t.w[v].upos, t.w[v].xpos, t.w[v].lemma, t.w[v].rel = "NOUN", "NNS", "state", "obj"
			t.w[n].rel = "compound"
			for c := range t.w {
				if t.w[c].head == v && t.w[c].rel == "xcomp" {
					t.w[c].head = g
				}
			}
			continue
		}
		if t.w[n].lower != "member" || t.w[n].upos != "NOUN" || t.w[n].head == v {
			continue
		}
		t.w[v].upos, t.w[v].xpos, t.w[v].lemma = "NOUN", "NNS", "state"
		t.w[v].head, t.w[v].rel = t.w[n].head, t.w[n].rel
		for c := range t.w {
			if c < n && t.w[c].head == n && (t.w[c].rel == "compound" || t.w[c].rel == "det" || t.w[c].rel == "amod" || t.w[c].rel == "case" || t.w[c].rel == "nmod:poss") {
				t.w[c].head = v
			}
		}
		t.w[n].head, t.w[n].rel = v, "compound"
		for c := range t.w {
			if t.w[c].head == v && (t.w[c].rel == "xcomp" || t.w[c].rel == "ccomp") {
				t.w[c].rel = "acl" // "member states to strengthen": the verb's complement, now the noun's
			}
		}
	}
}

// titleWord reports a word of a person's title: "President", "Secretary", "minister".
func (t *tree) titleWord(i int) bool {
	return titles[t.w[i].form] || personTitleNouns[t.w[i].lower] != ""
}

// repairTwoSubjects mends a verb given two subjects, one right after the other: in
// "European Commission head Jose Manuel Barroso was disappointed" the parser makes "head"
// and "Barroso" both subjects, so the body acted beside its head. A common noun subject
// that ends where the next subject's phrase begins describes that subject, and so does an
// office ("U.S. Secretary of State Antony Blinken arrived"). Heads alone are read.
func (t *tree) repairTwoSubjects() {
	for a := range t.w {
		if t.w[a].rel != "nsubj" || t.w[a].upos != "NOUN" && !(t.w[a].upos == "PROPN" && t.titleWord(a)) {
			continue // a common noun, or an office: "U.S. Secretary of State Antony Blinken arrived"
		}
		for b := a + 1; b < len(t.w); b++ {
			if t.w[b].rel != "nsubj" || t.w[b].head != t.w[a].head || t.w[b].upos != "PROPN" {
				continue
			}
			first, end := b, a // the first word of b's phrase, the last of a's
			for c := a + 1; c < b; c++ {
				if t.ancestorOf(a, c) {
					end = c
				}
				if first == b && t.ancestorOf(b, c) {
					first = c
				}
			}
			if first == end+1 {
				t.w[a].head, t.w[a].rel = b, "compound"
			}
			break
		}
	}
}

// repairBetweenSubject gives back to a "between" phrase the party the parser took for a
// second subject: in "Talks between the rebels and the Philippine government have
// stalled" it reads "the government" as the subject of "stalled" beside "talks", with
// "and" on the verb. A subject after another subject of the same verb, right after an
// "and" that follows a "between" phrase inside the first subject, is that phrase's
// second party. Heads alone are read.
func (t *tree) repairBetweenSubject() {
	for n := range t.w {
		v := t.w[n].head
		if t.w[n].rel != "nsubj" || v < 0 {
			continue
		}
		first := n // the first word of n's phrase
		for c := n - 1; c >= 0 && t.ancestorOf(n, c); c-- {
			first = c
		}
		and := first - 1
		if and < 1 || t.w[and].lower != "and" || t.w[and].head != v && t.w[and].head != n {
			continue
		}
		s := -1 // the verb's other subject, before n
		for k := 0; k < and; k++ {
			if t.w[k].head == v && strings.HasPrefix(t.w[k].rel, "nsubj") {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		for x := and - 1; x > s; x-- {
			if t.w[x].rel == "nmod" && t.ancestorOf(s, x) && t.caseWord(x) == "between" {
				t.w[n].head, t.w[n].rel = x, "conj"
				t.w[and].head, t.w[and].rel = n, "cc"
				break
			}
		}
	}
}

// repairAsWellAs joins the noun after "as well as" to the one before it, as UD does (a
// conjunct, with "as well as" its cc): the parser reads "met Jaap de Hoop Scheffer as
// well as European Parliament President Josep Borrell" with "as" an adverb and the second
// name an oblique of it, and the second man met no one. A noun before it, or the object
// of the verb it hangs on, takes the conjunct; a verb after it ("as well as visiting")
// is left. Heads alone are read.
func (t *tree) repairAsWellAs() {
	for i := 0; i+3 < len(t.w); i++ {
		if t.w[i].lower != "as" || t.w[i+1].lower != "well" || t.w[i+2].lower != "as" || t.w[i+1].head != i || t.w[i+2].head != i {
			continue
		}
		x := -1 // the head of the phrase after it
		for k := i + 3; k < len(t.w); k++ {
			if h := t.w[k].head; h >= i && h <= i+2 && (t.w[k].upos == "NOUN" || t.w[k].upos == "PROPN") {
				x = k
				break
			}
		}
		h := t.w[i].head
		if x < 0 || h < 0 || t.caseWord(x) != "" {
			continue // "on Iran as well as on Syria": a phrase of its own, left as read
		}
		if t.w[h].upos == "VERB" {
			o := -1 // the verb's object before "as well as"
			for k := 0; k < i; k++ {
				if t.w[k].head == h && t.w[k].rel == "obj" {
					o = k
				}
			}
			if o < 0 {
				continue
			}
			h = o
		}
		if t.w[h].upos != "NOUN" && t.w[h].upos != "PROPN" {
			continue
		}
		t.w[x].head, t.w[x].rel = h, "conj"
		t.w[i].head, t.w[i].rel = x, "cc"
		for k := i + 3; k < len(t.w); k++ {
			if hk := t.w[k].head; k != x && hk >= i && hk <= i+2 {
				t.w[k].head = x // what else hung on "as" is the conjunct's
			}
		}
	}
}

// repairWithOnTime hangs a "with" phrase that the parser hung on a word of time on the
// verb the time is of: in "talks she held earlier in the day with Mahmoud Abbas" it reads
// "with Abbas" as a modifier of "day", and the talks have no partner. A day is never met
// with. Heads alone are read.
func (t *tree) repairWithOnTime() {
	for x := range t.w {
		h := t.w[x].head
		if t.w[x].rel != "nmod" || h < 0 || t.caseWord(x) != "with" || !t.timeWord(h) && !dayParts[t.w[h].lower] && t.w[h].lower != "day" {
			continue
		}
		v := t.w[h].head
		for n := 0; v >= 0 && t.w[v].upos != "VERB" && n < 3; n++ {
			v = t.w[v].head
		}
		if v >= 0 && t.w[v].upos == "VERB" {
			t.w[x].head, t.w[x].rel = v, "obl"
		}
	}
}

// topicNouns are nouns of a matter discussed, which take no "with" of their own: after a
// verb of discussing, "with" on such an object says whom the matter was discussed with
// ("discussed the peace process with King Abdullah"). Nouns of a relation or a conflict
// ("relations with China", "the confrontation with Hezbollah") keep theirs.
var topicNouns = map[string]bool{"issue": true, "question": true, "matter": true, "situation": true, "process": true,
	"crisis": true, "plan": true, "proposal": true, "idea": true, "subject": true, "topic": true, "case": true,
	"development": true, "detail": true, "prospect": true, "way": true, "measure": true, "step": true,
	"possibility": true, "agenda": true, "program": true, "programme": true, "project": true, "initiative": true,
	"effort": true, "problem": true, "killing": true, "death": true, "attack": true,
	"bombing": true, "election": true, "vote": true, "reform": true, "budget": true, "debt": true}

// repairWithOnObject hangs a "with" phrase that names someone on the verb of discussing
// it follows when the parser put it on the verb's object: in "Rice discussed the peace
// process with King Abdullah" the king is whom she discussed it with, not part of the
// process. Verbs whose frames take their other side by "with" and their object as the
// topic (discuss, talk over) are read so, for an object that names a matter (topicNouns);
// any other keeps its "with" ("discussed relations with China", "the confrontation with
// Hezbollah"). The phrase must name someone: a proper noun, a title or a government ("with the
// king", "with the US administration"). Heads alone are read.
// repairFromOnReaction hangs a "from" phrase that follows a noun of reaction or gift at
// once back on the noun: "voted a resolution despite opposition from a number of
// countries" was read with the countries' phrase on "voted", so no one opposed. Only for
// nouns whose "from" is their actor (fromActs) and a phrase with a name in it.
// Heads alone are read (before kids lists).
func (t *tree) repairFromOnReaction(lx *frameLexicon) {
	for x := range t.w {
		v := t.w[x].head
		if t.w[x].rel != "obl" || v < 0 || t.caseWord(x) != "from" || !t.nameBelowHeads(x) {
			continue
		}
		c := x - 1 // the case word's position: "from" right after the noun
		for c >= 0 && t.w[c].head == x && t.w[c].rel != "case" {
			c--
		}
		for c > 0 && t.w[c].head == x && t.w[c].rel == "case" && t.w[c-1].head == x {
			c--
		}
		n := c - 1
		if n < 0 || n <= v || t.w[n].upos != "NOUN" || !slices.ContainsFunc(lx.nouns[t.w[n].lemma], func(f *frame) bool { return fromActs[f.cat] }) {
			continue
		}
		t.w[x].head, t.w[x].rel = n, "nmod"
	}
}

// nameBelowHeads reports whether a proper noun stands at or below h, by heads alone
// (repairs run before words are given their mentions).
func (t *tree) nameBelowHeads(h int) bool {
	for k := range t.w {
		if t.w[k].upos != "PROPN" {
			continue
		}
		for j, d := k, 0; j >= 0 && d <= len(t.w); j, d = t.w[j].head, d+1 {
			if j == h {
				return true
			}
		}
	}
	return false
}

func (t *tree) repairWithOnObject(lx *frameLexicon) {
	for x := range t.w {
		o := t.w[x].head
		if t.w[x].rel != "nmod" || o < 0 || t.caseWord(x) != "with" || !t.rel(o, "obj") {
			continue
		}
		v := t.w[o].head
		if v < 0 || t.w[v].upos != "VERB" || !topicNouns[t.w[o].lemma] && t.w[o].upos != "PRON" { // "discussed those with the prime minister"
			continue
		}
		if !slices.ContainsFunc(lx.verbs[t.w[v].lemma], func(f *frame) bool {
			return f.discuss && slices.ContainsFunc(f.targets, func(s slot) bool { return s.kind == "prep" && slices.Contains(s.words, "with") })
		}) {
			continue
		}
		if t.w[x].upos != "PROPN" && personTitleNouns[t.w[x].lower] == "" && !governmentNouns[t.w[x].lemma] && t.w[x].lemma != "administration" && t.w[x].lemma != "official" && t.w[x].lemma != "leader" {
			continue
		}
		own := false // the verb has its own "with" phrase
		for k := range t.w {
			own = own || t.w[k].head == v && t.rel(k, "obl") && t.caseWord(k) == "with"
		}
		if !own {
			t.w[x].head, t.w[x].rel = v, "obl"
		}
	}
}

// repairHeadlinePassive reads a headline's bare participle of harm or custody as the
// passive it is, the "was" dropped by headline grammar: "ETA suspect arrested in France",
// "Iraqi minister killed in Baghdad" (the parser's subject is who suffered it, not who did
// it). A verb whose frames are all hostile acts (hostile), in the past form, with a subject
// and no object or clause of its own, takes its subject as nsubj:pass and its "by" phrase
// as the agent. Heads alone are read.
func (t *tree) repairHeadlinePassive(lx *frameLexicon) {
	for v := range t.w {
		if t.w[v].upos != "VERB" || t.w[v].xpos != "VBN" && t.w[v].xpos != "VBD" {
			continue
		}
		frs := lx.verbs[t.w[v].lemma]
		if len(frs) == 0 || slices.ContainsFunc(frs, func(f *frame) bool { return !hostile[f.cat] }) {
			continue
		}
		subj, other := -1, false
		for k := range t.w {
			if t.w[k].head != v {
				continue
			}
			switch r := t.w[k].rel; {
			case r == "nsubj":
				subj = k
			case r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp" || r == "aux" || r == "aux:pass" || r == "nsubj:pass" || r == "expl":
				other = true // "Israeli troops kill two Palestinians", "has been arrested": read as they are
			}
		}
		if subj < 0 || other || subj > v {
			continue
		}
		t.w[subj].rel = "nsubj:pass"
		for k := range t.w {
			if t.w[k].head == v && t.w[k].rel == "obl" && t.caseWord(k) == "by" {
				t.w[k].rel = "obl:agent"
			}
		}
	}
}

// repairCasedAppos hangs a phrase set off by commas after a subject on the subject's verb:
// in "Nestor Kirchner, in a joint press appearance with Bush, warned" the parser reads the
// appearance as an apposition of Kirchner, though a preposition opens it; it is where he
// warned (an oblique of "warned"), and he is the one who appeared. Heads alone are read.
func (t *tree) repairCasedAppos() {
	for a := range t.w {
		n := t.w[a].head
		if t.w[a].rel != "appos" || n < 0 || n > a || t.w[a].upos != "NOUN" || !strings.HasPrefix(t.w[n].rel, "nsubj") {
			continue
		}
		v := t.w[n].head
		if v <= a {
			continue
		}
		cased := false
		for c := n + 1; c < a; c++ {
			if t.w[c].head == a && t.w[c].rel == "case" {
				cased = true
			}
		}
		if cased {
			t.w[a].head, t.w[a].rel = v, "obl"
		}
	}
}

// repairMarkedAcl hangs a clause that a temporal conjunction opens on the verb: in "told
// reporters before heading into talks" the parser reads "heading" as a clause on
// "reporters", so the talks had no one heading into them. A clause on a noun (acl) marked
// by "before", "after", "while", "when", "since" or "until" (or opened by "when" or
// "while" read as its advmod), whose noun depends on a verb, is that verb's adverbial
// clause. Heads alone are read (before kids lists).
func (t *tree) repairMarkedAcl() {
	for v := range t.w {
		n := t.w[v].head
		if t.w[v].rel != "acl" || n < 0 || t.w[n].head < 0 || t.w[t.w[n].head].upos != "VERB" {
			continue
		}
		for k := n + 1; k < v; k++ {
			// "when" may be read as the clause's advmod: "made the remark when holding
			// talks with Philip Mangula".
			if t.w[k].head == v && (t.w[k].rel == "mark" || t.w[k].rel == "advmod" && (t.w[k].lower == "when" || t.w[k].lower == "while")) {
				switch t.w[k].lower {
				case "before", "after", "while", "when", "since", "until":
					t.w[v].head, t.w[v].rel = t.w[n].head, "advcl"
				}
				break
			}
		}
	}
}

// repairQuoteInversion gives a speech verb after a quote its subject back: in '"...,"
// warned epidemiologist Clifford McDonald' the parser takes the speaker after the verb for
// its object. A verb of speech right after a closing quote (and a comma), with no subject
// and an object after it, has that object as its subject. Heads alone are read (before
// kids lists).
func (t *tree) repairQuoteInversion() {
	for i := range t.w {
		if !t.speech[t.w[i].lemma] || i < 1 || t.headsDep(i, "nsubj", -1) {
			continue
		}
		if q := t.w[i-1].form; q != "\"" && q != "''" && q != "”" && q != "," {
			continue
		}
		for k := i + 1; k < len(t.w) && k <= i+3; k++ {
			if t.w[k].head == i && t.w[k].rel == "obj" && (t.w[k].upos == "PROPN" || t.w[k].upos == "NOUN") {
				t.w[k].rel = "nsubj"
				break
			}
		}
	}
}

// thatWithSubject returns the word "that" among the dependents of clause c from word from
// on, in one of the relations rels, when c also has a subject of its own (not "that" or
// "which"): a "that" read as a relative word of a clause that needs none. -1 otherwise.
// Heads alone are read.
func (t *tree) thatWithSubject(c, from int, rels ...string) int {
	that, subj := -1, false
	for k := from; k < c; k++ {
		if t.w[k].head != c {
			continue
		}
		switch {
		case t.w[k].lower == "that" && slices.Contains(rels, t.w[k].rel):
			that = k
		case strings.HasPrefix(t.w[k].rel, "nsubj") && t.w[k].lower != "that" && t.w[k].lower != "which":
			subj = true
		}
	}
	if !subj {
		return -1
	}
	return that
}

// repairToldThat reads "told reporters that Moscow would respond" as what was told, not as
// a relative clause on "reporters": a relative clause on the object of a speech verb,
// introduced by "that" read as its object while it has a subject of its own, is the
// speech verb's complement, and "that" its mark. Heads alone are read (before kids lists).
func (t *tree) repairToldThat() {
	for v := range t.w {
		n := t.w[v].head
		if t.w[v].rel != "acl:relcl" || n < 0 || t.w[n].head < 0 || !t.speech[t.w[t.w[n].head].lemma] || !(t.w[n].rel == "obj" || t.w[n].rel == "iobj") {
			continue
		}
		that := t.thatWithSubject(v, n+1, "obj", "obl")
		if that < 0 {
			continue
		}
		t.w[v].head, t.w[v].rel = t.w[n].head, "ccomp"
		t.w[that].rel = "mark"
	}
}

// repairTrailingSpeaker mends an attribution that ends the sentence ("Chile should open
// its border, Bolivian President Luis Prado said.") when the parser hung its speaker on a
// noun before the comma (as a conjunct of "border") or made the verb of saying a relative
// clause of such a noun ("trucks ... said"): the speaker becomes the verb's subject, and
// the verb the root, with the sentence's old root as what it reports. The speaker is a
// run of names and nominals, without a verb, between the last comma and the verb. Kids
// are not yet built: only heads and relations change.
func (t *tree) repairTrailingSpeaker() {
	n := len(t.w)
	v := n - 1
	for v >= 0 && t.w[v].upos == "PUNCT" {
		v--
	}
	if v < 3 || !t.speech[t.w[v].lemma] || t.w[v].upos != "VERB" || (t.w[v].xpos != "VBD" && t.w[v].xpos != "VBZ") {
		return
	}
	c := v - 1
	for c > 0 && t.w[c].form != "," && v-c <= 12 {
		switch t.w[c].upos {
		case "PROPN", "NOUN", "ADJ", "DET", "PUNCT", "ADP", "CCONJ", "NUM", "PART":
		default:
			return // a verb or pronoun: not a plain attribution
		}
		c--
	}
	if c <= 0 || t.w[c].form != "," || c+1 >= v {
		return
	}
	verb := false
	for i := 0; i < c; i++ {
		verb = verb || t.w[i].upos == "VERB" || t.w[i].upos == "AUX"
	}
	if !verb {
		return
	}
	subject := false
	for i := range t.w {
		subject = subject || t.w[i].head == v && strings.HasPrefix(t.w[i].rel, "nsubj")
	}
	if !subject {
		h := -1
		for i := c + 1; i < v; i++ {
			if hd := t.w[i].head; (hd <= c || hd >= v) && (t.w[i].upos == "PROPN" || t.w[i].upos == "NOUN") {
				h = i
			}
		}
		if h < 0 {
			return
		}
		t.w[h].head, t.w[h].rel = v, "nsubj"
	}
	if hd := t.w[v].head; hd >= 0 && hd < c && (t.w[v].rel == "acl:relcl" || t.w[v].rel == "acl" || t.w[v].rel == "conj" || !subject) {
		r := -1
		for i := range t.w {
			if t.w[i].head < 0 {
				r = i
			}
		}
		if r < 0 || r == v {
			return
		}
		t.w[v].head, t.w[v].rel = -1, "root"
		t.w[r].head, t.w[r].rel = v, "ccomp"
		for i := range t.w {
			if t.w[i].head == r && i > v {
				t.w[i].head = v // the final stop
			}
		}
	}
}

// repairTrailingAttribution gives back to the reported clause what the parser hung on
// the attribution after it: in "al-Bashir left Libya Sunday in defiance of UN sanctions,
// after holding talks with Kadhafi, Libyan television said", it read "Sunday" and the
// "after" clause as the television's, so the talks had the television's actor and the
// departure no day. The attribution is a verb of saying with a subject of its own after
// a comma that runs to the sentence's end, and the reported clause's verb comes before it
// (its head or its dependent);
// the saying verb's dependents before that comma, but for punctuation and clauses of its
// own (attributionOwn), go to the reported verb. Kids are not yet built: only heads change.
func (t *tree) repairTrailingAttribution() {
	for r := range t.w {
		if !t.speech[t.w[r].lemma] || t.w[r].upos != "VERB" || t.w[r].xpos != "VBD" && t.w[r].xpos != "VBZ" && t.w[r].xpos != "VBP" {
			continue
		}
		subj := -1
		for i := 0; i < r; i++ {
			if t.w[i].head == r && t.rel(i, "nsubj") {
				subj = i
			}
		}
		if subj < 0 {
			continue
		}
		start := subj // the subject phrase's first word
		for i := subj - 1; i >= 0; i-- {
			if t.ancestorOf(subj, i) && !t.rel(i, "punct") {
				start = i
			}
		}
		if start < 2 || t.w[start-1].form != "," || r-start > 6 {
			continue // a short subject and a finite verb: "Libyan television said"
		}
		comma := start - 1
		trailing := true // the attribution runs to the sentence's end
		for i := comma + 1; i < len(t.w); i++ {
			trailing = trailing && (i == r || t.ancestorOf(r, i) || t.rel(i, "punct"))
		}
		if !trailing {
			continue
		}
		m := -1
		if h := t.w[r].head; h >= 0 && h < comma && t.w[h].upos == "VERB" {
			m = h // "left Libya ..., television said" read with "said" under "left"
		}
		for i := 0; i < comma && m < 0; i++ {
			if t.w[i].head == r && t.w[i].upos == "VERB" && (t.rel(i, "ccomp") || t.rel(i, "parataxis")) {
				m = i // or with "left" under "said"
			}
		}
		if m < 0 {
			continue
		}
		for i := 0; i < comma; i++ {
			if t.w[i].head == r && i != m && !t.ancestorOf(i, m) && !attributionOwn[strings.SplitN(t.w[i].rel, ":", 2)[0]] {
				t.w[i].head = m
			}
		}
	}
}

// voicingVerbs are the participles of speaking out that a place cannot do: a place the
// parser gives one to is where the speakers were.
var voicingVerbs = map[string]bool{"call": true, "demand": true, "urge": true, "chant": true, "shout": true,
	"appeal": true, "protest": true, "denounce": true, "condemn": true, "accuse": true, "vow": true, "warn": true}

// placeHeads are common nouns of places that head a phrase: "the city of Kirkuk", "in
// the square" (placeNouns are those written after a name: "Charles de Gaulle airport").
var placeHeads = map[string]bool{"city": true, "town": true, "village": true, "capital": true, "square": true,
	"street": true, "province": true, "region": true, "district": true, "area": true, "port": true, "suburb": true}

// repairPlaceParticiple hangs on the verb a participle of speaking out that the parser hung
// on the place in the verb's prepositional phrase: in "Kurds demonstrated in the city of
// Kirkuk on Sunday calling for independence" it read "calling" as the city's, and the city
// became the actor. A present participle (VBG) of voicingVerbs, an acl on a noun of an
// "in", "at", "outside" or "near" phrase, becomes an advcl of the verb the phrase is on.
// Heads alone are read and changed.
func (t *tree) repairPlaceParticiple() {
	for p := range t.w {
		n := t.w[p].head
		if n < 0 || t.w[p].rel != "acl" || t.w[p].xpos != "VBG" || !voicingVerbs[t.w[p].lemma] {
			continue
		}
		// A place: a name, or a noun of places, and the noun a name is the "of" phrase of
		// ("the city of Kirkuk"). Not people: "a rally of Hamas supporters calling for",
		// "a crowd denouncing".
		if t.w[n].upos != "PROPN" && !placeHeads[t.w[n].lemma] {
			continue
		}
		ph := n
		if t.w[ph].rel == "nmod" && t.w[ph].head >= 0 && placeHeads[t.w[t.w[ph].head].lemma] {
			ph = t.w[ph].head
		}
		v := t.w[ph].head
		if v < 0 || t.w[v].upos != "VERB" || !strings.HasPrefix(t.w[ph].rel, "obl") {
			continue
		}
		placed := false
		for k := range t.w {
			if t.w[k].head == ph && t.w[k].rel == "case" {
				switch t.w[k].lower {
				case "in", "at", "outside", "near":
					placed = true
				}
			}
		}
		if placed {
			t.w[p].head, t.w[p].rel = v, "advcl"
		}
	}
}

// attributionOwn are the relations a verb of saying keeps in repairTrailingAttribution:
// another clause it reports ("China welcomes Khalid, which will play a role, the spokesman
// said") or one joined to it stays its own.
var attributionOwn = map[string]bool{"punct": true, "ccomp": true, "parataxis": true, "conj": true, "cc": true,
	"nsubj": true, "csubj": true}

// repairSaidDay gives back to a verb of saying the day right after it: "said Friday the
// president had agreed" is parsed with "Friday" on "agreed", which dates what was said
// (and a perfect has no day of its own) by the day it was said. A day that opens the
// reported clause after "that" stays with it ("said that on Friday he met").
func (t *tree) repairSaidDay() {
	for i := 1; i+1 < len(t.w); i++ {
		d, v := i, i-1
		if t.w[i].lower == "on" && i+1 < len(t.w) && weekdayForms[t.w[i+1].form] && t.w[i].head == i+1 {
			d = i + 1
		} else if !weekdayForms[t.w[i].form] && t.w[i].lower != "yesterday" && t.w[i].lower != "today" {
			continue
		}
		if !t.speech[t.w[v].lemma] || t.w[v].upos != "VERB" {
			continue
		}
		c := t.w[d].head
		if c <= d || t.w[c].head != v || (t.w[c].rel != "ccomp" && t.w[c].rel != "parataxis") {
			continue
		}
		t.w[d].head = v
	}
}

// repairSaidDayThat mends "said Thursday that X was ...", which the parser reads with the
// day as the verb's subject or object and the reported clause as the day's relative or
// modifier ("Thursday that rule in Zaire was possible"): the clause then has no speaker,
// and a participle after it ("..., suggesting that Mobutu stand down") takes its subject
// from the clause's. The day becomes the verb's temporal modifier, the clause its
// complement, and "that" the clause's mark. Kids are not yet built.
func (t *tree) repairSaidDayThat() {
	for v := 0; v+2 < len(t.w); v++ {
		if !t.speech[t.w[v].lemma] || t.w[v].upos != "VERB" {
			continue
		}
		d, rel := v+1, "obl:tmod"
		if t.w[d].lower == "on" && d+1 < len(t.w) && weekdayForms[t.w[d+1].form] {
			d, rel = d+1, "obl"
		} else if !weekdayForms[t.w[d].form] && t.w[d].lower != "yesterday" && t.w[d].lower != "today" {
			continue
		}
		that := d + 1
		if that >= len(t.w) || t.w[that].lower != "that" {
			continue
		}
		c := t.w[that].head
		if c <= that || t.w[c].head != d {
			continue
		}
		t.w[d].head, t.w[d].rel = v, rel
		t.w[c].head, t.w[c].rel = v, "ccomp"
		t.w[that].head, t.w[that].rel = c, "mark"
	}
}

// repairUpTo makes the counted noun of "up to" the object of the verb before it: the
// parser reads "killed up to 100 people" and "provide up to 1,000 troops" as a particle
// "up" and an oblique "to 100 people", so the act had no object. "up" becomes the
// number's advmod and "to" fixed on it, as the treebank writes the phrase. Kids are not
// yet built: only heads and relations change.
func (t *tree) repairUpTo() {
	for p := 0; p+3 < len(t.w); p++ {
		v, to := t.w[p].head, p+1
		if t.w[p].lower != "up" || t.w[p].rel != "compound:prt" || v < 0 || t.w[v].upos != "VERB" || t.w[to].lower != "to" || t.w[to].rel != "case" {
			continue
		}
		n := t.w[to].head
		if n < 0 || t.w[n].head != v || t.w[n].rel != "obl" || (t.w[n].upos != "NOUN" && t.w[n].upos != "PROPN") {
			continue
		}
		num, obj := -1, false
		for i := range t.w {
			if t.w[i].head == n && t.w[i].rel == "nummod" && i > to && i < n {
				num = i
			}
			if t.w[i].head == v && t.w[i].rel == "obj" {
				obj = true
			}
		}
		if num < 0 || obj {
			continue
		}
		t.w[n].rel = "obj"
		t.w[p].head, t.w[p].rel = num, "advmod"
		t.w[to].head, t.w[to].rel = p, "fixed"
	}
}

// repairBareConjSubject gives back to a prepositional phrase the noun the parser made the
// subject of a bare verb joined to a modal one: in "will hold talks with Moroccan leaders
// and meet with officials" it read "leaders meet" as a clause, so the leaders met the
// officials. A base form (VB) cannot have a subject of its own there: a conjunct VB with
// no auxiliary, "to" or mark, whose head verb has an auxiliary or "to", and whose subject
// opens with a preposition after that verb, has that phrase back as a modifier (of the
// head verb's object, or of the head verb), and shares its head's subject. Heads alone
// are read (before kids lists).
func (t *tree) repairBareConjSubject() {
	for v := range t.w {
		h := t.w[v].head
		if t.w[v].rel != "conj" || t.w[v].xpos != "VB" || h < 0 || h >= v || t.w[h].upos != "VERB" ||
			t.headsDep(v, "aux", -1) || t.headsDep(v, "mark", -1) || !t.headsDep(h, "aux", -1) && !t.headsDep(h, "mark", -1) {
			continue
		}
		n := -1
		for k := h + 1; k < v; k++ {
			if t.w[k].head == v && t.w[k].rel == "nsubj" && (t.w[k].upos == "NOUN" || t.w[k].upos == "PROPN") {
				n = k
			}
		}
		if n < 0 {
			continue
		}
		// the preposition that opens the subject's phrase
		c := -1
		for k := h + 1; k < n; k++ {
			if t.w[k].rel == "case" && t.ancestorOf(n, k) {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		at := h
		for k := h + 1; k < c; k++ {
			if t.w[k].head == h && t.w[k].rel == "obj" {
				at, t.w[n].rel = k, "nmod" // "talks with ... leaders"
			}
		}
		if at == h {
			t.w[n].rel = "obl"
		}
		t.w[n].head = at
		t.w[c].head = n
	}
}

// repairClauseAsSubject gives back to its place a relative clause the parser made the
// subject of the main verb: in "Kamal, who flew here from Malaysia where he was on a
// three-day visit, was received by Goh" it made "visit" a second passive subject of
// "received". A subject with a subject and a copula of its own, opened by "where" or
// "when" right after a noun, is a relative clause on that noun. Heads alone are read
// (before kids lists).
func (t *tree) repairClauseAsSubject() {
	for s := range t.w {
		if t.w[s].rel != "nsubj" && t.w[s].rel != "nsubj:pass" || !t.headsDep(s, "nsubj", -1) || !t.headsDep(s, "cop", -1) {
			continue
		}
		for k := 1; k < s; k++ {
			if t.w[k].head == s && t.w[k].rel == "advmod" && (t.w[k].lower == "where" || t.w[k].lower == "when") {
				if n := k - 1; (t.w[n].upos == "PROPN" || t.w[n].upos == "NOUN") && !t.ancestorOf(s, n) {
					t.w[s].head, t.w[s].rel = n, "acl:relcl"
				}
				break
			}
		}
	}
}

// repairMarkAsCase gives a clause back its conjunction: in "announced it would put forward
// the motion after the European Union failed to agree" the parser read "after the
// European Union" as a phrase on "motion" and "failed" as a verb joined to the first
// one, so Denmark failed to agree. A temporal conjunction read as a preposition, whose
// noun is followed right away by a finite verb with no subject, opens that verb's clause:
// the noun is its subject and the clause modifies the verb the phrase was on. Heads alone
// are read (before kids lists).
func (t *tree) repairMarkAsCase() {
	for c := range t.w {
		n := t.w[c].head
		if t.w[c].rel != "case" || n <= c || !(t.w[c].lower == "after" || t.w[c].lower == "before" || t.w[c].lower == "since" || t.w[c].lower == "until" || t.w[c].lower == "as") ||
			t.w[n].upos != "PROPN" && t.w[n].upos != "NOUN" {
			continue
		}
		v := n + 1 // the first word after the noun's phrase ("the chairman of the party, Lee,")
		for v < len(t.w) && (t.ancestorOf(n, v) || t.w[v].upos == "PUNCT") {
			v++
		}
		for v < len(t.w) && v+1 < len(t.w) && t.w[v].upos == "AUX" && t.w[v].head > v {
			v = t.w[v].head // "after his advocate was shot": the verb the auxiliary is on
		}
		finite := v < len(t.w) && (t.w[v].xpos == "VBD" || t.w[v].xpos == "VBZ" || t.w[v].xpos == "VBP" ||
			(t.w[v].xpos == "VBN" || t.w[v].xpos == "VBG") && (t.headsDep(v, "aux", -1) || t.headsDep(v, "aux:pass", -1)))
		if v >= len(t.w) || t.w[v].upos != "VERB" || !finite ||
			t.w[v].head < 0 || !(t.w[v].rel == "conj" || t.w[v].rel == "parataxis" || t.w[v].rel == "advcl" || t.w[v].rel == "ccomp") || t.headsDep(v, "nsubj", -1) {
			continue
		}
		g := t.w[n].head
		for k := 0; k < 6 && g >= 0 && t.w[g].upos != "VERB"; k++ {
			g = t.w[g].head
		}
		subj := "nsubj"
		if t.headsDep(v, "aux:pass", -1) {
			subj = "nsubj:pass"
		}
		if g == v || t.w[v].rel == "advcl" {
			// "moved to hospital Tuesday as prosecutors investigated": the clause is in
			// its place; only its subject and conjunction were misread.
			t.w[n].head, t.w[n].rel = v, subj
			t.w[c].head, t.w[c].rel = v, "mark"
			continue
		}
		if g < 0 || t.ancestorOf(v, g) {
			continue
		}
		for i := range t.w {
			if t.w[i].head == t.w[v].head && t.w[i].rel == "cc" && i < v && i > n {
				t.w[i].head = v
			}
		}
		t.w[v].head, t.w[v].rel = g, "advcl"
		t.w[n].head, t.w[n].rel = v, subj
		t.w[c].head, t.w[c].rel = v, "mark"
	}
}

// repairVerbConjOnObject joins a verb to the verb it is coordinated with: in "killing one
// person and arresting 12" the parser joined "arresting" to "person", so the arrests had
// the demonstrators before as their subject. A verb joined to the object of a verb of
// the same form is joined to that verb. Heads alone are read (before kids lists).
//
// The noun may be misread as another dependent ("defended Pamuk's right to free speech,
// but rejected EU pressure", with "right" an adverbial clause) and the verb as a past
// participle: a participle with no subject or auxiliary of its own joined after a comma
// and "but" or "and" to a noun under a verb in the past is that verb's conjunct too.
func (t *tree) repairVerbConjOnObject() {
	for v := range t.w {
		n := t.w[v].head
		if t.w[v].rel != "conj" || t.w[v].upos != "VERB" || n < 0 || (t.w[n].upos != "NOUN" && t.w[n].upos != "PROPN") {
			continue
		}
		g := t.w[n].head
		if g < 0 || g >= n || t.w[g].upos != "VERB" {
			continue
		}
		sameForm := t.w[n].rel == "obj" && t.w[g].xpos == t.w[v].xpos
		pastPart := (t.w[n].rel == "obj" || t.w[n].rel == "advcl" || t.w[n].rel == "obl") && t.w[g].xpos == "VBD" && t.w[v].xpos == "VBN" &&
			!t.headsDep(v, "nsubj", -1) && !t.headsDep(v, "aux", -1) && v >= 2 && t.w[v-2].form == "," && (t.w[v-1].lower == "but" || t.w[v-1].lower == "and")
		if sameForm || pastPart {
			t.w[v].head = g
			for i := n + 1; i < v; i++ {
				if t.w[i].head == v && t.w[i].rel == "cc" {
					break // the "and" is already the verb's
				}
				if t.w[i].head == n && t.w[i].rel == "cc" {
					t.w[i].head = v
				}
			}
		}
	}
}

// repairNameConjOnVerb joins a name to the object it is coordinated with: in "met Anders
// Fogh Rasmussen as well as Josep Borrell" the parser joined "Josep" to the verb, as if
// he were a second predicate, and he met no one. A proper noun joined to a verb after
// the verb's object, with no subject, object or auxiliary of its own, is a conjunct of
// that object, or of the last name in the object's phrase. Heads alone are read (before
// kids lists).
func (t *tree) repairNameConjOnVerb() {
	for c := range t.w {
		v := t.w[c].head
		if t.w[c].rel != "conj" || t.w[c].upos != "PROPN" || v < 0 || v > c || t.w[v].upos != "VERB" {
			continue
		}
		o := -1
		for i := v + 1; i < c; i++ {
			if t.w[i].head == v && t.w[i].rel == "obj" {
				o = i
			}
		}
		if o < 0 || t.headsDep(c, "nsubj", -1) || t.headsDep(c, "obj", -1) || t.headsDep(c, "aux", -1) || t.headsDep(c, "cop", -1) {
			continue
		}
		// "held talks with Gerhard Schroeder as well as French President Jacques Chirac":
		// the last name in the object's phrase, not the object, is the one joined.
		to := o
		for x := o + 1; x < c; x++ {
			if t.w[x].upos == "PROPN" && (t.w[x].rel == "nmod" || t.w[x].rel == "appos" || t.w[x].rel == "conj") && t.ancestorOf(o, x) {
				to = x
			}
		}
		t.w[c].head = to
	}
}

// repairStrandedCase gives a preposition the parser left as a head its noun back: in "was
// signed by Mauritian Cabinet Secretary Philippe Yan Sin and ..." it read "by" as an
// adverb of the verb with the names in apposition to it, so the deal had no signers. A
// preposition that is no case marker, with the first nominal after it hung on it, marks
// that nominal, which takes the preposition's place (an agent after a passive's "by").
// Heads alone are read (before kids lists).
func (t *tree) repairStrandedCase() {
	for a := range t.w {
		h := t.w[a].head
		if t.w[a].upos != "ADP" || h < 0 || t.w[a].rel == "case" || t.w[a].rel == "mark" || t.w[a].rel == "fixed" || t.w[a].rel == "compound:prt" {
			continue
		}
		n := -1
		for i := a + 1; i < len(t.w); i++ {
			if t.w[i].head == a && (t.w[i].upos == "PROPN" || t.w[i].upos == "NOUN") && (t.w[i].rel == "appos" || t.w[i].rel == "obj" || t.w[i].rel == "nmod" || t.w[i].rel == "conj") {
				n = i
				break
			}
		}
		if n < 0 {
			continue
		}
		rel := "obl"
		if t.w[a].lower == "by" && t.w[h].xpos == "VBN" && t.headsDep(h, "aux:pass", -1) {
			rel = "obl:agent"
		} else if t.w[h].upos == "NOUN" || t.w[h].upos == "PROPN" {
			rel = "nmod"
		}
		for i := range t.w {
			if t.w[i].head == a && i != n {
				t.w[i].head = n // the rest of the phrase hangs on the noun
			}
		}
		t.w[n].head, t.w[n].rel = h, rel
		t.w[a].head, t.w[a].rel = n, "case"
	}
}

// repairApposAsConj reads "Pakistan, a key U.S. ally in the war against terrorism, has
// refused" as an apposition: the parser joined "ally" to Pakistan as a conjunct, and the
// United States refused with it. A conjunct with no "and" or "or" of its own, opened by
// a determiner right after a comma, is an apposition. Heads alone are read (before kids
// lists).
// repairHerPossessive reads "her" before the noun phrase of the verb's other object as its
// possessive: "met her Chinese counterpart Wang Yi", parsed as "met her" with Wang Yi an
// xcomp, made Wong meet herself and lose the meeting.
func (t *tree) repairHerPossessive() {
	for i := range t.w {
		if t.w[i].lower != "her" || t.w[i].rel != "obj" || i+1 >= len(t.w) {
			continue
		}
		v := t.w[i].head
		if u := t.w[i+1].upos; u != "ADJ" && u != "NOUN" && u != "PROPN" {
			continue
		}
		// The phrase after "her": climb from the next word to the verb's dependent.
		x := i + 1
		for n := 0; n < 6 && x >= 0 && t.w[x].head != v; n++ {
			x = t.w[x].head
		}
		if x < 0 || x <= i || t.w[x].head != v || !(t.w[x].rel == "xcomp" || t.w[x].rel == "obj" || t.w[x].rel == "iobj") || t.w[x].upos != "PROPN" && t.w[x].upos != "NOUN" {
			continue
		}
		t.w[i].head, t.w[i].rel, t.w[i].xpos = x, "nmod:poss", "PRP$"
		t.w[x].rel = "obj"
	}
}

// repairApposOnFirstConjunct hangs an apposition set off right after the last of several
// conjoined nouns on that noun: in "Khartoum and the two rebel groups -- the Sudan
// Liberation Movement and the Justice and Equality Movement -- started talks" the parser
// hung the names on Khartoum, which they then restated, so Khartoum was lost as a side.
// When an appos of h comes after a conjunct c of h, and every word between c's phrase and
// the appos is punctuation, the appos is c's. Heads alone are read (before kids lists).
func (t *tree) repairApposOnFirstConjunct() {
	for a := range t.w {
		h := t.w[a].head
		if t.w[a].rel != "appos" || h < 0 || h > a {
			continue
		}
		c := -1
		for i := h + 1; i < a; i++ {
			if t.w[i].head == h && t.w[i].rel == "conj" {
				c = i
			}
		}
		for found := c >= 0; found; {
			found = false // "A and B and C --": the conjunct nearest the appos, however chained
			for i := c + 1; i < a; i++ {
				if t.w[i].head == c && t.w[i].rel == "conj" {
					c, found = i, true
				}
			}
		}
		if c < 0 {
			continue
		}
		end := c // the last word of c's phrase before the appos
		for i := c + 1; i < a; i++ {
			if t.ancestorOf(c, i) {
				end = i
			}
		}
		gap := true
		for i := end + 1; i < a; i++ {
			gap = gap && (t.w[i].upos == "PUNCT" || t.ancestorOf(a, i))
		}
		if gap {
			t.w[a].head = c
		}
	}
}

func (t *tree) repairApposAsConj() {
	for k := range t.w {
		if t.w[k].rel != "conj" || t.w[k].head < 0 || t.w[k].head > k || t.headsDep(k, "cc", -1) {
			continue
		}
		det := -1
		for i := t.w[k].head + 1; i < k; i++ {
			if t.w[i].head == k && t.w[i].rel == "det" {
				det = i
				break
			}
		}
		if det > 0 && t.w[det-1].form == "," && (t.w[det].lower == "a" || t.w[det].lower == "an") {
			t.w[k].rel = "appos"
		}
	}
}

// repairRelativeAsConj reads "Merkel, who is in Brussels for a tour, told reporters" as
// a relative clause on Merkel: the parser joined the predicate "Brussels" to her as a
// conjunct, and Brussels became a second teller. A conjunct has no relative pronoun for a
// subject; a predicate that has one after its head's comma is a relative clause. Heads
// alone are read (before kids lists).
func (t *tree) repairRelativeAsConj() {
	for k := range t.w {
		h := t.w[k].head
		if t.w[k].rel != "conj" || h < 0 || h > k || t.headsDep(k, "cc", -1) {
			continue
		}
		for i := h + 1; i < k; i++ {
			if t.w[i].head == k && t.w[i].rel == "nsubj" && (t.w[i].lower == "who" || t.w[i].lower == "which") && i > 0 && t.w[i-1].form == "," {
				t.w[k].rel = "acl:relcl"
				break
			}
		}
	}
}

// repairContactClause reads "briefed him on talks she held with Israeli leaders" as a
// relative clause with no relative pronoun on "talks": the parser joined "held" to
// "briefed" as a conjunct with no "and" (or as its complement or adverbial clause with no
// "that" or "when"), and the talks lost their holder. A light verb so joined, with no
// comma before it, whose subject (a pronoun or a name, after auxiliaries at most) follows
// a common noun straight on and which has no object of its own, is a clause on that noun.
// Heads alone are read (before kids lists).
func (t *tree) repairContactClause(light map[string]bool) {
	for k := range t.w {
		h := t.w[k].head
		if _, ok := light[t.w[k].lemma]; !ok || h < 0 || h > k || t.w[k].upos != "VERB" || t.headsDep(k, "cc", -1) || t.headsDep(k, "obj", -1) || t.headsDep(k, "punct", -1) {
			continue
		}
		if t.w[k].rel != "conj" && (t.w[k].rel != "ccomp" && t.w[k].rel != "advcl" || t.headsDep(k, "mark", -1)) {
			continue // a conjunct with no "and", or a complement or adverbial clause with no "that" or "when"
		}
		s := k - 1
		for s > h && (t.w[s].rel == "aux" || t.w[s].rel == "advmod") && t.w[s].head == k {
			s--
		}
		for s > h+1 && t.w[s].rel == "flat" && t.w[s].head < s && t.w[s].head > h {
			s = t.w[s].head // "Ana Torres held": the name's first word heads it
		}
		if t.w[s].head != k || t.w[s].rel != "nsubj" || t.w[s].upos != "PRON" && t.w[s].upos != "PROPN" || t.w[s].upos == "PRON" && relativePronouns[t.w[s].lower] {
			continue
		}
		for s > h+1 && t.w[s-1].head == s && t.w[s-1].rel == "compound" || s > h+1 && t.w[s-1].upos == "PROPN" && t.w[s].head == k && t.w[s-1].head == s {
			s--
		}
		n := s - 1
		if n <= h || t.w[n].upos != "NOUN" || t.w[n].time {
			continue
		}
		comma := false
		for i := h + 1; i < k; i++ {
			comma = comma || t.w[i].form == "," || t.w[i].form == ";"
		}
		if comma {
			continue
		}
		t.w[k].head, t.w[k].rel = n, "acl:relcl"
	}
}

// repairTitleAfterName reads "held talks with Nong Duc Manh, general secretary of the
// party, and President Tran Duc Luong" as one name with its title and a second name: the
// parser joined "secretary" to the verb as a conjunct and the second name to it, so
// Tran Duc Luong took no part. A noun joined to a verb with no "and" or "or" of its own (or
// read as its xcomp), right after a name and a comma, is the name's apposition, and the
// names joined to it are joined to the name. Heads alone are read (before kids lists).
func (t *tree) repairTitleAfterName() {
	for k := range t.w {
		h := t.w[k].head
		if t.w[k].rel != "conj" && t.w[k].rel != "xcomp" || t.w[k].upos != "NOUN" || h < 0 || h > k || t.w[h].upos != "VERB" || t.headsDep(k, "cc", -1) {
			continue
		}
		first := k // the first word of the noun's phrase
		for i := k - 1; i > h; i-- {
			if t.w[i].head == k && t.w[i].rel != "punct" && t.w[i].rel != "advcl" {
				first = i
			}
		}
		if first < 2 || t.w[first-1].form != "," || t.w[first-2].upos != "PROPN" {
			continue
		}
		// "made the remark when holding talks with Philip Mangula, general secretary of
		// the party": the parser hung the clause that ends in the name on the title (read
		// as the verb's xcomp); the clause is the verb's.
		for i := h + 1; i < first; i++ {
			if t.w[i].head == k && t.w[i].rel == "advcl" {
				t.w[i].head = h
			}
		}
		name := first - 2
		for t.w[name].head >= 0 && t.w[name].head < first-1 && t.w[name].head > h && (t.w[name].rel == "flat" || t.w[name].rel == "compound") {
			name = t.w[name].head
		}
		if t.w[name].head < 0 || !t.ancestorOf(h, name) || t.ancestorOf(k, name) {
			continue
		}
		t.w[k].head, t.w[k].rel = name, "appos"
		for i := k + 1; i < len(t.w); i++ {
			if t.w[i].head == k && t.w[i].rel == "conj" && t.w[i].upos == "PROPN" {
				t.w[i].head = name
			}
		}
	}
}

// repairCaseOnTitle gives a titled name back the preposition the parser hung on its
// title: in "imposed by rebel leader Laurent Kabila", "by" went to "leader" (the name's
// nmod:desc) and the name became the verb's object, so the ultimatum had no author. The
// preposition is the name's; under a verb the name is then its obl (obl:agent for "by"
// after a past participle). Heads alone are read (before kids lists).
func (t *tree) repairCaseOnTitle() {
	for k := range t.w {
		name := t.w[k].head
		if t.w[k].rel != "nmod:desc" || name <= k || t.w[name].upos != "PROPN" {
			continue
		}
		c := -1
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if t.w[i].head == k && t.w[i].rel == "case" {
				c = i
			}
		}
		if c < 0 {
			continue
		}
		t.w[c].head = name
		v := t.w[name].head
		if v < 0 || t.w[v].upos != "VERB" || (t.w[name].rel != "obj" && t.w[name].rel != "nsubj" && t.w[name].rel != "iobj") {
			continue
		}
		t.w[name].rel = "obl"
		if t.w[c].lower == "by" && t.w[v].xpos == "VBN" {
			t.w[name].rel = "obl:agent"
		}
	}
}

// repairBeTo reads "The Dalai Lama is to meet Clinton" as the parser reads "Blair was to
// meet Chirac": "is" an auxiliary of "meet" and the Dalai Lama its subject. The parser
// sometimes makes "is" a copula and the subject an nsubj:outer, which no argument rule
// reads, and the meeting was lost. Heads alone are read (before kids lists).
func (t *tree) repairBeTo() {
	for v := range t.w {
		if t.w[v].upos != "VERB" || t.w[v].xpos != "VB" || v < 2 || t.w[v-1].lower != "to" || t.w[v-1].head != v {
			continue
		}
		be := v - 2
		if t.w[be].head != v || t.w[be].rel != "cop" || t.w[be].lemma != "be" {
			continue
		}
		t.w[be].rel = "aux"
		for i := range t.w {
			if t.w[i].head == v && t.w[i].rel == "nsubj:outer" {
				t.w[i].rel = "nsubj"
			}
		}
	}
}

// repairFollowingAsCase reads "following" before a noun as the preposition it is ("sent the
// refugees back following an agreement with Burma"): the parser read a verb with the noun
// as its object, a clause of its own with no subject. A "following" read as a verb, hung
// as advcl on a verb, with no subject or auxiliary and a noun object right after it (its
// article and modifiers between), is the case of the noun, which becomes an obl of that
// verb. Heads alone are read (before kids lists).
func (t *tree) repairFollowingAsCase() {
	for f := range t.w {
		if t.w[f].lower != "following" || t.w[f].upos != "VERB" || t.w[f].rel != "advcl" || t.w[f].head < 0 || t.w[t.w[f].head].upos != "VERB" {
			continue
		}
		obj, own := -1, false
		for i := range t.w {
			if t.w[i].head != f {
				continue
			}
			switch {
			case t.w[i].rel == "obj" && i > f && obj < 0 && (t.w[i].upos == "NOUN" || t.w[i].upos == "PROPN"):
				obj = i
			case strings.HasPrefix(t.w[i].rel, "nsubj") || strings.HasPrefix(t.w[i].rel, "aux") || t.w[i].rel == "mark":
				own = true // "following him home": "following" has its own clause
			}
		}
		if obj < 0 || own {
			continue
		}
		between := true
		for i := f + 1; i < obj; i++ {
			between = between && t.w[i].head == obj
		}
		if !between {
			continue
		}
		v := t.w[f].head
		for i := range t.w {
			if t.w[i].head == f && i != obj {
				t.w[i].head = obj // what hung on the verb hangs on its noun now
			}
		}
		t.w[obj].head, t.w[obj].rel = v, "obl"
		t.w[f].head, t.w[f].rel, t.w[f].upos, t.w[f].xpos = obj, "case", "ADP", "IN"
	}
}

// repairOverParticiple reads a headline's "Baerbock calls Lavrov over detained Germans" as
// a call to Lavrov about the Germans: the parser read "Lavrov over detained Germans" as a
// clause, Lavrov detaining Germans. A past participle right after "over" or "about",
// with a name before that as its subject and a noun after it as its object, in a clause
// hung on a verb that has no object of its own, is an adjective of the noun; the name is
// the verb's object, and the noun its oblique. Heads alone are read (before kids lists).
func (t *tree) repairOverParticiple() {
	for v := 2; v+1 < len(t.w); v++ {
		p, h := v-1, t.w[v].head
		if t.w[v].upos != "VERB" || t.w[v].xpos != "VBD" && t.w[v].xpos != "VBN" || h < 0 || t.w[h].upos != "VERB" || t.headsDep(h, "obj", -1) {
			continue
		}
		if (t.w[p].lower != "over" && t.w[p].lower != "about") || t.w[p].head != v {
			continue
		}
		subj, obj := -1, -1
		for i := range t.w {
			switch {
			case t.w[i].head == v && t.w[i].rel == "nsubj" && i < p && t.w[i].upos == "PROPN":
				subj = i
			case t.w[i].head == v && t.w[i].rel == "obj" && i > v:
				obj = i
			}
		}
		if subj < 0 || obj < 0 {
			continue
		}
		t.w[subj].head, t.w[subj].rel = h, "obj"
		t.w[p].head, t.w[p].rel = obj, "case"
		t.w[v].head, t.w[v].rel, t.w[v].upos = obj, "amod", "ADJ"
		t.w[obj].head, t.w[obj].rel = h, "obl"
	}
}

// repairCopulaPassive reads "he is accused of denying" as the passive it is: the parser took
// "is" for a copula and "he" for an active subject, so he accused. A past participle
// tagged as a verb, with "be" as its copula, is passive: the copula is its passive
// auxiliary and its subject a passive one. Heads alone are read (before kids lists).
func (t *tree) repairCopulaPassive() {
	for i := range t.w {
		v := t.w[i].head
		if t.w[i].rel != "cop" || t.w[i].lemma != "be" || v < 0 || t.w[v].upos != "VERB" || t.w[v].xpos != "VBN" {
			continue
		}
		t.w[i].rel = "aux:pass"
		for k := range t.w {
			if t.w[k].head == v && t.w[k].rel == "nsubj" {
				t.w[k].rel = "nsubj:pass"
			}
		}
	}
}

// repairActiveParticiple reads "Hariri on Friday called off his visit" as the active verb it
// is: a phrase between subject and verb made the tagger take "called" for a participle and
// the parser "Hariri" for a passive subject, with no passive auxiliary and a direct object
// besides, which no passive has. Heads alone are read (before kids lists).
func (t *tree) repairActiveParticiple() {
	for v := range t.w {
		if t.w[v].upos != "VERB" || t.w[v].xpos != "VBN" || !t.headsDep(v, "obj", -1) || t.headsDep(v, "aux:pass", -1) {
			continue
		}
		subj, aux := -1, false
		for k := range t.w {
			if t.w[k].head != v {
				continue
			}
			switch {
			case t.w[k].rel == "nsubj:pass":
				subj = k
			case t.w[k].rel == "aux" || t.w[k].rel == "cop":
				aux = true // "has called", "being called": a participle with its auxiliary
			}
		}
		if subj < 0 || aux || subj > v {
			continue
		}
		t.w[subj].rel = "nsubj"
		t.w[v].xpos = "VBD"
	}
}

// cyclic reports a word that is its own ancestor, read from heads alone.
func (t *tree) cyclic() bool {
	for i := range t.w {
		for j, n := t.w[i].head, 0; j >= 0; j, n = t.w[j].head, n+1 {
			if j == i || n > len(t.w) {
				return true
			}
		}
	}
	return false
}

// headsDep reports whether word h has a dependent (other than word skip) whose relation
// is rel or a subtype of it, read from heads alone (before kids lists).
func (t *tree) headsDep(h int, rel string, skip int) bool {
	for i := range t.w {
		if i != skip && t.w[i].head == h && strings.HasPrefix(t.w[i].rel, rel) {
			return true
		}
	}
	return false
}

// hasByAgent reports a "by" phrase on word i, read from heads alone (before kids lists).
func (t *tree) hasByAgent(i int) bool {
	for j := range t.w {
		if t.w[j].head != i || !strings.HasPrefix(t.w[j].rel, "obl") {
			continue
		}
		for c := range t.w {
			if t.w[c].head == j && t.w[c].rel == "case" && t.w[c].lower == "by" {
				return true
			}
		}
	}
	return false
}
