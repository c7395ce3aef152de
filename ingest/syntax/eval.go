package syntax

// Scores are the figures of a tagged and parsed treebank against its gold annotation,
// word by word over gold tokens, punctuation included (as the CoNLL 2018 shared task
// scores them; LAS compares full relations with subtypes).
type Scores struct {
	Words              int
	UPOS, XPOS, Lemmas float64 // accuracy
	UAS, LAS           float64 // attachment scores
}

// Score compares pred with gold sentence by sentence; both must have the same words.
func Score(gold, pred []*Sentence) Scores {
	var n, u, x, lm, ua, la int
	for k := range gold {
		g, p := gold[k].Words, pred[k].Words
		for i := range g {
			if i >= len(p) {
				break
			}
			n++
			if p[i].UPOS == g[i].UPOS {
				u++
			}
			if p[i].XPOS == g[i].XPOS {
				x++
			}
			if p[i].Lemma == g[i].Lemma {
				lm++
			}
			if p[i].Head == g[i].Head {
				ua++
				if p[i].DepRel == g[i].DepRel {
					la++
				}
			}
		}
	}
	f := func(a int) float64 {
		if n == 0 {
			return 0
		}
		return float64(a) / float64(n)
	}
	return Scores{Words: n, UPOS: f(u), XPOS: f(x), Lemmas: f(lm), UAS: f(ua), LAS: f(la)}
}

// Blank returns copies of sents that keep only each word's ID, FORM, offsets and
// spacing: the input a tagger and parser must fill.
func Blank(sents []*Sentence) []*Sentence {
	out := make([]*Sentence, len(sents))
	for k, s := range sents {
		c := *s
		c.Words = make([]Word, len(s.Words))
		for i, w := range s.Words {
			c.Words[i] = Word{ID: w.ID, Form: w.Form, Head: -1, Start: w.Start, End: w.End, SpaceAfter: w.SpaceAfter, Misc: w.Misc}
		}
		out[k] = &c
	}
	return out
}
