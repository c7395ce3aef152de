package timex

// Word classes of the lexicon. A word's class says which role it can play in a date
// expression; its val carries the number it stands for (month 1-12, weekday 0-6 with
// Sunday 0, cardinal or ordinal value, unit, season, part of day or keyword).
const (
	cNone    uint8 = iota
	cMonth         // january, jan, sept...
	cWeekday       // monday, mon, tues...
	cNumber        // one, two, twelve, twenty...
	cOrdinal       // first, second, third...
	cUnit          // day(s), week(s), month(s), year(s), quarter(s), decade(s)...
	cSeason        // spring, summer, fall, autumn, winter
	cPart          // morning, afternoon, evening, night
	cKey           // everything else that matters: see the k* constants
	cDecade        // twenties ... nineties
)

// Units.
const (
	uDay = iota + 1
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uHour
	uMinute
)

// Keywords.
const (
	kToday = iota + 1
	kYesterday
	kTomorrow
	kTonight
	kNow
	kCurrently
	kCurrent
	kRecently
	kRecent
	kFormer
	kFormerly
	kPreviously
	kFuture
	kPast
	kSoon
	kThe
	kA
	kThis
	kLast
	kNext
	kComing
	kPrevious
	kLatest
	kEarlier
	kLater
	kAgo
	kSince
	kEarly
	kMid
	kLate
	kFiscal
	kOf
	kIn
	kOn
	kAt
	kAround
	kFew
	kSeveral
	kEnd
	kBeginning
	kAM
	kPM
	kNoon
	kMidnight
	kOvernight
	kWill
	kShall
	kWould
	kGoing
	kPlan
	kSchedule
	kExpect
	kUpcoming
	kSaid
	kWas
	kHad
	kDid
	kBefore
	kAfter
	kYearAgo   // "year-ago" handled as year + ago; kept for clarity
	kHundred   // "hundred" in spelled-out years
	kThousand  // "thousand"
	kThese     // "these days"
	kDays      // placeholder
	kPresent   // "at present"
	kNear      // "the near future"
	kShort     // "the short term"
	kLong      // "the long term"
	kTerm      // "term"
	kZone      // EST, GMT...
	kFirstHalf // unused placeholder
	kThat
	kSame
	kEach
	kEvery
	kPer
	kOr
	kAnd
	kTo
	kThrough
	kUntil
	kBy
	kFrom
	kWeekly
	kDaily
	kMonthly
	kAnnually
	kYearly
	kHourly
	kPastVerb  // an irregular past tense: "bought", "rose", "met"
	kIs        // "is", "are": "is to meet" speaks of the future
	kEffective // "effective", "payable": dates that lie ahead
	kBeen
	kFollowing
	kAs
	kCentury // placeholder for ordinal centuries
)

// Parts of day, as TimeML writes them.
var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

// Seasons, as TimeML writes them.
var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

type lex struct {
	cls uint8
	val int16
	// plural marks a plural unit ("weeks"); abbr marks an abbreviation ("Nov", "Tues")
	// that only counts as a date word next to a number or a period.
	plural, abbr bool
}

// lexicon maps a lower-case word to its role. Words not in it play no part.
var lexicon = map[string]lex{}

func init() {
	add := func(cls uint8, val int, words ...string) {
		for _, w := range words {
			lexicon[w] = lex{cls: cls, val: int16(val)}
		}
	}
	months := [][]string{
		{"january"}, {"february"}, {"march"}, {"april"}, {"may"}, {"june"},
		{"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"},
	}
	abbrMonths := [][]string{
		{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"},
		{"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"},
	}
	for i := range months {
		add(cMonth, i+1, months[i]...)
		for _, w := range abbrMonths[i] {
			lexicon[w] = lex{cls: cMonth, val: int16(i + 1), abbr: true}
		}
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	abbrDays := [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}}
	for i, d := range days {
		add(cWeekday, i, d)
		for _, w := range abbrDays[i] {
			lexicon[w] = lex{cls: cWeekday, val: int16(i), abbr: true}
		}
	}
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	for i, w := range numbers {
		add(cNumber, i, w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(cNumber, 20+10*i, w)
	}
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		add(cDecade, 20+10*i, w)
	}
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ordinals[1:] {
		add(cOrdinal, i+1, w)
	}
	add(cOrdinal, 30, "thirtieth")
	unit := func(u int, sing, plur string) {
		lexicon[sing] = lex{cls: cUnit, val: int16(u)}
		lexicon[plur] = lex{cls: cUnit, val: int16(u), plural: true}
	}
	unit(uDay, "day", "days")
	unit(uWeek, "week", "weeks")
	unit(uWeekend, "weekend", "weekends")
	unit(uMonth, "month", "months")
	unit(uQuarter, "quarter", "quarters")
	unit(uHalf, "half", "halves")
	unit(uYear, "year", "years")
	unit(uDecade, "decade", "decades")
	unit(uCentury, "century", "centuries")
	unit(uHour, "hour", "hours")
	unit(uMinute, "minute", "minutes")
	add(cSeason, 1, "spring")
	add(cSeason, 2, "summer")
	add(cSeason, 3, "fall", "autumn")
	add(cSeason, 4, "winter")
	add(cPart, 1, "morning")
	add(cPart, 2, "afternoon")
	add(cPart, 3, "evening")
	add(cPart, 4, "night")
	keys := map[int][]string{
		kToday: {"today"}, kYesterday: {"yesterday"}, kTomorrow: {"tomorrow"},
		kTonight: {"tonight"}, kNow: {"now"}, kCurrently: {"currently", "presently"},
		kCurrent: {"current"}, kRecently: {"recently", "lately"}, kRecent: {"recent"},
		kFormer: {"former"}, kFormerly: {"formerly"}, kPreviously: {"previously"},
		kFuture: {"future"}, kPast: {"past"}, kSoon: {"soon"},
		kThe: {"the", "its", "their"}, kA: {"a", "an"}, kThis: {"this"}, kLast: {"last"},
		kNext: {"next"}, kComing: {"coming"}, kPrevious: {"previous", "prior", "preceding"},
		kLatest: {"latest", "most"}, kEarlier: {"earlier"}, kLater: {"later"}, kAgo: {"ago"},
		kSince: {"since"}, kEarly: {"early"}, kMid: {"mid", "middle"}, kLate: {"late"},
		kFiscal: {"fiscal"}, kOf: {"of"}, kIn: {"in", "during", "for"}, kOn: {"on"},
		kAt: {"at"}, kAround: {"around", "about", "nearly", "almost", "some", "roughly"},
		kFew: {"few"}, kSeveral: {"several", "many"},
		kEnd: {"end"}, kBeginning: {"beginning", "start"},
		kNoon: {"noon", "midday"}, kMidnight: {"midnight"}, kOvernight: {"overnight"},
		kWill: {"will", "'ll"}, kShall: {"shall"}, kWould: {"would"}, kGoing: {"going"},
		kPlan: {"plans", "plan", "intends", "intend", "aims"}, kSchedule: {"scheduled", "due"},
		kExpect: {"expected", "expects", "expect"}, kUpcoming: {"upcoming", "ahead"},
		kSaid: {"said", "says", "told", "reported", "announced"}, kWas: {"was", "were"},
		kHad: {"had"}, kDid: {"did"}, kBefore: {"before"}, kAfter: {"after"},
		kHundred: {"hundred"}, kThousand: {"thousand"}, kThese: {"these"},
		kPresent: {"present", "moment"}, kNear: {"near"}, kShort: {"short"}, kLong: {"long"},
		kTerm: {"term"}, kZone: {"est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "et"},
		kThat: {"that"}, kSame: {"same", "comparable", "corresponding"}, kEach: {"each"}, kEvery: {"every"}, kPer: {"per"},
		kOr: {"or"}, kAnd: {"and"}, kTo: {"to"}, kThrough: {"through", "till"},
		kUntil: {"until"}, kBy: {"by"}, kFrom: {"from"},
		kWeekly: {"weekly"}, kDaily: {"daily"}, kMonthly: {"monthly"}, kAnnually: {"annually"},
		kYearly: {"yearly"}, kHourly: {"hourly"},
		kPastVerb: {"bought", "brought", "took", "made", "rose", "fell", "came", "went", "began",
			"sold", "paid", "won", "lost", "met", "held", "left", "gave", "got", "saw", "became",
			"grew", "spent", "thought", "felt", "kept", "led", "ran", "wrote", "spoke", "sent",
			"struck", "fought", "broke", "chose", "drove", "flew", "knew", "built", "caught",
			"taught", "meant", "found", "stood", "understood", "sought", "slid", "sank", "swung"},
		kIs: {"is", "are"}, kEffective: {"effective", "payable", "starting"},
		kBeen: {"been"}, kFollowing: {"following", "subsequent"}, kAs: {"as"},
	}
	for k, ws := range keys {
		add(cKey, k, ws...)
	}
}
