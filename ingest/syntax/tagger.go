package syntax

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tagger assigns every word its UPOS and XPOS tags, predicted jointly as one tag
// ("PROPN/NNP") by averaged perceptrons in two left-to-right passes: the first reads the
// word, its affixes and shape, its neighbours and the tags given to the two words before
// it; the second reads the same and the first pass's tags of the words after it.
type Tagger struct {
	tags   []string // "UPOS/XPOS"
	first  *linearModel
	second *linearModel
}

// tagWord is what the tagger's features read of one word, hashed once per sentence.
type tagWord struct {
	lower, form, shape uint64
	suf                [4]uint64
	pre                [3]uint64
	flags              uint64
}

const (
	flagUpper = 1 << iota
	flagTitle
	flagDigit
	flagHyphen
	flagFirst
	flagAllUpper
	flagPunct
)

// wordShape maps letters to X or x and digits to d, keeps other characters, keeps runs of
// one class to two, and stops past 12 bytes: "Putin" -> "Xxx", "1,283" -> "d,dd".
func wordShape(s string) string {
	var buf [16]byte
	b := buf[:0]
	var last rune
	n := 0
	for _, r := range s {
		c := r
		switch {
		case 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
		case 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLower(r):
			c = 'x'
		case '0' <= r && r <= '9', r >= utf8.RuneSelf && unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			n++
			if n >= 2 {
				continue
			}
		} else {
			n = 0
		}
		last = c
		b = utf8.AppendRune(b, c)
		if len(b) > 12 {
			break
		}
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func newTagWord(form string, first bool) tagWord {
	lower := strings.ToLower(form)
	tw := tagWord{lower: fnv64(lower), form: fnv64(form), shape: fnv64(wordShape(form))}
	if isASCII(lower) {
		for k := 1; k <= 4; k++ {
			if len(lower) > k {
				tw.suf[k-1] = fnv64(lower[len(lower)-k:])
			}
		}
		for k := 1; k <= 3; k++ {
			if len(lower) > k {
				tw.pre[k-1] = fnv64(lower[:k])
			}
		}
	} else {
		rs := []rune(lower)
		for k := 1; k <= 4; k++ {
			if len(rs) > k {
				tw.suf[k-1] = fnv64(string(rs[len(rs)-k:]))
			}
		}
		for k := 1; k <= 3; k++ {
			if len(rs) > k {
				tw.pre[k-1] = fnv64(string(rs[:k]))
			}
		}
	}
	r0, _ := utf8.DecodeRuneInString(form)
	upper, lowerSeen, letters := 0, false, 0
	for _, r := range form {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLower(r):
			lowerSeen = true
			letters++
		case unicode.IsDigit(r):
			tw.flags |= flagDigit
		case r == '-':
			tw.flags |= flagHyphen
		}
	}
	if unicode.IsUpper(r0) {
		tw.flags |= flagTitle
	}
	if upper > 0 {
		tw.flags |= flagUpper
	}
	if letters > 1 && !lowerSeen && upper == letters {
		tw.flags |= flagAllUpper
	}
	if letters == 0 && tw.flags&flagDigit == 0 {
		tw.flags |= flagPunct
	}
	if first {
		tw.flags |= flagFirst
	}
	return tw
}

var (
	tagStart  = fnv64("<s>")
	tagStart2 = fnv64("<s2>")
	tagEnd    = fnv64("</s>")
	tagEnd2   = fnv64("</s2>")
)

// tagFeatures appends the features of word i given the tags (class ids +1, 0 = start)
// of the two words before it.
//
// right, when not nil, holds a first pass's tags (class ids +1) for every word: the
// second pass reads the tags to the right of i from it.
func tagFeatures(out []uint64, ws []tagWord, i int, p1, p2 uint64, right []uint64) []uint64 {
	w := &ws[i]
	word := func(j int) *tagWord {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lo := func(j int) uint64 {
		if x := word(j); x != nil {
			return x.lower
		}
		if j < 0 {
			if j == -1 {
				return tagStart
			}
			return tagStart2
		}
		if j == len(ws) {
			return tagEnd
		}
		return tagEnd2
	}
	suf3 := func(j int) uint64 {
		if x := word(j); x != nil {
			return x.suf[2] ^ x.suf[1]<<1
		}
		return lo(j)
	}
	shape := func(j int) uint64 {
		if x := word(j); x != nil {
			return x.shape
		}
		return lo(j)
	}
	out = append(out,
		fhash(0, 0, 0, 0),
		fhash(1, w.lower, 0, 0),
		fhash(2, w.form, w.flags&flagFirst, 0),
		fhash(3, w.suf[0], 0, 0),
		fhash(4, w.suf[1], 0, 0),
		fhash(5, w.suf[2], 0, 0),
		fhash(6, w.suf[3], 0, 0),
		fhash(7, w.pre[0], 0, 0),
		fhash(8, w.pre[1], 0, 0),
		fhash(9, w.pre[2], 0, 0),
		fhash(10, w.shape, 0, 0),
		fhash(11, lo(i-1), 0, 0),
		fhash(12, lo(i-2), 0, 0),
		fhash(13, lo(i+1), 0, 0),
		fhash(14, lo(i+2), 0, 0),
		fhash(15, p1, 0, 0),
		fhash(16, p1, p2, 0),
		fhash(17, p1, w.lower, 0),
		fhash(18, suf3(i-1), 0, 0),
		fhash(19, suf3(i+1), 0, 0),
		fhash(20, shape(i+1), 0, 0),
		fhash(21, shape(i-1), 0, 0),
		fhash(22, w.lower, lo(i+1), 0),
		fhash(23, lo(i-1), w.lower, 0),
		fhash(24, p1, lo(i+1), 0),
		fhash(25, w.flags, 0, 0),
		fhash(26, w.suf[2], p1, 0),
		fhash(27, w.shape, p1, 0),
		fhash(28, lo(i-1), lo(i+1), 0),
		fhash(29, w.suf[1], lo(i+1), 0),
	)
	if right != nil {
		r1, r2 := tagEnd, tagEnd2
		if i+1 < len(right) {
			r1 = right[i+1]
		}
		if i+2 < len(right) {
			r2 = right[i+2]
		}
		out = append(out,
			fhash(40, r1, 0, 0),
			fhash(41, r1, r2, 0),
			fhash(42, p1, r1, 0),
			fhash(43, w.lower, r1, 0),
			fhash(44, w.suf[2], r1, 0),
			fhash(45, right[i], 0, 0),
			fhash(46, right[i], w.lower, 0),
			fhash(47, w.shape, r1, 0),
		)
	}
	return out
}

func tagWords(s *Sentence) []tagWord {
	ws := make([]tagWord, len(s.Words))
	for i := range s.Words {
		ws[i] = newTagWord(s.Words[i].Form, i == 0)
	}
	return ws
}

// Tag sets UPOS and XPOS on every word of s.
func (t *Tagger) Tag(s *Sentence) { t.TagFixed(s, nil) }

// TagFixed is Tag with some words' tags known beforehand: fixed[i], when not "", is word
// i's joint tag "UPOS/XPOS" ("PROPN/NNP" for a word of a recognized name). The known tags
// stay, and the words around them are tagged with them as context. A fixed tag the model
// does not know is ignored; fixed may be nil or shorter than s.Words.
func (t *Tagger) TagFixed(s *Sentence, fixed []string) {
	var known []int
	for i, f := range fixed {
		if f == "" || i >= len(s.Words) {
			continue
		}
		for c, tag := range t.tags {
			if tag == f {
				if known == nil {
					known = make([]int, len(s.Words))
					for k := range known {
						known[k] = -1
					}
				}
				known[i] = c
				break
			}
		}
	}
	ws := tagWords(s)
	pass := t.pass(t.first, ws, nil, known)
	if t.second != nil {
		right := make([]uint64, len(pass))
		for i, c := range pass {
			right[i] = uint64(c + 1)
		}
		pass = t.pass(t.second, ws, right, known)
	}
	for i, c := range pass {
		s.Words[i].UPOS, s.Words[i].XPOS, _ = strings.Cut(t.tags[c], "/")
	}
}

// pass tags ws left to right with model m; known, when not nil, holds the class of each
// word whose tag is fixed (-1 for the others).
func (t *Tagger) pass(m *linearModel, ws []tagWord, right []uint64, known []int) []int {
	out := make([]int, len(ws))
	scores := make([]int32, len(t.tags))
	feats := make([]uint64, 0, 48)
	p1, p2 := uint64(0), uint64(0)
	for i := range ws {
		if known != nil && known[i] >= 0 {
			out[i] = known[i]
			p2, p1 = p1, uint64(known[i]+1)
			continue
		}
		feats = tagFeatures(feats[:0], ws, i, p1, p2, right)
		m.score(feats, scores)
		best := argmax(scores)
		out[i] = best
		p2, p1 = p1, uint64(best+1)
	}
	return out
}

// argmax returns the index of the largest score, the first on a tie.
func argmax[T int32 | float32](s []T) int {
	best := 0
	if len(s) == 0 {
		return best
	}
	top := s[0]
	for i, v := range s {
		if v > top {
			best, top = i, v
		}
	}
	return best
}

// jointTag is the tagger's class of a word: "UPOS/XPOS".
func jointTag(w *Word) string { return w.UPOS + "/" + w.XPOS }

// TrainOptions say how a model is trained.
type TrainOptions struct {
	Epochs int   // passes over the training sentences
	Seed   int64 // shuffles the sentences each epoch
	Folds  int   // jackknife folds (the tagger's second pass and the parser's tags); < 2 means 5
	Log    io.Writer
}

func (o TrainOptions) folds() int {
	if o.Folds < 2 {
		return 5
	}
	return o.Folds
}

func (o TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format, args...)
	}
}

// tagClasses lists the joint tags of sents, most frequent first, and their class ids.
func tagClasses(sents []*Sentence) ([]string, map[string]int) {
	return byFrequency(sents, jointTag, 255)
}

// byFrequency lists the values key gives the words of sents, most frequent first (ties
// in byte order, so training is deterministic), at most limit of them, and their ids.
func byFrequency(sents []*Sentence, key func(*Word) string, limit int) ([]string, map[string]int) {
	counts := map[string]int{}
	for _, s := range sents {
		for i := range s.Words {
			counts[key(&s.Words[i])]++
		}
	}
	vals := make([]string, 0, len(counts))
	for v := range counts {
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool {
		if counts[vals[i]] != counts[vals[j]] {
			return counts[vals[i]] > counts[vals[j]]
		}
		return vals[i] < vals[j]
	})
	if len(vals) > limit {
		vals = vals[:limit]
	}
	id := make(map[string]int, len(vals))
	for i, v := range vals {
		id[v] = i
	}
	return vals, id
}

// taggerData is a training sentence as the tagger sees it.
type taggerData struct {
	ws   []tagWord
	gold []int
}

// TrainTagger trains a tagger on sentences with gold UPOS and XPOS. It also returns the
// jackknifed tags of the training sentences: jackknifed[k][i] is the "UPOS/XPOS" tag of
// word i of sentence k given by a tagger that was not trained on sentence k, which is
// what a parser must be trained on to meet the tagger's errors in training as it will
// at run time.
//
// The first pass is jackknifed over opt.Folds folds, the second pass is trained on the
// first pass's jackknifed tags, and jackknifed the same way: 2*Folds+2 trainings.
func TrainTagger(sents []*Sentence, opt TrainOptions) (*Tagger, [][]string) {
	tags, class := tagClasses(sents)
	if len(sents) == 0 {
		return &Tagger{tags: tags}, nil
	}
	data := make([]taggerData, len(sents))
	for k, s := range sents {
		g := make([]int, len(s.Words))
		for i := range s.Words {
			g[i] = class[jointTag(&s.Words[i])] // an unseen rare tag falls to class 0
		}
		data[k] = taggerData{tagWords(s), g}
	}
	t := &Tagger{tags: tags}
	folds := opt.folds()
	fold := func(k int) int { return k % folds }

	// jackknife trains one model per fold on the other folds and tags the fold with it.
	jackknife := func(name string, right [][]uint64) [][]int {
		out := make([][]int, len(data))
		parallel(folds, func(f int) {
			var idx []int
			for k := range data {
				if fold(k) != f {
					idx = append(idx, k)
				}
			}
			m := trainTaggerPass(data, idx, right, len(tags), opt, fmt.Sprintf("%s fold %d", name, f+1))
			for k := range data {
				if fold(k) == f {
					var r []uint64
					if right != nil {
						r = right[k]
					}
					out[k] = t.pass(m, data[k].ws, r, nil)
				}
			}
		})
		return out
	}
	toRight := func(p [][]int) [][]uint64 {
		out := make([][]uint64, len(p))
		for k, tags := range p {
			out[k] = make([]uint64, len(tags))
			for i, c := range tags {
				out[k][i] = uint64(c + 1)
			}
		}
		return out
	}
	all := make([]int, len(data))
	for k := range all {
		all[k] = k
	}
	var first [][]int
	var second [][]int
	parallel(2, func(j int) {
		if j == 0 {
			t.first = trainTaggerPass(data, all, nil, len(tags), opt, "tagger pass 1")
		} else {
			first = jackknife("tagger pass 1", nil)
		}
	})
	right := toRight(first)
	parallel(2, func(j int) {
		if j == 0 {
			t.second = trainTaggerPass(data, all, right, len(tags), opt, "tagger pass 2")
		} else {
			second = jackknife("tagger pass 2", right)
		}
	})
	jack := make([][]string, len(data))
	for k, p := range second {
		jack[k] = make([]string, len(p))
		for i, c := range p {
			jack[k][i] = tags[c]
		}
	}
	return t, jack
}

// trainTaggerPass trains one pass on the sentences idx of data.
func trainTaggerPass(data []taggerData, idx []int, right [][]uint64, nTags int, opt TrainOptions, name string) *linearModel {
	p := newAveragedPerceptron(nTags)
	rng := rand.New(rand.NewSource(opt.Seed))
	order := append([]int(nil), idx...)
	scores := make([]float32, nTags)
	feats := make([]uint64, 0, 48)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right1, total := 0, 0
		for _, k := range order {
			d := &data[k]
			var r []uint64
			if right != nil {
				r = right[k]
			}
			p1, p2 := uint64(0), uint64(0)
			for i := range d.ws {
				feats = tagFeatures(feats[:0], d.ws, i, p1, p2, r)
				clear(scores)
				p.score(feats, scores)
				guess := argmax(scores)
				p.tick()
				p.update(feats, d.gold[i], guess)
				if guess == d.gold[i] {
					right1++
				}
				total++
				p2, p1 = p1, uint64(guess+1)
			}
		}
		opt.logf("%s epoch %d: train accuracy %.4f, %d features\n", name, ep+1, float64(right1)/float64(total), len(p.rows))
	}
	return p.average(0.5)
}

// parallel runs f(0..n-1) on at most two goroutines at a time (the machine this is
// trained on has two cores) and waits for them.
func parallel(n int, f func(int)) {
	sem := make(chan struct{}, 2)
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(i int) {
			sem <- struct{}{}
			f(i)
			<-sem
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
}

const taggerMagic = "RGTAG1\n"

// WriteTo writes the tagger in its binary form (uncompressed; the caller may gzip it).
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	fmt.Fprintf(bw, "%s%d\n%s\n", taggerMagic, len(t.tags), strings.Join(t.tags, "\n"))
	if err := t.first.writeTo(bw); err != nil {
		return cw.n, err
	}
	if err := t.second.writeTo(bw); err != nil {
		return cw.n, err
	}
	err := bw.Flush()
	return cw.n, err
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic := make([]byte, len(taggerMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != taggerMagic {
		return nil, fmt.Errorf("not a relgraph tagger model")
	}
	tags, err := readClassNames(br, 255)
	if err != nil {
		return nil, fmt.Errorf("tagger model: tags: %w", err)
	}
	t := &Tagger{tags: tags}
	n := len(tags)
	for _, mp := range []**linearModel{&t.first, &t.second} {
		m, err := readLinearModel(br)
		if err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
		if m.nClasses != n {
			return nil, fmt.Errorf("tagger model: %d classes for %d tags", m.nClasses, n)
		}
		*mp = m
	}
	return t, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
