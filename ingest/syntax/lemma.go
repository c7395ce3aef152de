package syntax

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lemmatizer maps a word and its tags to its lemma.
//
// It is the suffix edit method of Chrupała (2006) as UDPipe uses it. A lemma is an edit
// of the lower-cased form -- strip some characters from its end, append others:
// "studies" -> strip 3, append "y" -- and a casing: lower-case the result, keep the
// form's letter case ("Putin", "I"), title-case or upper-case it.
//
// For every tag (the UPOS/XPOS pair) and every ending of up to maxLemmaSuffix characters,
// training counts the edits of the distinct words seen with that tag and ending (an
// edit counts only under endings that hold all it strips), and smooths each ending's
// counts towards the next shorter ending's, as TnT smooths its suffix tries, so that an
// ending seen in one or two words does not outvote a shorter, better attested one. A
// word gets the first of its longest ending's best two edits whose result is a lemma
// seen in training with the tag's word class (smelled -> smell, not smel), trying
// shorter endings in turn, else that ending's best edit. Words seen in training whose
// edit the endings get wrong (went -> go, better -> good, 's -> be) are kept in a
// dictionary.
//
// Casing: a lower-case or all-capitals form whose lemma was seen in training with the
// tag's word class takes that lemma's letter case (TEHRAN -> Tehran, tv -> TV); any
// other form takes the casing most distinct words of its tag and shape (lower, title,
// capitals, mixed) took. Forms seen in training whose casing that gets wrong are kept
// in a second dictionary.
//
// A Lemmatizer is read-only after training or reading and safe for concurrent use.
type Lemmatizer struct {
	edits  []lemmaEdit               // distinct edits; edits[0] is the identity
	tags   map[string]*lemmaTagSet   // by "UPOS/XPOS"
	byXPOS map[string]string         // XPOS -> its commonest "UPOS/XPOS", for a pair not seen
	byUPOS map[string]string         // UPOS -> its commonest "UPOS/XPOS", for an XPOS not seen
	known  map[string]uint32         // lower-cased lemma seen in training -> its lemmaClass bits
	cased  map[lemmaKnown]string     // lemma as cased in training where that is not lower case
	casing [numLemmaShapes]lemmaCase // by shape, for tags not seen in training
}

// lemmaTagSet is what the Lemmatizer knows of one tag.
type lemmaTagSet struct {
	class   uint32                    // lemmaClass bit of the tag's UPOS
	suffix  map[string][]uint32       // ending of the lower-cased form ("" for none) -> edits, best first
	words   map[string]uint32         // lower-cased form -> edit, where the endings get it wrong
	casing  [numLemmaShapes]lemmaCase // casing by the form's shape
	cased   map[string]lemmaCase      // form as written -> casing, where the rules get it wrong
	literal map[string]string         // form as written -> lemma that no edit and casing give
}

// lemmaKnown is a lower-cased lemma of one word class.
type lemmaKnown struct {
	class uint32
	lemma string
}

// lemmaEdit turns a lower-cased form into a lower-cased lemma.
type lemmaEdit struct {
	strip int    // runes removed from the end
	add   string // then appended
}

func (e lemmaEdit) less(f lemmaEdit) bool {
	if e.strip != f.strip {
		return e.strip < f.strip
	}
	return e.add < f.add
}

// lemmaCase says how the lemma's letter case follows from the form's.
type lemmaCase uint8

const (
	caseLower lemmaCase = iota // "The" -> "the"
	caseKeep                   // "Putin" -> "Putin", "States" -> "State"
	caseTitle                  // "GOODWYN" -> "Goodwyn", "i" -> "I"
	caseUpper                  // "tv" -> "TV"
	numLemmaCases
)

var allLemmaCases = []lemmaCase{caseLower, caseKeep, caseTitle, caseUpper}

// lemmaShape is the letter case of a form.
type lemmaShape uint8

const (
	shapeNone  lemmaShape = iota // no letters: "--"
	shapeLower                   // "went"
	shapeTitle                   // "Putin"
	shapeUpper                   // "NATO", "I", "U.S."
	shapeMixed                   // "iPhone", "McCain"
	numLemmaShapes
)

// The parameters were chosen on the EWT dev split and on word types held out of the
// train split; accuracy moves by less than 0.1 point around them.
const (
	maxLemmaSuffix  = 6   // the longest ending, in runes, the edits are counted for
	lemmaSmoothing  = 3.0 // θ: the weight, in words, of the shorter ending's distribution
	lemmaCandidates = 2   // edits kept per ending
	lemmaMinShare   = 0.1 // a second edit is kept if at least this share of the first's probability
	lemmaKeepTop    = 8   // edits carried from an ending to the longer ones
)

// lemmaClasses are the word classes of which lemmas are known: the UPOS tags, with AUX
// counted as VERB.
var lemmaClasses = []string{"ADJ", "ADP", "ADV", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// lemmaClass returns the bit of upos's class; a tag not in UD counts as X.
func lemmaClass(upos string) uint32 {
	if upos == "AUX" {
		upos = "VERB"
	}
	i := slices.Index(lemmaClasses, upos)
	if i < 0 {
		i = slices.Index(lemmaClasses, "X")
	}
	return 1 << i
}

func lemmaShapeOf(form string) lemmaShape {
	upper, lower, letters := 0, 0, 0
	firstUpper := false
	for _, r := range form {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || letters == 1
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case letters == 0:
		return shapeNone
	case upper == 0:
		return shapeLower
	case lower == 0:
		return shapeUpper
	case firstUpper && upper == 1:
		return shapeTitle
	}
	return shapeMixed
}

// lemmaVerbatim gives the lemma of a number or a web address, which no ending rule
// learns well: a number without letters keeps its form, less the thousands separators
// EWT drops ("200,000" -> "200000"); a URL or e-mail address keeps its form.
func lemmaVerbatim(form string) (string, bool) {
	if strings.Contains(form, "://") || strings.HasPrefix(strings.ToLower(form), "www.") {
		return form, true
	}
	if at := strings.IndexByte(form, '@'); at > 0 && strings.Contains(form[at:], ".") {
		return form, true
	}
	digits := false
	for _, r := range form {
		if unicode.IsLetter(r) {
			return "", false
		}
		digits = digits || unicode.IsDigit(r)
	}
	if !digits {
		return "", false
	}
	if isGroupedNumber(form) {
		return strings.ReplaceAll(form, ",", ""), true
	}
	return form, true
}

// isGroupedNumber reports whether s is a number with thousands separators: "1,000",
// "3,202.61".
func isGroupedNumber(s string) bool {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	digits := func(g string) bool {
		for _, c := range g {
			if c < '0' || c > '9' {
				return false
			}
		}
		return g != ""
	}
	for i, g := range groups {
		if !digits(g) || i > 0 && len(g) != 3 {
			return false
		}
	}
	return !hasFrac || digits(frac)
}

// lemmaEditOf returns the edit that turns the lower-cased form lf into the lower-cased
// lemma ll: strip what follows their longest common prefix, append the rest of ll.
func lemmaEditOf(lf, ll string) lemmaEdit {
	i := 0
	for i < len(lf) && i < len(ll) {
		r1, n1 := utf8.DecodeRuneInString(lf[i:])
		r2, n2 := utf8.DecodeRuneInString(ll[i:])
		if r1 != r2 || n1 != n2 {
			break
		}
		i += n1
	}
	return lemmaEdit{strip: utf8.RuneCountInString(lf[i:]), add: ll[i:]}
}

// applyLemma gives the lemma of form by edit e and casing c. An edit that strips more
// than the form has is the identity.
func applyLemma(form string, e lemmaEdit, c lemmaCase) string {
	lf := strings.ToLower(form)
	n := utf8.RuneCountInString(lf)
	if e.strip > n {
		e = lemmaEdit{}
	}
	lower := lf[:runeOffset(lf, n-e.strip)] + e.add
	switch c {
	case caseKeep:
		if utf8.RuneCountInString(form) != n {
			break // lower-casing changed the length: nothing of the form's case to keep
		}
		add := e.add
		if lemmaShapeOf(form) == shapeUpper {
			add = strings.ToUpper(add)
		}
		return form[:runeOffset(form, n-e.strip)] + add
	case caseTitle:
		if lower == "" {
			break
		}
		r, size := utf8.DecodeRuneInString(lower)
		return string(unicode.ToTitle(r)) + lower[size:]
	case caseUpper:
		return strings.ToUpper(lower)
	}
	return lower
}

// runeOffset is the byte offset of the k-th rune of s, or len(s).
func runeOffset(s string, k int) int {
	for i := range s {
		if k == 0 {
			return i
		}
		k--
	}
	return len(s)
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	return s[runeOffset(s, utf8.RuneCountInString(s)-n):]
}

// Lemma returns the lemma of form given its UPOS and XPOS tags. A tag pair not seen in
// training is looked up by its XPOS, then by its UPOS; with neither known, the lemma is
// the form, lower-cased as most words of its shape are.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	if strings.ContainsRune(form, '’') {
		// News writes clitics with a typographic apostrophe ("we’ll"), the treebank
		// mostly with a straight one: look them up as the treebank writes them.
		form = strings.ReplaceAll(form, "’", "'")
	}
	if lemma, ok := lemmaVerbatim(form); ok {
		return lemma
	}
	if lemma, ok := tokenizerLists().lemmas[strings.ToLower(form)]; ok {
		return lemma // "aides": the model, from too few examples, says "aid"
	}
	t := l.tagSet(upos, xpos)
	if t == nil {
		return applyLemma(form, lemmaEdit{}, l.casing[lemmaShapeOf(form)])
	}
	return l.lemma(t, form)
}

// Lemmatize fills Lemma for every word of s from its Form, UPOS and XPOS. An adjective
// that is capitalized inside the sentence keeps its capital, as the treebank writes
// "American" and "Indian": the lower case the rules learned comes from adjectives that
// open a sentence, and news is full of unseen ones ("Peruvian", "Ukrainian").
func (l *Lemmatizer) Lemmatize(s *Sentence) {
	for i := range s.Words {
		w := &s.Words[i]
		w.Lemma = l.Lemma(w.Form, w.UPOS, w.XPOS)
		if w.UPOS == "ADJ" && i > 0 && lemmaShapeOf(w.Form) == shapeTitle && w.Lemma != "" && w.Lemma[0] != w.Form[0] &&
			strings.EqualFold(w.Lemma[:1], w.Form[:1]) {
			w.Lemma = w.Form[:1] + w.Lemma[1:]
		}
	}
}

func (l *Lemmatizer) tagSet(upos, xpos string) *lemmaTagSet {
	if t := l.tags[upos+"/"+xpos]; t != nil {
		return t
	}
	if t := l.tags[l.byXPOS[xpos]]; t != nil {
		return t
	}
	return l.tags[l.byUPOS[upos]]
}

func (l *Lemmatizer) lemma(t *lemmaTagSet, form string) string {
	if lemma, ok := t.literal[form]; ok {
		return lemma
	}
	e := l.edit(t, strings.ToLower(form))
	if c, ok := t.cased[form]; ok {
		return applyLemma(form, e, c)
	}
	sh := lemmaShapeOf(form)
	if sh == shapeLower || sh == shapeUpper {
		lower := applyLemma(form, e, caseLower)
		if l.known[lower]&t.class != 0 {
			if cased, ok := l.cased[lemmaKnown{t.class, lower}]; ok {
				return cased
			}
			return lower
		}
	}
	return applyLemma(form, e, t.casing[sh])
}

// edit returns the edit for the lower-cased form lf: the dictionary's, else its
// endings'.
func (l *Lemmatizer) edit(t *lemmaTagSet, lf string) lemmaEdit {
	if e, ok := t.words[lf]; ok {
		return l.edits[e]
	}
	return l.edits[l.suffixEdit(t, lf)]
}

// suffixEdit returns the edit for the lower-cased form lf by its endings: the first edit
// that gives a lemma known in the tag's word class among those of its longest ending the
// tag has edits for, then of the shorter endings in turn; if none does, the longest
// ending's best edit.
func (l *Lemmatizer) suffixEdit(t *lemmaTagSet, lf string) uint32 {
	var best []uint32
	for n := min(utf8.RuneCountInString(lf), maxLemmaSuffix); n >= 0; n-- {
		edits, ok := t.suffix[lastRunes(lf, n)]
		if !ok {
			continue
		}
		if best == nil {
			best = edits
		}
		for _, e := range edits {
			if l.known[applyLemma(lf, l.edits[e], caseLower)]&t.class != 0 {
				return e
			}
		}
	}
	return best[0]
}

// TrainLemmatizer learns the lemmatizer from treebank sentences with gold FORM, UPOS,
// XPOS and LEMMA. It learns nothing from words whose LEMMA is "_" or empty, from numbers
// and web addresses (Lemma gives those their form), nor from the parts of a split word
// (XPOS GW and AFX), whose EWT lemma is that of the whole word. The result depends only
// on the words, not on the order of map iteration.
func TrainLemmatizer(sents []*Sentence) *Lemmatizer {
	type tagForm struct{ tag, form string }
	lemmas := map[tagForm]map[string]int{}   // (tag, form as written) -> lemma -> tokens
	cased := map[lemmaKnown]map[string]int{} // (class, lower-cased lemma) -> lemma -> tokens
	tagCounts := map[string]map[string]int{} // "X"+XPOS or "U"+UPOS -> tag -> tokens
	count := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" || w.Form == "" || w.XPOS == "GW" || w.XPOS == "AFX" {
				continue
			}
			if _, ok := lemmaVerbatim(w.Form); ok {
				continue
			}
			tag := w.UPOS + "/" + w.XPOS
			k := tagForm{tag, w.Form}
			if lemmas[k] == nil {
				lemmas[k] = map[string]int{}
			}
			lemmas[k][w.Lemma]++
			ck := lemmaKnown{lemmaClass(w.UPOS), strings.ToLower(w.Lemma)}
			if cased[ck] == nil {
				cased[ck] = map[string]int{}
			}
			cased[ck][w.Lemma]++
			count(tagCounts, "X"+w.XPOS, tag)
			count(tagCounts, "U"+w.UPOS, tag)
		}
	}
	keys := make([]tagForm, 0, len(lemmas))
	for k := range lemmas {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].tag != keys[j].tag {
			return keys[i].tag < keys[j].tag
		}
		return keys[i].form < keys[j].form
	})

	l := &Lemmatizer{
		tags:   map[string]*lemmaTagSet{},
		byXPOS: map[string]string{},
		byUPOS: map[string]string{},
		known:  map[string]uint32{},
		cased:  map[lemmaKnown]string{},
	}
	for k, tags := range tagCounts {
		if k[0] == 'X' {
			l.byXPOS[k[1:]] = bestLemma(tags)
		} else {
			l.byUPOS[k[1:]] = bestLemma(tags)
		}
	}
	for k, counts := range cased {
		l.known[k.lemma] |= k.class
		if c := bestLemma(counts); c != k.lemma {
			l.cased[k] = c
		}
	}

	// The edits of every (tag, lower-cased form), by tokens, and the edit table.
	editCounts := map[tagForm]map[lemmaEdit]int{}
	editSet := map[lemmaEdit]bool{{}: true}
	for _, k := range keys {
		lk := tagForm{k.tag, strings.ToLower(k.form)}
		if editCounts[lk] == nil {
			editCounts[lk] = map[lemmaEdit]int{}
		}
		for lemma, n := range lemmas[k] {
			e := lemmaEditOf(lk.form, strings.ToLower(lemma))
			editCounts[lk][e] += n
			editSet[e] = true
		}
	}
	for e := range editSet {
		l.edits = append(l.edits, e)
	}
	sort.Slice(l.edits, func(i, j int) bool { return l.edits[i].less(l.edits[j]) })
	editIndex := map[lemmaEdit]uint32{}
	for i, e := range l.edits {
		editIndex[e] = uint32(i)
	}

	// Each distinct lower-cased form's commonest edit, counted once under each ending
	// that holds all it strips: "bought" -> "buy" (strip 5, append "uy") is no rule for
	// words ending in "ght", and "better" -> "good" none for words ending in "etter".
	best := map[tagForm]uint32{}
	endings := map[string]map[string]map[uint32]int{} // tag -> ending -> edit -> words
	for lk, counts := range editCounts {
		e := bestEdit(counts, editIndex)
		best[lk] = e
		if endings[lk.tag] == nil {
			endings[lk.tag] = map[string]map[uint32]int{"": {}}
		}
		for n := l.edits[e].strip; n <= min(utf8.RuneCountInString(lk.form), maxLemmaSuffix); n++ {
			suf := lastRunes(lk.form, n)
			if endings[lk.tag][suf] == nil {
				endings[lk.tag][suf] = map[uint32]int{}
			}
			endings[lk.tag][suf][e]++
		}
	}
	for tag, ends := range endings {
		upos, _, _ := strings.Cut(tag, "/")
		l.tags[tag] = &lemmaTagSet{
			class:   lemmaClass(upos),
			suffix:  suffixRules(ends),
			words:   map[string]uint32{},
			cased:   map[string]lemmaCase{},
			literal: map[string]string{},
		}
	}
	for lk, e := range best {
		t := l.tags[lk.tag]
		if l.suffixEdit(t, lk.form) != e {
			t.words[lk.form] = e
		}
	}

	// Casing: for every tag and shape, the casing that gives the commonest lemma of most
	// distinct forms (rare words, which are what an unseen word is like, count as much
	// as common ones); then the forms the rules get wrong.
	var all [numLemmaShapes][numLemmaCases]int
	counts := map[string]*[numLemmaShapes][numLemmaCases]int{}
	for _, k := range keys {
		if counts[k.tag] == nil {
			counts[k.tag] = &[numLemmaShapes][numLemmaCases]int{}
		}
		e := l.edit(l.tags[k.tag], strings.ToLower(k.form))
		lemma, sh := bestLemma(lemmas[k]), lemmaShapeOf(k.form)
		for c := range numLemmaCases {
			if applyLemma(k.form, e, c) == lemma {
				counts[k.tag][sh][c]++
				all[sh][c]++
			}
		}
	}
	for sh := range all {
		l.casing[sh] = argmaxCase(all[sh], caseLower)
	}
	for tag, c := range counts {
		for sh := range c {
			l.tags[tag].casing[sh] = argmaxCase(c[sh], l.casing[sh])
		}
	}
	for _, k := range keys {
		t := l.tags[k.tag]
		lemma := bestLemma(lemmas[k])
		if l.lemma(t, k.form) == lemma {
			continue
		}
		e := l.edit(t, strings.ToLower(k.form))
		c := slices.IndexFunc(allLemmaCases, func(c lemmaCase) bool { return applyLemma(k.form, e, c) == lemma })
		if c >= 0 {
			t.cased[k.form] = allLemmaCases[c]
		} else {
			t.literal[k.form] = lemma
		}
	}
	return l
}

// bestEdit returns the edit with most counts, the first in edit order on a tie.
func bestEdit(counts map[lemmaEdit]int, index map[lemmaEdit]uint32) uint32 {
	best, bestN := uint32(0), -1
	for e, n := range counts {
		if i := index[e]; n > bestN || n == bestN && i < best {
			best, bestN = i, n
		}
	}
	return best
}

// bestLemma returns the string with most counts, the least on a tie.
func bestLemma(counts map[string]int) string {
	best, bestN := "", -1
	for s, n := range counts {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// argmaxCase returns the casing with most counts, the first on a tie, dflt when none
// has any.
func argmaxCase(counts [numLemmaCases]int, dflt lemmaCase) lemmaCase {
	best, bestN := dflt, 0
	for c, n := range counts {
		if n > bestN {
			best, bestN = lemmaCase(c), n
		}
	}
	return best
}

// suffixRules turns the edit counts of one tag's endings into a short list of edits per
// ending, best first, ranked by their probability once every ending's counts are
// smoothed towards its next shorter ending's distribution,
// P(e|s) = (n(s,e) + θ P(e|s')) / (n(s) + θ). A second edit is listed when its
// probability is at least lemmaMinShare of the best's. An ending whose list is that of
// the next shorter ending kept is left out: the lookup falls back to that one anyway.
func suffixRules(ends map[string]map[uint32]int) map[string][]uint32 {
	type prob struct {
		edit uint32
		p    float64
	}
	sufs := make([]string, 0, len(ends))
	for s := range ends {
		sufs = append(sufs, s)
	}
	sort.Slice(sufs, func(i, j int) bool {
		ni, nj := utf8.RuneCountInString(sufs[i]), utf8.RuneCountInString(sufs[j])
		if ni != nj {
			return ni < nj
		}
		return sufs[i] < sufs[j]
	})
	dist := make(map[string][]prob, len(sufs))
	out := map[string][]uint32{}
	for _, s := range sufs {
		total := 0
		for _, n := range ends[s] {
			total += n
		}
		var parent []prob
		theta := 0.0
		if s != "" {
			parent = dist[lastRunes(s, utf8.RuneCountInString(s)-1)]
			theta = lemmaSmoothing
		}
		p := map[uint32]float64{}
		for e, n := range ends[s] {
			p[e] += float64(n) / (float64(total) + theta)
		}
		for _, q := range parent {
			p[q.edit] += theta * q.p / (float64(total) + theta)
		}
		d := make([]prob, 0, len(p))
		for e, x := range p {
			d = append(d, prob{e, x})
		}
		sort.Slice(d, func(i, j int) bool {
			if d[i].p != d[j].p {
				return d[i].p > d[j].p
			}
			return d[i].edit < d[j].edit
		})
		if len(d) > lemmaKeepTop {
			d = d[:lemmaKeepTop]
		}
		if len(d) == 0 {
			d = []prob{{0, 1}} // a tag none of whose words keeps its whole form: the identity
		}
		dist[s] = d
		edits := []uint32{d[0].edit}
		for _, q := range d[1:] {
			if len(edits) == lemmaCandidates || q.p < lemmaMinShare*d[0].p {
				break
			}
			edits = append(edits, q.edit)
		}
		if s == "" || !slices.Equal(shorterEdits(out, s), edits) {
			out[s] = edits
		}
	}
	return out
}

// shorterEdits returns the edits kept for the longest ending of s shorter than s.
func shorterEdits(out map[string][]uint32, s string) []uint32 {
	for n := utf8.RuneCountInString(s) - 1; n > 0; n-- {
		if e, ok := out[lastRunes(s, n)]; ok {
			return e
		}
	}
	return out[""]
}

const lemmaMagic = "RGLEMMA2\n"

// errBadLemmatizer is wrapped by the errors ReadLemmatizer returns for input that is
// not a lemmatizer written by WriteTo.
var errBadLemmatizer = errors.New("not a relgraph lemmatizer model")

// WriteTo writes the lemmatizer in a compact binary form (uncompressed; the caller may
// gzip it): uvarint counts and length-prefixed strings, every list sorted, so that equal
// lemmatizers give equal bytes.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(lemmaMagic)
	var buf [binary.MaxVarintLen64]byte
	num := func(x int) { b.Write(buf[:binary.PutUvarint(buf[:], uint64(x))]) }
	str := func(s string) { num(len(s)); b.WriteString(s) }
	casings := func(cs [numLemmaShapes]lemmaCase) {
		for _, c := range cs {
			b.WriteByte(byte(c))
		}
	}
	strMap := func(m map[string]string) {
		keys := sortedKeys(m)
		num(len(keys))
		for _, k := range keys {
			str(k)
			str(m[k])
		}
	}

	num(len(l.edits))
	for _, e := range l.edits {
		num(e.strip)
		str(e.add)
	}
	casings(l.casing)
	strMap(l.byXPOS)
	strMap(l.byUPOS)
	// The known lemmas front-coded: the length shared with the previous one, the rest,
	// the class bits and the cased form where there is one.
	known := sortedKeys(l.known)
	num(len(known))
	prev := ""
	for _, k := range known {
		shared := 0
		for shared < len(k) && shared < len(prev) && k[shared] == prev[shared] {
			shared++
		}
		num(shared)
		str(k[shared:])
		num(int(l.known[k]))
		for c := range lemmaClasses {
			if l.known[k]&(1<<c) == 0 {
				continue
			}
			if cased, ok := l.cased[lemmaKnown{1 << c, k}]; ok {
				str(cased)
			} else {
				str("")
			}
		}
		prev = k
	}
	tags := sortedKeys(l.tags)
	num(len(tags))
	for _, tag := range tags {
		t := l.tags[tag]
		str(tag)
		num(int(t.class))
		casings(t.casing)
		keys := sortedKeys(t.suffix)
		num(len(keys))
		for _, k := range keys {
			str(k)
			num(len(t.suffix[k]))
			for _, e := range t.suffix[k] {
				num(int(e))
			}
		}
		keys = sortedKeys(t.words)
		num(len(keys))
		for _, k := range keys {
			str(k)
			num(int(t.words[k]))
		}
		keys = sortedKeys(t.cased)
		num(len(keys))
		for _, k := range keys {
			str(k)
			b.WriteByte(byte(t.cased[k]))
		}
		strMap(t.literal)
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ReadLemmatizer reads a lemmatizer written by WriteTo. Input that is not one gives an
// error saying so.
func ReadLemmatizer(r io.Reader) (*Lemmatizer, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(lemmaMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != lemmaMagic {
		return nil, errBadLemmatizer
	}
	d := &lemmaDecoder{r: br}
	l := &Lemmatizer{known: map[string]uint32{}, cased: map[lemmaKnown]string{}}
	n := d.num(1 << 20)
	for range n {
		if d.err != nil {
			break
		}
		l.edits = append(l.edits, lemmaEdit{strip: d.num(1 << 16), add: d.str()})
	}
	if n == 0 {
		d.fail("no edits")
	}
	d.casings(&l.casing)
	l.byXPOS = d.strMap()
	l.byUPOS = d.strMap()
	n = d.num(1 << 24)
	prev := ""
	for range n {
		if d.err != nil {
			break
		}
		k := prev[:d.num(len(prev))] + d.str()
		classes := uint32(d.num(1<<len(lemmaClasses) - 1))
		l.known[k] = classes
		for c := range lemmaClasses {
			if classes&(1<<c) == 0 {
				continue
			}
			if cased := d.str(); cased != "" {
				l.cased[lemmaKnown{1 << c, k}] = cased
			}
		}
		prev = k
	}
	n = d.num(1 << 12)
	l.tags = make(map[string]*lemmaTagSet, n)
	for range n {
		if d.err != nil {
			break
		}
		tag := d.str()
		t := &lemmaTagSet{class: uint32(d.num(1<<len(lemmaClasses) - 1))}
		d.casings(&t.casing)
		m := d.num(1 << 24)
		t.suffix = make(map[string][]uint32, min(m, 1<<16))
		for range m {
			k := d.str()
			edits := make([]uint32, d.num(lemmaCandidates))
			for i := range edits {
				edits[i] = uint32(d.num(len(l.edits) - 1))
			}
			if len(edits) == 0 {
				d.fail(fmt.Sprintf("tag %s: ending %q has no edit", tag, k))
			}
			if d.err != nil {
				break
			}
			t.suffix[k] = edits
		}
		if _, ok := t.suffix[""]; !ok {
			d.fail("tag " + tag + " has no default edit")
		}
		m = d.num(1 << 24)
		t.words = make(map[string]uint32, min(m, 1<<16))
		for range m {
			if d.err != nil {
				break
			}
			k := d.str()
			t.words[k] = uint32(d.num(len(l.edits) - 1))
		}
		m = d.num(1 << 24)
		t.cased = make(map[string]lemmaCase, min(m, 1<<16))
		for range m {
			if d.err != nil {
				break
			}
			k := d.str()
			t.cased[k] = d.casing()
		}
		t.literal = d.strMap()
		l.tags[tag] = t
	}
	if d.err != nil {
		return nil, d.err
	}
	return l, nil
}

// lemmaDecoder reads the fields of a lemmatizer model, keeping the first error; after
// one every read gives a zero value.
type lemmaDecoder struct {
	r   *bufio.Reader
	err error
}

func (d *lemmaDecoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errBadLemmatizer, msg)
	}
}

// num reads a uvarint no greater than limit.
func (d *lemmaDecoder) num(limit int) int {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err.Error())
		return 0
	}
	if x > uint64(limit) {
		d.fail(fmt.Sprintf("number %d out of range", x))
		return 0
	}
	return int(x)
}

func (d *lemmaDecoder) str() string {
	n := d.num(1 << 16)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err.Error())
		return ""
	}
	return string(b)
}

func (d *lemmaDecoder) strMap() map[string]string {
	n := d.num(1 << 24)
	m := make(map[string]string, min(n, 1<<16))
	for range n {
		if d.err != nil {
			break
		}
		k := d.str()
		m[k] = d.str()
	}
	return m
}

func (d *lemmaDecoder) casing() lemmaCase {
	if d.err != nil {
		return 0
	}
	c, err := d.r.ReadByte()
	if err != nil {
		d.fail(err.Error())
		return 0
	}
	if lemmaCase(c) >= numLemmaCases {
		d.fail(fmt.Sprintf("casing %d out of range", c))
		return 0
	}
	return lemmaCase(c)
}

func (d *lemmaDecoder) casings(cs *[numLemmaShapes]lemmaCase) {
	for i := range cs {
		cs[i] = d.casing()
	}
}
