package extract

import "strings"

// personNames indexes the full-name person mentions of one document (two words or more),
// so that a shorter mention links to the right one: "Castro" to the Castro named last,
// "George Bush" to "George W. Bush", and "Laura Bush" or "Raul Castro" to nobody else.
type personNames struct {
	order     []int          // mention indices of full names, in text order
	full      map[int]string // mention index -> the full name it stands for
	bySurname map[string][]int
	byOther   map[string][]int // first and middle words ("Xi" of "Xi Jinping"), strong names only
}

// fullNames builds the index from d.ms, whose types must be final.
func (d *doc) fullNames() personNames {
	p := personNames{full: map[int]string{}, bySurname: map[string][]int{}, byOther: map[string][]int{}}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.Type != "person" || m.To-m.From < 2 {
			continue
		}
		p.order = append(p.order, k)
		if w := d.toks[m.To-1]; (w.Cap || surnameKey(w.text(d.text)) != w.text(d.text)) && len(w.text(d.text)) >= 2 {
			p.bySurname[surnameKey(w.text(d.text))] = append(p.bySurname[surnameKey(w.text(d.text))], k)
		}
		if m.ev < evStrong {
			// A name of two words read from context alone ("spokesman Shen Guofang"): its
			// first word may be the family name, as in Chinese and Korean names.
			if w := d.toks[m.From]; m.To-m.From == 2 && w.Cap && len(w.text(d.text)) >= 2 && !givenNames[w.text(d.text)] {
				p.byOther[w.text(d.text)] = append(p.byOther[w.text(d.text)], k)
			}
			continue
		}
		for i := m.From; i < m.To-1; i++ {
			w := d.toks[i].text(d.text)
			if !d.toks[i].Cap || len(w) < 2 || givenNames[w] && len(w) > 2 && !(m.To-m.From == 2 && hyphenatedGiven(d.toks[m.From+1].text(d.text))) {
				continue // "Lee" of "Lee Teng-hui" is his family name, and "Lee" names him
			}
			p.byOther[w] = append(p.byOther[w], k)
		}
	}
	for _, k := range p.order {
		m := &d.ms[k]
		best := m.Text
		for _, c := range p.bySurname[surnameKey(d.toks[m.To-1].text(d.text))] {
			if cm := &d.ms[c]; len(cm.Text) > len(best) && d.sameGivenNames(m, cm) {
				best = cm.Text
			}
		}
		p.full[k] = best
	}
	return p
}

// hyphenatedGiven reports a Chinese or Korean given name written with a hyphen after the
// family name ("Teng-hui", "Dae-jung", "Jae-in"): a capital, letters, a hyphen and lower-case
// letters.
func hyphenatedGiven(w string) bool {
	k := strings.IndexByte(w, '-')
	if k < 2 || k == len(w)-1 || !isUpperByte(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; i != k && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// forWord returns the full name a one-word mention k stands for, among the full names
// with that surname (else that first or middle word): one named before it whose title
// agrees with the mention's ("President Castro" after "President Raul Castro"), else the
// first named before it (the article's main person of that name: "Bush" after "George W.
// Bush and his wife Laura Bush"), else the first named after it.
func (p personNames) forWord(d *doc, k int) (string, bool) {
	m := &d.ms[k]
	// Surname and first-word matches together, in text order: "Mobutu" is "Mobutu Sese
	// Seko", named first, and not his son "Nzanga Mobutu", named later.
	cands := mergeSorted(p.bySurname[surnameKey(m.Text)], p.byOther[m.Text])
	if len(cands) == 0 {
		return "", false
	}
	pick := cands[0]
	if m.title() != "" {
		for _, c := range cands {
			if cm := &d.ms[c]; cm.Start < m.Start && cm.title() != "" && lastWord(cm.title()) == lastWord(m.title()) {
				return p.full[c], true
			}
		}
	}
	return p.full[pick], true
}

// sameGivenNames reports whether every word of the shorter name a is also in the longer
// name b, an initial matching a word's first letter: "George Bush" and "George W. Bush",
// "G. Bush" and "George Bush" agree; "Laura Bush" and "George W. Bush" do not. An Arabic
// article agrees whatever its case ("Al-Bashir" and "Omar Hassan al-Bashir").
func (d *doc) sameGivenNames(a, b *mention) bool {
	for i := a.From; i < a.To; i++ {
		w := d.toks[i].text(d.text)
		if w == "." || w == "-" {
			continue
		}
		found := false
		for j := b.From; j < b.To && !found; j++ {
			v := d.toks[j].text(d.text)
			found = v == w || len(w) == 1 && len(v) > 1 && v[0] == w[0] || strings.EqualFold(v, w) && arabicArticle(w)
		}
		if !found {
			return false
		}
	}
	return true
}

// hasWord reports whether w is a word of some full person name of the document.
func (p personNames) hasWord(w string) bool {
	return len(p.bySurname[surnameKey(w)]) > 0 || len(p.byOther[w]) > 0
}

// mergeSorted merges two ascending lists of mention indexes, without repeats.
func mergeSorted(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// surnameKey is a surname as the index keeps it: without an Arabic article, which is
// written with or without a capital and a hyphen ("al-Bashir", "Al-Bashir" and "Bashir"
// name one man).
func surnameKey(w string) string {
	if len(w) > 3 && w[2] == '-' && arabicArticle(w[:2]) {
		return w[3:]
	}
	return w
}

// arabicArticle reports "al" or "el", in either case.
func arabicArticle(w string) bool {
	switch w {
	case "al", "Al", "el", "El":
		return true
	}
	return false
}

// orgEnds maps the last word of each organization named in several words to that name,
// when one organization alone ends so and the word is not a generic one ("Council",
// "Party"): "Jihad" -> "Islamic Jihad".
func (d *doc) orgEnds() map[string]string {
	out := map[string]string{}
	seen := map[string]bool{}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.Type != "organization" || m.To-m.From < 2 || m.ID != "" {
			continue
		}
		w := d.toks[m.To-1].text(d.text)
		if orgSuffixes[w] || orgHeads[w] || len(w) < 3 || !d.toks[m.To-1].Cap {
			continue
		}
		if prev, ok := out[w]; ok && prev != m.Text {
			seen[w] = true // two organizations end so: neither
			continue
		}
		out[w] = m.Text
	}
	for w := range seen {
		delete(out, w)
	}
	return out
}

// orgShortNames maps the words that open the document's longer organization names, up to
// the preposition that begins the body's cause or field, to the full name: "United Front
// Against the Provisional Legislature" is "the United Front" in the rest of the story,
// "National League for Democracy" "the National League". Two words at least: "Committee"
// alone is any committee. A short form two names share stands for neither.
func (d *doc) orgShortNames() map[string]string {
	out := map[string]string{}
	shared := map[string]bool{}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.Type != "organization" || m.To-m.From < 4 {
			continue
		}
		for j := m.From + 2; j < m.To-1; j++ {
			switch d.toks[j].text(d.text) {
			case "Against", "against", "for", "For", "of", "on":
			default:
				continue
			}
			if placeWord(d, j+1) || j+2 < m.To && d.toks[j+1].Lower == "the" && placeWord(d, j+2) {
				break // "Democratic Party of Japan": a party of a place, and many places have one
			}
			short := d.text[d.toks[m.From].Start:d.toks[j-1].End]
			if prev, ok := out[short]; ok && prev != m.Text {
				shared[short] = true
			}
			out[short] = m.Text
			break
		}
	}
	for s := range shared {
		delete(out, s)
	}
	return out
}

// placeWord reports a known place's name at token k.
func placeWord(d *doc, k int) bool {
	e, n := d.x.lex.match(d.text, d.toks, k, false)
	return n > 0 && e.Type != "organization"
}

// firmNames maps the shorter names of the document's firms to their registered names: the
// name without its legal forms ("Magna International Inc" -> "Magna International",
// "Magna"), which is how the rest of a story names the firm. A short name two firms share
// stands for neither.
func (d *doc) firmNames() map[string]string {
	out := map[string]string{}
	shared := map[string]bool{}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.Type != "organization" || m.To-m.From < 2 {
			continue
		}
		b := m.To
		for b > m.From+1 {
			w := strings.TrimSuffix(d.toks[b-1].text(d.text), ".")
			if w == "" || w == "&" {
				b-- // "Corp." read as "Corp" and "."; "Schroder Wertheim & Co"
				continue
			}
			if !legalForms[w] {
				break
			}
			b--
			for b > m.From+1 && (d.toks[b-1].text(d.text) == "&" || d.toks[b-1].text(d.text) == ",") {
				b--
			}
			short := d.text[d.toks[m.From].Start:d.toks[b-1].End]
			first := d.toks[m.From].text(d.text)
			if b-m.From == 1 && (orgSuffixes[first] || orgHeads[first] || givenNames[first] || nonNames[strings.ToLower(first)] || len(first) < 3) {
				break // "First" of "First Union Corp", "General" of "General Motors Corp"
			}
			if prev, ok := out[short]; ok && prev != m.Text {
				shared[short] = true
			}
			out[short] = m.Text
		}
	}
	for w := range shared {
		delete(out, w)
	}
	return out
}

// placeUses returns the one-word names the document uses as places: after a preposition of
// place ("in Jordan", "to Washington") or as a dateline.
func (d *doc) placeUses() map[string]bool {
	out := map[string]bool{}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.To-m.From != 1 || m.Type == "person" {
			continue
		}
		dateline := m.From == d.sents[m.Sent].From && m.To < len(d.toks) && (d.toks[m.To].text(d.text) == "," || d.toks[m.To].text(d.text) == "(" || isDigitByte(d.toks[m.To].text(d.text)[0]))
		// "AMMAN, Jordan": the country of a dateline's city.
		dateline = dateline || m.From > 1 && d.toks[m.From-1].text(d.text) == "," && d.toks[m.From-2].Upper && d.toks[m.From-2].Word
		if dateline || m.From > 0 && (locPrepositions[d.toks[m.From-1].Lower] || d.toks[m.From-1].Lower == "of") {
			out[m.Text] = true
		}
	}
	return out
}

// surnameNotPlace reports that the one-word place mention k is the surname of a person
// named before it in full, in a document that never uses the word as a place.
func (d *doc) surnameNotPlace(fn personNames, k int, places map[string]bool) bool {
	m := &d.ms[k]
	if places[m.Text] || m.Type != "city" && m.Type != "country" && m.Type != "location" {
		return false
	}
	for _, c := range fn.bySurname[surnameKey(m.Text)] {
		if cm := &d.ms[c]; cm.Start < m.Start && cm.ev >= evContext {
			return true
		}
	}
	return false
}
