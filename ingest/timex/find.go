package timex

import (
	"strconv"
	"sync"
	"time"
)

// Expression types, as in TimeML.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Values TimeML gives to vague references.
const (
	PresentRef = "PRESENT_REF"
	PastRef    = "PAST_REF"
	FutureRef  = "FUTURE_REF"
)

// Granularity of a resolved point, for expressions anchored on an earlier one
// ("a year earlier" after "the third quarter").
const (
	gNone uint8 = iota
	gYear
	gHalf
	gQuarter
	gMonth
	gDay
)

// point is a resolved calendar point at some granularity.
type point struct {
	g       uint8
	y, m, d int // m is the quarter or half for gQuarter and gHalf
}

// afterRef reports a month or day point later than the reference date (a month point is
// later when it starts after it).
func (f *finder) afterRef(p point) bool {
	ry, rm, rd := f.ref.Year(), int(f.ref.Month()), f.ref.Day()
	if p.y != ry {
		return p.y > ry
	}
	if p.m != rm {
		return p.m > rm
	}
	return p.g == gDay && p.d > rd
}

func (p point) value() string {
	switch p.g {
	case gYear:
		return pad4(p.y)
	case gHalf:
		return pad4(p.y) + "-H" + strconv.Itoa(p.m)
	case gQuarter:
		return pad4(p.y) + "-Q" + strconv.Itoa(p.m)
	case gMonth:
		return Date{p.y, p.m, 0}.String()
	case gDay:
		return Date{p.y, p.m, p.d}.String()
	}
	return ""
}

// shiftYears moves p by n years, keeping its granularity.
func (p point) shiftYears(n int) point {
	p.y += n
	if p.g == gDay && p.d > daysIn(p.y, p.m) {
		p.d = daysIn(p.y, p.m)
	}
	return p
}

// match is one expression found at a token range, before it becomes an Expr.
type match struct {
	typ string
	val string
	pt  point // the point it resolved to, when it is one
	// absolute marks values read from the text alone (a stated year); relative ones
	// needed the reference date.
	absolute bool
	// month and day stated without a year, for datelines ("Nov 2 (Reuters)").
	mon, day int
	// anchored marks values computed from an earlier expression, not from the text or ref.
	anchored bool
	// tense of the clause around a stated (absolute) point: -1 past, +1 future, 0 unknown.
	tense int
}

// pooledTokens is the largest token array (in tokens) kept in tokPool for reuse.
const pooledTokens = 64 << 10

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Find returns every date and time expression in text, sorted by Start and not
// overlapping, with Value normalized against ref (the article's date). When ref is zero only
// absolute expressions get a value ("July 1, 2025", "1998"); relative ones get "".
func Find(text string, ref Date) []Expr {
	var out []Expr
	scan(text, ref, func(start, end int, m *match, since bool) {
		out = append(out, Expr{Text: text[start:end], Start: start, End: end, Value: m.val, Type: m.typ, Since: since})
	})
	return out
}

// scan runs the matcher over text and calls emit for every expression, in order.
func scan(text string, ref Date, emit func(start, end int, m *match, since bool)) {
	tp := tokPool.Get().(*[]token)
	toks := tokenize(text, (*tp)[:0])
	f := finder{text: text, toks: toks}
	if !ref.IsZero() {
		if ref.Month == 0 {
			ref.Month = 1
		}
		if ref.Day == 0 {
			ref.Day = 1
		}
		f.ref, f.hasRef = ref.Time(), true
	}
	var m match // one for the whole scan: emit takes its address
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.kind == tPunct {
			i++
			continue
		}
		since := false
		k := i
		if t.is(kSince) && i+1 < len(toks) {
			since, k = true, i+1
		}
		f.at = k
		j, mm, ok := f.match(k)
		if !ok {
			i++
			continue
		}
		m = mm
		if !m.absolute && !f.hasRef {
			m.val = ""
		}
		if since && f.hasRef && !m.absolute && (m.pt.g == gMonth || m.pt.g == gDay) && f.afterRef(m.pt) {
			// "since January" looks back: a month or day stated without a year that would
			// fall after the reference date is the one of the year before.
			m.pt.y--
			m.val = m.pt.value()
		}
		if m.absolute && m.pt.g != gNone {
			m.tense = f.tense(k)
		}
		if (m.pt.g == gQuarter || m.pt.g == gHalf) && f.current(m.pt) {
			f.anchor, f.anchorAt = m.pt, j
		}
		if m.pt.g != gNone && !m.anchored {
			f.last = m.pt
		}
		emit(int(toks[k].start), int(toks[j-1].end), &m, since && m.typ == TypeDate)
		i = j
	}
	if cap(toks) <= pooledTokens {
		*tp = toks[:0]
		tokPool.Put(tp) // a large article's array goes to the collector, not to the next article
	}
}

type finder struct {
	text   string
	toks   []token
	ref    time.Time
	hasRef bool
	// anchor is the last quarter or half the text spoke of ("a year earlier" moves it back);
	// last is the last point of any precision ("the following year", "that year").
	anchor, last point
	anchorAt     int // the token after the anchor
	at           int // the token being matched
}

// anchorNear is how many tokens after it a quarter stays the point the text is about.
const anchorNear = 120

// current reports whether quarter or half p is the period a report is about: one that
// started in the fifteen months before the reference date (or in the three after it).
// "The 1988 quarter" in a 1989 report is the comparison, not the subject.
func (f *finder) current(p point) bool {
	if !f.hasRef {
		return false
	}
	m := p.m
	if p.g == gQuarter {
		m = 3*(p.m-1) + 1
	} else {
		m = 6*(p.m-1) + 1
	}
	months := (f.ref.Year()-p.y)*12 + int(f.ref.Month()) - m
	return months >= -3 && months <= 15
}

// recentAnchor returns the anchor when it was stated near token at.
func (f *finder) recentAnchor() point {
	if f.at-f.anchorAt > anchorNear {
		return point{}
	}
	return f.anchor
}

func (f *finder) tok(i int) *token {
	if i >= 0 && i < len(f.toks) {
		return &f.toks[i]
	}
	return &noToken
}

var noToken token

// adj reports whether token i starts right where token i-1 ends.
func (f *finder) adj(i int) bool {
	return i > 0 && i < len(f.toks) && f.toks[i].start == f.toks[i-1].end
}

// punct reports whether token i is the punctuation mark c.
func (f *finder) punct(i int, c byte) bool {
	t := f.tok(i)
	return t.kind == tPunct && t.ch == c
}

// skipDot steps over a period right after token i-1 ("Nov.").
func (f *finder) skipDot(i int) int {
	if f.punct(i, '.') && f.adj(i) {
		return i + 1
	}
	return i
}

func (f *finder) refPoint() point {
	return point{gDay, f.ref.Year(), int(f.ref.Month()), f.ref.Day()}
}

func dayPoint(t time.Time) point { return point{gDay, t.Year(), int(t.Month()), t.Day()} }

// match tries every pattern at token i and keeps the longest. It returns the end token
// (exclusive).
func (f *finder) match(i int) (int, match, bool) {
	t := &f.toks[i]
	best, bm := 0, match{}
	try := func(j int, m match, ok bool) {
		if ok && j > best {
			best, bm = j, m
		}
	}
	switch t.kind {
	case tNum:
		try(f.numericDate(i))
		try(f.dayMonth(i))
		try(f.year(i))
		try(f.clock(i))
		try(f.ago(i))
		try(f.century(i))
	case tWord:
		if t.cls == cNone {
			return 0, match{}, false
		}
		try(f.phrase(i))
		try(f.keyword(i))
		try(f.ago(i))
		if t.cls == cNumber {
			try(f.spelledYear(i))
		}

		if t.cls == cMonth {
			try(f.monthDate(i))
		}
	}
	if best == 0 {
		return 0, match{}, false
	}
	// A time of day right after a date makes it a time: "Friday evening", "yesterday morning".
	if bm.typ == TypeDate && bm.pt.g == gDay {
		if p := f.tok(best); p.cls == cPart && !p.plural {
			bm.typ = TypeTime
			bm.val += "T" + partCode[p.val]
			best++
		}
	}
	return best, bm, true
}

// numericDate reads "2006-11-02" and "11/02/2006".
func (f *finder) numericDate(i int) (int, match, bool) {
	a := f.tok(i)
	if a.suf != sufNone {
		return 0, match{}, false
	}
	if a.nd == 4 && f.punct(i+1, '-') && f.adj(i+1) && f.tok(i+2).kind == tNum && f.adj(i+2) &&
		f.punct(i+3, '-') && f.adj(i+3) && f.tok(i+4).kind == tNum && f.adj(i+4) {
		y, m, d := int(a.num), int(f.tok(i+2).num), int(f.tok(i+4).num)
		if valid(y, m, d) && f.tok(i+2).nd <= 2 && f.tok(i+4).nd <= 2 {
			return i + 5, dayMatch(y, m, d), true
		}
	}
	if a.nd <= 2 && f.punct(i+1, '/') && f.adj(i+1) && f.tok(i+2).kind == tNum && f.tok(i+2).nd <= 2 &&
		f.adj(i+2) && f.punct(i+3, '/') && f.adj(i+3) && f.tok(i+4).kind == tNum && f.adj(i+4) {
		m, d, y := int(a.num), int(f.tok(i+2).num), int(f.tok(i+4).num)
		switch f.tok(i + 4).nd {
		case 2:
			y += 1900
			if y < 1950 {
				y += 100
			}
		case 4:
		default:
			return 0, match{}, false
		}
		if m > 12 && d <= 12 {
			m, d = d, m
		}
		if valid(y, m, d) {
			return i + 5, dayMatch(y, m, d), true
		}
	}
	// "02.11.2006": day first, as written where dots separate the parts.
	if a.nd <= 2 && f.punct(i+1, '.') && f.adj(i+1) && f.tok(i+2).kind == tNum && f.tok(i+2).nd <= 2 &&
		f.adj(i+2) && f.punct(i+3, '.') && f.adj(i+3) && f.tok(i+4).kind == tNum && f.tok(i+4).nd == 4 && f.adj(i+4) {
		d, m, y := int(a.num), int(f.tok(i+2).num), int(f.tok(i+4).num)
		if valid(y, m, d) {
			return i + 5, dayMatch(y, m, d), true
		}
	}
	return 0, match{}, false
}

func valid(y, m, d int) bool {
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func dayMatch(y, m, d int) match {
	p := point{gDay, y, m, d}
	return match{typ: TypeDate, val: p.value(), pt: p, absolute: true}
}

// yearAt reads a four-digit year at token i.
func (f *finder) yearAt(i int) (int, bool) {
	t := f.tok(i)
	if t.kind != tNum || t.nd != 4 || t.suf != sufNone || t.num < 1000 || t.num > 2999 {
		return 0, false
	}
	// Not part of a bigger number ("1,998,000", "1998.5") or an amount ("$2000", "2000%").
	if f.adj(i) {
		p := f.tok(i - 1)
		if p.kind == tPunct && (p.ch == ',' || p.ch == '.' || p.ch == '$' || p.ch == '#') {
			return 0, false
		}
	}
	if n := f.tok(i + 1); n.kind == tPunct && f.adj(i+1) {
		if n.ch == '%' || ((n.ch == ',' || n.ch == '.' || n.ch == ':') && f.tok(i+2).kind == tNum && f.adj(i+2)) {
			return 0, false
		}
	}
	return int(t.num), true
}

// yearSpan reads a year at token i, in digits ("1998") or spelled out ("nineteen
// ninety-six", "two thousand"), and returns the token after it.
func (f *finder) yearSpan(i int) (int, int, bool) {
	if y, ok := f.yearAt(i); ok {
		return y, i + 1, true
	}
	t := f.tok(i)
	if t.cls != cNumber {
		return 0, 0, false
	}
	if t.val == 2 && f.tok(i+1).is(kThousand) {
		j := i + 2
		if f.tok(j).is(kAnd) && f.tok(j+1).cls == cNumber {
			j++
		}
		if n, e, ok := f.countAt(j); ok && n > 0 && n < 100 && f.tok(j).cls == cNumber {
			return 2000 + n, e, true
		}
		return 2000, i + 2, true
	}
	if t.val < 11 || t.val > 20 {
		return 0, 0, false
	}
	n := f.tok(i + 1)
	if n.cls != cNumber || n.val < 10 {
		return 0, 0, false
	}
	if v, e, ok := f.countAt(i + 1); ok && v >= 10 && v < 100 {
		return int(t.val)*100 + v, e, true
	}
	return 0, 0, false
}

// dayAt reads a day of the month at token i ("4", "4th").
func (f *finder) dayAt(i int) (int, bool) {
	t := f.tok(i)
	if t.kind != tNum || t.nd > 2 || t.suf == sufS || t.num < 1 || t.num > 31 {
		return 0, false
	}
	if n := f.tok(i + 1); n.kind == tPunct && f.adj(i+1) && (n.ch == '%' || ((n.ch == ':' || n.ch == '.' || n.ch == ',') && f.tok(i+2).kind == tNum && f.adj(i+2))) {
		return 0, false
	}
	return int(t.num), true
}

// monthAt reads a month name at token i and returns the token after it (and its period).
// Abbreviations count only with a period or before a number; "May" and "March" need a
// capital letter.
func (f *finder) monthAt(i int) (int, int, bool) {
	t := f.tok(i)
	if t.kind != tWord || t.cls != cMonth {
		return 0, 0, false
	}
	j := i + 1
	if t.abbr {
		j = f.skipDot(j)
	}
	if t.abbr && j == i+1 && f.tok(j).kind != tNum {
		return 0, 0, false
	}
	if !t.capital && (t.val == 5 || t.val == 3 || t.abbr) {
		return 0, 0, false
	}
	return int(t.val), j, true
}

// monthDate reads expressions led by a month: "July 1, 2025", "Nov. 4-5", "March 1998",
// "March".
func (f *finder) monthDate(i int) (int, match, bool) {
	mon, j, ok := f.monthAt(i)
	if !ok {
		return 0, match{}, false
	}
	if d, ok := f.dayAt(j); ok && (f.tok(j).suf == sufOrd || f.tok(j).nd <= 2) {
		k := j + 1
		// "Nov. 4-5", "Nov. 4 to 5": the range starts on the first day.
		if (f.punct(k, '-') || f.tok(k).is(kTo)) && f.tok(k+1).kind == tNum {
			if _, ok := f.dayAt(k + 1); ok {
				k += 2
			}
		}
		yk := k
		if f.punct(yk, ',') {
			yk++
		}
		if y, e, ok := f.yearSpan(yk); ok && valid(y, mon, d) {
			return e, dayMatch(y, mon, d), true
		}
		if d > daysIn(2000, mon) {
			return 0, match{}, false
		}
		m := f.monthDay(i, mon, d)
		return k, m, true
	}
	k := j
	if f.punct(k, ',') || f.tok(k).is(kOf) {
		k++
	}
	if y, e, ok := f.yearSpan(k); ok {
		p := point{gMonth, y, mon, 0}
		return e, match{typ: TypeDate, val: p.value(), pt: p, absolute: true}, true
	}
	// "July last year", "March of next year".
	if e, step, ok := f.relYear(k); ok {
		m := match{typ: TypeDate}
		if f.hasRef {
			m.pt = point{gMonth, f.ref.Year() + step, mon, 0}
			m.val = m.pt.value()
		}
		return e, m, true
	}
	// A bare month: full names only; "May" and "March" only after a word that introduces
	// a date ("in May", "since March").
	t := f.tok(i)
	if t.abbr && j == i+1 {
		return 0, match{}, false
	}
	if t.val == 5 || t.val == 3 {
		p := f.tok(i - 1)
		if i == 0 || !(p.is(kIn) || p.is(kSince) || p.is(kUntil) || p.is(kBy) || p.is(kOf) ||
			p.is(kFrom) || p.is(kThrough) || p.is(kTo) || p.is(kLast) || p.is(kNext) || p.is(kThis) ||
			p.is(kEarly) || p.is(kMid) || p.is(kLate) || p.is(kBefore) || p.is(kAfter) || p.is(kOn) ||
			(p.kind == tPunct && p.ch == '-')) {
			return 0, match{}, false
		}
	}
	return j, f.month(i, mon, 0), true
}

// dayMonth reads "1 July 2025", "4th of July".
func (f *finder) dayMonth(i int) (int, match, bool) {
	d, ok := f.dayAt(i)
	if !ok {
		return 0, match{}, false
	}
	j := i + 1
	// "4-5 November": the range starts on the first day.
	if (f.punct(j, '-') || f.tok(j).is(kTo)) && f.tok(j+1).kind == tNum {
		if _, ok := f.dayAt(j + 1); ok {
			j += 2
		}
	}
	if f.tok(j).is(kOf) {
		j++
	}
	mon, k, ok := f.monthAt(j)
	if !ok {
		return 0, match{}, false
	}
	yk := k
	if f.punct(yk, ',') {
		yk++
	}
	if y, e, ok := f.yearSpan(yk); ok && valid(y, mon, d) {
		return e, dayMatch(y, mon, d), true
	}
	if d > daysIn(2000, mon) {
		return 0, match{}, false
	}
	return k, f.monthDay(i, mon, d), true
}

// monthDay resolves a month and day stated without a year.
func (f *finder) monthDay(i, mon, d int) match {
	m := match{typ: TypeDate, mon: mon, day: d}
	if !f.hasRef {
		return m
	}
	y := f.pickYear(i, mon, d, f.tense(i))
	if d > daysIn(y, mon) {
		d = daysIn(y, mon)
	}
	m.pt = point{gDay, y, mon, d}
	m.val = m.pt.value()
	return m
}

// month resolves a month stated without a year; dir forces the last (-1) or next (+1) one.
func (f *finder) month(i, mon, dir int) match {
	m := match{typ: TypeDate}
	if !f.hasRef {
		return m
	}
	y := f.ref.Year()
	rm := int(f.ref.Month())
	switch {
	case dir < 0:
		if mon >= rm {
			y--
		}
	case dir > 0:
		if mon <= rm {
			y++
		}
	default:
		y = f.pickYear(i, mon, 0, f.tense(i))
	}
	m.pt = point{gMonth, y, mon, 0}
	m.val = m.pt.value()
	return m
}

// pickYear chooses the year of a month (and day) stated without one. A date within three
// months of the reference date stays in its year; one ten months or more away goes to the
// nearer year; in between the tense decides, and without one a day takes the nearer year
// and a bare month (news looks back more than ahead) the past one.
func (f *finder) pickYear(i, mon, d, tense int) int {
	ry := f.ref.Year()
	rm, rd := int(f.ref.Month()), f.ref.Day()
	bare := d == 0
	if bare {
		d = 15
		if mon == rm {
			d = rd
		}
	}
	diff := float64(mon-rm) + float64(d-rd)/31 // months after the reference, same year
	abs := diff
	if abs < 0 {
		abs = -abs
	}
	other := ry + 1 // the year on the other side of the reference
	if diff > 0 {
		other = ry - 1
	}
	switch {
	case abs <= 3:
		return ry
	case abs >= 10:
		return other
	case tense > 0:
		if diff > 0 {
			return ry
		}
		return other
	case tense == 0 && !bare && abs <= 6:
		return ry
	case tense == 0 && !bare:
		return other
	}
	if diff < 0 {
		return ry
	}
	return other
}

// tense guesses from the words around token i whether the clause speaks of the future
// (+1), the past (-1) or cannot tell (0). The nearest marker before i wins; failing one,
// the nearest after it.
func (f *finder) tense(i int) int {
	// A deadline word right before the date: "by May", "until Friday", "effective June 1".
	if p := f.tok(i - 1); i > 0 && (p.is(kUntil) || p.is(kThrough) || p.is(kEffective)) {
		return 1
	}
	// "ahead of the weekend": the date itself lies ahead (but not the act of a clause
	// that happens ahead of something else).
	j := i - 1
	if j > 0 && f.isWord(j, "the") {
		j--
	}
	if j > 0 && f.tok(j).is(kOf) && f.tok(j-1).is(kUpcoming) {
		return 1
	}
	t := f.scanTense(i)
	if t == 0 && f.tok(i-1).is(kBy) { // "by May", unless "had filed by May"
		return 1
	}
	return t
}

// scanTense looks for the nearest tense marker before token i, then after it.
func (f *finder) scanTense(i int) int {
	for k, n := i-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		t := &f.toks[k]
		if t.kind == tPunct && (t.ch == '.' || t.ch == '!' || t.ch == '?' || t.ch == ';') {
			break
		}
		if t.kind == tWord && f.isWord(k, "but") {
			break // a new clause
		}
		if v := f.tenseOf(k); v != 0 {
			// "had been scheduled to", "was expected": a plan that lies in the past.
			if v > 0 {
				for b := k - 1; b >= 0 && b >= k-3; b-- {
					if bt := &f.toks[b]; bt.is(kHad) || bt.is(kWas) || bt.is(kBeen) {
						return -1
					}
				}
			}
			return v
		}
	}
	for k, n := i+1, 0; k < len(f.toks) && n < 8; k, n = k+1, n+1 {
		t := &f.toks[k]
		if t.kind == tPunct && (t.ch == '.' || t.ch == '!' || t.ch == '?' || t.ch == ';') {
			break
		}
		if v := f.tenseOf(k); v != 0 {
			return v
		}
	}
	return 0
}

// passive reports whether the participle at token k follows "be", "is", "been" or
// "being", which says nothing of the time: "will be played", "is held".
func (f *finder) passive(k int) bool {
	p := f.tok(k - 1)
	return p.is(kIs) || p.is(kBeen) || f.isWord(k-1, "be") || f.isWord(k-1, "being")
}

func (f *finder) tenseOf(k int) int {
	t := &f.toks[k]
	if t.kind != tWord {
		return 0
	}
	if t.cls == cKey {
		switch int(t.val) {
		case kWill, kShall, kWould, kGoing, kSchedule, kExpect, kUpcoming, kNext, kComing, kEffective:
			if t.is(kSchedule) && f.tok(k+1).is(kTo) && f.text[t.start]|0x20 == 'd' {
				return 0 // "due to": because of
			}
			if t.is(kUpcoming) && f.text[t.start]|0x20 == 'a' {
				// "16 points ahead": a lead, not a time; "reached agreement ahead of the
				// poll": the poll lies ahead, not the clause's act.
				return 0
			}
			return 1
		case kPlan:
			if f.tok(k + 1).is(kTo) {
				return 1
			}
		case kIs:
			if f.tok(k + 1).is(kTo) {
				return 1
			}
		case kPastVerb:
			if f.passive(k) {
				return 0
			}
			return -1
		case kSaid, kWas, kHad, kDid, kAgo, kLast, kRecently, kEarlier, kPreviously, kFormerly:
			return -1
		}
		return 0
	}
	if t.cls == cNone && t.end-t.start == 2 && equalFold(f.text[t.start:t.end], "be") && f.tok(k-1).is(kTo) {
		return 1 // "to be published"
	}
	if t.cls != cNone || t.end-t.start < 3 {
		return 0
	}
	if t.end-t.start == 3 && equalFold(f.text[t.start:t.end], "set") {
		if f.tok(k + 1).is(kTo) {
			return 1
		}
		return 0
	}
	if e := f.text[t.end-2 : t.end]; (e[0]|0x20) == 'e' && (e[1]|0x20) == 'd' {
		if f.passive(k) {
			return 0
		}
		return -1
	}
	return 0
}

// weekday resolves a weekday: dir -1 for "last Friday", +1 for "next Friday", 0 to let
// the tense decide (the past by default, today included).
func (f *finder) weekday(i, wd, dir int) match {
	m := match{typ: TypeDate}
	if !f.hasRef {
		return m
	}
	rw := int(f.ref.Weekday())
	var t time.Time
	switch {
	case dir < 0:
		back := (rw - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		t = f.ref.AddDate(0, 0, -back)
	case dir > 0:
		fwd := (wd - rw + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		t = f.ref.AddDate(0, 0, fwd)
	default:
		if j := i - 2; j >= 0 && f.tok(j).cls == cWeekday && !f.tok(j).abbr && (f.tok(i-1).is(kAnd) || f.tok(i-1).is(kOr) || f.tok(i-1).is(kTo) || f.tok(i-1).is(kThrough)) {
			// "on Monday and Tuesday", "Monday to Wednesday": the days after the first
			// one, in its week, whatever tense is near the second.
			if first := f.weekday(j, int(f.tok(j).val), 0); first.pt.g == gDay {
				ft := time.Date(first.pt.y, time.Month(first.pt.m), first.pt.d, 0, 0, 0, 0, time.UTC)
				t = ft.AddDate(0, 0, (wd-int(ft.Weekday())+7)%7)
				break
			}
		}
		if f.tense(i) > 0 {
			t = f.ref.AddDate(0, 0, (wd-rw+7)%7)
		} else {
			t = f.ref.AddDate(0, 0, -((rw - wd + 7) % 7))
		}
	}
	m.pt = dayPoint(t)
	m.val = m.pt.value()
	return m
}

// year reads "1998", "1990s", "1998-99".
func (f *finder) year(i int) (int, match, bool) {
	t := f.tok(i)
	if t.kind == tNum && t.nd == 4 && t.suf == sufS && t.num%10 == 0 {
		return i + 1, match{typ: TypeDate, val: strconv.Itoa(int(t.num / 10)), absolute: true}, true
	}
	// "the '90s", "’80s"
	if t.kind == tNum && t.nd == 2 && t.suf == sufS && t.num%10 == 0 && f.adj(i) {
		if p := f.tok(i - 1); p.kind == tPunct && (p.ch == '\'' || p.ch == '?') {
			return i + 1, f.decade(int(t.num)), true
		}
	}
	y, ok := f.yearAt(i)
	if !ok || y < 1600 || y > 2200 {
		return 0, match{}, false
	}
	// A number that counts something is no year: "1998 people".
	if n := f.tok(i + 1); n.kind == tWord && n.cls == cUnit {
		return 0, match{}, false
	}
	p := point{gYear, y, 0, 0}
	return i + 1, match{typ: TypeDate, val: p.value(), pt: p, absolute: true}, true
}

// spelledYear reads a year spelled out on its own: "nineteen ninety-six"; "two thousand"
// only after a word that introduces a date, since it is a count as often.
func (f *finder) spelledYear(i int) (int, match, bool) {
	y, e, ok := f.yearSpan(i)
	if !ok {
		return 0, match{}, false
	}
	if y/100 == 20 && f.tok(i).val == 2 {
		p := f.tok(i - 1)
		if i == 0 || !(p.is(kIn) || p.is(kBy) || p.is(kSince) || p.is(kUntil) || (p.cls == cUnit && p.val == uYear)) {
			return 0, match{}, false
		}
	}
	pt := point{gYear, y, 0, 0}
	return e, match{typ: TypeDate, val: pt.value(), pt: pt, absolute: true}, true
}

// decade resolves a decade named by its tens ("the nineties", "the '90s"): in the
// reference date's century when that makes it no later than the reference, else the one
// before; without a reference, the 1900s.
func (f *finder) decade(tens int) match {
	c := 19
	if f.hasRef {
		c = f.ref.Year() / 100
		if c*100+tens > f.ref.Year() {
			c--
		}
	}
	return match{typ: TypeDate, val: strconv.Itoa(c*10 + tens/10), absolute: true}
}

// clock reads "5 p.m.", "7:15 pm", "10:30 a.m. EST", with the day that follows if any.
func (f *finder) clock(i int) (int, match, bool) {
	h := int(f.tok(i).num)
	if f.tok(i).suf != sufNone {
		return 0, match{}, false
	}
	// "1500 GMT", "0200 UTC": the 24-hour clock of wire stories.
	if f.tok(i).nd == 4 {
		z := f.tok(i + 1)
		if !z.is(kZone) || h/100 > 24 || h%100 > 59 || equalFold(f.text[z.start:z.end], "et") {
			return 0, match{}, false
		}
		return f.withDay(i+2, h/100, h%100)
	}
	if f.tok(i).nd > 2 {
		return 0, match{}, false
	}
	j, mi := i+1, 0
	hasMin := false
	if f.punct(j, ':') && f.adj(j) && f.tok(j+1).kind == tNum && f.tok(j+1).nd == 2 && f.adj(j+1) {
		mi, j, hasMin = int(f.tok(j+1).num), j+2, true
	}
	pm, k, ok := f.meridiem(j)
	if !ok {
		if !hasMin || !(f.tok(i-1).is(kAt) || f.tok(j).is(kZone)) || h > 24 || mi > 59 {
			return 0, match{}, false
		}
		k = j
	} else {
		if h < 1 || h > 12 || mi > 59 {
			return 0, match{}, false
		}
		if pm && h < 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
	}
	if f.tok(k).is(kZone) {
		k++
	}
	return f.withDay(k, h, mi)
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at token j.
func (f *finder) meridiem(j int) (pm bool, next int, ok bool) {
	t := f.tok(j)
	if t.kind != tWord {
		return false, 0, false
	}
	s := f.text[t.start:t.end]
	if len(s) == 1 && (s[0]|0x20 == 'a' || s[0]|0x20 == 'p') && f.punct(j+1, '.') && f.adj(j+1) {
		if m := f.tok(j + 2); m.kind == tWord && m.end-m.start == 1 && f.text[m.start]|0x20 == 'm' && f.adj(j+2) {
			return s[0]|0x20 == 'p', f.skipDot(j + 3), true
		}
	}
	if len(s) == 2 && (s[1]|0x20) == 'm' && (s[0]|0x20 == 'a' || s[0]|0x20 == 'p') {
		return s[0]|0x20 == 'p', j + 1, true
	}
	return false, 0, false
}

// withDay finishes a time of day at token k with the day stated after it ("5 p.m. Friday",
// "5 p.m. EST, Nov. 6"), or the reference date.
func (f *finder) withDay(k, h, mi int) (int, match, bool) {
	day, end := point{}, k
	j := k
	if f.punct(j, ',') {
		j++
	}
	if f.tok(j).is(kOn) {
		j++
	}
	if e, m, ok := f.dayExpr(j); ok {
		day, end = m.pt, e
	} else if f.hasRef {
		day = f.refPoint()
	}
	m := match{typ: TypeTime}
	if day.g == gDay {
		m.val = day.value() + "T" + pad2(h) + ":" + pad2(mi)
	}
	return end, m, true
}

// dayExpr reads a day: a weekday, today/yesterday/tomorrow or a month and day.
func (f *finder) dayExpr(j int) (int, match, bool) {
	t := f.tok(j)
	switch {
	case t.cls == cWeekday && !t.abbr:
		return j + 1, f.weekday(j, int(t.val), 0), true
	case t.is(kToday) || t.is(kYesterday) || t.is(kTomorrow):
		return f.keyword(j)
	case t.cls == cMonth:
		if e, m, ok := f.monthDate(j); ok && m.pt.g == gDay {
			return e, m, true
		}
	}
	return 0, match{}, false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}
