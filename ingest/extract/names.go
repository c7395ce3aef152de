package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// The word lists that shape a name: given names, and the words that end an organization's
// or a place's name, ranks and titles before a person's name, particles inside one. They are
// data, read once from names/*.txt by loadNameWords.

//go:embed names/*.txt
var namesFS embed.FS

// WordListError is a bad line in one of the embedded word lists.
type WordListError struct {
	File string // e.g. "names/words.txt"
	Line int    // 1-based
	Msg  string
}

func (e *WordListError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// nameWords are the sets read from names/words.txt, by kind.
type nameWords struct {
	orgSuffix, orgHead, locSuffix, eventSuffix                             map[string]bool
	rank, rankMod, portfolio, particle, hyphenParticle, adjSuffix, orgNoun map[string]bool
	// givenGender is the gender a given name is borne by, 'f' or 'm', where it is one
	// (names/given.txt's second field): "Condoleezza Rice ... she".
	givenGender map[string]byte
}

var (
	givenNames  = map[string]bool{}
	words       = nameWords{}
	commonWords = map[string]bool{}
)

func init() {
	if err := loadNameWords(namesFS, &words, givenNames); err != nil {
		panic(err) // the lists are embedded: a bad line is a build defect caught by any test
	}
	err := readLines(namesFS, "names/common.txt", func(f []string) string {
		if len(f) != 1 {
			return "want one word a line"
		}
		commonWords[f[0]] = true
		return ""
	})
	if err != nil {
		panic(err)
	}
}

// loadNameWords reads names/words.txt ("KIND WORD" lines) into w and names/given.txt (a
// name a line, with the gender it is borne by where it is one: "Condoleezza f") into given
// and w.givenGender. Blank lines and lines starting with "#" are skipped. A line of
// an unknown kind or with the wrong number of fields is a *WordListError naming the file
// and line.
func loadNameWords(fsys fs.FS, w *nameWords, given map[string]bool) error {
	sets := map[string]*map[string]bool{
		"org-suffix": &w.orgSuffix, "org-head": &w.orgHead, "loc-suffix": &w.locSuffix,
		"event-suffix": &w.eventSuffix, "rank": &w.rank, "rank-mod": &w.rankMod, "portfolio": &w.portfolio,
		"particle": &w.particle, "hyphen-particle": &w.hyphenParticle, "adj-suffix": &w.adjSuffix, "org-noun": &w.orgNoun,
	}
	for _, p := range sets {
		*p = map[string]bool{}
	}
	err := readLines(fsys, "names/words.txt", func(f []string) string {
		if len(f) != 2 {
			return "want KIND WORD"
		}
		p, ok := sets[f[0]]
		if !ok {
			return fmt.Sprintf("unknown kind %q", f[0])
		}
		(*p)[f[1]] = true
		return ""
	})
	if err != nil {
		return err
	}
	w.givenGender = map[string]byte{}
	return readLines(fsys, "names/given.txt", func(f []string) string {
		if len(f) > 2 || len(f) == 2 && f[1] != "f" && f[1] != "m" {
			return "want NAME, or NAME and its gender (f or m)"
		}
		given[f[0]] = true
		if len(f) == 2 {
			w.givenGender[f[0]] = f[1][0]
		}
		return ""
	})
}

// readLines calls entry with the fields of each line of file but blank lines and
// comments; a non-empty answer from entry becomes a *WordListError.
func readLines(fsys fs.FS, file string, entry func([]string) string) error {
	f, err := fsys.Open(file)
	if err != nil {
		return fmt.Errorf("word list %s: %w", file, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		if msg := entry(strings.Fields(s)); msg != "" {
			return &WordListError{File: file, Line: n, Msg: msg}
		}
	}
	return sc.Err()
}

// isOrgSuffix reports a word that ends an organization's name ("Agency", "Cooperation").
func isOrgSuffix(w string) bool { return orgSuffixes[w] || words.orgSuffix[w] }

// isLocSuffix reports a word that ends a place's name ("Sea", "Shrine").
func isLocSuffix(w string) bool { return locSuffixes[w] || words.locSuffix[w] }

// isRank reports a rank or title written before a name ("Sgt", "Lt.", "Gen").
func isRank(w string) bool { return words.rank[w] || titles[w] || hasTitleKey(w) }

// isRoman reports a Roman numeral from II to XXX: "World War II", "Elizabeth II".
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// particleName reports a lower-case word that continues a name: "al-Thani", "bin", "el-Baradei".
func particleName(w string) bool {
	if words.particle[w] {
		return true // "bin", "abu"; not "as" alone ("Tueni as Lebanon's symbol")
	}
	k := strings.IndexByte(w, '-')
	return k > 0 && k+1 < len(w) && (words.particle[w[:k]] || words.hyphenParticle[w[:k]]) && isUpperByte(w[k+1])
}

// adjectiveHyphen reports a capitalized hyphenated adjective whose last part is a
// lower-case participle or noun: "Cancer-stricken", "Paris-based", "US-led".
func adjectiveHyphen(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && words.adjSuffix[w[k+1:]]
}

// joined finds a known name written as one hyphenated word: parts ["Burkina", "Faso"] of
// "Burkina-Faso" match "Burkina Faso". It returns nil unless all the parts make one name.
func (l *lexicon) joined(parts []string) *gazEntry {
	if len(parts) < 2 {
		return nil
	}
	node := l.names
	for _, p := range parts {
		if node = node.next[p]; node == nil {
			return nil
		}
	}
	return node.entry
}

// givenNameFirst reports that the known name of n tokens at i is a given name starting a
// person's name instead: "Victoria Nuland", "Jordan Bardella", "Christian Wulff". The next
// word must be capitalized, unknown, and neither a rank nor a word that ends a place's or
// organization's name ("Jordan Valley", "Jordan Times").
func (d *doc) givenNameFirst(i, n, end int) bool {
	if n != 1 || !givenNames[d.toks[i].text(d.text)] || i+1 >= end {
		return false
	}
	next := d.toks[i+1]
	if !next.Word || !next.Cap || next.Upper || monthsDays[next.text(d.text)] || isRank(next.text(d.text)) || isOrgSuffix(next.text(d.text)) || isLocSuffix(next.text(d.text)) || miscSuffixes[next.text(d.text)] || compass[next.text(d.text)] {
		return false
	}
	_, m := d.x.lex.match(d.text, d.toks, i+1, false)
	return m == 0
}

// ofInOrg reports that the known name at j follows "of" (or "of the") inside the name of
// an organization that starts at i: "News Agency of Nigeria", "Organization of the
// Islamic Conference", with a word of direction between ("Association of Southeast Asian
// Nations", "Economic Community of West African States"), or after a body's "for" ("Democratic
// Forces for the Liberation of Rwanda").
func (d *doc) ofInOrg(i, j int) bool {
	k := j - 1
	if k > i+1 && (compass[d.toks[k].text(d.text)] || compassJoined[d.toks[k].text(d.text)]) {
		k--
	}
	if k > i && d.toks[k].Lower == "the" {
		k--
	}
	return k >= i+1 && d.toks[k].text(d.text) == "of" && (isOrgSuffix(d.toks[k-1].text(d.text)) || orgHeads[d.toks[i].text(d.text)] || d.suffixFor(i, k))
}

// onInName reports an "on" (or "on the") just before token j, where a known place's name
// starts, that joins a meeting's head word to its subject inside one name, the run begun
// at i: "Synod on Lebanon", "Quartet on the Middle East".
func (d *doc) onInName(i, j int) bool {
	k := j - 1
	if k > i && d.toks[k].Lower == "the" {
		k--
	}
	return k >= i+1 && d.toks[k].text(d.text) == "on" && placeOnHeads[d.toks[k-1].text(d.text)]
}

// placeOnHeads are the heads of names that run on through "on" and a known place: a
// synod or a conference is named for one ("Synod on Lebanon", "Quartet on the Middle
// East"), while a council or committee "on Iraq" is what it was briefed on ("briefed the
// Security Council on Iraq").
var placeOnHeads = map[string]bool{"Synod": true, "Quartet": true, "Conference": true, "Summit": true, "Symposium": true, "Convention": true}

// forInName reports a "for" just before token j, where a known name of n tokens starts,
// that joins a body's head word to the cause it is for, the cause going on in capitals
// after the known name: "Army for Kosovo Independence", "Alliance for Kosovo Democracy".
func (d *doc) forInName(i, j, n, end int) bool {
	k := j - 1
	return k >= i+1 && d.toks[k].text(d.text) == "for" && isOrgSuffix(d.toks[k-1].text(d.text)) &&
		j+n < end && d.toks[j+n].Cap && d.toks[j+n].Word && !monthsDays[d.toks[j+n].text(d.text)] && !givenNames[d.toks[j+n].text(d.text)]
}

// onHead reports the head word of a body or meeting named for its subject with "on":
// "Commission on Human Rights", "Summit on the Information Society". Bodies that are not
// named so ("the Church on the Turin shroud", "the Party on Taiwan") are not among them.
func onHead(w string) bool {
	return words.eventSuffix[w] || onHeads[w]
}

// onWithin returns the head word before an "on" inside the run [a, b) that joins a body's
// or meeting's name to its subject ("Conference" in "Conference on Disarmament"), or "".
func (d *doc) onWithin(a, b int) string {
	for k := a + 1; k < b-1; k++ {
		if w := d.toks[k-1].text(d.text); d.toks[k].text(d.text) == "on" && onHead(w) {
			return w
		}
	}
	return ""
}

// actingOnHeads are the heads of names with "on" that act in the news as bodies do: a
// summit or conference adopts, welcomes and urges; a declaration or a plan does not.
var actingOnHeads = map[string]bool{"Summit": true, "Conference": true, "Meeting": true, "Forum": true, "Convention": true, "Session": true}

var onHeads = map[string]bool{"Synod": true, "Quartet": true, "Symposium": true, "Consultation": true,
	"Commission": true, "Committee": true, "Council": true, "Authority": true, "Network": true, "Group": true,
	"Panel": true, "Board": true, "Force": true, "Institute": true, "Centre": true, "Center": true, "Coalition": true}

// titleOf returns how many tokens at j ("of" and what follows) complete a title begun at
// i: "of State" in "Secretary of State", "of Foreign Affairs" in "Minister of Foreign
// Affairs". It returns 0 when the "of" does not belong to a title.
func (d *doc) titleOf(i, j, end int) int {
	if d.titleLen(i, j) != j || !titles[d.toks[j-1].text(d.text)] && !words.rank[d.toks[j-1].text(d.text)] {
		return 0
	}
	k := j + 1
	for k < end && words.portfolio[d.toks[k].text(d.text)] {
		k++
	}
	for k > j+1 && !d.toks[k-1].Cap {
		k-- // a trailing "and" or "the" is not part of the title
	}
	if k == j+1 || k >= end || !d.toks[k].Cap {
		return 0 // a title must be followed by the name it belongs to
	}
	return k - j
}

// titleLen returns the index past the title and rank words that open the run [i, j):
// "Lt. Gen." in "Lt. Gen. Michael Flynn", "Secretary of State" in "Secretary of State
// Hillary Clinton", "Staff Sgt" in "Staff Sgt John Smith". It returns i when there is none.
func (d *doc) titleLen(i, j int) int {
	a := i
	for a < j {
		w := d.toks[a].text(d.text)
		switch {
		case isRank(w):
			a++
		case (words.rankMod[w] || words.portfolio[w] && d.toks[a].Cap) && a+1 < j && isRank(d.toks[a+1].text(d.text)):
			a++ // "Staff Sgt", "Economic Minister"
		case w == "." && a > i && d.toks[a-1].End == d.toks[a].Start:
			a++
		case w == "of" && a > i:
			n := 0
			for k := a + 1; k < j && words.portfolio[d.toks[k].text(d.text)]; k++ {
				n++
			}
			for n > 0 && !d.toks[a+n].Cap {
				n--
			}
			if n == 0 || !titles[d.toks[a-1].text(d.text)] && !words.rank[d.toks[a-1].text(d.text)] {
				return a
			}
			a += 1 + n
		default:
			return a
		}
	}
	return a
}

// titleBeforeName reports a title at j that a person's name follows: "CEO Stephen Frater",
// "Chief Executive Ian Smith", "President Ali".
func (d *doc) titleBeforeName(j, end int) bool {
	if !isRank(d.toks[j].text(d.text)) {
		return false
	}
	a := d.titleLen(j, end)
	if hasTitleKey(d.toks[j].text(d.text)) && !words.rank[d.toks[j].text(d.text)] && a < j+2 {
		return false // "Foreign" alone is no title; "Telecommunications Minister Marwan Hamadeh" is one
	}
	if a >= end || a == j {
		return false
	}
	b := a
	for b < end && d.toks[b].Cap && d.toks[b].Word {
		b++
	}
	if b == a || !d.nameLike(a, b) || d.x.lex.startsName(d.text, d.toks, a) {
		return false
	}
	return givenNames[d.toks[a].text(d.text)] || b-a >= 2
}

// nameLike reports that [a, b) can be a person's name after a title: not the end of an
// organization, place or event name ("General Motors", "Grand Prix", "Supreme Court").
func (d *doc) nameLike(a, b int) bool {
	last := d.toks[b-1].text(d.text)
	if last == "." && b-1 > a {
		last = d.toks[b-2].text(d.text)
	}
	if isOrgSuffix(last) || isLocSuffix(last) && b-a > 1 || miscSuffixes[last] || words.eventSuffix[last] && !givenNames[d.toks[a].text(d.text)] {
		return false
	}
	for k := a; k+1 < b; k++ {
		if d.toks[k].text(d.text) == "of" && isOrgSuffix(strings.TrimSuffix(d.toks[k-1].text(d.text), "s")) {
			return false // "Court of India", "Bank of Korea"
		}
	}
	return true
}

// versusWords stand between the two sides of a game or a case: "Leeds v Hull", "Smith vs. Jones".
var versusWords = map[string]bool{"v": true, "vs": true, "vs.": true}

// versusAround reports a run [a, b) on one side of "v" or "vs": in a fixtures or results
// line the sides are teams ("Leeds v Hull").
func (d *doc) versusAround(a, b int) bool {
	return a > 0 && versusWords[d.toks[a-1].Lower] || b < len(d.toks) && versusWords[d.toks[b].Lower]
}

// affiliationAfterPerson reports a run [a, b) in brackets right after a person's name,
// which names the body the person plays or works for: "Tom Abel ( Hull )". A known
// country or place there is matched before this is asked, so "( Norway )" stays a country.
func (d *doc) affiliationAfterPerson(a, b int) bool {
	if a < 1 || b >= len(d.toks) || d.toks[a-1].text(d.text) != "(" || d.toks[b].text(d.text) != ")" || len(d.ms) == 0 {
		return false
	}
	p := &d.ms[len(d.ms)-1]
	if p.Type != "person" || p.Kind != kindName || p.To != a-1 || b < len(d.toks)-1 && d.toks[b+1].Cap && d.toks[b+1].Word {
		return false // "Jim ( Jimmy ) Lane": a name inside a name
	}
	return !d.countriesInBrackets()
}

// countriesInBrackets reports that the story puts known countries in brackets after names,
// as lists of athletes do ("Ann Lee ( Canada )"): an unknown name in such brackets is then a
// country spelled another way more likely than a club.
func (d *doc) countriesInBrackets() bool {
	if d.bracketPlaces == 0 {
		d.bracketPlaces = 2
		n := 0
		for k := 1; k+2 < len(d.toks) && n < 2; k++ {
			if d.toks[k-1].Cap && d.toks[k].text(d.text) == "(" {
				if e, m := d.x.lex.match(d.text, d.toks, k+1, false); m > 0 && e.Type == "country" && k+1+m < len(d.toks) && d.toks[k+1+m].text(d.text) == ")" {
					n++
				}
			}
		}
		if n >= 2 {
			d.bracketPlaces = 1
		}
	}
	return d.bracketPlaces == 1
}

// initialsOpen reports a run [a, b) of two or more words whose first is a word of two or
// more capital letters and whose next is not: "KLV Holm", "TRC Data Lines". Such a run is
// a body's name; a person's initials are written with periods or in one letter each.
func (d *doc) initialsOpen(a, b int) bool {
	if b-a < 2 {
		return false
	}
	f, g := d.toks[a], d.toks[a+1]
	w := f.text(d.text)
	last := d.toks[b-1].text(d.text)
	return f.Upper && f.Word && len(w) >= 2 && len(w) <= 5 && !strings.Contains(w, ".") && g.Word && !g.Upper && !isRank(w) &&
		!miscSuffixes[last] && !words.eventSuffix[last] // "PGA Tour", "UEFA Cup": events
}

// commonOpener reports a capitalized word at i, at the opening of a sentence, that is a
// common word of English (names/common.txt) and no given name, with no capitalized word
// after it: "Sales rose", "Peace talks began". Capitals say nothing there.
func (d *doc) commonOpener(i, end int) bool {
	t := d.toks[i]
	if len(t.Lower) < 3 || !commonWords[t.Lower] && !numberWords[t.text(d.text)] || givenNames[t.text(d.text)] || titles[t.text(d.text)] || d.capsInside()[t.text(d.text)] {
		return false
	}
	if numberWords[t.text(d.text)] && i+1 < end {
		if _, n := d.x.lex.match(d.text, d.toks, i+1, false); n > 0 {
			return true // "Seventy Chinese workers"
		}
	}
	return i+1 >= end || !(d.toks[i+1].Cap && d.toks[i+1].Word) && d.toks[i+1].text(d.text) != "."
}

// capsInside returns the capitalized words the story writes inside a sentence, where
// capitals mark a name: "Reading" opens a line but is named "against Reading" too.
func (d *doc) capsInside() map[string]bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for _, s := range d.sents {
			for k := s.From + 1; k < s.To; k++ {
				if t := d.toks[k]; t.Word && t.Cap && !t.Upper && !d.sentenceInitial(k, s.From) && !d.toks[k-1].Punct {
					d.midCaps[t.text(d.text)] = true
				}
			}
		}
	}
	return d.midCaps
}

// fixtureAt reports a line in capitals that is a fixture of two sides, "VISITOR AT HOME",
// every token a word: it returns the index of "AT" and the end of the line. The home
// side stands for the place the game is played in.
func (d *doc) fixtureAt(s sentence) (at, end int, ok bool) {
	at = -1
	for k := s.From; k < s.To; k++ {
		t := d.toks[k]
		switch {
		case t.text(d.text) == "AT" && k > s.From && at < 0:
			at = k
		case !t.Word || !t.Upper && !t.Cap:
			return 0, 0, false
		}
	}
	if at < 0 || at+1 >= s.To {
		return 0, 0, false
	}
	return at, s.To, true
}

// venue reports the home side of a fixture in capitals: "BOSTON" in "OAKLAND AT BOSTON".
func (d *doc) venue(m *mention) bool {
	return m.From > 0 && d.toks[m.From-1].text(d.text) == "AT" && d.sents[m.Sent].Upper
}

// placeContext reports a place's mention whose own words make it a place, which a use of
// the same name as a team elsewhere in the story does not change: "in Boston", the home
// side of "OAKLAND AT BOSTON", a dateline.
func (d *doc) placeContext(m *mention) bool {
	if m.From > 0 {
		switch p := d.toks[m.From-1].text(d.text); p {
		case "in", "In", "AT":
			return true
		}
	}
	// A dateline: the place opens one of the story's first lines, in capitals or as its
	// first line, and a comma or a date follows.
	return m.Sent <= 2 && m.From == d.sents[m.Sent].From && (m.Sent == 0 || d.toks[m.From].Upper) &&
		m.To < len(d.toks) && (d.toks[m.To].text(d.text) == "," || isDateToken(d.toks[m.To].text(d.text)))
}

// isDateToken reports a date written as one token: "1996-08-22", "22/08/1996".
func isDateToken(w string) bool {
	if len(w) < 8 || !isDigitByte(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigitByte(c) && c != '-' && c != '/' && c != '.' {
			return false
		}
	}
	return strings.ContainsAny(w, "-/.")
}

// pluralNickname reports a capitalized plural at i, the nickname a club takes after its
// city: "Mariners", "Rhinos", "Reds", "Blacks"; not a word ending in -us or -is ("Davis"),
// a given name and -s ("Williams"), nor the plural word of an event ("Olympics", "Games").
func (d *doc) pluralNickname(i int) bool {
	t := d.toks[i]
	w := t.Lower
	if !t.Cap || t.Upper || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || givenNames[t.text(d.text)] {
		return false
	}
	form := t.text(d.text)
	return !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !miscSuffixes[form] && !words.eventSuffix[form] &&
		!givenNames[form[:len(form)-1]] // "Williams", "Peters": surnames made of a given name
}

// capitalsFromBody finds names in the lines written in capitals (headlines, where case says
// nothing) that the story names in mixed case elsewhere, and gives them the type the story
// gives there: "BARATELLI TO COACH NICE" after "Baratelli, who played for Nice". A person's
// surname alone counts too ("MILLER" for "Tom Miller"). A longer name the body gives
// replaces the names the line in capitals holds inside it ("MANCHESTER UNITED" over the
// city); a single common word or a word of three letters or fewer is left alone.
func (d *doc) capitalsFromBody() {
	type named struct {
		typ string
		ev  evidence
	}
	anyUpper := false
	for _, s := range d.sents {
		anyUpper = anyUpper || s.Upper
	}
	if !anyUpper {
		return
	}
	body := map[string]named{}
	note := func(key, typ string, ev evidence) {
		if typ != "person" && !strings.Contains(key, " ") && (len(key) < 4 || commonWords[strings.ToLower(key)]) {
			return
		}
		if b, ok := body[key]; !ok || ev > b.ev {
			body[key] = named{typ, ev}
		}
	}
	for k := range d.ms {
		m := &d.ms[k]
		if d.sents[m.Sent].Upper {
			continue
		}
		if m.Kind != kindName || m.Type == "other" || m.Type == "nationality" {
			continue
		}
		note(strings.ToUpper(m.Text), m.Type, m.ev)
		if m.Type == "person" && m.To-m.From >= 2 {
			note(strings.ToUpper(d.toks[m.To-1].text(d.text)), "person", evContext)
		}
	}
	if len(body) == 0 {
		return
	}
	covered := map[int]int{} // token -> 1 + index of the mention of a line in capitals over it
	for k := range d.ms {
		if d.sents[d.ms[k].Sent].Upper {
			for t := d.ms[k].From; t < d.ms[k].To; t++ {
				covered[t] = k + 1
			}
		}
	}
	for si, s := range d.sents {
		if !s.Upper {
			continue
		}
		for i := s.From; i < s.To; i++ {
			if !d.toks[i].Word || !d.toks[i].Upper {
				continue
			}
			// The longest run of up to four words in capitals that the body names.
			best := 0
			var typ string
			for j := i; j < s.To && j < i+4 && d.toks[j].Word && d.toks[j].Upper; j++ {
				if b, ok := body[d.text[d.toks[i].Start:d.toks[j].End]]; ok {
					best, typ = j+1-i, b.typ
				}
			}
			if best == 0 || !d.replacesInside(covered, i, i+best) {
				continue
			}
			d.addRun(si, i, i+best, typ, evContext)
			i += best - 1
		}
	}
	d.dropReplaced()
}

// replacesInside reports whether a name found at [a, b) in a line in capitals may be added:
// no mention there, or only mentions that lie wholly inside it and are shorter, which are
// then marked to be dropped (see dropReplaced).
func (d *doc) replacesInside(covered map[int]int, a, b int) bool {
	var inside []int
	for t := a; t < b; t++ {
		if k := covered[t]; k > 0 {
			m := &d.ms[k-1]
			if m.From < a || m.To > b || m.To-m.From == b-a {
				return false
			}
			inside = append(inside, k-1)
		}
	}
	for _, k := range inside {
		d.ms[k].Kind = kindDropped
	}
	return true
}

// dropReplaced removes the mentions replaceInside marked.
func (d *doc) dropReplaced() {
	out := d.ms[:0]
	for _, m := range d.ms {
		if m.Kind != kindDropped {
			out = append(out, m)
		}
	}
	d.ms = out
}

// listTypes types the unknown names of a list by the names it holds: in "Ponting , Michael
// Slater , Darren Lehmann" the one word that no rule typed is a person too. A list is three
// or more names of one sentence with only a comma, "and" or "or" between each two; its
// names of type other take the type most of the others have, when at least two do and no
// more than one in three has another.
func (d *doc) listTypes() {
	start := 0
	for k := 1; k <= len(d.ms); k++ {
		if k < len(d.ms) && d.listNext(&d.ms[k-1], &d.ms[k]) {
			continue
		}
		if d.bodiesIntroduce(d.ms[start].From) {
			for j := start; j < k; j++ {
				if m := &d.ms[j]; m.Kind == kindName && m.ev < evStrong && (m.Type == "other" || m.Type == "person") {
					m.Type, m.ev = "organization", evContext
				}
			}
		} else if k-start >= 3 {
			d.typeList(d.ms[start:k])
		}
		start = k
	}
}

// pluralBodies are plural nouns of organizations that introduce examples: "firms including
// X and Y", "banks such as X".
var pluralBodies = map[string]bool{"firms": true, "companies": true, "banks": true, "clubs": true, "teams": true,
	"groups": true, "airlines": true, "carriers": true, "newspapers": true, "parties": true, "insurers": true,
	"brokers": true, "brokerages": true, "automakers": true, "carmakers": true, "retailers": true, "lenders": true,
	"multinationals": true, "agencies": true, "organisations": true, "organizations": true, "dailies": true}

// bodiesIntroduce reports a name at i that a plural noun of organizations introduces as
// an example: "firms including Mobil", "banks such as Kettlow", "clubs like Tarlow".
func (d *doc) bodiesIntroduce(i int) bool {
	k := i - 1
	if k >= 1 && d.toks[k].Lower == "as" && d.toks[k-1].Lower == "such" {
		k--
	} else if k < 0 || d.toks[k].Lower != "including" && d.toks[k].Lower != "like" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if pluralBodies[d.toks[j].Lower] {
			return true
		}
		if !d.toks[j].Word {
			return false
		}
	}
	return false
}

// listNext reports that mention b follows a in a list: names of one sentence with one
// comma, "and" or "or" between them.
func (d *doc) listNext(a, b *mention) bool {
	if a.Kind != kindName || b.Kind != kindName || a.Sent != b.Sent || b.From != a.To+1 {
		return false
	}
	switch d.toks[a.To].text(d.text) {
	case ",", "and", "or":
		return true
	}
	return false
}

func (d *doc) typeList(list []mention) {
	count := map[string]int{}
	typed := 0
	for _, m := range list {
		if m.Type != "other" {
			count[coarseType(m.Type)]++
			typed++
		}
	}
	best, n := "", 0
	for t, c := range count {
		if c > n || c == n && t < best {
			best, n = t, c
		}
	}
	if n < 2 || n*3 < typed*2 || best == "nationality" {
		return
	}
	for k := range list {
		if m := &list[k]; m.Type == "other" && m.ev < evStrong {
			m.Type, m.ev = best, evContext
		}
	}
}

// coarseType maps the place types to one, "location": a list of places may mix them.
func coarseType(t string) string {
	switch t {
	case "city", "country", "location":
		return "location"
	}
	return t
}

// placeThenCountry reports a name ending at b followed by a comma and a known country or
// region that ends the phrase: "Tarnow , Poland", "Kellfield , Ohio ,". A possessive or
// another capitalized word after the country ("Smith , Britain's envoy") is something else.
func (d *doc) placeThenCountry(b int) bool {
	if b+1 >= len(d.toks) || d.toks[b].text(d.text) != "," {
		return false
	}
	e, n := d.x.lex.match(d.text, d.toks, b+1, false)
	if n == 0 || e.Type != "country" && e.Type != "city" || e.Gov != "" {
		return false // a capital is no region a place lies in
	}
	k := b + 1 + n
	if k >= len(d.toks) {
		return true
	}
	next := d.toks[k]
	return !next.Word && next.text(d.text) != "'" && next.text(d.text) != "’" && next.text(d.text) != "-" || next.Lower == "and"
}

// pronounAfter returns the type that the pronoun opening the clause of a name's reporting
// verb gives the name at b: "said on Monday it would", "said its profit" a body, "said he"
// a person. A person may say "it was a mistake" too, so classify asks this only of names
// that open with no given name. A relative pronoun after a comma is no guide (", which"
// may stand for the noun before the name, ", who" for a team). It returns "" when the
// words say nothing.
func (d *doc) pronounAfter(b int) string {
	if b+1 >= len(d.toks) {
		return ""
	}
	if !d.x.frames.speechForms[d.toks[b].Lower] {
		return ""
	}
	for k := b + 1; k < len(d.toks) && k <= b+5; k++ {
		switch d.toks[k].Lower {
		case "it", "its":
			return "organization"
		case "he", "she", "his", "her":
			return "person"
		case ".", "\"", "“", ";":
			return ""
		}
	}
	return ""
}

// initialAt reports an initial at i: one capital letter with a period written onto it and
// a capitalized word after ("A. Giles"), which opens a person's name even where the letter
// alone would be a word ("A", "I").
func (d *doc) initialAt(i, end int) bool {
	t := d.toks[i]
	return t.End-t.Start == 1 && t.Cap && i+2 < end && d.toks[i+1].text(d.text) == "." && d.toks[i+1].Start == t.End &&
		d.toks[i+2].Cap && d.toks[i+2].Word
}

// capitalTheInNames widens a name to a capitalized "The" right before it inside a sentence,
// which news capitalizes there only as part of a name: "The Hague", "The Times", "the
// stadium at The Oval". A "The" that opens a sentence, a quotation or a line in capitals
// says nothing.
func (d *doc) capitalTheInNames() {
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.From == 0 || m.Type == "nationality" || d.sents[m.Sent].Upper {
			continue
		}
		p := m.From - 1
		if d.toks[p].text(d.text) != "The" || d.sentenceInitial(p, d.sents[m.Sent].From) || d.toks[p].End+1 != d.toks[m.From].Start {
			continue
		}
		if k > 0 && d.ms[k-1].To > p {
			continue
		}
		m.From, m.Start = p, d.toks[p].Start
		m.Text = d.text[m.Start:m.End]
	}
}

// hyphenatedName reports a hyphenated word at i whose parts all start with a capital, or
// are lower-case particles of names ("ul" in "Inzamam-ul-Haq"), and are no months or
// titles: one name, not two joined ("Iran-Iraq"), a prefix on a name ("anti-Israel"), a
// range of months ("Jan-June") or an index ("CAC-40").
func (d *doc) hyphenatedName(i int) bool {
	parts := strings.Split(d.toks[i].text(d.text), "-")
	if len(parts) < 2 || parts[0] == "" || !isUpperByte(parts[0][0]) {
		return false
	}
	for k, p := range parts {
		if p == "" || monthsDays[p] || monthsDays[p+"."] || abbrev[p] || isRank(p) {
			return false // "Jan-June", "Vice-Chancellor"
		}
		if k > 0 && !isUpperByte(p[0]) && !words.particle[p] && !words.hyphenParticle[p] && p != "ul" {
			return false // "CAC-40", "AK-47": a name and a number is an index or a model
		}
	}
	return true
}

// playVerbs before "for" make the name after it a club: "played for Nice".
var playVerbs = map[string]bool{"play": true, "plays": true, "played": true, "playing": true,
	"signed": true, "signs": true, "sign": true, "signing": true, "scored": true, "scoring": true, "scores": true}

// clubRoles after a name, or after its possessive, make it a club: "Nice coach", "Milan's
// striker".
var clubRoles = map[string]bool{"coach": true, "manager": true, "striker": true, "goalkeeper": true,
	"midfielder": true, "defender": true, "captain": true, "winger": true, "forward": true, "keeper": true}

// clubContext reports words around a name [a, b) that make it a club: a player joins it or
// plays for it ("joined Milan from Torino", "played for Nice"), or it has players and
// coaches ("Nice coach", "Milan's striker"). teamAt asks it only of places that stand for
// no government: "Washington joined Moscow in" is no club.
func (d *doc) clubContext(a, b int) bool {
	if a > 0 {
		switch p := d.toks[a-1].Lower; {
		case p == "joined" || p == "joining" || p == "joins" || p == "rejoined":
			return true
		case p == "from" && a >= 3 && d.toks[a-3].Lower == "joined":
			return true // "joined Milan from Torino"
		case p == "for" && a > 1 && playVerbs[d.toks[a-2].Lower]:
			return true
		}
	}
	k := b
	if k+1 < len(d.toks) && (d.toks[k].text(d.text) == "'" || d.toks[k].text(d.text) == "’") && d.toks[k+1].Lower == "s" {
		k += 2
	}
	return k < len(d.toks) && clubRoles[d.toks[k].Lower]
}

// upperEventWord reports the word of an event written in capitals at k: "OPEN" in "U.S.
// OPEN", "GAMES", "WAR".
func (d *doc) upperEventWord(k, end int) bool {
	if k >= end || !d.toks[k].Upper || !d.toks[k].Word {
		return false
	}
	w := d.toks[k].text(d.text)
	title := w[:1] + strings.ToLower(w[1:])
	return (miscSuffixes[title] || words.eventSuffix[title]) && !isOrgSuffix(title)
}
