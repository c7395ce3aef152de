package timex

import (
	"strings"
	"testing"
)

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// findOne returns the expression whose text is want, failing when there is none.
func findOne(t *testing.T, exprs []Expr, want string) Expr {
	t.Helper()
	for _, e := range exprs {
		if e.Text == want {
			return e
		}
	}
	t.Fatalf("no expression %q in %+v", want, exprs)
	return Expr{}
}

func TestFindValues(t *testing.T) {
	tests := []struct {
		name, ref, text, expr, value, typ string
	}{
		// Weekdays: the last one on or before the article date, across month and year ends.
		{"weekday across year end", "2025-01-02", "The ministers spoke by phone on Tuesday.", "Tuesday", "2024-12-31", "DATE"},
		{"weekday across month end", "2025-03-01", "Rebels shelled the town on Friday, officials said.", "Friday", "2025-02-28", "DATE"},
		{"weekday is today", "2025-07-04", "The talks ended Friday without a deal.", "Friday", "2025-07-04", "DATE"},
		{"weekday in the future", "2025-12-31", "The two leaders will meet on Monday in Geneva.", "Monday", "2026-01-05", "DATE"},
		{"points ahead", "1997-04-23", "Gallup polls put Labour 16 points ahead but the latest survey of voters on Sunday indicated a shift.", "Sunday", "1997-04-20", "DATE"},
		// What happens ahead of something else is not ahead of the report; a date that
		// follows "ahead of" is.
		{"ahead of a poll", "1997-04-30", "The left, working hard ahead of the poll, on Tuesday also reached agreement with the Communists.", "Tuesday", "1997-04-29", "DATE"},
		{"ahead of the date", "1997-04-30", "Dealers squared positions ahead of Friday.", "Friday", "1997-05-02", "DATE"},
		{"deadline ahead", "2025-07-03", "Troops must leave by Friday.", "Friday", "2025-07-04", "DATE"},
		{"deadline past", "1990-08-16", "All members had filed their reports by Wednesday.", "Wednesday", "1990-08-15", "DATE"},
		{"next weekday", "2025-07-02", "A vote is planned for next Tuesday.", "next Tuesday", "2025-07-08", "DATE"},
		{"last weekday", "2025-07-01", "Protesters gathered last Tuesday.", "last Tuesday", "2025-06-24", "DATE"},
		{"weekday with its date", "2025-07-03", "The summit opens Tuesday, July 8, in Rome.", "Tuesday, July 8", "2025-07-08", "DATE"},
		// Absolute dates keep their precision.
		{"month day year", "2025-07-03", "The accord was signed on July 1, 2025.", "July 1, 2025", "2025-07-01", "DATE"},
		{"day month year", "2025-07-03", "The accord was signed on 1 July 2025.", "1 July 2025", "2025-07-01", "DATE"},
		{"day range month", "2025-11-01", "The forum meets 4-5 November in Oslo.", "4-5 November", "2025-11-04", "DATE"},
		{"dotted", "2025-07-03", "The decree of 02.11.2006 stands.", "02.11.2006", "2006-11-02", "DATE"},
		{"iso", "2025-07-03", "The filing is dated 2006-11-02.", "2006-11-02", "2006-11-02", "DATE"},
		{"us numeric", "2025-07-03", "The filing is dated 11/02/2006.", "11/02/2006", "2006-11-02", "DATE"},
		{"month year", "2025-07-03", "Troops withdrew in March 1998.", "March 1998", "1998-03", "DATE"},
		{"year", "2025-07-03", "The treaty dates from 1998.", "1998", "1998", "DATE"},
		{"fiscal year", "2025-07-03", "Revenue grew in fiscal 1998.", "fiscal 1998", "1998", "DATE"},
		{"decade", "2025-07-03", "The party rose in the 1990s.", "the 1990s", "199", "DATE"},
		{"decade word", "1998-03-03", "Crime fell through the nineties.", "the nineties", "199", "DATE"},
		{"decade apostrophe", "2005-03-03", "It was a hit in the '80s.", "the '80s", "198", "DATE"},
		{"mid decade", "2025-07-03", "Prices peaked in the mid-1990s.", "the mid-1990s", "199", "DATE"},
		{"month day this year", "2025-07-03", "Talks resume Nov. 4 in Vienna.", "Nov. 4", "2025-11-04", "DATE"},
		{"month day across year", "2025-12-20", "The tariff takes effect Jan. 2.", "Jan. 2", "2026-01-02", "DATE"},
		{"days later", "2025-07-10", "Talks opened on July 1, 2025 and ended two days later.", "two days later", "2025-07-03", "DATE"},
		// Earlier than a plan says how early, not when.
		{"earlier than", "2005-12-16", "Toyota said it had withdrawn one year earlier than planned.", "one year earlier", "", "DATE"},
		{"the next day", "2025-07-10", "He arrived on July 1, 2025 and spoke the next day.", "the next day", "2025-07-02", "DATE"},
		{"the same day", "2025-07-10", "He landed on July 1, 2025 and left the same day.", "the same day", "2025-07-01", "DATE"},
		{"years earlier", "2025-07-10", "The treaty of 1998 followed a truce signed two years earlier.", "two years earlier", "1996", "DATE"},
		{"the following year", "2025-07-10", "The plant opened in 1998 and closed the following year.", "the following year", "1999", "DATE"},
		{"passive future", "2005-12-15", "The final will be played in Houston on February 19.", "February 19", "2006-02-19", "DATE"},
		{"month before a full stop", "1997-04-10", "No decision will come until mid-May.", "mid-May", "1997-05", "DATE"},
		{"month last year", "2005-11-16", "Work began in April last year.", "April last year", "2004-04", "DATE"},
		{"spelled year", "1998-02-01", "In nineteen ninety-six a bomb went off.", "nineteen ninety-six", "1996", "DATE"},
		// Relative to the article date.
		{"today", "1998-01-08", "The president said today that he would go.", "today", "1998-01-08", "DATE"},
		{"yesterday", "1998-01-01", "Markets fell yesterday.", "yesterday", "1997-12-31", "DATE"},
		{"tomorrow", "1998-12-31", "Polls open tomorrow.", "tomorrow", "1999-01-01", "DATE"},
		{"last week", "1998-01-08", "Envoys met last week.", "last week", "1998-W01", "DATE"},
		{"this month", "1998-01-08", "Prices rose this month.", "this month", "1998-01", "DATE"},
		{"earlier this month", "1998-01-08", "He resigned earlier this month.", "earlier this month", "1998-01", "DATE"},
		{"last month", "1998-01-08", "He resigned last month.", "last month", "1997-12", "DATE"},
		{"last year", "1998-01-08", "Exports fell last year.", "last year", "1997", "DATE"},
		{"next year", "1998-01-08", "Elections are due next year.", "next year", "1999", "DATE"},
		{"this year", "1998-01-08", "Growth will slow this year.", "this year", "1998", "DATE"},
		{"days ago", "1998-03-01", "He left two days ago.", "two days ago", "1998-02-27", "DATE"},
		{"weeks ago", "1998-01-08", "The fighting began three weeks ago.", "three weeks ago", "1997-W51", "DATE"},
		{"a year ago", "1998-01-08", "The plant closed a year ago.", "a year ago", "1997", "DATE"},
		{"the past week", "1998-01-08", "Shares fell 5% over the past week.", "the past week", "P1W", "DURATION"},
		{"quarter", "1998-05-10", "Profit rose in the first quarter.", "the first quarter", "1998-Q1", "DATE"},
		{"hyphen quarter", "1998-05-10", "First-quarter profit rose.", "First-quarter", "1998-Q1", "DATE"},
		{"year earlier quarter", "1998-05-10", "Profit in the first quarter was up from a year earlier.", "a year earlier", "1997-Q1", "DATE"},
		{"season", "1998-05-10", "Elections are due this summer.", "this summer", "1998-SU", "DATE"},
		{"now", "1998-05-10", "The country is now at peace.", "now", "PRESENT_REF", "DATE"},
		{"currently", "1998-05-10", "He is currently abroad.", "currently", "PRESENT_REF", "DATE"},
		{"recently", "1998-05-10", "She recently returned.", "recently", "PAST_REF", "DATE"},
		{"future", "1998-05-10", "Nobody can predict the future.", "the future", "FUTURE_REF", "DATE"},
		{"this morning", "1998-01-08", "Rockets hit the city this morning.", "this morning", "1998-01-08TMO", "TIME"},
		{"clock", "1998-01-08", "The vote closes at 5 p.m. on the day.", "5 p.m.", "1998-01-08T17:00", "TIME"},
		{"wire clock", "2005-11-30", "The blast happened at 1500 GMT.", "1500 GMT", "2005-11-30T15:00", "TIME"},
		{"weekday evening", "1998-01-08", "Talks broke down Tuesday evening.", "Tuesday evening", "1998-01-06TEV", "TIME"},
		{"set every", "1998-01-08", "The council meets every month.", "every month", "P1M", "SET"},
		{"set weekday", "1998-01-08", "The market opens each Thursday.", "each Thursday", "XXXX-WXX-4", "SET"},
		{"set rate", "1998-01-08", "Exports earn $2 billion a year.", "a year", "P1Y", "SET"},
		{"in years ahead", "2005-11-18", "The plant will close in five years.", "five years", "2010", "DATE"},
		{"in years past", "2005-11-18", "Income rose by the most in seven years.", "seven years", "P7Y", "DURATION"},
		{"set adverb", "1998-01-08", "Prices are set daily.", "daily", "XXXX-XX-XX", "SET"},
		{"duration", "1998-01-08", "The siege lasted three weeks.", "three weeks", "P3W", "DURATION"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := findOne(t, Find(tc.text, mustDate(t, tc.ref)), tc.expr)
			if e.Value != tc.value || e.Type != tc.typ {
				t.Errorf("%q: got %s %q, want %s %q", tc.expr, e.Type, e.Value, tc.typ, tc.value)
			}
		})
	}
}

func TestFindSince(t *testing.T) {
	text := "It was the first call between the two presidents since 2022."
	e := findOne(t, Find(text, mustDate(t, "2025-07-01")), "2022")
	if !e.Since || e.Value != "2022" {
		t.Errorf("got %+v, want Since and value 2022", e)
	}
	e = findOne(t, Find("They last spoke in 2022.", mustDate(t, "2025-07-01")), "2022")
	if e.Since {
		t.Errorf("%+v: Since without since", e)
	}
	// "since" looks back: a month or day without a year is not after the article.
	for _, c := range []struct{ text, find, want string }{
		{"They have not spoken since January.", "January", "2005-01"},
		{"They have not met since Dec. 20.", "Dec. 20", "2004-12-20"},
		{"They have not met since December.", "December", "2005-12"},
	} {
		if e := findOne(t, Find(c.text, mustDate(t, "2005-12-14")), c.find); e.Value != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.find, e.Value, c.want)
		}
	}
}

func TestFindRange(t *testing.T) {
	exprs := Find("The summit will be held Nov. 4-5 in Lima.", mustDate(t, "2006-10-20"))
	if len(exprs) != 1 {
		t.Fatalf("got %+v, want one expression", exprs)
	}
	if e := exprs[0]; e.Text != "Nov. 4-5" || e.Value != "2006-11-04" {
		t.Errorf("got %q %q, want \"Nov. 4-5\" 2006-11-04", e.Text, e.Value)
	}
}

func TestFindWithoutReference(t *testing.T) {
	exprs := Find("On Tuesday, a day after the March 3, 2024 vote, he said 1998 was worse.", Date{})
	want := map[string]string{"Tuesday": "", "March 3, 2024": "2024-03-03", "1998": "1998"}
	for text, v := range want {
		if e := findOne(t, exprs, text); e.Value != v {
			t.Errorf("%q: got value %q, want %q", text, e.Value, v)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "MOSCÚ — “Yesterday’s talks,” the Kremlin said on Tuesday, “were frank.” " +
		"Both sides will meet again in March 2026 and since 2022 trade fell; " +
		"the first call since 2022 came at 5 p.m. Moscow time, 3 weeks after Nov. 4-5."
	exprs := Find(text, mustDate(t, "2025-07-02"))
	if len(exprs) < 6 {
		t.Fatalf("got %d expressions, want at least 6: %+v", len(exprs), exprs)
	}
	end := 0
	for _, e := range exprs {
		if e.Start < end {
			t.Errorf("%+v overlaps or comes before the previous expression", e)
		}
		if text[e.Start:e.End] != e.Text {
			t.Errorf("text[%d:%d] = %q, want %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
		end = e.End
	}
	findOne(t, exprs, "Yesterday")
}

func TestPrecision(t *testing.T) {
	ref := mustDate(t, "2025-07-02")
	for text, want := range map[string]string{"in 2022": "2022", "in June 2022": "2022-06", "on June 3, 2022": "2022-06-03"} {
		exprs := Find(text, ref)
		if len(exprs) != 1 || exprs[0].Value != want {
			t.Errorf("%q: got %+v, want one value %q", text, exprs, want)
		}
		if _, err := ParseDate(exprs[0].Value); err != nil {
			t.Errorf("%q: value %q does not parse: %v", text, exprs[0].Value, err)
		}
	}
}

func TestLatestFull(t *testing.T) {
	text := "The ceasefire of March 3, 2024 held until 2025-01-15. Talks resumed on 2 February 2025, " +
		"a year after the January 2025 deadline passed, and in 2026 nothing changed."
	d, ok := LatestFull(text)
	if !ok || d != (Date{2025, 2, 2}) {
		t.Errorf("got %v %v, want 2025-02-02", d, ok)
	}
	d, ok = LatestFull("Elections will be held on March 3, 2026, the commission said on Nov. 2, 2025 after it met on Oct. 30, 2025.")
	if !ok || d != (Date{2025, 11, 2}) {
		t.Errorf("future date taken: got %v %v, want 2025-11-02", d, ok)
	}
	if d, ok := LatestFull("No dates here, only Tuesday and last week, in 2025."); ok {
		t.Errorf("got %v, want none", d)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"xinhua", "BEIJING, Nov. 2, 2006 (Xinhua) -- Chinese President Hu Jintao met ...", "2006-11-02"},
		{"ap", "WASHINGTON (AP) April 3, 1997 - The Senate voted ...", "1997-04-03"},
		{"reuters without year", "Nov 2 (Reuters) - Oil prices rose on Thursday, the highest since 2005 ...", "2005-11-02"},
		{"year from the past tense", "BEIJING, Nov. 30 (Xinhua)-- The two leaders met twice in 2005, after a first visit in 2004. The year 2006 will mark an anniversary, officials said.", "2005-11-30"},
		{"afp", "PARIS, June 14, 2005 (AFP) - France said ...", "2005-06-14"},
		{"no dateline", "The Senate voted on April 3, 1997 to ratify the treaty.", ""},
		{"place only", "GENEVA (AP) -- Talks resumed on May 5, 2001.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := Dateline(tc.text)
			if tc.want == "" {
				if ok {
					t.Errorf("got %v, want no dateline", d)
				}
				return
			}
			if !ok || d.String() != tc.want {
				t.Errorf("got %v %v, want %s", d, ok, tc.want)
			}
		})
	}
}

func TestFindIgnoresNonDates(t *testing.T) {
	text := "the China Daily reported, and the French daily Le Figaro agreed. Ukraine crisis dominates second half of talks."
	if exprs := Find(text, mustDate(t, "2005-11-18")); len(exprs) != 0 {
		t.Errorf("got %+v, want nothing", exprs)
	}
}

func TestFindIgnoresNumbers(t *testing.T) {
	text := "The company sold 1,998 cars for $2000 each, 2000% more, at 10:30, and May may go."
	for _, e := range Find(text, mustDate(t, "2025-07-02")) {
		if strings.Contains(e.Text, "1,998") || e.Text == "2000" || e.Text == "998" || e.Text == "may" {
			t.Errorf("number or word taken as a date: %+v", e)
		}
	}
}

// TestFindEveryPrefix runs Find on every prefix and suffix of a text dense with dates, so
// no pattern reads past either end of the tokens.
func TestFindEveryPrefix(t *testing.T) {
	text := "Friday, Nov. 4-5, 2006 -- last week's 5 p.m. talks, since 2022; the year-ago third " +
		"quarter of 1990, two thousand and one, mid-1990s, in five years, the 20th century, Jan. 2 " +
		"the following year, next year's first quarter, a year earlier, 11/02/2006, 2006-11-02 May"
	ref := mustDate(t, "2006-11-10")
	for i := range len(text) + 1 {
		for _, e := range Find(text[:i], ref) {
			if e.End > i || e.Start < 0 || e.Start >= e.End {
				t.Fatalf("prefix %d: bad offsets %+v", i, e)
			}
		}
		Find(text[i:], ref)
	}
}

func TestExprDate(t *testing.T) {
	tests := []struct {
		value, typ, want string
	}{
		{"2025-07-01", "DATE", "2025-07-01"},
		{"2025-07", "DATE", "2025-07"},
		{"2025-07-01T17:00", "TIME", "2025-07-01"},
		{"1998-01-08TMO", "TIME", "1998-01-08"},
		{"1998-Q3", "DATE", "1998"},
		{"1998-SU", "DATE", "1998"},
		{"1998-W01", "DATE", "1998-01"},
		{"2004-W53", "DATE", "2004-12"},
		{"2025-W01", "DATE", "2025-01"},
		{"199", "DATE", ""},
		{"PAST_REF", "DATE", ""},
		{"P3W", "DURATION", ""},
		{"", "DATE", ""},
	}
	for _, tc := range tests {
		d, ok := Expr{Value: tc.value, Type: tc.typ}.Date()
		if got := d.String(); got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: got %q %v, want %q", tc.value, got, ok, tc.want)
		}
	}
}

// TestJoinedWeekdaysShareAWeek checks, on every story of the shared wire corpus, that two
// weekdays joined by "and", "or", "to" or "through" are read in one week: the second
// within six days after the first, however the tense near each one reads. ("the visit
// on Monday and Tuesday and the expected visits" put that Tuesday a week after the
// Monday.)
func TestJoinedWeekdaysShareAWeek(t *testing.T) {
	texts, refs := wireStories(t)
	pairs := 0
	for k, text := range texts {
		exprs := Find(text, refs[k])
		for i := 1; i < len(exprs); i++ {
			a, b := exprs[i-1], exprs[i]
			between := strings.TrimSpace(text[a.End:b.Start])
			if !isWeekdayName(a.Text) || !isWeekdayName(b.Text) || between != "and" && between != "or" && between != "to" && between != "through" {
				continue
			}
			pairs++
			da, okA := a.Date()
			db, okB := b.Date()
			if !okA || !okB {
				continue
			}
			if days := db.Time().Sub(da.Time()).Hours() / 24; days < 1 || days > 6 {
				t.Errorf("%q ... %q: %s and %s, %v days apart", a.Text, b.Text, a.Value, b.Value, days)
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no joined weekdays in the corpus: the test reads nothing")
	}
	t.Logf("%d joined weekday pairs", pairs)
}

func isWeekdayName(s string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s, "on "), "On ")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
