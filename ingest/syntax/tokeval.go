package syntax

import "strings"

// TokenScore compares a tokenization of a text with a gold one the way the CoNLL 2018
// shared task's evaluation script does: tokens, words and sentences are matched by their
// character spans in the text, and each figure is an F1 from 0 to 1.
type TokenScore struct {
	Tokens    float64 // surface tokens; a multiword token ("don't") counts once
	Words     float64 // syntactic words; the parts of a multiword token count one each
	Sentences float64

	GoldTokens, PredTokens       int
	GoldWords, PredWords         int
	GoldSentences, PredSentences int
	Unplaced                     int // gold tokens whose form was not found in the text
}

// ScoreTokenization scores pred, the sentences a tokenizer made of text, against gold.
// A word matches when its span matches; the parts of a multiword token take the whole
// token's span and match by span and form (case aside). A sentence matches when the span
// from its first token to its last does.
//
// Words with no span (Start -1, as read from CoNLL-U without TokenRange) are placed by
// finding their forms in text in order, skipping white space, so that a treebank can be
// scored against its raw text (RawText). A gold token that is not found there counts as
// missed and in Unplaced; the search goes on after it.
func ScoreTokenization(gold []*Sentence, text string, pred []*Sentence) TokenScore {
	g := tokenizationUnits(gold, text)
	p := tokenizationUnits(pred, text)
	return TokenScore{
		Tokens:        tokF1(matchSpans(g.tokens, p.tokens), len(g.tokens), len(p.tokens)),
		Words:         tokF1(matchSpans(g.words, p.words), len(g.words), len(p.words)),
		Sentences:     tokF1(matchSpans(g.sentences, p.sentences), len(g.sentences), len(p.sentences)),
		GoldTokens:    len(g.tokens),
		PredTokens:    len(p.tokens),
		GoldWords:     len(g.words),
		PredWords:     len(p.words),
		GoldSentences: len(g.sentences),
		PredSentences: len(p.sentences),
		Unplaced:      g.unplaced,
	}
}

// RawText rebuilds the text of treebank sentences the way UD's raw text files are made:
// the texts of the sentences of a paragraph joined by a space, paragraphs (begun by a
// "# newpar" or "# newdoc" comment) separated by a blank line.
func RawText(sents []*Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			sep := " "
			for _, c := range s.Comments {
				if strings.HasPrefix(c, "newpar") || strings.HasPrefix(c, "newdoc") {
					sep = "\n\n"
				}
			}
			b.WriteString(sep)
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// tokEvalSpan is a scored unit: a span and, for the words of a multiword token, a form.
type tokEvalSpan struct {
	start, end int
	form       string
}

type tokEvalUnits struct {
	tokens, words, sentences []tokEvalSpan
	unplaced                 int
}

// tokenizationUnits lists the tokens, words and sentences of sents with their spans.
func tokenizationUnits(sents []*Sentence, text string) tokEvalUnits {
	var u tokEvalUnits
	at := 0 // where to look for the next word with no span
	place := func(form string, start, end int) (int, int) {
		if start >= 0 && end >= start && end <= len(text) {
			at = end
			return start, end
		}
		for at < len(text) {
			r, n := tokRune(text, at)
			if !isTokSpace(r) {
				break
			}
			at += n
		}
		k := 0
		if !strings.HasPrefix(text[at:], form) {
			// Look a little further on, past text the gold left out.
			window := text[at:min(len(text), at+len(form)+64)]
			if k = strings.Index(window, form); k < 0 || form == "" {
				u.unplaced++
				return -1, -1 // matches nothing
			}
		}
		at += k + len(form)
		return at - len(form), at
	}
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		sentStart, sentEnd := -1, -1
		mw := 0
		for i := 0; i < len(s.Words); i++ {
			w := &s.Words[i]
			for mw < len(s.Multiwords) && s.Multiwords[mw].Last < w.ID {
				mw++
			}
			var start, end int
			if mw < len(s.Multiwords) && s.Multiwords[mw].First == w.ID && s.Multiwords[mw].Last <= len(s.Words) {
				m := s.Multiwords[mw]
				ms, me := m.Start, m.End
				if ms < 0 && w.Start >= 0 { // a multiword token without its own span
					ms, me = w.Start, s.Words[m.Last-1].End
				}
				start, end = place(m.Form, ms, me)
				for j := m.First; j <= m.Last; j++ {
					u.words = append(u.words, tokEvalSpan{start, end, strings.ToLower(s.Words[j-1].Form)})
				}
				i = m.Last - 1
			} else {
				start, end = place(w.Form, w.Start, w.End)
				u.words = append(u.words, tokEvalSpan{start: start, end: end})
			}
			u.tokens = append(u.tokens, tokEvalSpan{start: start, end: end})
			if sentStart < 0 {
				sentStart = start
			}
			if end >= 0 {
				sentEnd = end
			}
		}
		u.sentences = append(u.sentences, tokEvalSpan{start: sentStart, end: sentEnd})
	}
	return u
}

// matchSpans counts the units of pred that match a unit of gold, each gold unit once.
// Units without a span match nothing.
func matchSpans(gold, pred []tokEvalSpan) int {
	left := make(map[tokEvalSpan]int, len(gold))
	for _, g := range gold {
		if g.start >= 0 {
			left[g]++
		}
	}
	n := 0
	for _, p := range pred {
		if left[p] > 0 {
			left[p]--
			n++
		}
	}
	return n
}

func tokF1(correct, gold, pred int) float64 {
	if gold+pred == 0 {
		return 1
	}
	return 2 * float64(correct) / float64(gold+pred)
}
