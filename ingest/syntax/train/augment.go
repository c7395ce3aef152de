package main

import (
	"bufio"
	"embed"
	"fmt"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/relgraph/relgraph/ingest/syntax"
)

// News-shaped training trees, derived from the treebank's own.
//
// EWT is web text: reviews, e-mail, forums, weblogs. Wire stories are written in shapes it
// has few of, and the parser trained on it alone fails on exactly the sentences events
// are read from: long titled names ("Pakistani Foreign Minister Ana Santos"), a relative
// clause and a date between a subject and its verb ("X, who hopes to visit ..., on
// Wednesday met Y"), coordinated titled subjects, and headline grammar (no articles, the
// present tense for a past act, "Putin, Macron discuss ..."). Each augmentation below
// rewrites a training tree into one of these shapes, keeping the treebank's analysis of
// every construction it adds (checked on the training split: a title is nmod:desc of the
// name, a nationality amod of the title, a possessive country nmod:poss of the name,
// "who" the nsubj of an acl:relcl whose commas attach to its verb, "on Tuesday" an obl
// and "yesterday" an obl:unmarked of the verb). The words come from small lists written
// for this (lexicon/), never from another corpus.

//go:embed lexicon/*.txt
var lexiconFS embed.FS

type lexicon struct {
	nationalities, countries, titles, given, surnames []string
	times                                             [][2]string
}

// loadLexicon reads the word lists; a bad line is reported by file and line.
func loadLexicon() (*lexicon, error) {
	read := func(name string, cols int) ([][]string, error) {
		f, err := lexiconFS.Open("lexicon/" + name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		var out [][]string
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			parts := []string{line}
			if cols > 1 {
				parts = strings.Split(line, "\t")
			}
			if len(parts) != cols {
				return nil, fmt.Errorf("lexicon/%s:%d: want %d tab-separated fields, got %d", name, n, cols, len(parts))
			}
			out = append(out, parts)
		}
		return out, sc.Err()
	}
	one := func(name string) ([]string, error) {
		rows, err := read(name, 1)
		var out []string
		for _, r := range rows {
			out = append(out, r[0])
		}
		return out, err
	}
	var lx lexicon
	var err error
	for _, l := range []struct {
		name string
		dst  *[]string
	}{{"nationalities.txt", &lx.nationalities}, {"countries.txt", &lx.countries}, {"titles.txt", &lx.titles},
		{"given_names.txt", &lx.given}, {"surnames.txt", &lx.surnames}} {
		if *l.dst, err = one(l.name); err != nil {
			return nil, err
		}
	}
	rows, err := read("times.txt", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.times = append(lx.times, [2]string{r[0], r[1]})
	}
	return &lx, nil
}

// node is a word of a tree being rewritten; head nil is the root.
type node struct {
	w    syntax.Word
	head *node
}

type tree []*node

func fromSentence(s *syntax.Sentence) tree {
	t := make(tree, len(s.Words))
	for i := range s.Words {
		t[i] = &node{w: s.Words[i]}
	}
	for i, w := range s.Words {
		if w.Head > 0 {
			t[i].head = t[w.Head-1]
		}
	}
	return t
}

func (t tree) sentence(id string) *syntax.Sentence {
	pos := map[*node]int{}
	for i, n := range t {
		pos[n] = i + 1
	}
	s := &syntax.Sentence{ID: id, Start: -1, End: -1}
	var forms []string
	for i, n := range t {
		w := n.w
		w.ID = i + 1
		w.Head = 0
		if n.head != nil {
			w.Head = pos[n.head]
		}
		w.Start, w.End, w.Misc, w.SpaceAfter = -1, -1, "_", true
		s.Words = append(s.Words, w)
		forms = append(forms, w.Form)
	}
	s.Text = strings.Join(forms, " ")
	return s
}

func (t tree) index(n *node) int {
	for i, m := range t {
		if m == n {
			return i
		}
	}
	return -1
}

func (t tree) children(n *node) []*node {
	var out []*node
	for _, m := range t {
		if m.head == n {
			out = append(out, m)
		}
	}
	return out
}

func (t tree) root() *node {
	for _, n := range t {
		if n.head == nil {
			return n
		}
	}
	return nil
}

func dominates(a, b *node) bool {
	for n := b; n != nil; n = n.head {
		if n == a {
			return true
		}
	}
	return false
}

// span returns the first and last index of n's subtree, and whether it is contiguous.
func (t tree) span(n *node) (lo, hi int, ok bool) {
	lo, hi, count := -1, -1, 0
	for i, m := range t {
		if dominates(n, m) {
			if lo < 0 {
				lo = i
			}
			hi = i
			count++
		}
	}
	return lo, hi, count == hi-lo+1
}

func (t tree) insert(at int, ns ...*node) tree {
	out := make(tree, 0, len(t)+len(ns))
	out = append(out, t[:at]...)
	out = append(out, ns...)
	return append(out, t[at:]...)
}

// remove drops leaves; a node with dependents is kept.
func (t tree) remove(drop func(*node) bool) tree {
	var out tree
	for _, n := range t {
		if drop(n) && len(t.children(n)) == 0 {
			continue
		}
		out = append(out, n)
	}
	return out
}

func word(form, lemma, upos, xpos, rel string, head *node) *node {
	return &node{w: syntax.Word{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Feats: "_", DepRel: rel}, head: head}
}

func (t tree) clone() tree {
	m := map[*node]*node{}
	out := make(tree, len(t))
	for i, n := range t {
		c := *n
		out[i] = &c
		m[n] = out[i]
	}
	for _, n := range out {
		if n.head != nil {
			n.head = m[n.head]
		}
	}
	return out
}

type augmenter struct {
	lx     *lexicon
	rng    *rand.Rand
	donors []tree // short clauses with a pronoun subject, for relative clauses
}

func (a *augmenter) pick(list []string) string { return list[a.rng.Intn(len(list))] }

// titlePrefix builds "[Nationality|Country 's] Title..." before the name headed by name:
// the last title word is nmod:desc of the name.
func (a *augmenter) titlePrefix(name *node) []*node {
	title := strings.Fields(a.pick(a.lx.titles))
	last := word(title[len(title)-1], title[len(title)-1], "PROPN", "NNP", "nmod:desc", name)
	var out []*node
	if a.rng.Intn(3) == 0 {
		country := strings.Fields(a.pick(a.lx.countries))
		head := word(country[len(country)-1], country[len(country)-1], "PROPN", "NNP", "nmod:poss", name)
		for _, c := range country[:len(country)-1] {
			out = append(out, word(c, c, "PROPN", "NNP", "compound", head))
		}
		out = append(out, head, word("'s", "'s", "PART", "POS", "case", head))
	} else {
		nat := strings.Fields(a.pick(a.lx.nationalities))
		first := word(nat[0], nat[0], "ADJ", "JJ", "amod", last)
		out = append(out, first)
		for _, c := range nat[1:] {
			out = append(out, word(c, c, "ADJ", "JJ", "flat", first))
		}
	}
	for _, w := range title[:len(title)-1] {
		switch w {
		case "Prime", "Foreign", "Vice", "Deputy":
			out = append(out, word(w, w, "ADJ", "JJ", "amod", last))
		default:
			out = append(out, word(w, w, "PROPN", "NNP", "compound", last))
		}
	}
	return append(out, last)
}

// person builds a titled synthetic person, its head (the given name) attached as rel to head.
func (a *augmenter) person(rel string, head *node) (words []*node, name *node) {
	given, sur := a.pick(a.lx.given), a.pick(a.lx.surnames)
	name = word(given, given, "PROPN", "NNP", rel, head)
	words = append(a.titlePrefix(name), name, word(sur, sur, "PROPN", "NNP", "flat", name))
	return words, name
}

var nameRels = map[string]bool{"nsubj": true, "obj": true, "nsubj:pass": true, "obl": true, "conj": true, "nmod": true, "iobj": true}

// titleName puts a title before a multiword name ("Ariel Sharon" -> "Israeli Prime
// Minister Ariel Sharon").
func (a *augmenter) titleName(t tree) tree {
	var cands []*node
	for _, n := range t {
		if n.w.UPOS != "PROPN" || !nameRels[n.w.DepRel] {
			continue
		}
		flat, bare := false, true
		for _, c := range t.children(n) {
			switch c.w.DepRel {
			case "flat":
				flat = flat || t.index(c) > t.index(n)
			case "nmod:desc", "amod", "det", "compound", "nmod:poss":
				bare = bare && t.index(c) > t.index(n)
			}
		}
		if flat && bare {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	n := cands[a.rng.Intn(len(cands))]
	return t.insert(t.index(n), a.titlePrefix(n)...)
}

// subject returns the root verb and its nominal subject before it, if the tree has them.
func subject(t tree) (verb, subj *node) {
	v := t.root()
	if v == nil || v.w.UPOS != "VERB" {
		return nil, nil
	}
	for _, c := range t.children(v) {
		if c.w.DepRel == "nsubj" && (c.w.UPOS == "PROPN" || c.w.UPOS == "NOUN") && t.index(c) < t.index(v) {
			if _, _, ok := t.span(c); ok {
				return v, c
			}
		}
	}
	return nil, nil
}

// coordinate adds "and <titled person>" to the subject, and makes the verb plural.
func (a *augmenter) coordinate(t tree) tree {
	v, s := subject(t)
	if v == nil {
		return nil
	}
	_, hi, _ := t.span(s)
	words, name := a.person("conj", s)
	cc := word("and", "and", "CCONJ", "CC", "cc", name)
	t = t.insert(hi+1, append([]*node{cc}, words...)...)
	plural(v)
	return t
}

func plural(v *node) {
	if v.w.XPOS != "VBZ" {
		return
	}
	switch v.w.Lemma {
	case "be":
		v.w.Form = "are"
	case "have":
		v.w.Form = "have"
	default:
		v.w.Form = v.w.Lemma
	}
	v.w.XPOS = "VBP"
}

// relClause puts ", who <clause>," after the subject, and often a date before the verb.
func (a *augmenter) relClause(t tree) tree {
	v, s := subject(t)
	if v == nil || len(a.donors) == 0 {
		return nil
	}
	_, hi, _ := t.span(s)
	d := a.donors[a.rng.Intn(len(a.donors))].clone()
	dv := d.root()
	for _, n := range d {
		if n.head == dv && n.w.DepRel == "nsubj" {
			n.w = syntax.Word{Form: "who", Lemma: "who", UPOS: "PRON", XPOS: "WP", Feats: "_", DepRel: "nsubj"}
		}
	}
	dv.head, dv.w.DepRel = s, "acl:relcl"
	clause := append(tree{word(",", ",", "PUNCT", ",", "punct", dv)}, d...)
	clause = append(clause, word(",", ",", "PUNCT", ",", "punct", dv))
	t = t.insert(hi+1, clause...)
	if a.rng.Intn(3) > 0 {
		t = a.dateBefore(t, v)
	}
	return t
}

// dateBefore puts a temporal modifier of the verb just before it.
func (a *augmenter) dateBefore(t tree, v *node) tree {
	tm := a.lx.times[a.rng.Intn(len(a.lx.times))]
	at := t.index(v)
	for at > 0 && (t[at-1].head == v && (t[at-1].w.DepRel == "aux" || t[at-1].w.DepRel == "advmod")) {
		at--
	}
	switch {
	case tm[0] != "-":
		head := word(tm[1], tm[1], "PROPN", "NNP", "obl", v)
		return t.insert(at, word(tm[0], tm[0], "ADP", "IN", "case", head), head)
	case tm[1] == "yesterday" || tm[1] == "today":
		return t.insert(at, word(tm[1], tm[1], "NOUN", "NN", "obl:unmarked", v))
	default:
		return t.insert(at, word(tm[1], tm[1], "PROPN", "NNP", "obl:unmarked", v))
	}
}

// headline drops articles and the final stop, puts a simple past into the present, and
// may join coordinated subjects with a comma.
func (a *augmenter) headline(t tree) tree {
	v, s := subject(t)
	if v == nil || len(t) > 22 {
		return nil
	}
	for _, c := range t.children(v) {
		if c.w.DepRel == "aux" || c.w.DepRel == "aux:pass" {
			return nil
		}
	}
	t = t.remove(func(n *node) bool {
		l := strings.ToLower(n.w.Form)
		return n.w.DepRel == "det" && (l == "the" || l == "a" || l == "an")
	})
	if last := t[len(t)-1]; last.w.UPOS == "PUNCT" && last.head == v && last.w.Form == "." {
		t = t[:len(t)-1]
	}
	coordinated := false
	for _, c := range t.children(s) {
		if c.w.DepRel == "conj" {
			coordinated = true
			for _, cc := range t.children(c) {
				if cc.w.DepRel == "cc" && cc.w.Form == "and" && a.rng.Intn(2) == 0 {
					cc.w = syntax.Word{Form: ",", Lemma: ",", UPOS: "PUNCT", XPOS: ",", Feats: "_", DepRel: "punct"}
				}
			}
		}
	}
	if v.w.XPOS == "VBD" && v.w.Lemma != "be" && v.w.Lemma != "have" && strings.ToLower(v.w.Lemma) == v.w.Lemma {
		if coordinated || s.w.XPOS == "NNS" || s.w.XPOS == "NNPS" {
			v.w.Form, v.w.XPOS = v.w.Lemma, "VBP"
		} else {
			v.w.Form, v.w.XPOS = thirdPerson(v.w.Lemma), "VBZ"
		}
	}
	if len(t) > 0 && t[0].w.UPOS != "PROPN" {
		f := t[0].w.Form
		r, size := utf8.DecodeRuneInString(f)
		t[0].w.Form = string(unicode.ToUpper(r)) + f[size:]
	}
	return t
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o"):
		return v + "es"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// isDonor: a short clause whose subject is a personal pronoun opening it, ending in a stop.
func isDonor(t tree) bool {
	if len(t) < 4 || len(t) > 14 {
		return false
	}
	v := t.root()
	if v == nil || v.w.UPOS != "VERB" || t[len(t)-1].w.Form != "." {
		return false
	}
	first := strings.ToLower(t[0].w.Form)
	if (first != "he" && first != "she" && first != "they") || t[0].head != v || t[0].w.DepRel != "nsubj" {
		return false
	}
	for _, n := range t {
		if n.w.UPOS == "PUNCT" && n != t[len(t)-1] || n.w.Form == "?" {
			return false
		}
	}
	return true
}

// augmentNews returns news-shaped rewrites of about frac of sents (each rewrite a new
// sentence; sents is not changed), deterministic for the seed.
func augmentNews(sents []*syntax.Sentence, frac float64, seed int64) ([]*syntax.Sentence, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	a := &augmenter{lx: lx, rng: rand.New(rand.NewSource(seed))}
	for _, s := range sents {
		if t := fromSentence(s); isDonor(t) {
			d := t[:len(t)-1] // without the stop
			a.donors = append(a.donors, d.clone())
		}
	}
	var out []*syntax.Sentence
	for k, s := range sents {
		if s.Validate() != nil || len(s.Words) == 0 || a.rng.Float64() >= frac {
			continue
		}
		t := fromSentence(s).clone()
		steps := []func(tree) tree{a.titleName, a.coordinate, a.relClause, a.headline}
		applied := 0
		// Each rewrite is tried on half of the chosen trees. (Reported-speech tails,
		// "..., the ministry said.", were tried too: EWT already teaches them, and the
		// rewrites cost 0.2-0.3 LAS on its dev split in two runs. So were clause shapes
		// for the wire sentences rooted on a noun (bench WireRoots): a phrase in commas
		// between subject and verb, a fronted phrase and comma, an opening quotation
		// mark, each with EWT's own phrases and comma attachments. On a third of the
		// chosen trees they took those sentences from 483 to 424 at dev LAS -0.0006, but
		// the extraction read worse off the new trees: wire-qa 0.89/0.77/0.62, last
		// contact 15/15 went to 0.87/0.72/0.55, 13/15, and PLOVER F1 0.643 to 0.639.
		// Appositions and quotation marks alone: 426, but dev LAS 0.8062, PLOVER 0.619.
		// And a bare day word straight after a verb or its object, as obl:unmarked ("met
		// Monday with X", "said Tuesday that", "urged Wednesday the United States to"), in
		// stop 28: those parses came right and dev LAS was 0.8127, but the extraction read
		// the retrained trees no better on the blind wire keys (typed, dev-a 0.64 to 0.60,
		// dev-c 0.36 to 0.33, unseen-d 0.48 and unseen-e 0.43 to 0.42) and worse on the
		// development key (dated 0.66 to 0.58): tree repairs already mend those shapes.)
		for _, step := range steps {
			if a.rng.Intn(2) == 0 {
				continue
			}
			if u := step(t); u != nil {
				t = u
				applied++
			}
		}
		if applied == 0 {
			continue
		}
		ns := t.sentence(fmt.Sprintf("news-%d", k))
		if ns.Validate() != nil {
			continue
		}
		out = append(out, ns)
	}
	return out, nil
}
