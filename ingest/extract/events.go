package extract

import (
	"strings"
	"unicode"

	"github.com/relgraph/relgraph/ingest/timex"
)

// evState is an event while the document is processed.
type evState struct {
	Event
	srcIDs   []string
	discuss  bool
	dated    bool // the date comes from the sentence, not the article
	carried  bool // the date is the day of its actor's statement just before (statementDay)
	headline bool // found in a headline, which the story usually repeats
	absorbed bool
	sent     int
	lemma    string // the trigger's lemma ("arrest" for "arrested" and "the arrest")
	noun     bool   // the trigger is a noun ("the visit", "talks")
}

// sides returns an event's actors and targets, in that order, in a slice of their own.
func (e *Event) sides() []Ref {
	return append(append([]Ref(nil), e.Source...), e.Target...)
}

// actorLike reports whether a mention can act or be acted on.
func (m *mention) actorLike() bool {
	if m.Kind != kindName {
		return m.ID != "" || len(m.ids()) > 0 || m.Gov != ""
	}
	switch m.Type {
	case "person", "country", "nationality", "organization", "city", "other":
		return true
	}
	return false
}

// refs returns the references of a mention: a group gives one per member.
func (d *doc) refs(m *mention, actor bool) []Ref {
	if m.Kind == kindGroup {
		var out []Ref
		for _, id := range m.ids() {
			out = append(out, Ref{Text: d.nameOf(id, m.Text), ID: id})
		}
		if len(out) == 0 {
			out = append(out, Ref{Text: m.Text})
		}
		return out
	}
	text := m.Text
	id := m.ID
	if m.Kind == kindPronoun && id != "" {
		text = d.nameOf(id, text) // "He" acts as the person it stands for
	}
	if actor && m.Gov != "" {
		id = m.Gov // "the Kremlin said", "Tehran rejected": the government of the country
		if e := d.x.lex.countries[id]; e != nil {
			d.entity(id, e.Name, "country", "")
		}
	}
	if actor && (m.Type == "nationality" || m.Type == "other") {
		// "Hungarian officials", "Western states": the noun phrase the adjective heads.
		end := m.To
		for k := m.To; k < len(d.toks) && k < m.To+3 && d.toks[k].Word && !d.toks[k].Cap && !nonNames[d.toks[k].Lower] && !prepositions[d.toks[k].Lower] && !isTriggerWord(d, k); k++ {
			if w := d.toks[k].Lower; strings.HasSuffix(w, "s") || groupNouns[w] || w == "army" || w == "government" || w == "police" || w == "parliament" || w == "intelligence" {
				end = k + 1
			}
		}
		if end > m.To {
			text = d.text[m.Start:d.toks[end-1].End]
		}
	}
	return []Ref{{Text: text, ID: id}}
}

// verbTrigger reports a trigger word read as a verb: not after a determiner, and not a
// form that is also a trigger noun ("attack", "visits", "support"), which the word-order
// rules take for the noun.
func (d *doc) verbTrigger(k int) bool {
	if k > 0 && determiners[d.toks[k-1].Lower] {
		return false
	}
	lx, w := d.x.frames, d.toks[k].Lower
	if lx.verbForms[w] != "" {
		return !lx.nounForms[w]
	}
	return lx.speechForms[w]
}

// nameOf returns an entity's canonical name, or def.
func (d *doc) nameOf(id, def string) string {
	if e := d.ents[id]; e != nil && e.name != "" {
		return e.name
	}
	return def
}

// isTriggerWord reports a form of a trigger verb or noun, or of a speech verb.
func isTriggerWord(d *doc, k int) bool {
	lx, w := d.x.frames, d.toks[k].Lower
	return lx.verbForms[w] != "" || lx.nounForms[w] || lx.speechForms[w]
}

// armedForces reports a source that is a military force ("Israeli tanks").
func armedForces(rs []Ref) bool {
	for _, r := range rs {
		for _, w := range strings.Fields(strings.ToLower(r.Text)) {
			switch w {
			case "army", "troops", "forces", "tanks", "helicopters", "warplanes", "jets", "artillery", "navy", "military", "gunboats", "aircraft", "predator":
				return true
			}
		}
	}
	return false
}

// cooperative and hostile categories, for promises and threats.
var cooperative = map[string]bool{"SUPPORT": true, "AID": true, "CONCEDE": true, "RETREAT": true, "COOPERATE": true}
var hostile = map[string]bool{"SANCTION": true, "COERCE": true, "ASSAULT": true, "FIGHT": true, "PROTEST": true, "MOBILIZE": true}

// onlyTitleBetween reports whether tokens [a, b) are an office and a possessive: the
// "'s President" of "France's President Emmanuel Macron".
func (d *doc) onlyTitleBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if !(t.Cap && t.Word || t.text(d.text) == "'" || t.text(d.text) == "’" || t.Lower == "s" || t.text(d.text) == "-") {
			return false
		}
	}
	return true
}

// headline reports whether a sentence is a headline: no final punctuation.
func (d *doc) headline(s sentence) bool {
	if s.Cut {
		return false // a piece of an overlong sentence (tokenize), not a line of its own
	}
	last := d.toks[s.To-1]
	return !(last.Punct && (last.text(d.text) == "." || last.text(d.text) == "\"" || last.text(d.text) == "”" || last.text(d.text) == "?" || last.text(d.text) == "!"))
}

// sportsStory reports whether the document is a report of games, by the words of sports
// reports in it (lexicon/sports.txt): at least two different strong ones ("midfielder",
// "semi-final"), a weight of 8 or more (a strong word counts 2, a weak one 1), and more
// than 1.2% of its words. On the shared wire corpus this finds 42 of 1,283 stories, every
// one about sport, and none of the development key's; a bombing at a football stadium, an
// Olympic boycott or hunger strikers facing the death penalty are none.
func (d *doc) sportsStory() bool {
	words, hits, weight := 0, 0, 0
	var strong map[string]bool
	for i := range d.toks {
		if !d.toks[i].Word {
			continue
		}
		words++
		w := d.toks[i].text(d.text)
		s, ok := d.x.frames.sports[w]
		if !ok {
			continue
		}
		hits++
		weight++
		if s {
			weight++
			if strong == nil {
				strong = map[string]bool{}
			}
			strong[w] = true
		}
	}
	return len(strong) >= 2 && weight >= 8 && float64(hits) > 0.012*float64(words)
}

// hasScore reports a sports score ("1-0", "6-3") in the sentence.
func (d *doc) hasScore(s sentence) bool {
	for k := s.From; k < s.To; k++ {
		t := d.toks[k].text(d.text)
		if h := strings.IndexByte(t, '-'); h > 0 && h < len(t)-1 && isDigitByte(t[0]) && isDigitByte(t[h+1]) && len(t) <= 7 {
			return true
		}
	}
	return false
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "also": true, "been": true, "today": true, "yesterday": true,
	"reportedly": true, "then": true, "later": true, "could": true, "may": true, "might": true,
	"did": true, "does": true, "do": true, "not": true, "never": true, "bluntly": true, "again": true,
}

// groupBefore returns the coordinated mentions that are the subject of the trigger at token
// at: the nearest actor group before it, skipping an appositive ("Pakistan, a key U.S. ally,
// has refused") and objects of prepositions; failing that, the nearest name at all near
// the sentence's opening.
func (d *doc) groupBefore(ms []int, at int, s sentence, modifier map[int]bool) []int {
	// An appositive right before the verb: look before its opening comma.
	k := at - 1
	for k > s.From && auxiliaries[d.toks[k].Lower] {
		k--
	}
	if k > s.From && d.toks[k].text(d.text) == "," {
		for c := k - 1; c > s.From && c >= k-15; c-- {
			if d.toks[c].text(d.text) == "," {
				if g := d.groupEndingAt(ms, c, modifier); len(g) > 0 {
					return g
				}
				break
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &d.ms[ms[k]]
			if m.To > at || !m.actorLike() || modifier[ms[k]] || m.inner || m.Type == "other" && m.Kind == kindName && m.ID == "" && m.ev < evStrong {
				continue
			}
			if d.placesOnly(m) {
				return nil // "the Geneva-based group said, calling on": the group acts, and it has no name
			}
			switch pass {
			case 0:
				if d.objectPosition(m) && !d.possessiveSubject(m, at) {
					continue
				}
				if d.crossesClause(m.To, at) && !d.speakerOf(m.To, at) {
					return nil
				}
			case 1:
				if p := d.toks[at-1]; p.Word && !p.Cap && strings.HasSuffix(p.Lower, "s") && !auxiliaries[p.Lower] && !adverbs[p.Lower] {
					return nil // "three soldiers wounded": the subject is a common noun
				}
				if m.From-s.From > 6 {
					continue // only the subject phrase: "Rebels in the Ivory Coast dismissed"
				}
			}
			return d.extendBack(ms, k, modifier)
		}
	}
	return nil
}

// placesOnly reports a city or region that only says where the noun after it is: "the New
// York-based group", "a Geneva-headquartered body". The group is no city.
func (d *doc) placesOnly(m *mention) bool {
	if m.Type != "city" && m.Type != "location" {
		return false
	}
	rest, ok := strings.CutPrefix(d.text[m.End:], "-")
	if !ok {
		return false
	}
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if n < 0 {
		n = len(rest)
	}
	w := strings.ToLower(rest[:n])
	// The participle's lemma, as placedParticiples lists them: "based", "headquartered".
	return strings.HasSuffix(w, "ed") && (placedParticiples[w[:len(w)-1]] || placedParticiples[w[:len(w)-2]])
}

// groupEndingAt returns the group whose last mention ends right before token c.
func (d *doc) groupEndingAt(ms []int, c int, modifier map[int]bool) []int {
	for k := len(ms) - 1; k >= 0; k-- {
		m := &d.ms[ms[k]]
		if m.To == c && m.actorLike() && !modifier[ms[k]] && !m.inner && !d.objectPosition(m) {
			return d.extendBack(ms, k, modifier)
		}
	}
	return nil
}

// possessiveSubject reports "Poland's parliament has demanded": a possessive name whose
// noun phrase runs up to the verb.
func (d *doc) possessiveSubject(m *mention, at int) bool {
	if m.To+1 >= len(d.toks) || d.toks[m.To+1].Lower != "s" || at-(m.To+2) > 4 {
		return false
	}
	for k := m.To + 2; k < at; k++ {
		t := d.toks[k]
		if !t.Word || prepositions[t.Lower] {
			return false
		}
	}
	return true
}

// extendBack adds the names coordinated before ms[k] ("Putin and Macron").
func (d *doc) extendBack(ms []int, k int, modifier map[int]bool) []int {
	g := []int{ms[k]}
	first := &d.ms[ms[k]]
	for k--; k >= 0; k-- {
		m := &d.ms[ms[k]]
		if modifier[ms[k]] && m.To <= first.From && first.From-m.To <= 3 {
			first = m // "and French President Emmanuel Macron": coordination starts before "French"
			continue
		}
		if modifier[ms[k]] || !m.actorLike() || m.inner {
			continue
		}
		if !d.coordinated(m.To, first.From) {
			break
		}
		g = append(g, ms[k])
		first = m
	}
	// Keep text order.
	for a, b := 0, len(g)-1; a < b; a, b = a+1, b-1 {
		g[a], g[b] = g[b], g[a]
	}
	return g
}

// objectPosition reports a mention that cannot be a subject: after a preposition ("support
// for Ukraine") or a possessive ("the UK's support").
func (d *doc) objectPosition(m *mention) bool {
	if m.From > 0 && prepositions[d.toks[m.From-1].Lower] {
		return true
	}
	if m.To+1 < len(d.toks) && (d.toks[m.To].text(d.text) == "'" || d.toks[m.To].text(d.text) == "’") && d.toks[m.To+1].Lower == "s" {
		return true
	}
	return false
}

// speakerOf reports "Putin reiterated that ...": the name before [from, to) said what
// follows, and no other clause starts in between.
func (d *doc) speakerOf(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.toks[k].Lower
		if w == "that" && k > from && (d.x.frames.speechForms[d.toks[k-1].Lower] || emphasisVerbs[d.toks[k-1].Lower]) {
			return !d.crossesClause(k+1, to)
		}
	}
	return false
}

// crossesClause reports a clause boundary between a subject and its verb.
func (d *doc) crossesClause(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.toks[k].Lower
		if w == ";" || w == "that" || w == "which" || w == "who" || w == "but" || w == "whom" || w == ":" {
			return true
		}
	}
	return false
}

// coordinated reports whether tokens [from, to) join two names: "and", ",", "as well as",
// titles and modifiers of the next name.
func (d *doc) coordinated(from, to int) bool {
	if to-from > 8 || to <= from {
		return false
	}
	sawJoin := false
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.Lower == "and" || t.text(d.text) == "," || t.Lower == "both" || t.Lower == "&":
			sawJoin = true
		case t.Cap && titleish(t.text(d.text)):
		case t.text(d.text) == "'" || t.text(d.text) == "’" || t.text(d.text) == "s":
		default:
			return false
		}
	}
	return sawJoin
}

func titleish(w string) bool {
	_, ok := titles[w]
	return ok
}

// groupAfter returns the coordinated mentions that are the object of a trigger.
func (d *doc) groupAfter(ms []int, from int, s sentence, modifier map[int]bool) []int {
	var g []int
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.From < from || modifier[mi] || m.inner || !m.actorLike() && m.Type != "location" {
			continue
		}
		if len(g) == 0 {
			if m.From-from > 8 || d.objectBreak(from, m.From) {
				return nil
			}
			if m.From > 0 && placePreps[d.toks[m.From-1].Lower] && m.Type != "person" {
				return nil // "met in Beijing": a place, not a party
			}
			g = append(g, mi)
			continue
		}
		last := &d.ms[g[len(g)-1]]
		if !d.coordinated(last.To, m.From) {
			break
		}
		g = append(g, mi)
	}
	return g
}

func (d *doc) objectBreak(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if clauseBreaks[t.Lower] || t.text(d.text) == "," || d.verbTrigger(k) {
			return true
		}
	}
	return false
}

// adverbs that may stand between a subject and its verb.
var adverbs = map[string]bool{
	"also": true, "still": true, "now": true, "again": true, "often": true, "never": true,
	"reportedly": true, "allegedly": true, "repeatedly": true, "strongly": true, "formally": true,
	"publicly": true, "officially": true, "jointly": true, "later": true, "then": true, "who": true,
	"that": true, "which": true, "and": true, "or": true, "it": true, "he": true, "she": true, "they": true,
	"firmly": true, "sharply": true, "openly": true, "further": true, "already": true, "once": true,
}

// placePreps introduce where something happened.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "during": true, "outside": true, "inside": true}

// prepositions before a name make it an object, never a subject.
var prepositions = map[string]bool{
	"in": true, "at": true, "near": true, "during": true, "for": true, "of": true, "to": true,
	"with": true, "on": true, "against": true, "from": true, "by": true, "over": true, "about": true,
	"into": true, "between": true, "among": true, "toward": true, "towards": true, "under": true,
	"including": true, "like": true, "than": true, "across": true, "through": true, "via": true,
}

// impliedEvents finds an earlier contact the sentence implies: "their first call since
// 2022" means the same people were last in contact in 2022.
func (d *doc) impliedEvents(si int, s sentence, times []timex.Expr, evs, before []*evState) []*evState {
	var out []*evState
	for i := s.From; i < s.To; i++ {
		if d.toks[i].Lower != "first" {
			continue
		}
		mode, noun := "", -1
		for k := i + 1; k < s.To && k <= i+4; k++ {
			if m, ok := contactNouns[d.toks[k].Lower]; ok || d.toks[k].Lower == "contact" || d.toks[k].Lower == "visit" {
				mode, noun = m, k
				if d.toks[k].Lower == "visit" {
					mode = "visit"
				}
				if d.hasWord(i, k, "phone") {
					mode = "phone"
				}
			}
		}
		if noun < 0 && i+1 < s.To && d.toks[i+1].Lower == "since" {
			noun = i // "their first since 2023": the contact the sentence reports
		}
		if noun < 0 && i+2 < s.To && d.toks[i+1].Lower == "time" && d.toks[i+2].Lower == "since" {
			noun = i + 1 // "met for the first time since 2022"
		}
		if noun < 0 || noun+1 >= s.To || d.toks[noun+1].Lower != "since" {
			continue
		}
		if mode == "" && noun <= i+1 {
			for _, e := range evs {
				if e.Type == "CONSULT" && !e.Implied {
					mode = e.Mode // the earlier contact is of the kind the sentence reports
					break
				}
			}
		}
		var since *timex.Expr
		for k := range times {
			if times[k].Start >= d.toks[noun+1].Start && times[k].Start <= d.toks[noun+1].End+12 && times[k].End <= s.End {
				since = &times[k]
				break
			}
		}
		end := d.toks[noun+1].End
		date := ""
		if since != nil {
			end, date = since.End, since.Value
		}
		// The same actors as the sentence's contact, else any of its events, else the last.
		var src []Ref
		for _, e := range evs {
			if e.Type == "CONSULT" && len(e.Source)+len(e.Target) >= 2 {
				src = e.sides()
				break
			}
		}
		for k := len(before) - 1; k >= 0 && src == nil; k-- {
			if e := before[k]; e.Type == "CONSULT" && !e.Implied && len(e.Source)+len(e.Target) >= 2 {
				src = e.sides()
			}
		}
		if src == nil {
			continue
		}
		ev := &evState{sent: si, headline: d.headline(s)}
		ev.Type = "CONSULT"
		ev.Trigger = d.text[d.toks[i].Start:end]
		if mode == "phone" {
			ev.Mode = "phone"
		}
		ev.Relation = "contacted"
		ev.Symmetric = true
		ev.Implied = true
		ev.Source = src
		ev.Date = date
		ev.Sentence = d.text[s.Start:s.End]
		ev.Start, ev.End = s.Start, s.End
		out = append(out, ev)
	}
	// "have not spoken since January": the two were last in contact then.
	for i := s.From; i+1 < s.To; i++ {
		if d.toks[i].Lower != "since" {
			continue
		}
		var since *timex.Expr
		for k := range times {
			if times[k].Start >= d.toks[i+1].Start && times[k].Start <= d.toks[i].End+2 && times[k].End <= s.End {
				since = &times[k]
				break
			}
		}
		if since == nil {
			continue
		}
		for _, e := range evs {
			if e.Type != "CONSULT" || !e.Negated || e.Implied || len(e.Source)+len(e.Target) < 2 || e.Start != s.Start {
				continue
			}
			ev := &evState{sent: si}
			ev.Type, ev.Mode, ev.Relation, ev.Symmetric, ev.Implied = "CONSULT", e.Mode, "contacted", true, true
			ev.Trigger = d.text[d.toks[i].Start:since.End]
			ev.Source = e.sides()
			ev.Date = since.Value
			ev.Sentence = d.text[s.Start:s.End]
			ev.Start, ev.End = s.Start, s.End
			out = append(out, ev)
			break
		}
	}
	return out
}

// mergeEvents folds each discussion into the contact it describes (the same actors,
// "the two presidents discussed ..." after "held a phone conversation"), and drops
// repeated implied contacts.
func mergeEvents(evs []*evState) []*evState {
	// Each rule below folds an event into the first earlier-or-later event of the same actors
	// that matches it. The first match for a key is looked up in a map, not searched for, so
	// an article of n events costs O(n) however many of them share actors.
	keys := make(map[*evState]string, len(evs))
	for _, e := range evs {
		keys[e] = actorKey(e)
	}
	var contact []*evState
	for _, e := range evs {
		if e.Type == "CONSULT" && !e.discuss && !e.Implied && !e.Negated && !e.Future && (e.Mode == "phone" || e.Mode == "meeting") {
			contact = append(contact, e)
		}
	}
	// The same contact reported twice (a headline, then the story): keep the dated report.
	datedContact := map[string]*evState{}
	for _, o := range contact {
		k := o.Mode + "\x00" + keys[o]
		if o.dated && datedContact[k] == nil {
			datedContact[k] = o
		}
	}
	for _, c := range contact {
		if c.dated {
			continue
		}
		if o := datedContact[c.Mode+"\x00"+keys[c]]; o != nil {
			for _, t := range c.Topics {
				if !hasRef(o.Topics, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			c.absorbed = true
		}
	}
	// A briefing or a talk with no day and no mode of its own, between the two of a dated
	// call or meeting of the article ("Putin briefed Xi on his contacts with the United
	// States" after their phone call on Monday), was part of that contact. An invitation
	// stays an act of its own.
	datedByActors := map[string]*evState{}
	for _, o := range contact {
		if o.dated && !o.absorbed && datedByActors[keys[o]] == nil {
			datedByActors[keys[o]] = o
		}
	}
	for _, e := range evs {
		if e.Type != "CONSULT" || e.Mode != "" || e.Relation == "invited" || e.dated || e.Future || e.Negated || e.Implied || e.absorbed {
			continue
		}
		if o := datedByActors[keys[e]]; o != nil && o != e {
			for _, t := range e.Topics {
				if !hasRef(o.Topics, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			e.absorbed = true
		}
	}
	// One visit told in several sentences ("arrived in Prague for a three-day visit", "his
	// third trip to Prague", "the main reason for the pope's visit"): a visit by the same
	// visitor with no place, or to the same place on the same day, is the first one.
	visit := func(e *evState) bool {
		return e.Type == "CONSULT" && e.Mode == "visit" && !e.Future && !e.Negated && !e.Implied && !e.absorbed && len(e.Source) > 0
	}
	visitBy := map[string]*evState{} // by visitor and place, and by visitor alone
	for pass := 0; pass < 2; pass++ {
		for _, e := range evs {
			if visit(e) && len(e.Target) > 0 && (pass == 1 || e.dated) {
				for _, k := range []string{directedKey(e), sideKey(e.Source) + ">"} {
					if visitBy[k] == nil {
						visitBy[k] = e // a dated report first
					}
				}
			}
		}
	}
	for _, e := range evs {
		if !visit(e) {
			continue
		}
		// With no place, the key is the visitor's alone ("a>").
		if o := visitBy[directedKey(e)]; o != nil && o != e && (!e.dated || !o.dated || e.Date == o.Date) {
			e.absorbed = true
		}
	}
	// "Mottaki will visit Pakistan this week ... Mottaki's visit to Pakistan comes ahead of
	// the talks": a visit named with no day, where the story plans one to that place and
	// reports none done, is the planned one.
	planned := map[string]*evState{}
	for _, e := range evs {
		if e.Type == "CONSULT" && e.Mode == "visit" && e.Future && !e.Negated && len(e.Target) > 0 && planned[directedKey(e)] == nil {
			planned[directedKey(e)] = e
		}
	}
	for _, e := range evs {
		if visit(e) && e.noun && !e.dated && len(e.Target) > 0 && visitBy[directedKey(e)] == e {
			if o := planned[directedKey(e)]; o != nil {
				e.absorbed = true
			}
		}
	}
	// A headline event the story reports again: keep the story's.
	storyKey := func(e *evState) string {
		flags := [2]byte{'-', '-'}
		if e.Negated {
			flags[0] = 'n'
		}
		if e.Future {
			flags[1] = 'f'
		}
		return e.Type + "\x00" + string(flags[:]) + "\x00" + keys[e]
	}
	story := map[string]*evState{}
	for _, o := range evs {
		if !o.headline && !o.absorbed && !o.Implied {
			if k := storyKey(o); story[k] == nil {
				story[k] = o
			}
		}
	}
	for _, h := range evs {
		if !h.headline || h.Implied || h.absorbed {
			continue
		}
		if o := story[storyKey(h)]; o != nil {
			for _, t := range h.Topics {
				if !hasRef(o.Topics, t.ID) && !hasRef(o.Source, t.ID) && !hasRef(o.Target, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			h.absorbed = true
		}
	}
	// Any other act reported once with its day and again without one ("agreed on Wednesday
	// to hold talks"; "have agreed to face-to-face talks," he said): one act, of that day.
	datedAct := map[string]*evState{}
	for _, o := range evs {
		if o.dated && !o.absorbed && !o.Implied && !o.Future && !o.Negated && o.Type != "CONSULT" {
			if k := storyKey(o); datedAct[k] == nil {
				datedAct[k] = o
			}
		}
	}
	for _, e := range evs {
		if e.dated || e.absorbed || e.Implied || e.Future || e.Negated || e.Type == "CONSULT" || e.Date != "" && !oneOffAct[e.Type] {
			continue
		}
		o := datedAct[storyKey(e)]
		if e.Date != "" && o != nil && (directedKey(o) != directedKey(e) || o.lemma != e.lemma) {
			continue // a one-off act merges only with the same act done by the same side
		}
		if o != nil && o != e {
			for _, t := range e.Topics {
				if !hasRef(o.Topics, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			e.absorbed = true
		}
	}
	// The same act told again with the same day ("Putin met Erdogan in Ankara on Monday",
	// and again further down): one act. A contact is one whatever its verb ("met", "held
	// talks"); another act only with the same verb. Acts of other days stay apart.
	sameDay := map[string]*evState{}
	for _, e := range evs {
		if e.absorbed || e.Implied || e.Future || e.Negated || !e.dated || e.carried || len(e.Date) != 10 || keys[e] == "" {
			continue // a day carried over from the statement before is no second report of it
		}
		k := e.Type + "\x00" + e.Mode + "\x00" + e.Date + "\x00"
		if e.Type == "CONSULT" && e.Symmetric {
			k += keys[e]
		} else {
			k += directedKey(e) + "\x00" + e.lemma
		}
		o := sameDay[k]
		if o == nil {
			sameDay[k] = e
			continue
		}
		for _, t := range e.Topics {
			if !hasRef(o.Topics, t.ID) && !hasRef(o.Source, t.ID) && !hasRef(o.Target, t.ID) {
				o.Topics = append(o.Topics, t)
			}
		}
		e.absorbed = true
	}
	firstContact := map[string]*evState{}
	for _, c := range contact {
		if !c.absorbed && firstContact[keys[c]] == nil {
			firstContact[keys[c]] = c
		}
	}
	// An earlier contact implied twice ("first meeting since 2023" in the headline and in
	// the story) is one: the story's sentence, which names the pair in full, is its source.
	storyImplied := map[string]bool{}
	for _, e := range evs {
		if e.Implied && !e.absorbed && !e.headline {
			storyImplied[keys[e]+"|"+e.Date] = true
		}
	}
	out := evs[:0]
	seenImplied := map[string]bool{}
	for _, e := range evs {
		if e.absorbed {
			continue
		}
		if e.Implied {
			k := keys[e] + "|" + e.Date
			if seenImplied[k] || e.headline && storyImplied[k] {
				continue
			}
			seenImplied[k] = true
		}
		if e.discuss && !e.Negated && !e.Future {
			// A discussion belongs to a contact of its day, not to one of another day
			// ("spoke on Tuesday" is not the call of March 7).
			if into := firstContact[keys[e]]; into != nil && (!e.dated || !into.dated || e.Date == into.Date) {
				for _, t := range e.Topics {
					if !hasRef(into.Topics, t.ID) && !hasRef(into.Source, t.ID) && !hasRef(into.Target, t.ID) {
						into.Topics = append(into.Topics, t)
					}
				}
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// oneOffAct are the categories of acts done once to a target, so that the same act on
// the same target reported again with only the article's date is the one whose day the
// story states ("was arrested on Thursday evening"; "the spokesman said Javadov was
// arrested"). Statements (criticism, demands) are often repeated on other days and are
// not merged.
var oneOffAct = map[string]bool{"COERCE": true, "ASSAULT": true, "SANCTION": true, "RETREAT": true, "FIGHT": true}

func hasRef(rs []Ref, id string) bool {
	for _, r := range rs {
		if r.ID == id && id != "" {
			return true
		}
	}
	return false
}

// sideKey is the sorted, distinct entity IDs of refs, joined by commas.
func sideKey(rs []Ref) string {
	var ids []string
	for _, r := range rs {
		if r.ID != "" && !containsStr(ids, r.ID) {
			ids = append(ids, r.ID)
		}
	}
	sortStrings(ids)
	return strings.Join(ids, ",")
}

// directedKey is actorKey with the sides kept apart: "a,b>c".
func directedKey(e *evState) string {
	return sideKey(e.Source) + ">" + sideKey(e.Target)
}

// actorKey is the entities an event relates, whichever side they are on.
func actorKey(e *evState) string {
	return sideKey(e.sides())
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
