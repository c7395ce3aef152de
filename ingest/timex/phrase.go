package timex

import (
	"strconv"
	"time"
)

// Determiners before a unit, a month, a weekday or a season.
const (
	dNone = iota
	dThis
	dLast // last, previous, past (without a number)
	dNext // next, coming
	dLatest
	dPast      // "the past": a span up to now
	dFollowing // "the following year": after the last point the text spoke of
	dThat      // "that year": the last point the text spoke of
)

func (f *finder) stepOf(det int) int {
	switch det {
	case dLast:
		return -1
	case dNext:
		return 1
	}
	return 0
}

// isWord reports whether token k is the lower-case word w.
func (f *finder) isWord(k int, w string) bool {
	t := f.tok(k)
	return t.kind == tWord && equalFold(f.text[t.start:t.end], w)
}

// quarterAt reads "third quarter", "third-quarter", "first half", "quarter", "period" at
// token k. q is 0 when no ordinal names the quarter.
func (f *finder) quarterAt(k int) (g uint8, q, next int, ok bool) {
	if o := f.tok(k); o.cls == cOrdinal && o.val <= 4 {
		q = int(o.val)
		k++
		if f.punct(k, '-') && f.adj(k) {
			k++
		}
	}
	u := f.tok(k)
	switch {
	case u.cls == cUnit && !u.plural && u.val == uQuarter:
		g = gQuarter
	case u.cls == cUnit && !u.plural && u.val == uHalf && q <= 2:
		g = gHalf
	case q == 0 && f.isWord(k, "period"):
		g = gQuarter
	default:
		return 0, 0, 0, false
	}
	if f.punct(k+1, '-') && f.adj(k+1) && f.tok(k+2).kind == tWord && f.adj(k+2) {
		return 0, 0, 0, false // "quarter-century"
	}
	return g, q, k + 1, true
}

// quarter resolves a quarter or half of the reference year moved by step years. Without an
// ordinal it takes the quarter the text spoke of last, and fails without one.
func (f *finder) quarter(g uint8, q, step int) match {
	m := match{typ: TypeDate}
	if q == 0 {
		a := f.recentAnchor()
		if a.g != g {
			return m
		}
		q = a.m
	}
	if f.hasRef {
		m.pt = point{g, f.ref.Year() + step, q, 0}
		m.val = m.pt.value()
	}
	return m
}

// fromLast resolves "the following year", "that month" from the last point the text
// spoke of, if it is precise enough.
func (f *finder) fromLast(j, u, det int) (int, match, bool) {
	step := 0
	if det == dFollowing {
		step = 1
	}
	p, ok := f.shiftLast(u, step)
	if !ok {
		return 0, match{}, false
	}
	return j + 1, match{typ: TypeDate, val: p.value(), anchored: true}, true
}

// shiftLast moves the last point the text spoke of by step units, when it is at least as
// precise as the unit.
func (f *finder) shiftLast(u, step int) (point, bool) {
	p := f.last
	switch {
	case u == uYear && p.g >= gYear:
		return point{gYear, p.y + step, 0, 0}, true
	case u == uMonth && p.g >= gMonth:
		t := time.Date(p.y, time.Month(p.m+step), 1, 0, 0, 0, 0, time.UTC)
		return point{gMonth, t.Year(), int(t.Month()), 0}, true
	case u == uDay && p.g == gDay:
		return dayPoint(time.Date(p.y, time.Month(p.m), p.d+step, 0, 0, 0, 0, time.UTC)), true
	case u == uQuarter && (p.g == gQuarter || f.recentAnchor().g == gQuarter):
		if p.g != gQuarter {
			p = f.recentAnchor()
		}
		q := p.m - 1 + step
		y := p.y + q/4
		if q < 0 {
			y = p.y - (3-q)/4
		}
		return point{gQuarter, y, ((q%4)+4)%4 + 1, 0}, true
	}
	return point{}, false
}

// century reads "the 20th century", "the eleventh century": TimeML writes them "19", "10".
func (f *finder) century(j int) (int, match, bool) {
	t := f.tok(j)
	n := int(t.val)
	if t.kind == tNum {
		n = int(t.num)
	}
	u := f.tok(j + 1)
	if u.cls != cUnit || u.val != uCentury || u.plural || n < 1 || n > 30 {
		return 0, match{}, false
	}
	return j + 2, match{typ: TypeDate, val: pad2(n - 1), absolute: true}, true
}

func vague(v string) match { return match{typ: TypeDate, val: v, absolute: true} }

// keyword reads one-word and fixed expressions: "today", "now", "recently", "the future".
func (f *finder) keyword(i int) (int, match, bool) {
	t := f.tok(i)
	if t.cls != cKey {
		return 0, match{}, false
	}
	switch int(t.val) {
	case kToday:
		return i + 1, f.dayOffset(0), true
	case kYesterday:
		return i + 1, f.dayOffset(-1), true
	case kTomorrow:
		return i + 1, f.dayOffset(1), true
	case kTonight:
		m := f.dayOffset(0)
		m.typ, m.pt = TypeTime, point{}
		if m.val != "" {
			m.val += "TNI"
		}
		return i + 1, m, true
	case kNow, kCurrently:
		// "now" as in "now that" is still the present.
		return i + 1, vague(PresentRef), true
	case kCurrent:
		return i + 1, vague(PresentRef), true
	case kRecently:
		return i + 1, vague(PastRef), true
	case kRecent:
		if u := f.tok(i + 1); u.cls == cUnit && u.plural {
			return i + 2, vague(PastRef), true
		}
	case kSoon:
		if f.tok(i - 1).is(kAs) {
			if f.tok(i+1).is(kAs) && f.isWord(i+2, "possible") {
				return i + 3, vague(FutureRef), true
			}
			return 0, match{}, false // "as soon as"
		}
		return i + 1, vague(FutureRef), true
	case kFuture:
		if u := f.tok(i + 1); u.cls == cUnit && u.plural {
			return i + 2, vague(FutureRef), true
		}
	case kA:
		if f.tok(i+1).is(kLater) && f.isWord(i+2, "date") {
			return i + 3, vague(FutureRef), true
		}
	case kThese:
		if u := f.tok(i + 1); u.cls == cUnit && u.val == uDay && u.plural {
			return i + 2, vague(PresentRef), true
		}
	case kAt:
		if f.tok(i + 1).is(kPresent) {
			return i + 2, vague(PresentRef), true
		}
	case kEach, kEvery:
		return f.set(i)
	case kDaily, kWeekly, kMonthly:
		// "China Daily", "the French daily Le Figaro": a newspaper, not a recurrence.
		if t.capital || f.tok(i+1).capital {
			return 0, match{}, false
		}
		return f.periodic(i)
	case kAnnually, kYearly:
		return i + 1, match{typ: TypeSet, val: "XXXX", absolute: true}, true
	case kHourly:
		return i + 1, match{typ: TypeSet, val: "PT1H", absolute: true}, true
	case kNoon:
		return f.withDay(i+1, 12, 0)
	case kMidnight:
		return f.withDay(i+1, 24, 0)
	case kThe:
		n := f.tok(i + 1)
		switch {
		case n.is(kFuture):
			return i + 2, vague(FutureRef), true
		case n.is(kPast):
			if u := f.tok(i + 2); u.cls != cUnit && u.cls != cNumber && u.kind != tNum && !u.is(kFew) && !u.is(kSeveral) {
				return i + 2, vague(PastRef), true
			}
		case n.is(kNear) && (f.tok(i+2).is(kFuture) || f.tok(i+2).is(kTerm)):
			return i + 3, vague(FutureRef), true
		case (n.is(kShort) || n.is(kLong)) && f.tok(i+2).is(kTerm):
			return i + 3, vague(FutureRef), true
		}
	}
	return 0, match{}, false
}

// periodic reads "daily", "weekly", "monthly".
func (f *finder) periodic(i int) (int, match, bool) {
	v := "XXXX-XX-XX"
	switch {
	case f.tok(i).is(kWeekly):
		v = "XXXX-WXX"
	case f.tok(i).is(kMonthly):
		v = "XXXX-XX"
	}
	return i + 1, match{typ: TypeSet, val: v, absolute: true}, true
}

// set reads a recurrence after "every" or "each" at token i: "every month" (P1M),
// "each Thursday" (XXXX-WXX-4), "every July" (XXXX-07).
func (f *finder) set(i int) (int, match, bool) {
	j := i + 1
	t := f.tok(j)
	m := match{typ: TypeSet, absolute: true}
	switch {
	case t.cls == cUnit && !t.plural:
		m.val = duration(1, int(t.val))
	case t.cls == cWeekday && !t.abbr:
		m.val = "XXXX-WXX-" + strconv.Itoa((int(t.val)+6)%7+1)
	case t.cls == cMonth && !t.abbr && t.capital:
		m.val = "XXXX-" + pad2(int(t.val))
	default:
		return 0, match{}, false
	}
	if m.val == "" {
		return 0, match{}, false
	}
	return j + 1, m, true
}

// relYear reads "last year", "this year", "next year" at token k and returns the year step.
func (f *finder) relYear(k int) (int, int, bool) {
	u := f.tok(k + 1)
	if u.cls != cUnit || u.val != uYear || u.plural {
		return 0, 0, false
	}
	switch t := f.tok(k); {
	case t.is(kLast):
		return k + 2, -1, true
	case t.is(kThis):
		return k + 2, 0, true
	case t.is(kNext):
		return k + 2, 1, true
	}
	return 0, 0, false
}

func (f *finder) dayOffset(n int) match {
	m := match{typ: TypeDate}
	if f.hasRef {
		m.pt = dayPoint(f.ref.AddDate(0, 0, n))
		m.val = m.pt.value()
	}
	return m
}

// phrase reads expressions built from optional modifiers and a head:
// [the] [early|mid|late|the end of] [earlier|later] [this|last|next|past...] [fiscal]
// head, where the head is a unit ("week"), an ordinal quarter, a month, a weekday, a
// season, a part of day, a year or a day word.
func (f *finder) phrase(i int) (int, match, bool) {
	j := i
	the := false
	if f.tok(j).is(kThe) {
		the, j = true, j+1
	}
	edge := false
	switch t := f.tok(j); {
	case t.is(kEarly) || t.is(kMid) || t.is(kLate):
		edge, j = true, j+1
		if f.punct(j, '-') && f.adj(j) {
			j++
		}
	case (t.is(kEnd) || t.is(kBeginning)) && f.tok(j+1).is(kOf):
		edge, j = true, j+2
		if f.tok(j).is(kThe) {
			the, j = true, j+1
		}
	}
	if t := f.tok(j); t.is(kEarlier) || t.is(kLater) {
		if n := f.tok(j + 1); n.is(kThis) || n.is(kNext) || n.is(kLast) || n.is(kToday) || n.is(kTomorrow) ||
			n.is(kYesterday) || n.cls == cWeekday || n.cls == cMonth {
			edge, j = true, j+1
		}
	}
	det := dNone
	switch t := f.tok(j); {
	case t.is(kThis):
		det, j = dThis, j+1
		if n := f.tok(j); n.is(kComing) {
			det, j = dNext, j+1
		} else if n.is(kPast) {
			det, j = dLast, j+1
		}
	case t.is(kCurrent):
		det, j = dThis, j+1
	case t.is(kLast) || t.is(kPrevious):
		det, j = dLast, j+1
	case t.is(kPast):
		det, j = dLast, j+1
		if the {
			det = dPast
		}
	case t.is(kNext) || t.is(kComing):
		det, j = dNext, j+1
	case t.is(kLatest):
		det, j = dLatest, j+1
		if f.tok(j).is(kRecent) {
			j++
		}
	case t.is(kFollowing) && the:
		det, j = dFollowing, j+1
	case (t.is(kThat) || (t.is(kSame) && the && f.isWord(j, "same"))) && f.tok(j+1).cls == cUnit && !f.tok(j+1).plural:
		det, j = dThat, j+1
	}
	if f.tok(j).is(kFiscal) || f.isWord(j, "full") {
		j++
	}
	if det == dLast || det == dPast || det == dNext {
		if n, k, ok := f.countAt(j); ok && n != 1 && f.tok(k).cls == cUnit && f.tok(k).plural {
			return k + 1, match{typ: TypeDuration, val: duration(n, int(f.tok(k).val)), absolute: true}, true
		}
	}
	h := f.tok(j)
	// "the latest period", "this period": the quarter the text is about.
	if (det == dLatest || det == dThis) && f.isWord(j, "period") {
		m := f.quarter(gQuarter, 0, 0)
		if m.val == "" && f.hasRef {
			m, _ = f.unitPoint(j, uQuarter, dLatest, true)
		}
		return j + 1, m, true
	}
	// "year-end", "year end", "year's end": the last day of the year.
	if h.cls == cUnit && h.val == uYear && !h.plural {
		k := j + 1
		if f.punct(k, '-') && f.adj(k) {
			k++
		} else if f.punct(k, '\'') && f.isWord(k+1, "s") {
			k += 2
		}
		if f.tok(k).is(kEnd) && (det == dNone || det == dThis || det == dLast) {
			m := match{typ: TypeDate}
			if f.hasRef {
				y := f.ref.Year() + f.stepOf(det)
				if det == dNone && f.tok(i-1).is(kSince) {
					y--
				}
				m.pt = point{gDay, y, 12, 31}
				m.val = m.pt.value()
			}
			return k + 1, m, true
		}
	}
	switch {
	case h.cls == cUnit:
		if det == dNone && !the {
			return 0, match{}, false
		}
		// A compound such as "quarter-century" or "year-earlier" is not this unit.
		if f.punct(j+1, '-') && f.adj(j+1) && f.tok(j+2).kind == tWord && f.adj(j+2) {
			return 0, match{}, false
		}
		if h.plural {
			return f.spanBack(i, j, det)
		}
		if h.val == uYear {
			// "the year two thousand"
			if y, e, ok := f.yearSpan(j + 1); ok && det == dNone {
				p := point{gYear, y, 0, 0}
				return e, match{typ: TypeDate, val: p.value(), pt: p, absolute: true}, true
			}
			// "next year's first quarter", "last year's quarter"
			if det != dNone && det != dPast && f.punct(j+1, '\'') && f.adj(j+1) && f.isWord(j+2, "s") {
				if g, q, e, ok := f.quarterAt(j + 3); ok {
					return e, f.quarter(g, q, f.stepOf(det)), true
				}
			}
		}
		if det == dFollowing || det == dThat {
			return f.fromLast(j, int(h.val), det)
		}
		// "the previous day", "the next day": next to the last day the text spoke of.
		if the && h.val == uDay && (det == dLast || det == dNext) {
			m := match{typ: TypeDate, anchored: true}
			if p, ok := f.shiftLast(uDay, f.stepOf(det)); ok {
				m.val = p.value()
			}
			return j + 1, m, true
		}
		m, ok := f.unitPoint(j, int(h.val), det, the)
		if !ok {
			return 0, match{}, false
		}
		if m.pt.g == gQuarter || m.pt.g == gHalf {
			return f.ofYear(j+1, m)
		}
		return j + 1, m, true
	case h.cls == cOrdinal && h.val <= 4:
		g, q, e, ok := f.quarterAt(j)
		if !ok {
			return f.century(j)
		}
		m := f.quarter(g, q, f.stepOf(det))
		if !f.tok(e).is(kOf) {
			return e, m, true
		}
		// "the third quarter of 1990", "of next year", "of the year"; but "the second
		// half of the talks" is no date.
		if ee, mm, _ := f.ofYear(e, m); ee > e {
			return ee, mm, true
		}
		if f.tok(e+1).is(kThe) && f.isWord(e+2, "year") {
			return e + 3, m, true
		}
		if n := f.tok(e + 1); n.kind == tNum || n.kind == tPunct { // "of $226.3 million"
			return e, m, true
		}
		return 0, match{}, false
	case h.cls == cOrdinal || (h.kind == tNum && h.suf == sufOrd):
		return f.century(j)
	case h.cls == cMonth:
		if det == dNone {
			if !edge {
				return 0, match{}, false
			}
			return f.monthDate(j)
		}
		mon, e, ok := f.monthAt(j)
		if !ok {
			return 0, match{}, false
		}
		switch det {
		case dLast:
			return e, f.month(j, mon, -1), true
		case dNext:
			return e, f.month(j, mon, 1), true
		case dThis:
			m := match{typ: TypeDate}
			if f.hasRef {
				m.pt = point{gMonth, f.ref.Year(), mon, 0}
				m.val = m.pt.value()
			}
			return e, m, true
		}
	case h.cls == cWeekday:
		if h.abbr {
			return 0, match{}, false
		}
		e := j + 1
		switch det {
		case dLast:
			return e, f.weekday(j, int(h.val), -1), true
		case dNext:
			return e, f.weekday(j, int(h.val), 1), true
		case dNone, dThis:
			// "Tuesday, Nov. 4" names its date.
			k := e
			if f.punct(k, ',') {
				k++
			}
			if ee, m, ok := f.monthDate(k); ok && (m.pt.g == gDay || m.mon != 0) {
				return ee, m, true
			}
			if f.punct(e, '\'') && f.tok(e+1).kind == tWord && f.text[f.tok(e+1).start]|0x20 == 's' && f.tok(e+1).end-f.tok(e+1).start == 1 {
				// "Tuesday's vote": the possessive stays outside the expression.
			}
			return e, f.weekday(j, int(h.val), 0), true
		}
	case h.cls == cSeason:
		return f.season(i, j, det, the || edge)
	case h.cls == cPart && !h.plural:
		m := match{typ: TypeTime}
		switch {
		case det == dNone && edge:
			// "mid-afternoon", "late morning yesterday"
			k := j + 1
			day := point{}
			if e, dm, ok := f.dayExpr(k); ok {
				day, k = dm.pt, e
			} else if f.hasRef {
				day = f.refPoint()
			}
			if day.g == gDay {
				m.val = day.value() + "T" + partCode[h.val]
			}
			return k, m, true
		case det == dThis:
		case det == dLast && h.val == 4:
			if f.hasRef {
				m.val = dayPoint(f.ref.AddDate(0, 0, -1)).value() + "TNI"
			}
			return j + 1, m, true
		default:
			return 0, match{}, false
		}
		if f.hasRef {
			m.val = f.refPoint().value() + "T" + partCode[h.val]
		}
		return j + 1, m, true
	case h.cls == cDecade && (the || edge) && det == dNone:
		return j + 1, f.decade(int(h.val)), true
	case h.kind == tPunct && (h.ch == '\'' || h.ch == '?') && (the || edge) && det == dNone:
		if n := f.tok(j + 1); n.kind == tNum && n.nd == 2 && n.suf == sufS {
			return f.year(j + 1)
		}
	case h.kind == tNum:
		if det != dNone || !(edge || the || f.tok(j-1).is(kFiscal)) {
			return 0, match{}, false
		}
		// "the 1988 third quarter", "the 1989 period"
		if y, ok := f.yearAt(j); ok && the {
			k := j + 1
			if f.tok(k).is(kFiscal) {
				k++
			}
			if g, q, e, ok := f.quarterAt(k); ok {
				m := f.quarter(g, q, 0)
				if m.pt.g != gNone {
					m.pt.y = y
					m.val, m.absolute = m.pt.value(), true
				}
				return e, m, true
			}
		}
		return f.year(j)
	case h.is(kToday) || h.is(kYesterday) || h.is(kTomorrow):
		if !edge {
			return 0, match{}, false
		}
		return f.keyword(j)
	}
	return 0, match{}, false
}

// unitPoint resolves "this week", "last month", "the year", "the latest quarter"...
func (f *finder) unitPoint(j, u, det int, the bool) (match, bool) {
	m := match{typ: TypeDate}
	if det == dPast {
		// "the past week" is a span up to now; "the past year" names the last year.
		switch u {
		case uWeek:
			return match{typ: TypeDuration, val: "P1W", absolute: true}, true
		case uMonth:
			return match{typ: TypeDuration, val: "P1M", absolute: true}, true
		case uDecade:
			return match{typ: TypeDuration, val: "P10Y", absolute: true}, true
		}
		det = dLast
	}
	if det == dNone && the && u != uYear && u != uQuarter && u != uWeekend {
		return m, false
	}
	if !f.hasRef {
		return m, u != uDay && u != uHour && u != uMinute
	}
	step := 0
	switch det {
	case dLast:
		step = -1
	case dNext:
		step = 1
	}
	r := f.ref
	switch u {
	case uWeek:
		m.val = isoWeek(r.AddDate(0, 0, 7*step))
	case uWeekend:
		sat := int(time.Saturday)
		var t time.Time
		switch {
		case step < 0 || (step == 0 && f.tense(j) <= 0):
			back := (int(r.Weekday()) - sat + 7) % 7
			if r.Weekday() == time.Sunday {
				back = 1
			}
			if step < 0 && back == 0 {
				back = 7
			}
			t = r.AddDate(0, 0, -back)
		default:
			t = r.AddDate(0, 0, (sat-int(r.Weekday())+7)%7)
		}
		m.val = isoWeek(t) + "-WE"
	case uMonth:
		t := time.Date(r.Year(), r.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		m.pt = point{gMonth, t.Year(), int(t.Month()), 0}
	case uQuarter:
		q := (int(r.Month())-1)/3 + 1
		if det == dLatest || (det == dNone && the) {
			step = -1
		}
		q += step
		y := r.Year()
		for q < 1 {
			q, y = q+4, y-1
		}
		for q > 4 {
			q, y = q-4, y+1
		}
		m.pt = point{gQuarter, y, q, 0}
	case uYear:
		if det == dLatest {
			step = -1
		}
		m.pt = point{gYear, r.Year() + step, 0, 0}
	case uDecade:
		m.val = strconv.Itoa(r.Year()/10 + step)
	case uCentury:
		m.val = strconv.Itoa(r.Year()/100 + step)
	default:
		return m, false
	}
	if m.pt.g != gNone {
		m.val = m.pt.value()
	}
	return m, true
}

// ofYear extends a quarter, half or season with "of 1990" or "of next year".
func (f *finder) ofYear(e int, m match) (int, match, bool) {
	if !f.tok(e).is(kOf) {
		return e, m, true
	}
	if y, end, ok := f.yearSpan(e + 1); ok && m.pt.g != gNone {
		m.pt.y = y
		m.val, m.absolute = m.pt.value(), true
		return end, m, true
	}
	if end, step, ok := f.relYear(e + 1); ok && m.pt.g != gNone && f.hasRef {
		m.pt.y = f.ref.Year() + step
		m.val = m.pt.value()
		return end, m, true
	}
	return e, m, true
}

// season reads "this summer", "last fall", "the winter of 1994".
func (f *finder) season(i, j, det int, introduced bool) (int, match, bool) {
	h := f.tok(j)
	e := j + 1
	y, ok := 0, false
	k := e
	if f.tok(k).is(kOf) {
		k++
	}
	if yy, end, yok := f.yearSpan(k); yok {
		y, ok, e = yy, true, end
	}
	// "fall" and "spring" are verbs and nouns too: they need a determiner or a year.
	if det == dNone && !ok && !introduced && (h.val == 1 || h.val == 3) {
		return 0, match{}, false
	}
	m := match{typ: TypeDate}
	if ok {
		m.val, m.absolute = pad4(y)+"-"+seasonCode[h.val], true
		return e, m, true
	}
	if f.hasRef {
		y = f.ref.Year()
		switch det {
		case dLast:
			y--
		case dNext:
			y++
		}
		m.val = pad4(y) + "-" + seasonCode[h.val]
	}
	return e, m, true
}

// spanBack reads plural units after a determiner: "the coming months", "past years".
func (f *finder) spanBack(i, j, det int) (int, match, bool) {
	switch det {
	case dNext:
		return j + 1, vague(FutureRef), true
	case dLast, dPast:
		return j + 1, vague(PastRef), true
	}
	return 0, match{}, false
}

// countAt reads a count: "3", "three", "twenty-five", "a", "a few", "several". n is -1 for
// a vague count.
func (f *finder) countAt(i int) (n, next int, ok bool) {
	t := f.tok(i)
	switch {
	case t.kind == tNum && t.suf == sufNone && t.nd <= 3:
		if p := f.tok(i + 1); p.kind == tPunct && f.adj(i+1) && (p.ch == ',' || p.ch == '.') && f.tok(i+2).kind == tNum {
			return 0, 0, false
		}
		return int(t.num), i + 1, true
	case t.cls == cNumber:
		n := int(t.val)
		if n >= 20 && f.punct(i+1, '-') && f.adj(i+1) && f.tok(i+2).cls == cNumber && f.tok(i+2).val < 10 {
			return n + int(f.tok(i+2).val), i + 3, true
		}
		return n, i + 1, true
	case t.is(kA):
		if f.tok(i + 1).is(kFew) {
			return -1, i + 2, true
		}
		return 1, i + 1, true
	case t.is(kFew) || t.is(kSeveral):
		return -1, i + 1, true
	}
	return 0, 0, false
}

// ago reads "two days ago", "a year earlier", "three weeks ago", "the year-earlier quarter",
// and plain counted spans ("three weeks", a DURATION).
func (f *finder) ago(i int) (int, match, bool) {
	j := i
	if f.tok(j).is(kThe) {
		j++
		if f.tok(j).is(kSame) {
			j++
		}
	}
	// "year-earlier", "the year-ago third quarter", "the comparable year-ago period": a
	// year before the point the text is about.
	if u := f.tok(j); u.cls == cUnit && u.val == uYear && !u.plural && f.punct(j+1, '-') && f.adj(j+1) &&
		(f.tok(j+2).is(kEarlier) || f.tok(j+2).is(kAgo)) && f.adj(j+2) {
		e := j + 3
		m := match{typ: TypeDate, anchored: true}
		if g, q, qe, ok := f.quarterAt(e); ok {
			m = f.quarter(g, q, -1)
			m.anchored, e = true, qe
			if a := f.recentAnchor(); q == 0 && a.g == g {
				m.pt = a.shiftYears(-1)
				m.val = m.pt.value()
			}
			m.pt = point{}
			return e, m, true
		}
		if p, ok := f.yearBefore(1, false); ok {
			m.val = p.value()
		}
		return e, m, true
	}
	// "the same period last year", "the corresponding quarter a year ago"
	if j > i && f.tok(j-1).is(kSame) {
		if _, _, e, ok := f.quarterAt(j); ok {
			k := e
			switch {
			case f.tok(k).is(kLast) && f.isWord(k+1, "year"):
				k += 2
			case f.tok(k).is(kA) && f.isWord(k+1, "year") && (f.tok(k+2).is(kAgo) || f.tok(k+2).is(kEarlier)):
				k += 3
			default:
				return 0, match{}, false
			}
			m := match{typ: TypeDate, anchored: true}
			if p, ok := f.yearBefore(1, false); ok {
				m.val = p.value()
			}
			return k, m, true
		}
	}
	if j > i {
		return 0, match{}, false
	}
	if f.tok(j).is(kAround) {
		j++
	}
	n, k, ok := f.countAt(j)
	if !ok {
		return 0, match{}, false
	}
	u := f.tok(k)
	if u.cls != cUnit {
		return 0, match{}, false
	}
	unit := int(u.val)
	k++
	if f.tok(k).is(kOr) && f.tok(k+1).kind == tWord && equalFold(f.text[f.tok(k+1).start:f.tok(k+1).end], "so") {
		k += 2
	}
	w := f.tok(k)
	switch {
	case w.is(kAgo):
		return k + 1, f.before(n, unit), true
	case w.is(kEarlier) || w.is(kBefore) || w.is(kLater):
		if (w.is(kEarlier) || w.is(kLater)) && f.isWord(k+1, "than") {
			// "withdrew one year earlier than planned": how early, against a plan, not when.
			return k + 1, match{typ: TypeDate, anchored: true}, true
		}
		if n == 1 && unit == uYear {
			dir := -1
			if w.is(kLater) {
				dir = 1
			}
			p, ok := f.yearBefore(-dir, false)
			m := match{typ: TypeDate}
			if ok {
				m.val = p.value()
			}
			return k + 1, m, true
		}
		// "two days later", "a month earlier": from the last point the text spoke of.
		if n < 1 || unit == uHour || unit == uMinute || unit == uWeekend {
			return 0, match{}, false
		}
		step := n
		if !w.is(kLater) {
			step = -n
		}
		m := match{typ: TypeDate, anchored: true}
		u := unit
		if u == uWeek {
			u, step = uDay, 7*step
		}
		// "eight days before the election" counts from an event, not from a date.
		if n := f.tok(k + 1); w.is(kBefore) && n.kind == tWord {
			return k + 1, m, true
		}
		if p, ok := f.shiftLast(u, step); ok {
			m.val = p.value()
		}
		return k + 1, m, true
	}
	if n > 0 && i > 0 && f.isWord(i-1, "in") && f.tense(i) > 0 && !f.tok(i).is(kA) {
		if m, ok := f.after(n, unit); ok {
			return k, m, true
		}
	}
	if f.punct(k, '-') && f.adj(k) {
		return 0, match{}, false // "a two-year plan"
	}
	if n == 0 || f.tok(i).is(kA) && unit != uYear && unit != uMonth && unit != uWeek && unit != uDay {
		return 0, match{}, false
	}
	if unit == uWeekend {
		return 0, match{}, false
	}
	// "twice a year", "$5 million a year": a rate, not a span.
	if f.tok(i).is(kA) && n == 1 && f.rate(i-1) {
		return k, match{typ: TypeSet, val: duration(1, unit), absolute: true}, true
	}
	// A counted span on its own is a duration.
	return k, match{typ: TypeDuration, val: duration(n, unit), absolute: true}, true
}

// rate reports whether token k ends an amount or a count of times: "5%", "twice",
// "three times", "$2 million".
func (f *finder) rate(k int) bool {
	t := f.tok(k)
	switch {
	case t.kind == tNum:
		return true
	case t.kind == tPunct:
		return t.ch == '%'
	case t.kind == tWord:
		for _, w := range [...]string{"times", "twice", "once", "million", "billion", "thousand", "percent", "dollars", "cents"} {
			if f.isWord(k, w) {
				return true
			}
		}
	}
	return false
}

func equalFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// duration formats a TimeML duration: P3D, P2W, PT5H, PXY.
func duration(n, unit int) string {
	c := "X"
	if n >= 0 {
		c = strconv.Itoa(n)
	}
	switch unit {
	case uDay:
		return "P" + c + "D"
	case uWeek:
		return "P" + c + "W"
	case uMonth:
		return "P" + c + "M"
	case uQuarter:
		return "P" + c + "Q"
	case uHalf:
		if n >= 0 {
			return "P" + strconv.Itoa(6*n) + "M"
		}
		return "PXM"
	case uYear:
		return "P" + c + "Y"
	case uDecade:
		return "P" + c + "DE"
	case uCentury:
		return "P" + c + "CE"
	case uHour:
		return "PT" + c + "H"
	case uMinute:
		return "PT" + c + "M"
	}
	return ""
}

// after resolves "in five years" against the reference date, at the unit's precision.
func (f *finder) after(n, unit int) (match, bool) {
	m := match{typ: TypeDate}
	if !f.hasRef {
		return m, unit == uDay || unit == uWeek || unit == uMonth || unit == uYear
	}
	r := f.ref
	switch unit {
	case uDay:
		m.val = dayPoint(r.AddDate(0, 0, n)).value()
	case uWeek:
		m.val = isoWeek(r.AddDate(0, 0, 7*n))
	case uMonth:
		t := time.Date(r.Year(), r.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		m.val = point{gMonth, t.Year(), int(t.Month()), 0}.value()
	case uYear:
		m.val = pad4(r.Year() + n)
	default:
		return m, false
	}
	return m, true
}

// before resolves "n units ago" against the reference date, at the unit's precision.
func (f *finder) before(n, unit int) match {
	m := match{typ: TypeDate}
	if n < 0 {
		return vague(PastRef)
	}
	if !f.hasRef {
		return m
	}
	r := f.ref
	switch unit {
	case uDay:
		m.val = dayPoint(r.AddDate(0, 0, -n)).value()
	case uWeek:
		m.val = isoWeek(r.AddDate(0, 0, -7*n))
	case uMonth:
		t := time.Date(r.Year(), r.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		m.val = point{gMonth, t.Year(), int(t.Month()), 0}.value()
	case uYear:
		if n == 1 {
			if p, ok := f.yearBefore(1, true); ok {
				m.val = p.value()
				return m
			}
		}
		m.val = pad4(r.Year() - n)
	case uDecade:
		m.val = pad4(r.Year() - 10*n)
	default:
		return vague(PastRef)
	}
	return m
}

// yearBefore resolves "a year earlier" (n=1) or "a year later" (n=-1): the quarter or half
// the text spoke of last, moved by a year; failing one, the year of the reference date.
func (f *finder) yearBefore(n int, _ bool) (point, bool) {
	if a := f.recentAnchor(); a.g != gNone {
		return a.shiftYears(-n), true
	}
	if !f.hasRef {
		return point{}, false
	}
	return point{gYear, f.ref.Year() - n, 0, 0}, true
}
