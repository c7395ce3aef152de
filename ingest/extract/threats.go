package extract

// Conditional threats. A speaker who says that something harmful will follow if another
// party acts, or fails to, threatens that party, whatever the verbs: "relations will
// deteriorate if Denmark continues with its motion," Shen said; Larijani warned that Iran
// will resort to other means if the EU wastes the opportunity; Miller said supplies could
// be cut if Kiev did not agree. PLOVER codes these THREATEN, from the speaker to the
// party the condition names; no trigger verb of the lexicon need be present.

// threat is one conditional threat read off a tree: word indexes of the speech verb, the
// main clause's predicate and the condition's, and the mentions of both sides.
type threat struct {
	speech, main, cond int
	src, tgt           []int
}

// modalAux are the auxiliaries of a consequence that has not happened yet.
var modalAux = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true, "'ll": true, "ll": true, "wo": true}

// conditionalThreats finds the conditional threats of a sentence: an "if" or "unless"
// clause with a modal main clause that holds a consequence word, inside what a speaker
// says; the target is the named subject of the condition.
func (d *doc) conditionalThreats(t *tree) []threat {
	var out []threat
	for c := range t.w {
		if t.kidLemma(c, "mark", "if", "unless") < 0 {
			continue
		}
		// The main clause governs the condition; a condition said first is often read as
		// the head, with the main clause hung on it ("If X does not listen, this will ...").
		v := -1
		if h := t.w[c].head; t.rel(c, "advcl") && h >= 0 && t.modal(h) && d.consequence(t, h, c) {
			v = h
		} else if h >= 0 && t.rel(c, "advcl") && t.speech[t.w[h].lemma] {
			// "announced that it will withdraw ... unless X", the condition hung on the
			// speech verb: the main clause is what was announced.
			for _, k := range t.w[h].kids {
				if t.rel(k, "ccomp") && t.modal(k) && d.consequence(t, k, c) {
					v = k
					break
				}
			}
		} else {
			for _, k := range t.w[c].kids {
				if t.rel(k, "parataxis") && k > c && t.modal(k) && d.consequence(t, k, c) {
					v = k
					break
				}
			}
		}
		if v < 0 {
			continue
		}
		sp := t.speechHead(v)
		if sp < 0 {
			continue
		}
		src := d.speaker(t, v)
		var tgt []int
		heads, passive, agent := d.subject(t, c, 0)
		if passive {
			heads = agent
		}
		for _, h := range heads {
			for _, mi := range d.phrase(t, h) {
				if d.ms[mi].actorLike() {
					tgt = append(tgt, mi)
				}
			}
		}
		src, tgt = dedupeRoles(d, src, tgt)
		if len(src) == 0 || len(tgt) == 0 {
			continue
		}
		out = append(out, threat{speech: sp, main: v, cond: c, src: src, tgt: tgt})
	}
	return out
}

// modal reports whether predicate v, or the one it is coordinated with, has a modal or
// future auxiliary: "will deteriorate", "could be cut", "and will affect".
func (t *tree) modal(v int) bool {
	for n := 0; v >= 0 && n < 3; n++ {
		for _, k := range t.w[v].kids {
			if t.rel(k, "aux") && modalAux[t.w[k].lower] {
				return true
			}
		}
		if !t.rel(v, "conj") {
			return false
		}
		v = t.w[v].head
	}
	return false
}

// consequence reports whether the main clause v (without its condition c) holds a
// consequence word: its predicate, or a word it governs within two steps ("will resort to
// other means", "there would be consequences").
func (d *doc) consequence(t *tree, v, c int) bool {
	lx := d.x.frames
	if lx.consequence[t.w[v].lemma] {
		return true
	}
	for _, k := range t.w[v].kids {
		if k == c || ownClauses[t.w[k].rel] && !t.rel(k, "conj") {
			continue
		}
		if lx.consequence[t.w[k].lemma] {
			return true
		}
		for _, g := range t.w[k].kids {
			if lx.consequence[t.w[g].lemma] && !ownClauses[t.w[g].rel] {
				return true
			}
		}
	}
	return false
}
