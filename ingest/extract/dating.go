package extract

import (
	"slices"

	"github.com/relgraph/relgraph/ingest/timex"
)

// Stage 4: dates from the tree. A predicate's date is the date expression that modifies it
// (or its light verb, or the nominal trigger itself: "Friday's talks", "talks on Monday"),
// else one that modifies the clause that governs it ("agreed on Tuesday to meet"), else
// one of the clause of the verb that reports it ("said on Tuesday that they had met"
// dates a simple past, not a perfect); failing those, a past act reported without a date
// takes the article's date, and a planned one or a perfect none. A date that modifies a
// noun that is no trigger ("the 1980-1988 war", "the April 26 truce") dates no event.

// timeOwners returns, for each date expression of the sentence, its head word
// (timeHeads) and the word it dates (timeOwner, with isPred the predicate words), -1 for
// none.
func timeOwners(t *tree, times []timex.Expr, isPred map[int]bool) (heads, owners []int) {
	heads = timeHeads(t, times)
	owners = make([]int, len(times))
	for k, h := range heads {
		owners[k] = -1
		if h >= 0 {
			owners[k] = timeOwner(t, h, isPred)
		}
	}
	return heads, owners
}

// timeWords maps each date expression of the sentence to its head word in the tree: the
// word of its span whose head lies outside it. Expressions outside the sentence, durations
// and sets are left out (-1).
func timeHeads(t *tree, times []timex.Expr) []int {
	out := make([]int, len(times))
	for k, e := range times {
		out[k] = -1
		if e.Since || e.Type != "" && e.Type != timex.TypeDate && e.Type != timex.TypeTime {
			continue
		}
		for i := range t.w {
			w := &t.w[i]
			if w.start < e.Start || w.end > e.End {
				continue
			}
			if t.rel(i, "det") || t.rel(i, "case") || t.rel(i, "punct") {
				continue // "the 1980" heads at 1980
			}
			h := w.head
			if h < 0 || t.w[h].start < e.Start || t.w[h].end > e.End {
				out[k] = i
				break
			}
		}
	}
	return out
}

// timeOwner returns the word a date expression headed by h modifies: the nearest ancestor
// that is a verb or a predicate's trigger, or a noun that is not (then the date is part of
// a name or description: -2).
func timeOwner(t *tree, h int, isPred map[int]bool) int {
	i := t.w[h].head
	for _, k := range t.w[h].kids {
		if t.rel(k, "compound") && !t.w[k].time && t.w[k].upos == "PROPN" {
			// "withdrew its support for the Social Democrats last month", read as one
			// phrase headed by "month": the date is the clause's, not the name's.
			for n := 0; i >= 0 && n < len(t.w); n++ {
				if t.w[i].upos == "VERB" {
					return i
				}
				i = t.w[i].head
			}
			return -1
		}
	}
	for n := 0; i >= 0 && n < len(t.w); n++ {
		if isPred[i] || t.w[i].upos == "VERB" || t.w[i].upos == "AUX" {
			return i
		}
		if (t.w[i].upos == "NOUN" || t.w[i].upos == "PROPN") && (t.rel(h, "compound") || t.rel(h, "amod") || t.rel(h, "nummod") || t.rel(h, "nmod:poss") || t.rel(h, "nmod") && t.prep(h) == "") {
			return -2 // "the April 26 truce", "the 1980-1988 war"; "in September" is adverbial wherever hung
		}
		if t.w[i].upos == "NOUN" && happenings[t.w[i].lemma] && t.rel(h, "nmod") && t.rel(i, "nmod") {
			// "in connection with a collision in July 1992": the collision's date. A
			// happening in the clause's own phrase ("In elections in 1995, the opposition
			// won") sets the clause's time.
			return -2
		}
		if t.verbal(i) {
			return i
		}
		h, i = i, t.w[i].head
	}
	return -1
}

// happenings are nouns of events that are no predicate of relgraph's and have days of
// their own: a date in their phrase is theirs ("extradition over a collision in July
// 1992", "since an uprising in 2001"), not the clause's.
var happenings = map[string]bool{"collision": true, "crash": true, "accident": true, "war": true,
	"election": true, "crisis": true, "coup": true, "uprising": true, "earthquake": true, "flood": true,
	"disaster": true, "incident": true, "explosion": true, "revolution": true, "referendum": true,
	"massacre": true, "genocide": true, "independence": true, "famine": true, "storm": true,
	"hurricane": true, "tsunami": true, "epidemic": true, "outbreak": true, "scandal": true,
	"riot": true, "unrest": true, "rebellion": true, "insurgency": true, "olympics": true,
	"games": true, "tournament": true, "championship": true, "festival": true, "ceremony": true,
	"birth": true, "death": true, "funeral": true, "murder": true, "assassination": true, "fire": true}

// beginVerbs say when something began: a relative clause of them on an event's noun
// gives its first day ("a visit which started Sunday").
var beginVerbs = map[string]bool{"start": true, "begin": true, "open": true, "kick": true, "commence": true}

// predDate returns the date of predicate pr and whether the sentence states it.
func (d *doc) predDate(t *tree, pr pred, preds []pred, md modality, times []timex.Expr, heads []int, owners []int, art timex.Date) (string, bool) {
	// nearest is the date nearest the trigger among those ok accepts (k: the expression,
	// o: the word it modifies).
	// A demand's or a threat's "by 2015" is its deadline, not the day it was made.
	deadline := pr.fr != nil && (pr.fr.cat == "DEMAND" || pr.fr.cat == "THREATEN")
	nearest := func(ok func(k, o int) bool) (string, bool) {
		best, bestDist := "", -1
		for k, o := range owners {
			if heads[k] < 0 || !ok(k, o) {
				continue
			}
			if deadline && t.kidLemma(heads[k], "case", "by", "before") >= 0 {
				continue // "demanded the withdrawal of the troops by 2015": when they are to go
			}
			dt, isDate := times[k].Date()
			if !isDate {
				continue
			}
			dist := times[k].Start - t.w[pr.at].start
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = dt.String(), dist
			}
		}
		return best, best != ""
	}
	pick := func(at int) (string, bool) {
		if v, ok := spanned(t, times, heads, owners, at); ok {
			return v, true // "the visit on Monday and Tuesday": no one day
		}
		if v, ok := nearest(func(_, o int) bool { return o == at }); ok {
			return v, true
		}
		if t.w[at].upos == "NOUN" {
			// "Millon's five-day visit, which started Sunday": the day it began dates it
			// (not "which starts October 8", "which was to start Monday": plans).
			if v, ok := nearest(func(_, o int) bool {
				return o >= 0 && t.w[o].head == at && t.rel(o, "acl:relcl") && beginVerbs[t.w[o].lemma] && t.w[o].xpos == "VBD" && t.kid(o, "aux") < 0
			}); ok {
				return v, true
			}
		}
		for k, o := range owners {
			if o == at && heads[k] >= 0 && decadeValue(times[k].Value) {
				return "", true // "in the early 1980s Malaysia launched": no day, month or year to give
			}
		}
		// "offered the invitation in February", "renewed its call on Tuesday": a date on
		// the verb's object that names the same kind of act (an invitation, an offer, a
		// call) is the verb's; one on an attack or an election is not.
		for _, o := range t.w[at].kids {
			if !t.rel(o, "obj") || t.w[o].upos != "NOUN" {
				continue
			}
			for _, q := range preds {
				if q.at == o && q.light < 0 && q.fr != nil && (q.fr.cat == "CONSULT" || q.fr.cat == "AGREE" || q.fr.cat == "DEMAND") {
					return nearest(func(_, w int) bool { return w == o })
				}
			}
		}
		// "Kirchner, in a joint press appearance with Bush on Friday, warned", "said
		// during talks on Monday": what is done at a meeting is done the day of it.
		for _, o := range t.w[at].kids {
			if !t.rel(o, "obl") || t.w[o].upos != "NOUN" || (t.prep(o) != "in" && t.prep(o) != "at" && t.prep(o) != "during") {
				continue
			}
			for _, q := range preds {
				if q.at == o && q.light < 0 && q.fr != nil && q.fr.cat == "CONSULT" {
					return nearest(func(_, w int) bool { return w == o })
				}
			}
		}
		return "", false
	}
	// "since 1974 when Turkish troops invaded", "in 2003, when they met": a "when" clause
	// right after a date happened then, whatever the parser hung it on.
	for _, v := range []int{pr.at, pr.light} {
		w := -1
		if v >= 0 {
			w = t.kidLemma(v, "advmod", "when")
		}
		if w <= 0 {
			continue
		}
		j := w - 1
		if t.w[j].form == "," && j > 0 {
			j--
		}
		for k := range times {
			if t.w[j].time && times[k].Start <= t.w[j].start && t.w[j].end <= times[k].End {
				if dt, ok := times[k].Date(); ok {
					return dt.String(), true
				}
			}
		}
	}
	// Its own, then those of the clauses that govern it, up to a reporting verb.
	at := pr.at
	if v, ok := pick(at); ok {
		return v, true
	}
	// "an agreement reached on Tuesday", "the talks held on Monday": the participle that
	// completes a nominal trigger says when it happened.
	for _, k := range t.w[at].kids {
		if t.rel(k, "acl") && t.w[k].xpos == "VBN" && pr.light < 0 && t.w[at].upos == "NOUN" {
			if v, ok := pick(k); ok {
				return v, true
			}
		}
	}
	if pr.light >= 0 {
		if v, ok := pick(pr.light); ok {
			return v, true
		}
		at = pr.light
	}
	for n := 0; n < 5; n++ {
		h := t.w[at].head
		if h < 0 {
			break
		}
		if t.speech[t.w[h].lemma] && (t.rel(at, "ccomp") || t.rel(at, "parataxis")) {
			if md.perfect || md.future {
				break
			}
			if v, ok := pick(h); ok {
				return v, true
			}
			break
		}
		if !(t.rel(at, "xcomp") || t.rel(at, "conj") || t.rel(at, "obj") || t.rel(at, "obl") || t.rel(at, "advcl") || t.rel(at, "acl") || t.rel(at, "nmod") && circumstance[t.prep(at)]) {
			break
		}
		if t.rel(at, "advcl") && t.kidLemma(at, "mark", "after", "before", "since", "until") >= 0 {
			break // "left on Sunday after holding talks": the talks were earlier
		}
		if t.rel(at, "conj") && (t.kid(at, "nsubj") >= 0 || t.kid(at, "nsubj:pass") >= 0) {
			break // "X imposed sanctions last month, and Washington has warned": a clause of its own
		}
		if md.future && t.rel(at, "xcomp") && !planned[t.w[h].lemma] && !planned[t.w[h].lower] {
			break // "On September 29, Putin offered to negotiate": the offer's day, not the talks'
		}
		if v, ok := pick(h); ok {
			return v, true
		}
		at = h
	}
	if md.future || md.perfect {
		return "", false
	}
	if pr.must {
		// "..., Wang said, adding that Japan should keep moving forward": a demand is made
		// when it is said, not on a day of the clauses around it ("In 1986, ... made a
		// statement").
		// The saying's own clause dates it, and one its participle hangs on ("On Friday,
		// Kahara restated that position, saying Mobutu must quit").
		for sp, n := t.speechHead(pr.at), 0; sp >= 0 && n < 8; sp, n = t.w[sp].head, n+1 {
			if v, ok := nearest(func(_, o int) bool { return o == sp }); ok {
				return v, true
			}
			if n > 0 && t.speech[t.w[sp].lemma] {
				break // "Wang said, adding that": the saying above is the last that may date it
			}
		}
		return art.String(), false
	}
	if v := d.arrivalDate(t, pr); v != "" {
		return v, true // "held talks with Ahmadinejad soon after arrival": the day he arrived
	}
	// The parser often hangs the date on a parenthetical "officials said" or elsewhere in
	// the clause: the nearest date that no other predicate and no noun claims.
	// A "when" clause happens at the time of the clause it hangs on, even another event's:
	// "had last spoken on Thursday, March 7, when Xi called Biden".
	when := t.kidLemma(pr.at, "advmod", "when") >= 0 || t.kidLemma(pr.at, "mark", "when") >= 0
	whenClause := func(o int) bool { // "When Bush arrived in Brazil on Sunday, police fired": then
		return (t.w[o].head == pr.at || t.w[pr.at].head == o) && (t.kidLemma(o, "advmod", "when") >= 0 || t.kidLemma(o, "mark", "when") >= 0)
	}
	if v, ok := nearest(func(_, o int) bool {
		if o >= 0 && t.offsetClause(o, pr.at) {
			return false // "60 years after Togo declared its independence in 1960": not then
		}
		return o != -2 && (o < 0 || o == pr.at || o == pr.light || (when || !isPredWord(preds, o)) && t.ancestorOrSpeech(o, pr.at)) ||
			o >= 0 && (t.gatheringTime(o, pr.at) || whenClause(o))
	}); ok {
		return v, true
	}
	// "The United Nations imposed sanctions on Iraq after it invaded Kuwait in 1990": an
	// act with no time of its own, right after one an earlier year names, falls in that
	// year. A month or a day is not its own ("froze aid after Hamas won elections in
	// January" may be April; "left after talks on Monday" may be Tuesday).
	for k, o := range owners {
		if o < 0 || heads[k] < 0 || !t.rel(o, "advcl") || t.w[o].head != pr.at && (pr.light < 0 || t.w[o].head != pr.light) ||
			t.kidLemma(o, "mark", "after", "following") < 0 || t.offsetClause(o, pr.at) {
			continue // not "60 years after the United States dropped two atomic bombs in 1945"
		}
		if dt, ok := times[k].Date(); ok && dt.Month == 0 && dt.Year < art.Year {
			return dt.String(), true
		}
	}
	return art.String(), false
}

// contactReach is how many sentences on "during the meeting" may still mean the meeting
// the story dated last.
const contactReach = 5

// noteContact records the date of a meeting or a visit the sentence itself dates, done and
// not denied.
func (d *doc) noteContact(ev *evState) {
	if ev.Type != "CONSULT" || !ev.dated || ev.Future || ev.Negated || ev.Date == "" {
		return
	}
	var who []string
	for _, rf := range ev.sides() {
		who = append(who, rf.ID)
	}
	if ev.Mode == "visit" {
		d.visited, d.visitedSent, d.visitedWho = ev.Date, ev.sent, who
	} else if ev.Mode == "meeting" {
		d.met, d.metSent, d.metWho = ev.Date, ev.sent, who
	}
}

// contactDate returns the date of the meeting or the visit the story dated last, when
// predicate pr has no date of its own but happened "during the meeting", "at the talks" or
// "during his visit" (a definite one, with no phrase of its own, "his" one who took part,
// and a side of event ev among its sides unless the phrase opens the sentence), within a
// few sentences after; else "".
func (d *doc) contactDate(t *tree, pr pred, ev *evState) string {
	for _, h := range []int{pr.at, pr.light, t.w[pr.at].head} {
		if h < 0 {
			continue
		}
		for _, k := range t.w[h].kids {
			if k == pr.at || !(t.rel(k, "obl") || t.rel(k, "nmod")) || (t.prep(k) != "during" && t.prep(k) != "at" && t.prep(k) != "in") {
				continue
			}
			if t.kidLemma(k, "det", "the") < 0 && t.kid(k, "nmod:poss") < 0 || t.kid(k, "nmod") >= 0 {
				continue // "during a visit", "during his trip to Mongolia": another one
			}
			date, sent, who := "", 0, []string(nil)
			switch t.w[k].lemma {
			case "meeting", "talk", "talks", "summit", "session", "conference", "consultation":
				date, sent, who = d.met, d.metSent, d.metWho
			case "visit", "trip", "tour", "stay":
				date, sent, who = d.visited, d.visitedSent, d.visitedWho
			}
			if p := t.kid(k, "nmod:poss"); p >= 0 && (t.w[p].m < 0 || !slices.Contains(who, d.ms[t.w[p].m].ID)) {
				continue // "during his stay" of someone not in the contact remembered
			}
			fronted := k <= 2 && t.w[k].head == h && t.rel(k, "obl") // "During the meeting, Clinton ...": the one just told
			if !fronted && !slices.ContainsFunc(ev.sides(), func(rf Ref) bool { return rf.ID != "" && slices.Contains(who, rf.ID) }) {
				continue // "Hu met Roh ... Iran criticized Israel at the talks": other talks
			}
			if date != "" && t.si > sent && t.si-sent <= contactReach {
				return date
			}
		}
	}
	return ""
}

// arrivalReach is how many sentences on "after arrival" may still mean the arrival the
// story dated last.
const arrivalReach = 3

// noteArrival records the day of an arrival that sentence si dates: a form of "arrive" and
// one day among its date expressions ("arrived in Tehran on Monday for a three-day visit").
func (d *doc) noteArrival(si int, times []timex.Expr) {
	if len(times) == 0 {
		return
	}
	s := d.sents[si]
	arrives := false
	for i := s.From; i < s.To && !arrives; i++ {
		switch d.toks[i].Lower {
		case "arrived", "arrives", "arrive", "arriving":
			arrives = true
		}
	}
	if !arrives {
		return
	}
	day := ""
	for _, e := range times {
		if dt, ok := e.Date(); ok && dt.Day > 0 {
			if day != "" && day != dt.String() {
				return // two days: which is the arrival's is not said
			}
			day = dt.String()
		}
	}
	if day != "" {
		d.arrival, d.arrivalSent = day, si
	}
}

// arrivalDate returns the day of the arrival the story dated last, when predicate pr has
// no date of its own but happened "(soon) after arrival", "upon (his) arrival" or "after
// arriving", in one of the few sentences after that arrival; else "".
func (d *doc) arrivalDate(t *tree, pr pred) string {
	if d.arrival == "" || t.si-d.arrivalSent > arrivalReach || t.si < d.arrivalSent {
		return ""
	}
	for k := range t.w {
		arrival := t.w[k].lemma == "arrival" && t.kidLemma(k, "case", "after", "upon", "on") >= 0
		arriving := t.w[k].lemma == "arrive" && t.w[k].xpos == "VBG" && t.kidLemma(k, "mark", "after", "upon", "on") >= 0
		if !arrival && !arriving {
			continue
		}
		// The phrase is the predicate's when the first verb above it is the predicate or
		// its light verb ("held talks with his counterpart soon after arrival", however
		// the parser hangs it inside the clause).
		v := t.w[k].head
		for n := 0; v >= 0 && n < len(t.w) && !t.verbal(v) && v != pr.at; n++ {
			v = t.w[v].head
		}
		if v >= 0 && (v == pr.at || v == pr.light) {
			return d.arrival
		}
	}
	return ""
}

// ancestorOrSpeech reports whether word o governs word p, or is a speech verb (whose date
// is the report's, hung anywhere by the parser).
func (t *tree) ancestorOrSpeech(o, p int) bool {
	if t.speech[t.w[o].lemma] && !(t.w[o].xpos == "VBG" && t.ancestorOf(p, o)) && !t.rel(o, "acl") && !t.rel(o, "acl:relcl") {
		// A participle of speech under the predicate ("endorsed a statement, saying the
		// conference next month would be a step") brings what it says, with its dates;
		// one that describes a noun ("sanctions, announced by Albright on Tuesday") dates
		// what the noun names, not the report.
		return true
	}
	return t.ancestorOf(o, p)
}

// ancestorOf reports whether word a governs word i.
func (t *tree) ancestorOf(a, i int) bool {
	for j, n := t.w[i].head, 0; j >= 0 && n < len(t.w); j, n = t.w[j].head, n+1 {
		if j == a {
			return true
		}
	}
	return false
}

// isPredWord reports whether word i is a predicate's trigger or light verb.
func isPredWord(preds []pred, i int) bool {
	for _, p := range preds {
		if p.at == i || p.light == i {
			return true
		}
	}
	return false
}

// gatherings are nouns of an occasion whose time is the time of what is done at it.
var gatherings = map[string]bool{"summit": true, "meeting": true, "conference": true, "session": true,
	"forum": true, "ceremony": true, "gathering": true, "convention": true, "assembly": true, "congress": true}

// utterances are nouns of a statement whose time is the time of what it says: "praised
// Han, in a statement issued on Monday", "said in an interview published Sunday".
var utterances = map[string]bool{"statement": true, "interview": true, "speech": true, "letter": true,
	"message": true, "communique": true, "address": true, "briefing": true, "declaration": true,
	"broadcast": true, "remarks": true, "editorial": true, "article": true}

// gatheringTime reports whether word o, which a date modifies, is a participle on an
// occasion that predicate p's clause places it at: "talks on the sidelines of a summit
// held at the weekend" took place at the weekend.
func (t *tree) gatheringTime(o, p int) bool {
	g := t.w[o].head
	if !t.rel(o, "acl") || t.w[o].xpos != "VBN" && t.w[o].xpos != "VBD" || g < 0 {
		return false
	}
	if !gatherings[t.w[g].lemma] && !utterances[t.w[g].lemma] {
		// "the sidelines of a summit held ...", with the participle hung on "sidelines"
		found := false
		for _, k := range t.w[g].kids {
			found = found || t.rel(k, "nmod") && (gatherings[t.w[k].lemma] || utterances[t.w[k].lemma])
		}
		if !found {
			return false
		}
	}
	// p's clause: p and what governs it, up to its verb, and the verb of the clause whose
	// subject that verb shares ("In a statement issued on Tuesday, Jihad criticised Abbas
	// and called on him": the call was in the statement too).
	clause := map[int]bool{}
	for i, n := p, 0; i >= 0 && n < 6; i, n = t.w[i].head, n+1 {
		clause[i] = true
		if t.verbal(i) {
			if h := t.w[i].head; h >= 0 && t.rel(i, "conj") && t.kid(i, "nsubj") < 0 && t.kid(i, "nsubj:pass") < 0 {
				clause[h] = true
			}
			break
		}
	}
	for i, n := t.w[g].head, 0; i >= 0 && n < 4; i, n = t.w[i].head, n+1 {
		if clause[i] {
			return true
		}
		if t.verbal(i) {
			return false // the occasion belongs to another clause
		}
	}
	return false
}

// decadeValue reports a TimeML value of a decade or a century ("198", "19"): a past time
// an event's date, which is a day, a month or a year, cannot hold.
func decadeValue(v string) bool {
	if len(v) != 2 && len(v) != 3 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// spanned returns the month (or the year) of an act that word at dates by two or more days
// joined by "and" ("the visit on Monday and Tuesday", "talks on May 3 and 4"): it has no one
// day. It reports false for an act with one day or none.
func spanned(t *tree, times []timex.Expr, heads, owners []int, at int) (string, bool) {
	var days []string
	for k, o := range owners {
		if o != at || heads[k] < 0 {
			continue
		}
		dt, ok := times[k].Date()
		if !ok || !dt.Full() || containsStr(days, dt.String()) {
			continue
		}
		days = append(days, dt.String())
	}
	if len(days) < 2 {
		return "", false
	}
	// The days must be joined, not set apart ("met on Monday, before talks on Friday").
	joined := false
	for k, o := range owners {
		if o == at && heads[k] >= 0 && t.rel(heads[k], "conj") {
			joined = true
		}
	}
	if !joined {
		return "", false
	}
	v := days[0][:7]
	for _, d := range days[1:] {
		if d[:7] != v {
			return days[0][:4], true
		}
	}
	return v, true
}

// durationUnits measure a stretch of time: "60 years after", "two days before".
var durationUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "decade": true, "hour": true, "century": true}

// offsetClause reports whether word o lies in a clause that predicate word p is said to
// follow or precede by a stretch of time: "recognized Togo 60 years after Togo declared its
// independence in 1960", where 1960 is not when Togo was recognized.
func (t *tree) offsetClause(o, p int) bool {
	for c, n := o, 0; c >= 0 && c != p && n < len(t.w); c, n = t.w[c].head, n+1 {
		if !t.rel(c, "advcl") {
			continue
		}
		if m := t.kidLemma(c, "mark", "after", "before", "following"); m > 0 && durationUnits[t.w[m-1].lemma] {
			return true
		}
	}
	return false
}
