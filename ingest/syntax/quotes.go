package syntax

// Quotation marks inside a sentence mislead the tagger and the parser far more than their
// share of the training words suggests: in news they wrap a phrase anywhere ("put forth the
// "three-plus-one" formula", "called it an "act of terrorism""), and the models, which
// read them as features of the words around them, hang the rest of the sentence on them
// (the formula became the head of a relative clause "said"). annotateUnquoted reads the
// sentence without such marks and gives each pair back its place in the tree, on the head
// of the phrase it encloses, as UD attaches punctuation. The marks of quoted speech stay
// in view: they tell the parser where the speech ends and its speaker begins.

// quoteMark reports whether a word is a quotation mark: straight, curly, or the treebank's
// doubled backticks and apostrophes.
func quoteMark(form string) bool {
	switch form {
	case `"`, "“", "”", "„", "``", "''", "«", "»":
		return true
	}
	return false
}

// openingQuote tells an opening mark from a closing one by the marks themselves where
// they differ and by the spaces around a straight one: an opening mark is glued to the
// word after it, a closing mark to the word before it. open is the parity guess for a
// mark spaced on both sides or on neither.
func openingQuote(s *Sentence, i int, open bool) bool {
	switch s.Words[i].Form {
	case "“", "„", "``", "«":
		return true
	case "”", "''", "»":
		return false
	}
	gluedAfter := !s.Words[i].SpaceAfter && i+1 < len(s.Words)
	gluedBefore := i > 0 && !s.Words[i-1].SpaceAfter
	switch {
	case gluedAfter && !gluedBefore:
		return true
	case gluedBefore && !gluedAfter:
		return false
	}
	return open
}

// maxScareWords is the longest quoted phrase read as a phrase of the sentence ("the
// "three-plus-one" formula") rather than as quoted speech.
const maxScareWords = 8

// scareQuotes returns the indices of the quotation marks of s that wrap a phrase of the
// sentence: pairs inside the sentence (not opening it) around at most maxScareWords
// words with no clause punctuation. Quoted speech keeps its marks: the parser reads
// ""We will stay," said Kim" by them.
func scareQuotes(s *Sentence) []int {
	var out []int
	open, parity := -1, true
	for i := range s.Words {
		if !quoteMark(s.Words[i].Form) {
			continue
		}
		if openingQuote(s, i, parity) {
			open, parity = i, false
			continue
		}
		parity = true
		if open < 0 {
			continue
		}
		o := open
		open = -1
		if o == 0 || i-o-1 < 1 || i-o-1 > maxScareWords {
			continue
		}
		phrase := true
		for _, w := range s.Words[o+1 : i] {
			switch w.Form {
			case ",", ".", "?", "!", ";", ":", "...", "…":
				phrase = false
			}
		}
		if prev := s.Words[o-1].Form; prev == ":" || prev == "," {
			phrase = false // "said: "We will stay"", ", "now"" open speech
		}
		if phrase {
			out = append(out, o, i)
		}
	}
	return out
}

// annotateUnquoted tags, lemmatizes and parses s as AnnotateFixed does, with the scare
// quotes (see scareQuotes) left out of the models' view, and then hangs each pair on the
// head of the phrase it encloses. It reports false, doing nothing, when s has none.
func (p *Pipeline) annotateUnquoted(s *Sentence, fixed []string) bool {
	marks := scareQuotes(s)
	if len(marks) == 0 {
		return false
	}
	drop := make(map[int]bool, len(marks))
	for _, i := range marks {
		drop[i] = true
	}
	inner := &Sentence{Words: make([]Word, 0, len(s.Words)-len(marks))}
	var innerFixed []string
	if fixed != nil {
		innerFixed = make([]string, 0, cap(inner.Words))
	}
	keep := make([]int, 0, cap(inner.Words)) // inner word -> index in s
	for i, w := range s.Words {
		if drop[i] {
			continue
		}
		w.ID = len(inner.Words) + 1
		inner.Words = append(inner.Words, w)
		if fixed != nil {
			f := ""
			if i < len(fixed) {
				f = fixed[i] // fixed may be shorter than the sentence, as TagFixed allows
			}
			innerFixed = append(innerFixed, f)
		}
		keep = append(keep, i)
	}
	p.Tagger.TagFixed(inner, innerFixed)
	p.Lemmatizer.Lemmatize(inner)
	p.Parser.Parse(inner)
	for k, w := range inner.Words {
		i := keep[k]
		if w.Head > 0 {
			w.Head = keep[w.Head-1] + 1
		}
		w.ID = i + 1
		s.Words[i] = w
	}
	for k := 0; k+1 < len(marks); k += 2 {
		o, c := marks[k], marks[k+1]
		h := spanHead(s, o+1, c)
		if h < 0 {
			h = o + 1
		}
		for _, m := range []int{o, c} {
			w := &s.Words[m]
			w.UPOS, w.Lemma, w.Feats, w.DepRel, w.Head = "PUNCT", w.Form, "_", "punct", h+1
			w.XPOS = "''"
		}
		s.Words[o].XPOS = "``"
	}
	return true
}

// spanHead returns the index of the word of s[from:to] (quotation marks left out) whose
// head lies outside the span, the first such when there are several, or -1 when none.
func spanHead(s *Sentence, from, to int) int {
	for i := from; i < to; i++ {
		w := s.Words[i]
		if quoteMark(w.Form) || w.Head < 0 {
			continue
		}
		if h := w.Head - 1; h < from || h >= to {
			return i
		}
	}
	return -1
}
