package extract

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/relgraph/relgraph/graph/model"
)

// kind is what a mention is: a name, a nominal ("the French president"), a pronoun, or a
// group ("the two leaders") that refers to several entities.
type kind uint8

const (
	kindName kind = iota
	kindNominal
	kindPronoun
	kindGroup
	kindDropped // replaced by a longer name while names are found; never in a result
)

// String returns the kind as Mention.Kind spells it: "name", "nominal", "pronoun", "group".
func (k kind) String() string {
	switch k {
	case kindNominal:
		return "nominal"
	case kindPronoun:
		return "pronoun"
	case kindGroup:
		return "group"
	}
	return "name"
}

// evidence is the strength of the evidence for a mention's type, so a name typed once keeps
// its best type.
type evidence int8

const (
	evDefault evidence = iota
	evContext
	evStrong
)

// mention is an entity mention while the document is processed. An article keeps one per
// name, title and pronoun until its result is built, so what only a few mentions carry is
// kept apart (more).
type mention struct {
	From, To   int // tokens
	Start, End int // bytes
	Sent       int
	Text       string
	Type       string
	ID         string
	Gov        string // the country a seat or capital stands for as an actor
	more       *mentionMore
	Kind       kind
	ev         evidence
	inner      bool // inside a nominal ("French" in "the French president")
}

// mentionMore is what a person's title or a group adds to a mention.
type mentionMore struct {
	title   string   // the office that precedes a person's name
	titleOf string   // the country of that office
	ids     []string // a group's members
	// places are the regions the words of a nominal for a state name ("the African
	// country"); none for other mentions.
	places []string
}

// title returns the office that precedes a person's name, "" for none.
func (m *mention) title() string {
	if m.more == nil {
		return ""
	}
	return m.more.title
}

// titleOf returns the country of the office title names, "" for none.
func (m *mention) titleOf() string {
	if m.more == nil {
		return ""
	}
	return m.more.titleOf
}

// ids returns a group's members, nil for any other mention.
func (m *mention) ids() []string {
	if m.more == nil {
		return nil
	}
	return m.more.ids
}

// withTitle returns what a mention adds for a title and the country of it, nil for neither.
func withTitle(title, of string) *mentionMore {
	if title == "" && of == "" {
		return nil
	}
	return &mentionMore{title: title, titleOf: of}
}

// doc is the state of one extraction.
type doc struct {
	x     *Extractor
	text  string
	toks  []token
	sents []sentence
	ms    []mention
	// bodyScanned is how many of ms bodyNominal has looked at for a body, anyBody whether
	// one of them was: each "the" asks, and the answer only grows.
	bodyScanned int
	anyBody     bool
	lower       map[string]bool // words seen in lower case
	ents        map[string]*entState
	order       []string
	acros       map[string]string // acronym -> entity ID
	teams       map[string]bool   // places the story names as sports teams ("St Louis defeated Colorado")
	// bracketPlaces is 1 when the story gives countries in brackets after names ("Ann Lee (
	// Canada )"), 2 when it does not, 0 until asked (see affiliationAfterPerson).
	bracketPlaces int8
	midCaps       map[string]bool   // capitalized words written inside a sentence (see capsInside)
	regnal        map[string]string // a name without its regnal number to the name with it (see regnalName)
	// reasonSubject maps the byte offset of a pronoun that is the subject of a judging
	// verb's reason to the mention it stands for, the verb's target (reasonPronouns); nil
	// until one is found.
	reasonSubject map[int]int
	// actorSide is set while a clause's actor phrase is read (arguments): a place an
	// event noun is in does not stand for its actor, though it may for its target.
	actorSide bool
	// statementBy are the mentions of who last put out a statement ("X said in a
	// statement", "X issued a statement") and statementSent its sentence: "The statement
	// called on Y" in the sentences after speaks for them (see statementAuthor).
	statementBy   []int
	statementSent int
	// arrival is the day of the last arrival the story dates ("arrived in Tehran on
	// Monday") and arrivalSent its sentence: "soon after arrival" in the sentences after
	// happened that day (see arrivalDate).
	arrival     string
	arrivalSent int
	// met and visited are the dates of the last meeting and the last visit the story dated
	// itself, with their sentences: "during the meeting", "during his visit" in the
	// sentences after happened then (see contactDate).
	met, visited         string
	metSent, visitedSent int
	metWho, visitedWho   []string // their sides' ids
}

type entState struct {
	id, name, typ string
	nameLen       int
	aliases       []string
	roles         []Role
}

func (d *doc) wordLowerSeen() {
	for _, t := range d.toks {
		if t.Word && !t.Cap {
			d.lower[t.Lower] = true
		}
	}
}

// sentenceInitial reports whether toks[i] opens its sentence or a quotation or clause.
func (d *doc) sentenceInitial(i, from int) bool {
	if i == from {
		return true
	}
	p := d.toks[i-1]
	return p.Punct && (p.text(d.text) == "\"" || p.text(d.text) == "“" || p.text(d.text) == ":" || p.text(d.text) == "(" || p.text(d.text) == "-" || p.text(d.text) == "'" || p.text(d.text) == "‘")
}

// findMentions recognizes names sentence by sentence. It stops with ctx.Err() once ctx is done.
func (d *doc) findMentions(ctx context.Context) error {
	lx := d.x.lex
	for si, s := range d.sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		i := s.From
		for i < s.To {
			t := d.toks[i]
			if !t.Word {
				i++
				continue
			}
			if s.Upper {
				if a, b, ok := d.fixtureAt(s); ok {
					// "BOSTON AT OAKLAND": the visiting team at the home team's city.
					d.addTeam(si, s.From, a)
					if e, n := lx.match(d.text, d.toks, a+1, true); n == b-a-1 {
						d.addGaz(si, a+1, b, e)
					} else {
						d.addRun(si, a+1, b, "location", evContext)
					}
					break
				}
				if e, n := lx.match(d.text, d.toks, i, true); n > 0 {
					if d.teamAt(e, i, i+n) {
						d.addTeam(si, i, i+n)
						i += n
						continue
					}
					if d.upperEventWord(i+n, s.To) && e.Type != "nationality" {
						d.addRun(si, i, i+n+1, "other", evStrong) // "U.S. OPEN", "GULF WAR"
						i += n + 1
						continue
					}
					d.addGaz(si, i, i+n, e)
					i += n
					continue
				}
				if e := lx.codes[t.text(d.text)]; e != nil && len(t.text(d.text)) <= 3 {
					d.addGaz(si, i, i+1, e)
				}
				i++
				continue
			}
			if !t.Cap {
				if e, n := lx.match(d.text, d.toks, i, false); n > 0 && e.Type == "organization" {
					d.addGaz(si, i, i+n, e) // "al-Qaeda"
					i += n
					continue
				}
				if n := d.lowerMention(si, i); n > 0 {
					i += n
					continue
				}
				if strings.Contains(t.text(d.text), "-") {
					d.hyphenParts(si, i)
				}
				i++
				continue
			}
			if monthsDays[t.text(d.text)] {
				i++
				continue
			}
			if d.initialAt(i, s.To) {
				i = d.nameRun(si, i, s.To) // "A. Giles", "C. Wishart": an initial, not "a" or "c"
				continue
			}
			if _, n := lx.match(d.text, d.toks, i, false); nonNames[t.Lower] && n == 0 && !(nameAdjectives[t.Lower] && d.runContinuesToOrg(i+1, s.To)) && !d.nameWordInside(i, s) {
				if n := d.lowerMention(si, i); n > 0 {
					i += n
					continue
				}
				i++
				continue
			}
			if _, n := lx.match(d.text, d.toks, i, false); d.sentenceInitial(i, s.From) && ((d.lower[t.Lower] || d.commonOpener(i, s.To)) && !d.acronymOpens(i, s.To) || d.triggerOpens(i, s.To) || strings.HasSuffix(t.Lower, "ly") && i+1 < s.To && d.toks[i+1].text(d.text) == "," || d.participleOpens(i, s.To)) && n == 0 && !titles[t.text(d.text)] {
				i++
				continue
			}
			i = d.nameRun(si, i, s.To)
		}
	}
	d.listTypes()
	d.capitalsFromBody()
	d.capitalTheInNames()
	d.dropCurrencies()
	d.hyphenedEnds()
	d.titlesOffPersons()
	d.dropTitleOnlyPersons()
	d.headlineOffices()
	return nil
}

// soleOffices are the offices a country has one holder of at a time, by title
// (personTitleNouns): "Iraqi president", "Syrian PM", "Jordanian king", "Chinese FM".
var soleOffices = map[string]bool{"President": true, "Prime Minister": true, "Premier": true, "Chancellor": true,
	"King": true, "Queen": true, "Emir": true, "Sultan": true, "Foreign Minister": true, "Pope": true}

// headlineOffices reads an office written with its country and no article in the
// headline as the office, as "the Russian prime minister" is read in the body: headline
// grammar drops the article ("Russian PM visits Slovakia", "Algerian president flies to
// Paris"), and the office is resolved to the person who holds it (resolveNominal), not
// left as the country. Not when a name follows ("Russian PM Chernomyrdin visits").
func (d *doc) headlineOffices() {
	if len(d.sents) < 2 || !d.headline(d.sents[0]) {
		return
	}
	s := d.sents[0]
	n := len(d.ms)
	for k := 0; k < n; k++ {
		m := d.ms[k]
		if m.Sent != 0 || m.Kind != kindName || m.Type != "nationality" && m.Type != "country" || m.To >= s.To {
			continue
		}
		j := m.To
		title := personTitleNouns[d.toks[j].Lower]
		if d.toks[j].Lower == "prime" {
			if j+1 >= s.To || d.toks[j+1].Lower != "minister" {
				continue
			}
			j++
		}
		if !soleOffices[title] {
			continue // "Iraqi minister killed": one of many ministers, not the one the story names
		}
		if j+1 < s.To && d.toks[j+1].Cap && d.toks[j+1].Word && d.x.frames.verbForms[d.toks[j+1].Lower] == "" && !d.x.frames.speechForms[d.toks[j+1].Lower] {
			continue // "Russian PM Chernomyrdin visits": a name
		}
		d.ms = append(d.ms, mention{From: m.From, To: j + 1, Start: m.Start, End: d.toks[j].End, Sent: 0, Text: d.text[m.Start:d.toks[j].End], Type: "person", Kind: kindNominal, more: withTitle(title, m.ID)})
	}
}

// dropTitleOnlyPersons removes the person names that hold no name, only the words of an
// office ("Sudanese First-Vice President and President of the government", "the Health
// Minister"): an office is a nominal, resolved to its holder elsewhere, not a person of its
// own named so.
func (d *doc) dropTitleOnlyPersons() {
	out := d.ms[:0]
	for _, m := range d.ms {
		if m.Type == "person" && m.Kind == kindName && d.officeWords(m.From, m.To) && d.hasTitleWord(m.From, m.To) {
			continue
		}
		out = append(out, m)
	}
	d.ms = out
}

// hasTitleWord reports a title or rank among tokens [a, b).
func (d *doc) hasTitleWord(a, b int) bool {
	for i := a; i < b; i++ {
		for _, part := range strings.Split(d.toks[i].text(d.text), "-") {
			if isRank(part) {
				return true
			}
		}
	}
	return false
}

// hyphenedEnds cuts the adjective off a name of several words that ends in one: "New
// York-based" is New York (the group based there is no name), "South Korean-led" South
// Korean.
func (d *doc) hyphenedEnds() {
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.To-m.From < 2 {
			continue
		}
		last := d.toks[m.To-1].text(d.text)
		if !adjectiveHyphen(last) {
			continue
		}
		cut := strings.LastIndexByte(last, '-')
		if strings.Contains(last[:cut], "-") {
			continue
		}
		m.End = d.toks[m.To-1].Start + cut
		m.Text = d.text[m.Start:m.End]
		if e := d.x.lex.joined(strings.Fields(m.Text)); e != nil {
			m.Type, m.ID, m.Gov, m.ev = e.Type, e.ID, e.Gov, evStrong
		} else {
			m.Type, m.ev = "location", evContext
		}
	}
}

// titlesOffPersons drops the words of an office that a person's name was read with:
// "Treasurer Peter Costello", "Councilor Chen Zhili", "Prof. Robert Desimone", "and
// Defense Minister Sergei Ivanov", "Near East Robert Pelletreau" (the end of "Assistant
// Secretary of State for Near East Robert Pelletreau"). The name starts at a known given
// name that has a word of its own after it, when every word before it is lower case, a
// title or rank, an abbreviation, or a common English word (names/common.txt) that is no
// given name: "Rizkar Mohammed Amin" and "Syed Hamid Albar" stay whole.
func (d *doc) titlesOffPersons() {
	for k := range d.ms {
		m := &d.ms[k]
		org := m.Type == "organization" && !isOrgSuffix(d.toks[m.To-1].text(d.text))
		if org {
			if _, n := d.x.lex.match(d.text, d.toks, m.From, false); n == m.To-m.From {
				continue // a known organization's name
			}
		}
		if m.Type != "person" && !org || m.Kind != kindName || m.To-m.From < 3 {
			continue
		}
		lowerStart := !d.toks[m.From].Cap && !org
		for g := m.From + 1; g <= m.To-2; g++ {
			t := d.toks[g]
			if lowerStart && t.Word && t.Cap && !d.officeWords(g, g+1) && d.officeWords(m.From, g) {
				// "of Prisoners Affairs Sufian Abu Zayda": a name cannot open with "of";
				// it starts after the office's words.
				m.From, m.Start = g, t.Start
				m.Text = d.text[m.Start:m.End]
				break
			}
			if !t.Word || !t.Cap || t.Upper || !givenNames[t.text(d.text)] {
				continue
			}
			if prev := d.toks[g-1].text(d.text); !d.officeWords(m.From, g) && !d.rankBefore(m.From, g) && !(isLocSuffix(prev) || isOrgSuffix(prev)) {
				break // not "for the Asia Pacific Region Martha Benson": a place or a body, then the name
			}
			if org {
				m.Type = "person" // "Treasury Robert Rubin": the department's secretary
			}
			m.From, m.Start = g, t.Start
			m.Text = d.text[m.Start:m.End]
			break
		}
	}
}

// rankBefore reports a rank between a and the given name at g that the words before it
// and the name do not belong to: "Defence Force Brigadier General Jerry Singirok", a body
// and then its officer's rank, runs into one name when the body is unknown.
func (d *doc) rankBefore(a, g int) bool {
	for r := a + 1; r < g; r++ {
		if words.rank[d.toks[r].text(d.text)] && d.officeWords(r, g) {
			return true
		}
	}
	return false
}

// officeWords reports whether tokens a..b-1 can all be words of an office: lower-case
// words, titles and ranks ("Major-General" by its parts), abbreviations ("Prof."), and
// words of a portfolio or a compass point, and common English words (or words this
// story writes in lower case) that are no given names ("Affairs", "Near", "East").
func (d *doc) officeWords(a, b int) bool {
	for i := a; i < b; i++ {
		t := d.toks[i]
		w := t.text(d.text)
		switch {
		case !t.Word:
			if w != "." && w != "-" {
				return false
			}
		case givenNames[w]:
			return false
		case !t.Cap, isRank(w), i+1 < b && d.toks[i+1].text(d.text) == "." && len(w) <= 4:
		default:
			ok := true
			for _, part := range strings.Split(t.Lower, "-") {
				ok = ok && (len(part) >= 3 && (commonWords[part] || d.lower[part]) || part != "" && isRank(strings.ToUpper(part[:1])+part[1:]))
			}
			ok = ok || words.portfolio[w] || compass[w]
			if !ok {
				return false
			}
		}
	}
	return true
}

// currencyNouns are the currencies a country's name or code qualifies ("US dollars",
// "Hong Kong dollars", "Singapore cents").
var currencyNouns = map[string]bool{"dollar": true, "dollars": true, "cent": true, "cents": true}

// dropCurrencies removes the country mentions that only name a currency: "2.5 million US
// dollars" is money, not the United States.
func (d *doc) dropCurrencies() {
	out := d.ms[:0]
	for _, m := range d.ms {
		if m.To < len(d.toks) && currencyNouns[d.toks[m.To].Lower] && (m.Type == "country" || m.Type == "location" || m.Type == "city") {
			continue
		}
		out = append(out, m)
	}
	d.ms = out
}

// participleOpens reports a sentence opened by a participle: "Fearing clashes, the
// police waited", "Provoked by antibiotics, the bacteria ...": an -ing or -ed word before
// a word in lower case.
func (d *doc) participleOpens(i, end int) bool {
	w := d.toks[i].Lower
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) &&
		i+1 < end && d.toks[i+1].Word && !d.toks[i+1].Cap && !givenNames[d.toks[i].text(d.text)] &&
		!(d.verbAfter(i+1) && !strings.HasSuffix(d.toks[i+1].Lower, "s")) && !d.x.frames.speechForms[d.toks[i+1].Lower] &&
		!auxiliaries[d.toks[i+1].Lower] // "Fleming said", "Manning has", "Redding met"; but "Fearing clashes"
}

// hyphenParts finds names inside hyphenated words: "Iran-Israel", "anti-Russian",
// "Paris-based".
func (d *doc) hyphenParts(si, i int) {
	t := d.toks[i]
	off := t.Start
	parts := strings.Split(t.text(d.text), "-")
	if e := d.x.lex.joined(parts); e != nil {
		// "Burkina-Faso", "Bosnia-Herzegovina": a name written with a hyphen for a space.
		d.ms = append(d.ms, mention{From: i, To: i + 1, Start: t.Start, End: t.End, Sent: si, Text: t.text(d.text), Type: e.Type, ID: e.ID, Kind: kindName, Gov: e.Gov, ev: evStrong})
		return
	}
	for k, p := range parts {
		start := off
		off += len(p) + 1
		if p == "" || !isUpperByte(p[0]) {
			continue
		}
		if _, ok := d.acros[p]; ok && isAllUpper(p) {
			// "the CPP-NPA" after "Communist Party of the Philippines (CPP)" and "New
			// People's Army (NPA)": the first body, which the second serves (one word
			// stands for one mention in the tree); see link.
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: start, End: start + len(p), Sent: si, Text: p, Type: "organization", Kind: kindName, ev: evStrong})
			return
		}
		node := d.x.lex.names.next[p]
		if node != nil && node.entry != nil {
			e := node.entry
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: start, End: start + len(p), Sent: si, Text: p, Type: e.Type, ID: e.ID, Kind: kindName, Gov: e.Gov, ev: evStrong})
			continue
		}
		if e := d.x.lex.codes[p]; e != nil && k == 0 && len(parts) == 2 && isAllUpper(p) && !isAllUpper(parts[1]) {
			// "US-led", "UN-brokered": a country's or a body's short name before a participle.
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: start, End: start + len(p), Sent: si, Text: p, Type: e.Type, ID: e.ID, Kind: kindName, Gov: e.Gov, ev: evStrong})
			continue
		}
		if k == len(parts)-2 && parts[k+1] == "based" {
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: start, End: start + len(p), Sent: si, Text: p, Type: "location", Kind: kindName, ev: evContext})
		}
	}
}

func (d *doc) addGaz(si, a, b int, e *gazEntry) {
	if eu := d.x.lex.bodies[euID]; e.Name == "European" && eu != nil && d.europeanBody(a, b) {
		e = eu // "European foreign ministers called on Kabila"
	}
	d.ms = append(d.ms, mention{From: a, To: b, Start: d.toks[a].Start, End: d.toks[b-1].End, Sent: si,
		Text: d.text[d.toks[a].Start:d.toks[b-1].End], Type: e.Type, ID: e.ID, Kind: kindName, Gov: e.Gov, ev: evStrong})
}

// euID is the European Union's id.
var euID = model.Slug("European Union")

// europeanMembers are the nouns after "European" (and a portfolio: "European foreign
// ministers") that name the Union's members acting together, as its councils and summits
// do: "European leaders agreed", "European finance ministers urged". "European countries"
// or "European governments" are each of them, and stay a group.
var europeanMembers = map[string]bool{"ministers": true, "leaders": true, "officials": true,
	"diplomats": true, "negotiators": true, "envoys": true, "commissioners": true}

// europeanBody reports whether "European" at token a, the words from token i after it,
// is the European Union: a member noun, perhaps after a portfolio ("foreign", "finance"),
// not some of them ("several European leaders", "former European leaders", "Eastern
// European leaders", "European leaders, including Blair").
func (d *doc) europeanBody(a, i int) bool {
	if a > 0 && (someOf[d.toks[a-1].Lower] || compass[d.toks[a-1].text(d.text)]) {
		return false
	}
	if i < len(d.toks) && !d.toks[i].Cap && words.portfolio[strings.ToUpper(d.toks[i].Lower[:1])+d.toks[i].Lower[1:]] {
		i++
	}
	if i+2 < len(d.toks) && d.toks[i+1].Lower == "," && d.toks[i+2].Lower == "including" {
		return false
	}
	return i < len(d.toks) && europeanMembers[d.toks[i].Lower]
}

// someOf are words before a group that make it some of its members, or others.
var someOf = map[string]bool{"some": true, "several": true, "many": true, "few": true, "most": true,
	"other": true, "former": true, "ex": true, "two": true, "three": true, "four": true, "five": true,
	"individual": true, "senior": true, "top": true, "visiting": true, "certain": true}

// ampersandJoins reports an ampersand at i between two capitalized words: "Douglas &
// Lomason", "Procter & Gamble".
func (d *doc) ampersandJoins(i, end int) bool {
	return i+1 < end && i > 0 && d.toks[i].text(d.text) == "&" && d.toks[i-1].End+2 >= d.toks[i].Start &&
		d.toks[i+1].Cap && d.toks[i+1].Word && !nonNames[d.toks[i+1].Lower]
}

// collectiveNouns are the plural nouns whose possessive stands inside a name: "People's
// Liberation Army", "Kurdistan Workers' Party"; and "Lord", a word of faith there.
var collectiveNouns = map[string]bool{"People": true, "Peoples": true, "Workers": true, "Women": true,
	"Children": true, "Farmers": true, "Veterans": true, "Citizens": true, "Nations": true, "Youth": true,
	"Lord": true} // "Lord's Resistance Army"

// collectivePossessive returns the number of tokens of a possessive at i inside a name
// ("'s" or "'" written onto a collective noun, before another capitalized word), or 0.
func (d *doc) collectivePossessive(i, end int) int {
	if i < 1 || i >= end || !collectiveNouns[d.toks[i-1].text(d.text)] || d.toks[i-1].End+1 < d.toks[i].Start {
		return 0 // "People's" and "People 's" as tokenized text writes it
	}
	if d.toks[i-1].text(d.text) == "Lord" && i >= 2 && d.toks[i-2].Cap && d.toks[i-2].Word && d.toks[i-2].Lower != "the" {
		return 0 // "Winston Lord's visit": the possessive of a name that ends in the word
	}
	if w := d.toks[i].text(d.text); w != "'" && w != "’" {
		return 0
	}
	n := 1
	if i+1 < end && d.toks[i+1].Lower == "s" && d.toks[i+1].Start == d.toks[i].End {
		n = 2
	}
	if i+n < end && d.toks[i+n].Cap && d.toks[i+n].Word {
		return n
	}
	return 0
}

func (d *doc) isConnector(i, end int) bool {
	if i+1 >= end {
		return false
	}
	switch d.toks[i].text(d.text) {
	case "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "do", "das", "dos", "del", "della", "di", "for", "and", "&", "on":
		n := d.toks[i+1]
		return n.Cap && !nonNames[n.Lower]
	}
	return false
}

// bodyPurpose returns how many tokens at j continue the name of a body from i with the
// cause it is for or against: "for the" or "Against the" before a capitalized word, after
// a body's head ("Committee for the Protection of Journalists", "United Front Against the
// Provisional Legislature"); 0 for none.
func (d *doc) bodyPurpose(i, j, end int) int {
	if j <= i || j+1 >= end {
		return 0
	}
	w := d.toks[j].text(d.text)
	// The cause is a name's words of its own: not "the call by the Security Council for
	// the Syrian army to leave", where a known name follows.
	cause := func(k int) bool {
		return d.toks[k].Cap && d.toks[k].Word && !d.x.lex.startsName(d.text, d.toks, k) && !givenNames[d.toks[k].text(d.text)] && !monthsDays[d.toks[k].text(d.text)]
	}
	if p := d.toks[j-1].text(d.text); w == "the" && (p == "Against" || p == "For") && j-2 >= i && cause(j+1) &&
		(orgHeads[d.toks[i].text(d.text)] || isOrgSuffix(d.toks[j-2].text(d.text))) {
		return 1 // "Against" read as a word of the name already
	}
	if j+2 >= end {
		return 0
	}
	if w != "for" && w != "against" && w != "For" && w != "Against" || d.toks[j+1].Lower != "the" || !cause(j+2) {
		return 0
	}
	if !orgHeads[d.toks[i].text(d.text)] && !isOrgSuffix(d.toks[j-1].text(d.text)) {
		return 0
	}
	return 2
}

// forPurpose returns where the name run [i, j) ends when a "for" in it opens a purpose,
// an infinitive following the run: "the Takeover Panel for Macquarie Bank to make a bid"
// is the panel's deadline for the bank. Else j.
func (d *doc) forPurpose(i, j, end int) int {
	if j >= end || d.toks[j].Lower != "to" {
		return j
	}
	for m := i + 1; m < j; m++ {
		if d.toks[m].text(d.text) == "for" {
			return m
		}
	}
	return j
}

// trimConnectors returns where a name run ending at j ends without a connector at its
// end ("Tribunal for" before the known "Rwanda"), keeping at least the tokens before min.
func (d *doc) trimConnectors(min, j int) int {
	for j > min && connectorWords[d.toks[j-1].text(d.text)] {
		j--
	}
	return j
}

// connectorWords join the words of one name and never end one.
var connectorWords = map[string]bool{"of": true, "for": true, "and": true, "on": true, "&": true}

// suffixFor reports a "for" in tokens [j, k) right after a body's head word, the run not
// followed by "to": "European Bank for Reconstruction and Development", "Tribunal for
// Rwanda"; not "the Takeover Panel for Macquarie Bank to make a bid", a purpose.
func (d *doc) suffixFor(j, k int) bool {
	if k < len(d.toks) && d.toks[k].Lower == "to" {
		return false
	}
	for m := j + 1; m < k-1; m++ {
		if d.toks[m].text(d.text) == "for" && isOrgSuffix(d.toks[m-1].text(d.text)) {
			return true
		}
	}
	return false
}

// portfolioAnd reports an "and" at k inside the name run from j that joins the last two
// words of a department's portfolio: "Finnish Ministry of Transport and Communications",
// "Ministry of Trade and Industry" (an "of" before it, one capitalized word after it that
// starts no known name, and the run ends there), not "the Organization of the Islamic
// Conference and Islamic Jihad".
func (d *doc) portfolioAnd(j, k, end int) bool {
	of := false
	for i := j; i < k; i++ {
		of = of || d.toks[i].text(d.text) == "of"
	}
	if !of || k+1 >= end || d.x.lex.startsName(d.text, d.toks, k+1) || givenNames[d.toks[k+1].text(d.text)] {
		return false
	}
	return k+2 >= end || !d.toks[k+2].Cap || !d.toks[k+2].Word
}

// nameRun reads the capitalized run at i and records its mentions; it returns the next
// token to look at.
func (d *doc) nameRun(si, i, end int) int {
	lx := d.x.lex
	t := d.toks[i]
	if t.Upper && !(i+1 < end && d.toks[i+1].Cap && !d.toks[i+1].Upper && d.toks[i+1].Word) {
		// "LONDON 1996-08-30", "NEW YORK": names in capitals.
		if e, n := lx.match(d.text, d.toks, i, true); n > 0 && (len(t.text(d.text)) > 3 || n > 1 || e.Type != "organization") {
			if d.teamAt(e, i, i+n) {
				d.addTeam(si, i, i+n)
				return i + n
			}
			d.addGaz(si, i, i+n, e)
			return i + n
		}
		j := i
		for j < end && d.toks[j].Upper && d.toks[j].Word {
			j++
		}
		if e := lx.codes[t.text(d.text)]; e != nil && j == i+1 && e.Type == "country" {
			d.addGaz(si, i, j, e) // "US, S. Korea still hope for talks": the country, not a dateline
			return j
		}
		if i == d.sents[si].From && j < end && (d.toks[j].text(d.text) == "," || isDigitByte(d.toks[j].text(d.text)[0]) || d.toks[j].text(d.text) == "(") && !d.scoreFollows(j) {
			d.addRun(si, i, j, "location", evContext) // a dateline
			return j
		}
		if i == d.sents[si].From && j-i <= 3 && d.scoreFollows(j) {
			d.addTeam(si, i, j) // "KANSAS CITY 58 70 .453": a team in a table
			return j
		}
		if j-i > 1 {
			return j // a heading or table header in capitals
		}
	}
	if adjectiveHyphen(t.text(d.text)) {
		d.hyphenParts(si, i) // "Cancer-stricken Mobutu": the adjective is not part of the name
		return i + 1
	}
	// A known name first: countries, capitals, demonyms, seats; but not a given name that
	// is also a place ("Victoria Nuland", "Jordan Bardella").
	if e, n := lx.match(d.text, d.toks, i, false); n > 0 && !d.givenNameFirst(i, n, end) && !d.groupWordAsGiven(e, i, n, end) {
		// "Russian Foreign Ministry", "UN Security Council": a longer organization name.
		j := i + n
		k := j
		for k < end && (d.toks[k].Cap && d.toks[k].Word && !monthsDays[d.toks[k].text(d.text)] || d.isConnector(k, end) && k > j && (d.toks[k].text(d.text) != "and" || d.portfolioAnd(j, k, end) || d.suffixFor(i, k) && !lx.startsName(d.text, d.toks, k+1)) || k > j && d.collectivePossessive(k, end) > 0 || k > j && d.bodyPurpose(i, k, end) > 0) {
			if titles[d.toks[k].text(d.text)] && k == j && e.Type == "nationality" {
				break
			}
			if k > j && d.toks[k].Cap && d.titleBeforeName(k, end) {
				break // "European Commission President Jose Manuel Barroso": the body ends at the office
			}
			if d.portfolioTitle(k) && d.titleBeforeName(k+1, end) {
				break // "Iraqi Oil Minister Amer Rashid": the title's portfolio, though "Oil" ends firms' names
			}
			if n := d.bodyPurpose(i, k, end); k > j && n > 0 {
				k += n // "Democratic Forces for the Liberation of Congo"
				continue
			}
			if n := d.collectivePossessive(k, end); n > 0 && k > j {
				k += n
				continue
			}
			k++
		}
		k = d.forPurpose(j, k, end)
		k = d.trimConnectors(j+1, k)
		if k == j && d.ampersandJoins(j, end) {
			// "Douglas & Lomason", "Marks & Spencer": a firm named by two names.
			k = j + 1
			for k < end && (d.toks[k].Cap && d.toks[k].Word || d.isConnector(k, end)) {
				k++
			}
			d.addRun(si, i, k, "organization", evStrong)
			return d.orgAlias(si, i, k, end)
		}
		if last := d.toks[k-1].text(d.text); k > j && k-j <= 2 && (miscSuffixes[last] || words.eventSuffix[last]) && !isOrgSuffix(last) {
			d.addRun(si, i, k, "other", evStrong) // "Atlanta Games", "Gulf War": an event named for a place
			return k
		}
		if k > j && isLocSuffix(d.toks[k-1].text(d.text)) && !lx.startsName(d.text, d.toks, j) {
			d.addRun(si, i, k, "location", evStrong) // "Indian Ocean", "Persian Gulf"
			return k
		}
		if k > j && (isOrgSuffix(d.toks[k-1].text(d.text)) || e.Type == "organization" && k-j <= 3 && !titles[d.toks[j].text(d.text)] || d.ofInOrg(j, k-1) && d.titleLen(j, k) == j || d.suffixFor(j, k)) && !lx.startsName(d.text, d.toks, j) {
			// "Russian Foreign Ministry", "Chicago Board of Trade"
			d.addRun(si, i, k, "organization", evStrong)
			return d.orgAlias(si, i, k, end)
		}
		if e.Type == "city" && k > j && k-j <= 2 && d.pluralNickname(k-1) && !lx.startsName(d.text, d.toks, j) {
			d.addRun(si, i, k, "organization", evStrong) // "Seattle Mariners", "Leeds Rhinos": a club
			return k
		}
		if k == j && d.teamAt(e, i, k) || e.Type == "city" && d.scoreFollows(k) {
			d.addTeam(si, i, k) // "Manchester City 3", "St Louis defeated Colorado": teams
			return k
		}
		if e.Type == "country" && k == j+1 && !titles[d.toks[j].text(d.text)] && !lx.startsName(d.text, d.toks, j) && !d.headline(d.sents[si]) && !givenNames[d.toks[j].text(d.text)] {
			// "U.S. Open": the country names part of something else.
			d.addRun(si, i, k, "other", evContext)
			return k
		}
		d.addGaz(si, i, j, e)
		return j
	}
	if t.Upper && len(t.text(d.text)) <= 6 {
		if e := lx.codes[t.text(d.text)]; e != nil {
			d.addGaz(si, i, i+1, e)
			return i + 1
		}
	}
	j := i
	bodyTitle := false // the run ends where a title before a person's name begins
	for j < end {
		w := d.toks[j]
		if w.Word && w.Cap && !monthsDays[w.text(d.text)] {
			if j > i+1 && isOrgSuffix(d.toks[j-1].text(d.text)) && (givenNames[w.text(d.text)] || titles[w.text(d.text)]) && j+1 < end && d.toks[j+1].Cap && d.toks[j+1].Word {
				break // "the Expediency Council Akbar Hashemi Rafsanjani", "European Council President Tusk": a body, then a person
			}
			if j > i && d.titleLen(i, end) == i && d.titleBeforeName(j, end) {
				bodyTitle = true
				break // "Cofinec CEO Stephen Frater": the firm, then its officer
			}
			if j > i {
				if e, n := lx.match(d.text, d.toks, j, false); n > 0 && !orgSuffixes[d.toks[j+n-1].text(d.text)] && !d.runContinuesToOrg(j+n, end) && !d.surnameAfterGiven(i, j, e) {
					if j == i+1 && compass[d.toks[i].text(d.text)] && (e.Type == "city" || e.Type == "country" || e.Type == "location") {
						k := j + n
						if k < end && locSuffixes[d.toks[k].text(d.text)] || k < end && d.toks[k].text(d.text) == "State" {
							k++
						}
						d.addRun(si, i, k, "location", evContext) // "West Darfur", "South Lebanon"
						return k
					}
					if j == i+1 && (e.Type == "city" || e.Type == "country" && d.toks[i].text(d.text) == "Air") && !givenNames[d.toks[i].text(d.text)] && !titles[d.toks[i].text(d.text)] && !hasTitleKey(d.toks[i].text(d.text)) && !d.sentenceInitial(i, d.sents[si].From) {
						d.addRun(si, i, j+n, "organization", evContext) // "Real Madrid", "Inter Milan": a club
						return j + n
					}
					if d.ofInOrg(i, j) || d.onInName(i, j) || d.forInName(i, j, n, end) {
						j += n // "News Agency of Nigeria", "Bank of England", "Synod on Lebanon"
						if j < end && d.toks[j].Cap && d.toks[j].Word && !isRank(d.toks[j].text(d.text)) && !givenNames[d.toks[j].text(d.text)] && !monthsDays[d.toks[j].text(d.text)] {
							if _, m := lx.match(d.text, d.toks, j, false); m == 0 {
								continue // "Organization of the Islamic Conference"
							}
						}
					}
					break
				}
				if isRoman(w.text(d.text)) && (miscSuffixes[d.toks[j-1].text(d.text)] || words.eventSuffix[d.toks[j-1].text(d.text)]) {
					j++ // "World War II" ends at its number
					break
				}
			}
			j++
			continue
		}
		if n := d.collectivePossessive(j, end); j > i && n > 0 {
			j += n // "National People's Congress", "Kurdistan Workers' Party"
			continue
		}
		if j > i && d.isConnector(j, end) {
			j++
			continue
		}
		if j > i && w.text(d.text) == "of" {
			if n := d.titleOf(i, j, end); n > 0 {
				j += n // "Secretary of State Hillary Clinton"
				continue
			}
			if j+2 < end && d.toks[j+1].Lower == "the" && d.toks[j+2].Cap && (orgHeads[d.toks[i].text(d.text)] || isOrgSuffix(d.toks[j-1].text(d.text))) {
				j += 2 // "Organization of the Petroleum Exporting Countries"
				continue
			}
		}
		if j > i && w.text(d.text) == "on" && j+2 < end && d.toks[j+1].Lower == "the" && d.toks[j+2].Cap && d.toks[j+2].Word && !monthsDays[d.toks[j+2].text(d.text)] && onHead(d.toks[j-1].text(d.text)) {
			j += 2 // "Quartet on the Middle East", "World Summit on the Information Society"
			continue
		}
		if n := d.bodyPurpose(i, j, end); n > 0 {
			j += n // "Committee for the Protection of Journalists"
			continue
		}
		if j > i && w.Word && !w.Cap && particleName(w.text(d.text)) && (strings.Contains(w.text(d.text), "-") || j+1 < end && d.toks[j+1].Cap) {
			j++ // "Saud al-Faisal", "Omar Hassan al-Bashir"
			continue
		}
		// "Mr." "St." and initials ("M. Gatting") keep the run going.
		if w.text(d.text) == "." && j > i && d.toks[j-1].End == w.Start && (j == i+1 && titles[d.toks[i].text(d.text)+"."] || len(d.toks[j-1].text(d.text)) == 1 && d.toks[j-1].Cap || d.titleLen(i, j) == j && isRank(d.toks[j-1].text(d.text))) && j+1 < end && d.toks[j+1].Cap {
			j++
			continue
		}
		break
	}
	if j > i+1 && d.toks[j-1].text(d.text) == "of" && d.titleLen(i, j-1) == j-1 {
		j-- // "Archbishop of" before the known "Cape Town": a title, not a name
	}
	j = d.forPurpose(i, j, end)
	j = d.trimConnectors(i+1, j)
	if j == i {
		return i + 1
	}
	// "Banc One Corp.": the abbreviation's period belongs to the name.
	if j < end && d.toks[j].text(d.text) == "." && d.toks[j].Start == d.toks[j-1].End && (d.toks[j-1].text(d.text) == "Corp" || d.toks[j-1].text(d.text) == "Inc" || d.toks[j-1].text(d.text) == "Co" || d.toks[j-1].text(d.text) == "Ltd") && j-i > 1 {
		j++
	}
	singles := true
	for k := i; k < j; k++ {
		if len(d.toks[k].text(d.text)) > 1 && d.toks[k].text(d.text) != "." {
			singles = false
		}
	}
	if singles {
		return j // "F G": column letters, "C": a grade or a class
	}
	// Connectors stay inside organization and place names only: "Bank of England", but
	// "Putin and Macron" are two names. An ampersand joins the names of a firm ("Standard &
	// Poor", "A.G. Edwards & Sons"), so a run holding one is an organization.
	firm := false
	if !isOrgSuffix(d.toks[j-1].text(d.text)) && !orgHeads[d.toks[i].text(d.text)] && !locSuffixes[d.toks[i].text(d.text)] {
	cut:
		for k := d.titleLen(i, j) + 1; k < j; k++ {
			switch d.toks[k].text(d.text) {
			case "&":
				firm = true
			case "of", "for", "and", "on":
				if d.toks[k].text(d.text) == "for" && (d.bodyPurpose(i, k, j) > 0 || d.suffixFor(k-1, j)) {
					break cut // a body's cause, whole: "Democratic Forces for the Liberation of Congo"
				}
				if !(d.toks[k].text(d.text) == "of" && k > i && isOrgSuffix(d.toks[k-1].text(d.text))) && !(d.toks[k].text(d.text) == "on" && k > i && onHead(d.toks[k-1].text(d.text))) {
					j = k
				}
			}
		}
		firm = firm && d.hasWord(i, j, "&")
	} else {
		// "the Organization of the Islamic Conference and Islamic Jihad": a known name after
		// "and" starts a second name; so does any name after a firm's legal form ("Johnson
		// Controls Inc and Lear Corp").
		for k := i + 1; k+1 < j; k++ {
			if d.toks[k].text(d.text) == "and" || d.toks[k].text(d.text) == "&" {
				if _, n := lx.match(d.text, d.toks, k+1, false); n > 0 || d.toks[k].text(d.text) == "and" && (legalForms[strings.TrimSuffix(d.toks[k-1].text(d.text), ".")] || d.titleLen(i, k) > i && d.titleLen(k+1, j) > k+1) {
					j = k
					break
				}
			}
		}
	}
	if j == i+1 && strings.Contains(t.text(d.text), "-") && surnameKey(t.text(d.text)) == t.text(d.text) {
		n := len(d.ms)
		d.hyphenParts(si, i) // but "Al-Bashir" is one name
		if len(d.ms) > n || !d.hyphenatedName(i) {
			return j
		}
		// "Gimnasia-Jujuy", "Harper-Collins", "Inzamam-ul-Haq": no known name inside, so one
		// name of its own, typed as any other.
	}
	// Split leading titles: "Foreign Minister Sergei Lavrov".
	a := d.titleLen(i, j)
	if a > i && a < j && !d.nameLike(a, j) {
		a = i // "General Motors", "Grand Prix": not a title before a name
	}
	if a > i {
		title := strings.TrimSpace(strings.TrimSuffix(d.text[d.toks[i].Start:d.toks[a-1].End], "."))
		if a == j {
			// A title alone: "President" or "the Prime Minister" refers back to a person.
			d.nominalTitle(si, i, j, title)
			return j
		}
		if a < j && !isOrgSuffix(d.toks[j-1].text(d.text)) {
			d.addRun(si, a, j, "person", evStrong)
			m := &d.ms[len(d.ms)-1]
			m.more = withTitle(normTitle(title), d.titleCountry(i))
			return j
		}
	}
	if j == i+1 && isOrgSuffix(d.toks[i].text(d.text)) && len(d.toks[i].text(d.text)) <= 4 {
		return j // "Co." "Ltd." alone: part of a name written apart
	}
	typ, ev := d.classify(i, j)
	if firm || bodyTitle && typ != "location" && ev < evStrong {
		typ, ev = "organization", evStrong
	}
	if typ == "" {
		return j
	}
	d.addRun(si, i, j, typ, ev)
	if typ == "organization" {
		return d.orgAlias(si, i, j, end)
	}
	return j
}

// compassCountry returns the one country of the document whose name begins with the
// compass word m alone stands for ("the North" after "North Korea", "the South" after
// "South Sudan"), or "" when there is none or more than one.
func (d *doc) compassCountry(m *mention) string {
	if m.To-m.From != 1 || !compass[m.Text] || m.From == 0 || d.toks[m.From-1].Lower != "the" {
		return ""
	}
	prefix := strings.ToLower(m.Text) + "-"
	found := ""
	for k := range d.ms {
		o := &d.ms[k]
		if (o.Type == "country" || o.Type == "nationality") && strings.HasPrefix(o.ID, prefix) {
			if found != "" && found != o.ID {
				return ""
			}
			found = o.ID
		}
	}
	return found
}

// orgAlias reads the short name in brackets after the organization name just added over
// tokens [i, j), and returns where the scan goes on. "International Atomic Energy Agency
// (IAEA)": initials name the same body. "Islamic Resistance Movement (Hamas)": one
// capitalized word after a name of several words is its short name too, unless it names a
// place or people of its own ("(Japan)"); when the short name is a known entity, the long
// one joins it, so that one body keeps one node across articles.
func (d *doc) orgAlias(si, i, j, end int) int {
	if j+2 >= end || d.toks[j].text(d.text) != "(" || d.toks[j+2].text(d.text) != ")" {
		return j
	}
	org := &d.ms[len(d.ms)-1]
	x := d.toks[j+1]
	switch {
	case x.Upper && d.initialsOf(i, j, x.text(d.text)):
		d.acros[x.text(d.text)] = model.Slug(org.Text)
		d.addRun(si, j+1, j+2, "organization", org.ev)
	case x.Cap && !x.Upper && j-i >= 2:
		if e, n := d.x.lex.match(d.text, d.toks, j+1, false); n == 1 {
			if e.Type != "organization" || e.ID == "" {
				return j
			}
			org.ID = e.ID
			d.addGaz(si, j+1, j+2, e)
			break
		}
		if t, _ := d.classify(j+1, j+2); t != "organization" && t != "other" {
			return j
		}
		d.acros[x.text(d.text)] = model.Slug(org.Text)
		d.addRun(si, j+1, j+2, "organization", org.ev)
	default:
		return j
	}
	return j + 3
}

// initialsOf reports whether acro is made of the initials of the words [a, b) in order:
// "IAEA" of "International Atomic Energy Agency".
func (d *doc) initialsOf(a, b int, acro string) bool {
	k := 0
	for i := a; i < b && k < len(acro); i++ {
		w := d.toks[i].text(d.text)
		if w != "" && w[0] == acro[k] {
			k++
		}
	}
	return k >= 2 && k*2 >= len(acro)
}

// initialAcronyms reads an acronym the story uses without defining it as the one body
// the story names whose words' initials it spells: "SADC" after "the Southern African
// Development Community", "EBRD" after "the European Bank for Reconstruction and
// Development" ("of", "for", "and", "the" and the like spell nothing). A known code ("US",
// "UN") and an acronym two bodies spell are left alone; one defined in brackets stays
// as defined.
func (d *doc) initialAcronyms() {
	spelled := map[string]string{} // initials -> body slug, "" for two bodies
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.Type != "organization" || m.To-m.From < 2 {
			continue
		}
		var b strings.Builder
		for i := m.From; i < m.To; i++ {
			w := d.toks[i].text(d.text)
			if d.toks[i].Word && d.toks[i].Cap && !connectorWords[d.toks[i].Lower] && d.toks[i].Lower != "the" {
				b.WriteByte(w[0])
			}
		}
		acro := b.String()
		if len(acro) < 3 {
			continue
		}
		id := m.ID
		if id == "" {
			id = model.Slug(m.Text)
		}
		if old, ok := spelled[acro]; ok && old != id {
			spelled[acro] = ""
			continue
		}
		spelled[acro] = id
	}
	if len(spelled) == 0 {
		return
	}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || m.To-m.From != 1 || !isAllUpper(m.Text) {
			continue
		}
		id := spelled[m.Text]
		if _, defined := d.acros[m.Text]; id == "" || defined || d.x.lex.codes[m.Text] != nil {
			continue
		}
		if e, n := d.x.lex.match(d.text, d.toks, m.From, false); n > 0 && e.ID != id {
			continue // a name the gazetteer knows
		}
		d.acros[m.Text] = id
	}
}

// nameAdjectives are words that start sentences without naming anything, but also start
// the names of bodies: "the State Department", "Central Bank", "First Union Corp".
var nameAdjectives = map[string]bool{
	"state": true, "central": true, "first": true, "western": true, "eastern": true,
	"northern": true, "southern": true,
}

// compass words make a region of the place they precede.
var compass = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Upper": true, "Lower": true, "Greater": true,
}

// compassJoined are the directions written as one word ("Southeast Asian").
var compassJoined = map[string]bool{"Southeast": true, "Southwest": true, "Northeast": true, "Northwest": true}

func hasTitleKey(w string) bool {
	v, ok := titles[w]
	return ok && !v
}

func (l *lexicon) startsName(text string, toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	e, n := l.match(text, toks, j, false)
	return n > 0 && e.Type != "organization"
}

func (d *doc) runContinuesToOrg(k, end int) bool {
	for k < end && (d.toks[k].Cap && d.toks[k].Word || d.isConnector(k, end)) {
		if isOrgSuffix(d.toks[k].text(d.text)) {
			return true
		}
		k++
	}
	return false
}

// portfolioTitle reports whether token k is a portfolio that opens a minister's or a
// secretary's title: "Oil" in "Oil Minister".
func (d *doc) portfolioTitle(k int) bool {
	if k+1 >= len(d.toks) || !words.portfolio[d.toks[k].text(d.text)] {
		return false
	}
	next := d.toks[k+1].text(d.text)
	return next == "Minister" || next == "Secretary"
}

// normTitle keeps the office: "Russian President" -> "President".
func normTitle(t string) string {
	switch t {
	case "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.":
		return ""
	}
	return t
}

// titleCountry finds the country an office before token i belongs to: "Russian President",
// "France's President".
func (d *doc) titleCountry(i int) string {
	for k := len(d.ms) - 2; k >= 0 && k >= len(d.ms)-3; k-- {
		m := d.ms[k]
		if m.To == i && (m.Type == "nationality" || m.Type == "country" || m.Type == "organization") {
			return m.ID // "Russian President", "IAEA Director General"
		}
		if m.To == i-2 && m.Type == "country" && (d.toks[i-2].text(d.text) == "'" || d.toks[i-2].text(d.text) == "’") && d.toks[i-1].text(d.text) == "s" {
			return m.ID
		}
	}
	return ""
}

// classify types an unknown capitalized run [a, b) from its words and context.
func (d *doc) classify(a, b int) (string, evidence) {
	first, last := d.toks[a], d.toks[b-1]
	n := b - a
	if last.text(d.text) == "." && n > 1 {
		last = d.toks[b-2] // "Nissan Motor Co."
	}
	on := "" // the head of a name with "on" in it: "Conference" in "Conference on Disarmament"
	if n > 2 {
		on = d.onWithin(a, b)
	}
	switch {
	case isOrgSuffix(last.text(d.text)) && (n > 1 || last.text(d.text) == "Kremlin"):
		return "organization", evStrong
	case orgHeads[first.text(d.text)] && n > 1 && (d.hasWord(a, b, "of") || d.hasWord(a, b, "for")), d.orgWordBeforeOf(a, b):
		return "organization", evStrong // "National League for Democracy"
	case on != "" && (onHeads[on] || actingOnHeads[on]):
		return "organization", evStrong // "Synod on Lebanon", "Conference on Disarmament": a body or forum that acts
	case on != "":
		return "other", evStrong // "Declaration on Renewable Energy": a document
	case words.orgHead[first.text(d.text)] && n > 1 && !givenNames[d.toks[a+1].text(d.text)]:
		return "organization", evStrong // "Bank Negara", "Radio Free Europe"
	case isLocSuffix(last.text(d.text)) && n > 1 && d.scoreFollows(b):
		return "organization", evContext // "Kansas City 1", "Notts County 0": a team in a results line
	case isLocSuffix(last.text(d.text)) && n > 1, locSuffixes[first.text(d.text)] && n > 1 && d.hasWord(a, b, "of"):
		return "location", evStrong
	case isRoman(last.text(d.text)) && n > 1 && (miscSuffixes[d.toks[b-2].text(d.text)] || words.eventSuffix[d.toks[b-2].text(d.text)]):
		return "other", evStrong // "World War II"
	case words.eventSuffix[last.text(d.text)] && n > 1:
		return "other", evStrong // "APEC Ministerial Meeting", "Free Trade Area"
	case n > 1 && (titles[last.text(d.text)] || words.rank[last.text(d.text)]) && !givenNames[first.text(d.text)]:
		return "other", evContext // "High Commissioner": an office, no one named
	}
	if n <= 3 && !givenNames[first.text(d.text)] && d.placeThenCountry(b) {
		return "location", evContext // "Tarnow , Poland": a town and the country it lies in
	}
	if d.initialsOpen(a, b) {
		return "organization", evContext // "KLV Holm", "TRC Data Lines": a person's name never opens with initials in capitals
	}
	if d.versusAround(a, b) || d.affiliationAfterPerson(a, b) || d.clubContext(a, b) {
		return "organization", evContext // "Leeds v Hull", "Tom Abel ( Hull )": teams and employers
	}
	if n == 1 && first.Upper && len(first.text(d.text)) >= 2 {
		if len(first.Lower) > 4 && commonWords[first.Lower] {
			return "", evDefault // "DIVISION", "SUMMARY": a word in capitals, not initials
		}
		return "organization", evContext
	}
	if n <= 4 && a >= 1 && words.orgNoun[d.toks[a-1].text(d.text)] && !givenNames[first.text(d.text)] {
		return "organization", evStrong // "gas giant Gazprom", "Belgian club Standard Liege"
	}
	if b < len(d.toks) && (d.toks[b].Lower == "shares" || d.toks[b].Lower == "stock") && !givenNames[first.text(d.text)] {
		return "organization", evStrong // "Jones shares fell"
	}
	if a >= 2 && (d.toks[a-1].text(d.text) == "." || d.toks[a-1].text(d.text) == "Mr" || d.toks[a-1].text(d.text) == "Mrs") {
		if p := d.toks[a-1]; p.text(d.text) != "." || titles[d.toks[a-2].text(d.text)] {
			if n == 1 {
				return "person", evContext // "Mr. Kabila": a person, whose full name link finds
			}
			return "person", evStrong
		}
	}
	if givenNames[first.text(d.text)] && n == 1 {
		return "person", evContext
	}
	if givenNames[first.text(d.text)] && n >= 2 && n <= 4 || len(first.text(d.text)) == 1 && first.Cap && n >= 3 && d.toks[a+1].text(d.text) == "." {
		return "person", evStrong // "John Smith", "M. Gatting"
	}
	if miscSuffixes[last.text(d.text)] && n >= 2 {
		return "other", evStrong // "World Cup", "U.S. Open"
	}
	if d.scoreFollows(b) {
		return "organization", evContext // "Surrey 283": a team's score in a results line
	}
	if b < len(d.toks) && groupNouns[d.toks[b].Lower] {
		return "organization", evContext // "Houthi rebels", "Hamas fighters"
	}
	if b < len(d.toks) && placeNouns[d.toks[b].Lower] {
		return "location", evContext // "Charles de Gaulle airport"
	}
	if a >= 2 && d.toks[a-1].Lower == "of" && (placeNouns[d.toks[a-2].Lower] || d.toks[a-2].Lower == "capital" || d.toks[a-2].Lower == "port") && d.toks[a-2].Word && !d.toks[a-2].Cap {
		return "location", evStrong // "the town of Bistrita", "the eastern province of Zhejiang"
	}
	// The word after a possessive ("Tueni's wife", tokenized "Tueni" "'" "s" "wife").
	owned := -1
	if b+1 < len(d.toks) && (d.toks[b].Lower == "'s" || d.toks[b].Lower == "’s") {
		owned = b + 1
	} else if b+2 < len(d.toks) && (d.toks[b].text(d.text) == "'" || d.toks[b].text(d.text) == "’") && d.toks[b+1].Lower == "s" && d.toks[b+1].Start == d.toks[b].End {
		owned = b + 2
	}
	if owned >= 0 && kinNouns[d.toks[owned].Lower] && !givenNames[first.text(d.text)] {
		return "person", evContext // "Tueni's wife", "Hamadeh, Tueni's uncle": only people have kin
	}
	if b+1 < len(d.toks) && d.toks[b].text(d.text) == "," && d.toks[b+1].Lower == "who" && (a == 0 || !d.toks[a-1].Word || d.toks[a-1].Cap && d.toks[a-1].Lower != "the") {
		// "Gujral, who decided": a place or body is "which". Not "the Chechens, who" nor
		// "centrist Democrats, who": a people or party after a word of its own.
		return "person", evContext
	}
	if a >= 1 {
		p := d.toks[a-1].Lower
		if locPrepositions[p] && n <= 2 && owned < 0 {
			// Not "near Gibran Tueni's car": what is near is the possession.
			return "location", evContext
		}
		if (locPrepositions[p] || p == "for") && n >= 3 && (d.hasWord(a, b, "del") || d.hasWord(a, b, "de") || d.hasWord(a, b, "da") || d.hasWord(a, b, "do")) {
			return "location", evContext // "left for Mar del Plata", "in Rio de Janeiro"
		}
		if p == "the" && n == 1 && (b >= len(d.toks) || !d.toks[b].Word || d.toks[b].Cap || d.x.frames.speechForms[d.toks[b].Lower] || isTriggerWord(d, b)) {
			return "organization", evContext // "the Taliban said"
		}
	}
	if t := d.pronounAfter(b); t != "" && !givenNames[first.text(d.text)] {
		return t, evContext // "Orvane Tessik said its profit rose", "Dask said he would"
	}
	if b < len(d.toks) {
		switch d.toks[b].Lower {
		case "said", "says", "told", "added", "stated", "insisted", "argued", "explained", "wrote":
			return "person", evContext
		case "was", "is", "has", "had":
			if b+2 < len(d.toks) && (d.toks[b+1].Lower == "quoted" || d.toks[b+1].Lower == "been" && d.toks[b+2].Lower == "quoted") {
				return "person", evContext // "Badawi was quoted as saying": a speaker
			}
		}
	}
	if n >= 2 && a >= 1 && d.toks[a-1].Lower == "the" && !givenNames[first.text(d.text)] && !d.titledRun(a, b) {
		return "organization", evDefault // "the Border Security Force", "the Refounded Communists": a body or group, never a person
	}
	if n >= 2 && n <= 4 && !d.hasWord(a, b, "of") && !d.hasWord(a, b, "and") && !d.commonWordsOnly(a, b) {
		return "person", evDefault
	}
	if n == 1 && b < len(d.toks) && !d.sentenceInitial(a, 0) && (d.x.frames.verbForms[d.toks[b].Lower] != "" || d.x.frames.nounForms[d.toks[b].Lower]) {
		return "person", evDefault // "Putin offered": a surname acting
	}
	if n == 1 && d.surnameActs(a, b) {
		return "person", evDefault // "Guterres urged Netanyahu to": surnames that act and are acted on
	}
	return "other", evDefault
}

// commonWordsOnly reports whether every word of [a, b) is a common English word and none a
// given name: "Operation High Speed", "Internet Governance", "Economic Survey" name a
// thing, not a person.
func (d *doc) commonWordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		w := d.toks[k]
		if !w.Word || givenNames[w.text(d.text)] || !commonWords[w.Lower] {
			return false
		}
	}
	return true
}

// surnameActs reports a single unknown capitalized word [a, b) before an act only bodies
// and people do ("Guterres urged", "Kagame has accused"; see
// bodyActs), or that such an act takes as its object ("urged Netanyahu", "met Ruto"): a
// surname, as a story that names a person in full once, or never, writes it. Not an English
// word, nor one the story writes in lower case, nor a word of a group ("Shiites").
func (d *doc) surnameActs(a, b int) bool {
	w := d.toks[a]
	if !w.Word || !w.Cap || w.Upper || commonWords[w.Lower] || d.lower[w.Lower] || len(w.Lower) < 3 {
		return false
	}
	for _, suf := range []string{"ans", "ites", "ists", "ese", "ers", "ics", "men"} {
		if strings.HasSuffix(w.Lower, suf) {
			return false
		}
	}
	// Speech verbs are left out: "Press reports said", "Communist states of Europe" are
	// nouns after a name-like word.
	if d.verbAfter3(b, func(w string) bool { return bodyActs[d.x.frames.verbForms[w]] && !d.x.frames.nounForms[w] }) {
		return true
	}
	if a == 0 || b < len(d.toks) && d.toks[b].Cap && d.toks[b].Word {
		return false
	}
	return bodyActs[d.x.frames.verbForms[d.toks[a-1].Lower]] && !d.toks[a-1].Cap
}

// andBetween reports "and" or "and the" as the tokens [a, b) between two names.
func (d *doc) andBetween(a, b int) bool {
	return a < b && d.toks[a].Lower == "and" && (b == a+1 || b == a+2 && d.toks[a+1].Lower == "the")
}

// styleTitles are words of the styles that stand for a person with "the": "the Dalai
// Lama", "the Aga Khan", "the Grand Mufti".
var styleTitles = map[string]bool{"Lama": true, "Khan": true, "Mufti": true, "Patriarch": true, "Pope": true,
	"Prince": true, "Princess": true, "Emir": true, "Sheikh": true, "Ayatollah": true, "Imam": true, "Duke": true,
	"Duchess": true, "Archbishop": true, "Cardinal": true, "Rabbi": true, "Reverend": true, "Maharaja": true}

// titledRun reports a title or style among the words [a, b).
func (d *doc) titledRun(a, b int) bool {
	for k := a; k < b; k++ {
		if w := d.toks[k].text(d.text); titles[w] || hasTitleKey(w) || styleTitles[w] {
			return true
		}
	}
	return false
}

// orgWordBeforeOf reports a run with an organization word followed by "of" or "for" inside
// it: "National League for Democracy", "Movement for the Liberation of Angola".
func (d *doc) orgWordBeforeOf(a, b int) bool {
	for k := a; k+2 < b; k++ {
		if isOrgSuffix(d.toks[k].text(d.text)) && (d.toks[k+1].text(d.text) == "of" || d.toks[k+1].text(d.text) == "for") {
			return true
		}
	}
	return false
}

// surnameAfterGiven reports that the place e at j is the surname of a person whose given
// name opens the run at i, alone or after a title: "Neil Jordan", "Jack London",
// "George Washington", "President Ricardo Lagos".
func (d *doc) surnameAfterGiven(i, j int, e *gazEntry) bool {
	g := j - 1 // the given name, first in the run or after its title: "President Ricardo Lagos"
	return j > i && givenNames[d.toks[g].text(d.text)] && !titles[d.toks[g].text(d.text)] && (g == i || titles[d.toks[g-1].text(d.text)]) &&
		(e.Type == "city" || e.Type == "country" || e.Type == "location") &&
		(j+1 >= len(d.toks) || !d.toks[j+1].Cap || !d.toks[j+1].Word || monthsDays[d.toks[j+1].text(d.text)]) // "Ricardo Lagos Friday pledged"
}

// groupWordAsGiven reports a word of a group ("Christian", "Latin") that is a given name
// here: right after a title and before a capitalized word no list knows, "Finance Minister
// Christian Lindner"; not "Christian Democrats" nor "the Christian minority".
func (d *doc) groupWordAsGiven(e *gazEntry, i, n, end int) bool {
	if e.Type != "other" || n != 1 || i == 0 || i+1 >= end || !d.toks[i+1].Cap || !d.toks[i+1].Word {
		return false
	}
	if p := d.toks[i-1].text(d.text); !titles[p] && !hasTitleKey(p) {
		return false
	}
	_, m := d.x.lex.match(d.text, d.toks, i+1, false)
	return m == 0
}

// addTeam records a place named as a sports team at [a, b): an organization, and every
// other mention of the place in the story the team too (see link).
func (d *doc) addTeam(si, a, b int) {
	d.addRun(si, a, b, "organization", evContext)
	if d.teams == nil {
		d.teams = map[string]bool{}
	}
	d.teams[d.ms[len(d.ms)-1].Text] = true
}

// teamAt reports that the place e named at [a, b) stands for a team: a score follows it in
// a results line, or it is the winner or loser of a game ("St Louis defeated Colorado",
// "Birmingham v Barnsley"). A country is left a country: its team plays for it.
func (d *doc) teamAt(e *gazEntry, a, b int) bool {
	if e.Type != "city" && e.Type != "location" || a > 0 && d.toks[a-1].Cap && d.toks[a-1].Word && d.toks[a-1].End+1 >= d.toks[a].Start && d.text[d.toks[a-1].End:d.toks[a].Start] != "\n" {
		return false // "MaliVai Washington beat": a player's surname
	}
	if d.scoreFollows(b) || e.Gov == "" && d.clubContext(a, b) {
		return true
	}
	if b < len(d.toks) && (contestVerbs[d.toks[b].Lower] || d.toks[b].Lower == "v" || d.toks[b].Lower == "vs" || d.toks[b].Lower == "vs.") {
		return true
	}
	if a > 0 {
		switch p := d.toks[a-1].Lower; {
		case p == "v" || p == "vs" || p == "vs." || p == "beat" || p == "defeated" || p == "beating" || p == "defeating":
			return true
		case p == "over" && a > 1 && (d.toks[a-2].Lower == "win" || d.toks[a-2].Lower == "victory" || d.toks[a-2].Lower == "lead"):
			return true
		}
	}
	return false
}

// scoreFollows reports a score after a name in a results line: "Surrey 283 and 182".
func (d *doc) scoreFollows(b int) bool {
	return b < len(d.toks) && isDigitByte(d.toks[b].text(d.text)[0]) && !strings.ContainsAny(d.toks[b].text(d.text), "-,.") && d.numbersInLine(b) >= 2 && (b+1 >= len(d.toks) || d.toks[b+1].text(d.text) != ")")
}

// numbersInLine counts the number tokens of the line holding token i.
func (d *doc) numbersInLine(i int) int {
	n := 0
	for k := i; k < len(d.toks) && k < i+30; k++ {
		if k > i && strings.IndexByte(d.text[d.toks[k-1].End:d.toks[k].Start], '\n') >= 0 {
			break
		}
		if isDigitByte(d.toks[k].text(d.text)[0]) {
			n++
		}
	}
	for k := i - 1; k >= 0 && k > i-30; k-- {
		if strings.IndexByte(d.text[d.toks[k].End:d.toks[k+1].Start], '\n') >= 0 {
			break
		}
		if isDigitByte(d.toks[k].text(d.text)[0]) {
			n++
		}
	}
	return n
}

func (d *doc) hasWord(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if d.toks[k].text(d.text) == w {
			return true
		}
	}
	return false
}

func (d *doc) addRun(si, a, b int, typ string, ev evidence) {
	text := d.text[d.toks[a].Start:d.toks[b-1].End]
	d.ms = append(d.ms, mention{From: a, To: b, Start: d.toks[a].Start, End: d.toks[b-1].End, Sent: si, Text: text, Type: typ, Kind: kindName, ev: ev})
}

// lowerMention recognizes nominals, pronouns and groups at toks[i]; it returns how many
// tokens it used.
func (d *doc) lowerMention(si, i int) int {
	t := d.toks[i]
	switch t.Lower {
	case "he", "she", "his", "her", "him":
		d.ms = append(d.ms, mention{From: i, To: i + 1, Start: t.Start, End: t.End, Sent: si, Text: t.text(d.text), Type: "person", Kind: kindPronoun})
		return 1
	case "it":
		if d.actsAfter(i + 1) {
			// "Human Rights Watch said ... And it called on the court to": a body or a
			// state acting (see link); "it is expected", "it was unclear" name nothing.
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: t.Start, End: t.End, Sent: si, Text: t.text(d.text), Type: "organization", Kind: kindPronoun})
			return 1
		}
		return 0
	case "they":
		next := i + 1
		if next+1 < len(d.toks) && (d.toks[next].Lower == "last" || d.toks[next].Lower == "first") {
			next++ // "They last met in Geneva"
		}
		if next < len(d.toks) && d.x.frames.verbForms[d.toks[next].Lower] != "" {
			// "They agreed that ...": the two named last as "A and B", when the sentence
			// before or this one names them (see link).
			d.ms = append(d.ms, mention{From: i, To: i + 1, Start: t.Start, End: t.End, Sent: si, Text: t.text(d.text), Type: "other", Kind: kindGroup})
			return 1
		}
		return 0
	case "the", "both":
		if n := d.bodyNominal(si, i); n > 0 {
			return n
		}
		if e, n := d.x.lex.match(d.text, d.toks, i, false); n > 1 && e != nil && t.Lower == "the" {
			// A name the gazetteer writes with its "the": "the Jewish state", "the States".
			d.addGaz(si, i, i+n, e)
			return n
		}
		if n := d.stateNominal(si, i); n > 0 {
			return n
		}
		j := i + 1
		group := t.Lower == "both"
		if j < len(d.toks) && (d.toks[j].Lower == "two" || d.toks[j].Lower == "three") {
			group = true
			j++
		}
		for j < len(d.toks) && j < i+3 && !group && personModifier(d.toks[j].Lower) {
			j++ // "the outspoken president", "the 66-year-old Texan diplomat"
		}
		country := ""
		if j < len(d.toks) && d.toks[j].Cap {
			if e, n := d.x.lex.match(d.text, d.toks, j, false); n > 0 && (e.Type == "nationality" || (e.Type == "country" || e.Type == "organization") && j+n < len(d.toks) && !d.toks[j+n].Cap && (personTitleNouns[d.toks[j+n].Lower] != "" || d.toks[j+n].Lower == "chief")) {
				// "the French president", "the US president"
				if j+n < len(d.toks) && d.toks[j+n].Cap && d.toks[j+n].Word {
					return 0 // "the Indian Ocean", "the French President Emmanuel Macron": a name
				}
				country = e.ID
				d.addGaz(si, j, j+n, e)
				j += n
			} else if e := d.x.lex.codes[d.toks[j].text(d.text)]; n == 0 && e != nil && d.toks[j].Upper && j+1 < len(d.toks) && !d.toks[j+1].Cap && personTitleNouns[d.toks[j+1].Lower] != "" {
				country = e.ID // "the US president"
				d.addGaz(si, j, j+1, e)
				j++
			}
		}
		if j >= len(d.toks) || !d.toks[j].Word {
			return 0
		}
		w := d.toks[j].Lower
		twoActs := t.Lower == "the" && j == i+2 && d.toks[i+1].Lower == "two" && !pluralPersonNouns[w] && (d.x.frames.verbForms[w] != "" || bothFollowers[w] || w == "held" || w == "have" || w == "had")
		if twoActs || t.Lower == "both" && j == i+1 && !pluralPersonNouns[w] && (bothFollowers[w] || d.x.frames.verbForms[w] != "" || d.x.frames.speechForms[w]) {
			// "although both have criticized Rangoon", "both countries agreed": the two
			// named last as "A and B" (see link).
			end := i + 1
			if twoActs {
				end = i + 2 // "after the two held talks"
			}
			if groupOfStates[w] {
				end = j + 1
			}
			d.ms = append(d.ms, mention{From: i, To: end, Start: t.Start, End: d.toks[end-1].End, Sent: si, Text: d.text[t.Start:d.toks[end-1].End], Type: "other", Kind: kindGroup})
			return end - i
		}
		if group && !pluralPersonNouns[w] && !d.toks[j].Cap && j+1 < len(d.toks) && pluralPersonNouns[d.toks[j+1].Lower] {
			j++ // "the two state leaders", "both foreign ministers"
			w = d.toks[j].Lower
		}
		if pluralPersonNouns[w] && (group || country == "") && !(j+2 < len(d.toks) && d.toks[j+1].Lower == "of" && d.toks[j+2].Cap) {
			// Not "the leaders of Saudi Arabia, Jordan and Kuwait": those are named there.
			d.ms = append(d.ms, mention{From: i, To: j + 1, Start: t.Start, End: d.toks[j].End, Sent: si, Text: d.text[t.Start:d.toks[j].End], Type: "person", Kind: kindGroup})
			return j + 1 - i
		}
		title, ok := personTitleNouns[w]
		portfolio := ""
		if p := portfolios[w]; p != "" && !group && j+1 < len(d.toks) && (d.toks[j+1].Lower == "minister" || d.toks[j+1].Lower == "secretary") {
			// "the foreign minister": one office of the story's cabinet, not any minister.
			j++
			portfolio, w = p, d.toks[j].Lower
			title, ok = p+" "+personTitleNouns[w], true
		}
		if w == "chief" && country != "" {
			title, ok = "Chief", true // "the IAEA chief", "the UN chief"
		}
		if ok && !group && (d.toks[j].Cap == false || country != "") {
			if j+1 < len(d.toks) && d.toks[j+1].Cap && d.toks[j+1].Word {
				return j - i // "the French President Emmanuel Macron": a name follows
			}
			if w == "prime" {
				if j+1 < len(d.toks) && d.toks[j+1].Lower == "minister" {
					j++
				} else {
					return 0
				}
			} else if (w == "minister" || w == "secretary" || w == "speaker") && country == "" && portfolio == "" && !(w != "speaker" && d.hasWord(i, j, "visiting") && !(j+1 < len(d.toks) && d.toks[j+1].Lower == "from")) {
				// "the minister": which one is not said, so only the one minister the story
				// has named is meant (resolveNominal), never "the minister of health" (an
				// office of its own); "the South Korean minister" and "the visiting minister"
				// say which; "the speaker" may be anyone speaking.
				if w == "speaker" || j+1 < len(d.toks) && (d.toks[j+1].Lower == "of" || d.toks[j+1].Lower == "for") {
					return 0
				}
			}
			d.ms = append(d.ms, mention{From: i, To: j + 1, Start: t.Start, End: d.toks[j].End, Sent: si, Text: d.text[t.Start:d.toks[j].End], Type: "person", Kind: kindNominal, more: withTitle(title, country)})
			return j + 1 - i
		}
		if country == "" && !group && portfolios[w] != "" && !d.toks[j].Cap && j+1 < len(d.toks) && (d.toks[j+1].Lower == "ministry" || d.toks[j+1].Lower == "department") {
			// "the foreign ministry": a ministry of the story's government, acting for it
			// ("the Interior Ministry", written as a name, stays one).
			j++
			w = "government"
		}
		if country == "" && !group && governmentNouns[w] && (j+1 >= len(d.toks) || d.toks[j+1].Lower != "of" && !d.toks[j+1].Cap) {
			// "the government", "the authorities": the story's government, resolved in link.
			d.ms = append(d.ms, mention{From: i, To: j + 1, Start: t.Start, End: d.toks[j].End, Sent: si, Text: d.text[t.Start:d.toks[j].End], Type: "country", Kind: kindNominal})
			return j + 1 - i
		}
		if country != "" {
			return j - i
		}
	}
	return 0
}

// personModifier reports a lower-case word that may stand between "the" and an office
// that refers back to its holder: an age ("66-year-old") or a word of description. Words
// that make it another holder ("former", "new", "next", "late") are not among them.
func personModifier(w string) bool {
	return strings.HasSuffix(w, "-year-old") || personModifiers[w]
}

var personModifiers = map[string]bool{"outspoken": true, "veteran": true, "visiting": true, "embattled": true,
	"hardline": true, "hard-line": true, "ailing": true, "elderly": true, "influential": true, "powerful": true,
	"reformist": true, "moderate": true, "conservative": true, "popular": true, "beleaguered": true,
	"controversial": true, "charismatic": true, "flamboyant": true, "soft-spoken": true, "combative": true}

// bothFollowers after "both" make it stand for the two actors named last: auxiliaries
// ("both have", "both will") and plural nouns of states (groupOfStates).
var bothFollowers = map[string]bool{
	"have": true, "had": true, "are": true, "were": true, "will": true, "would": true, "can": true,
	"last": true, "first": true, // "the two last met in Geneva"
	"could": true, "should": true, "must": true, "also": true, "reject": true, "deny": true, "want": true,
	"countries": true, "nations": true, "governments": true, "states": true, "parties": true,
}

// groupOfStates are the plural nouns "both" may come with and still mean two states or
// bodies: "both countries".
var groupOfStates = map[string]bool{"countries": true, "nations": true, "governments": true, "states": true, "parties": true}

// governmentNouns after "the" stand for the government of the country the story is about.
var governmentNouns = map[string]bool{"government": true, "goverment": true, "regime": true, "authorities": true, "cabinet": true}

// regnalNumbers end a monarch's or a pope's name.
var regnalNumbers = map[string]bool{"I": true, "II": true, "III": true, "IV": true, "V": true, "VI": true,
	"VII": true, "VIII": true, "IX": true, "X": true, "XI": true, "XII": true, "XIII": true, "XIV": true, "XV": true, "XVI": true}

// regnalName returns the name of a person the story names as name plus a regnal number
// ("John Paul II" for "John Paul", "Carl XVI Gustaf" is not one), "" for none.
func (d *doc) regnalName(name string) string {
	if d.regnal == nil {
		// Made once an article: the names without their number, to the names with it.
		d.regnal = map[string]string{}
		for k := range d.ms {
			m := &d.ms[k]
			if i := strings.LastIndexByte(m.Text, ' '); m.Type == "person" && m.Kind == kindName && i > 0 && regnalNumbers[m.Text[i+1:]] {
				if _, ok := d.regnal[m.Text[:i]]; !ok {
					d.regnal[m.Text[:i]] = m.Text
				}
			}
		}
	}
	return d.regnal[name]
}

// governmentAfter reports whether a government noun follows token i, or a possessive and
// one: "Danish government", "Denmark's government".
func (d *doc) governmentAfter(i int) bool {
	if i < len(d.toks) && (d.toks[i].Lower == "'s" || d.toks[i].Lower == "’s") {
		i++
	}
	return i < len(d.toks) && governmentNouns[d.toks[i].Lower]
}

// nominalTitle records a capitalized title with no name after it ("President" in "the
// President said") as a nominal.
func (d *doc) nominalTitle(si, a, b int, title string) {
	// "the French President said": the office of a country.
	if a >= 2 && d.toks[a-2].Lower == "the" && len(d.ms) > 0 {
		if p := d.ms[len(d.ms)-1]; p.To == a && p.Type == "nationality" {
			d.ms = append(d.ms, mention{From: a - 2, To: b, Start: d.toks[a-2].Start, End: d.toks[b-1].End, Sent: si, Text: d.text[d.toks[a-2].Start:d.toks[b-1].End], Type: "person", Kind: kindNominal, more: withTitle(normTitle(title), p.ID)})
			return
		}
	}
	// "Taiwan's Vice Foreign Minister visited Russia": an official acting for a country.
	if a >= 3 && d.toks[a-1].Lower == "s" && (d.toks[a-2].text(d.text) == "'" || d.toks[a-2].text(d.text) == "’") && len(d.ms) > 0 {
		if p := d.ms[len(d.ms)-1]; p.To == a-2 && p.Type == "country" {
			d.ms = append(d.ms, mention{From: p.From, To: b, Start: p.Start, End: d.toks[b-1].End, Sent: si, Text: d.text[p.Start:d.toks[b-1].End], Type: "person", Kind: kindNominal, more: withTitle(normTitle(title), p.ID), Gov: p.ID})
			return
		}
	}
	if a == 0 || d.toks[a-1].Lower != "the" {
		return
	}
	d.ms = append(d.ms, mention{From: a - 1, To: b, Start: d.toks[a-1].Start, End: d.toks[b-1].End, Sent: si, Text: d.text[d.toks[a-1].Start:d.toks[b-1].End], Type: "person", Kind: kindNominal, more: withTitle(normTitle(title), "")})
}

// link gives every mention its entity: names by document-level consistency, surnames to
// full names, nominals to the person holding the office, pronouns and groups to the people
// last named.
func (d *doc) link() {
	lx := d.x.lex
	d.bracketedLongForms()
	d.initialAcronyms()
	for k := range d.ms {
		if m := &d.ms[k]; m.Kind == kindName && m.Type == "organization" {
			if full, ok := unBody(m.Text); ok {
				m.ID = model.Slug(full) // "UN Security Council": see unBody
			}
		}
	}
	// A place the story names as a team is the team throughout: "Milwaukee has won 10 of
	// its last 15" makes "for Milwaukee" the team too.
	for k := range d.ms {
		if m := &d.ms[k]; m.Kind == kindName && d.teams[m.Text] && (m.Type == "city" || m.Type == "location") && !d.placeContext(m) {
			m.Type, m.ID, m.ev = "organization", "", evContext
		}
	}
	// Best type per surface text.
	best := map[string]evidence{}
	bestType := map[string]string{}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind != kindName || d.venue(m) {
			continue // the home side of a fixture is its place, and the team elsewhere
		}
		// At equal evidence a type beats "other": "Guterres presses Netanyahu" over a body
		// that says "Guterres urged Netanyahu" types the names by the body's verb.
		// And a person's cue ("Gujral, who decided") beats a place's ("lost to Gujral"): a
		// preposition of place takes people too.
		if ev, ok := best[m.Text]; !ok || m.ev > ev || m.ev == ev && bestType[m.Text] == "other" && m.Type != "other" && m.Type != "" ||
			m.ev == ev && ev == evContext && bestType[m.Text] == "location" && m.Type == "person" {
			best[m.Text], bestType[m.Text] = m.ev, m.Type
		}
	}
	// Full person names, by their last and first word.
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind == kindName && m.ev < evStrong && !d.venue(m) && !(d.teams[m.Text] && m.Type == "organization") {
			m.Type = bestType[m.Text]
		}
	}
	fn := d.fullNames()
	firsts := map[string]string{} // first word -> full name, for names of unknown type
	firstOf := map[string]int{}   // first word -> how many different full names open with it
	for _, k := range fn.order {
		m := &d.ms[k]
		w := d.toks[m.From].text(d.text)
		if f, ok := firsts[w]; !ok {
			firsts[w] = fn.full[k]
			firstOf[w] = 1
		} else if f != fn.full[k] {
			firstOf[w]++
		}
	}
	orgEnds := d.orgEnds()
	parties := d.partyNames()
	placeUses := d.placeUses()
	firms := d.firmNames()
	shortOrgs := d.orgShortNames()
	for k := range d.ms {
		m := &d.ms[k]
		if id, ok := d.acros[m.Text]; ok && m.Kind == kindName && m.ID != "" && m.ID != id && m.To-m.From == 1 {
			m.ID = "" // "NLD" after "National League for Democracy (NLD)" is not the Netherlands' code
		}
		if m.Kind == kindName && m.ID != "" && m.To-m.From == 1 && m.title() == "" && d.surnameNotPlace(fn, k, placeUses) {
			// "Jordan said" after "the director Neil Jordan", in a story that never uses
			// Jordan as a place: the surname, not the country.
			m.ID, m.ev = "", evDefault
		}
		if m.Kind != kindName || m.ID != "" {
			continue
		}
		if id, ok := d.acros[m.Text]; ok && m.To-m.From == 1 {
			m.ID = id
			if e := d.ents[id]; e != nil {
				m.Type = e.typ
			}
			continue
		}
		if org, ok := firms[m.Text]; ok && m.ev < evStrong && m.title() == "" && !fn.hasWord(m.Text) {
			// "Magna" after "Magna International Inc": the firm without its legal form.
			m.Type, m.ID = "organization", model.Slug(org)
			d.entity(m.ID, org, "organization", m.Text)
			continue
		}
		if org, ok := shortOrgs[m.Text]; ok && m.Type == "organization" && m.title() == "" && m.From > 0 && d.toks[m.From-1].Lower == "the" {
			// "the United Front said" after "the United Front Against the Provisional
			// Legislature": the body by the words before its cause ("the": not "ROK
			// Buddhist Association" after "Buddhist Association of China").
			m.ID = model.Slug(org)
			d.entity(m.ID, org, "organization", m.Text)
			continue
		}
		if org, ok := orgEnds[m.Text]; ok && m.To-m.From == 1 && m.ev < evStrong && m.title() == "" && !fn.hasWord(m.Text) {
			// "Jihad said" after "the Islamic Jihad": the organization by its last word.
			m.Type, m.ID = "organization", model.Slug(org)
			d.entity(m.ID, org, "organization", m.Text)
			continue
		}
		if party := d.memberParty(k, parties); party != "" {
			// "the Liberals", "Opposition Democrats", "the French Socialists": the party (after
			// orgEnds: "the Communists" after "the Refounded Communists" are those).
			m.Type, m.ID = "organization", model.Slug(party)
			d.entity(m.ID, party, "organization", m.Text)
			continue
		}
		if m.To-m.From == 1 && (m.ev < evStrong || m.title() != "") {
			full, ok := fn.forWord(d, k)
			if !ok && (m.Type == "other" || m.Type == "person" && firstOf[m.Text] == 1 && m.ev < evStrong) {
				// "said Liu" after "Liu Yuzhu"; "Saddam said" after "Saddam Hussein": the one
				// person of the story whose name opens with it.
				full, ok = firsts[m.Text]
			}
			if ok {
				m.Type, m.ID = "person", model.Slug(full)
				d.entity(m.ID, full, "person", m.Text)
				continue
			}
		}
		if full := d.regnalName(m.Text); full != "" && m.Type == "person" {
			// "Pope John Paul" after "Pope John Paul II".
			m.ID = model.Slug(full)
			d.entity(m.ID, full, "person", m.Text)
			continue
		}
		if full, ok := fn.full[k]; ok {
			// "George Bush" after "George W. Bush"; "Laura Bush" keeps her own name.
			m.ID = model.Slug(full)
			if id := d.otherSpelling(full); id != "" {
				// "Aung Sang Suu Kyi" in a story that wrote "Aung San Suu Kyi" before.
				m.ID, full = id, ""
			}
			d.entity(m.ID, full, "person", m.Text)
			continue
		}
		if id := d.compassCountry(m); id != "" {
			// "the North" in a story about North Korea.
			m.Type, m.ID = "country", id
			continue
		}
		if m.Type == "other" {
			continue
		}
		name := m.Text
		if m.Type == "organization" {
			before := d.countryBefore(k)
			if before != "" && d.genericBody(m) {
				// "Sri Lanka's Ministry of Foreign Affairs": one ministry per country.
				name = d.x.lex.countries[before].Name + " " + m.Text
			}
			if executiveBody(m.Text) {
				// "China's Foreign Ministry accused Japan", "the US State Department urged",
				// "The French Defence Ministry": as the Kremlin does, a country's ministry
				// acts for its state.
				if c, _ := d.countryOpening(m); c != "" {
					m.Gov = c
				} else if before != "" && d.genericBody(m) {
					m.Gov = before
				}
			}
		}
		m.ID = model.Slug(name)
		d.entity(m.ID, name, m.Type, m.Text)
	}
	for k := range d.ms {
		m := &d.ms[k]
		if m.Kind == kindNominal || m.Kind == kindGroup {
			for j := k + 1; j < len(d.ms) && d.ms[j].Start < m.End; j++ {
				d.ms[j].inner = true
			}
		}
	}
	// Known names, roles, then references back.
	var recent []string         // person IDs, most recent last
	lastCountry := ""           // the country named last, or whose government was ("the Turkish government")
	var countrySeq []namedState // the countries named so far, in order (a capital names its own)
	lastGov := ""               // the country whose government was named last ("the Danish government", "Denmark's government")
	var lastPair []string       // the two actors named last as "A and B", for "both"
	pairSent := 0               // the sentence that named them
	var pairGroups []pairGroup
	prevActor := -1   // the mention of the actor named last
	lastSubject := "" // first person of the latest sentence that named one
	curSent := -1
	sentFirst, sentLast := "", "" // the first and the latest person of this sentence
	firstOpens := false           // sentFirst is named at the opening of the sentence, its likely subject
	genders := personGenders{}    // what the story has said of each person's gender so far
	seenPerson := map[string]bool{}
	sentPron := map[byte]string{} // the person each gender's first pronoun of this sentence names
	// For "it": the body or state that opened the sentence before ("Human Rights Watch
	// said ... It also called on"), and the one named last in this sentence.
	prevBody, prevBodySent, bodyFirst, bodyLast := -1, -1, -1, -1 // mention indices
	for k := range d.ms {
		m := &d.ms[k]
		if m.Sent != curSent {
			if sentFirst != "" {
				lastSubject = sentFirst
			}
			prevBody, prevBodySent = bodyFirst, curSent
			curSent, sentFirst, sentLast, firstOpens, bodyFirst, bodyLast = m.Sent, "", "", false, -1, -1
			clear(sentPron)
		}
		if m.Kind == kindPronoun && (m.Text == "it" || m.Text == "It") {
			// "Denmark sparked criticism from China after it announced", "the US ... but it
			// insisted": the body or state that opened the sentence. Else the one named
			// last before it ("Another Greek carrier, Aegean Airlines, said it", "sanctions
			// were imposed on Iraq after it invaded"). "It also urged", "And it called on":
			// the one that opened the sentence before. Another subject before it ("the
			// commission said it") is no one's to guess.
			b := bodyFirst
			if b < 0 {
				b = bodyLast
			}
			if b < 0 && d.opensClause(m) && prevBodySent == m.Sent-1 {
				b = prevBody
			}
			if b >= 0 {
				// The body's id, and its government for a seat ("Downing Street said it").
				m.ID, m.Gov, m.Type = d.ms[b].ID, d.ms[b].Gov, d.ms[b].Type
			}
			continue
		}
		if m.Kind == kindName && m.ID != "" && (m.Type == "organization" || m.Type == "country") {
			bodyLast = k
			if bodyFirst < 0 && (sentFirst == "" && d.opensSentence(m) || d.afterDateline(m)) && !d.possessive(m) {
				bodyFirst = k
			}
		}
		switch m.Kind {
		case kindName:
			if m.ID == "" {
				continue
			}
			if m.Type == "person" && d.datelineSource(m) {
				m.Type = "organization" // "BELGRADE, March 3 (Example Wire) --": the agency
				if e := d.ents[m.ID]; e != nil {
					e.typ = graphType(m.Type)
				}
			}
			name := m.Text
			typ := m.Type
			if e := lx.countries[m.ID]; e != nil {
				name, typ = e.Name, "country"
			} else if e := lx.bodies[m.ID]; e != nil {
				// A known body, however this mention writes it ("NATO", "European foreign
				// ministers"): its own name, and its other names as aliases.
				name = e.Name
				for _, a := range e.Aliases {
					d.entity(m.ID, "", typ, a)
				}
			} else if m.Type == "city" || m.Type == "country" || m.Type == "organization" || m.Type == "location" {
				e, n := lx.match(d.text, d.toks, m.From, false)
				if e == nil && isAllUpper(m.Text) {
					e, n = lx.match(d.text, d.toks, m.From, true) // "BELGRADE, March 3 --": Belgrade
				}
				if n == m.To-m.From && e != nil && e.ID == m.ID {
					name = e.Name
					for _, a := range e.Aliases {
						d.entity(m.ID, "", typ, a) // "North Atlantic Treaty Organization" for "NATO"
					}
				}
			}
			if full, ok := unBody(name); ok && m.Type == "organization" {
				name = full // "UN Security Council": its id was spelled out at the start of link
			}
			d.entity(m.ID, name, typ, m.Text)
			if c, n := d.countryOpening(m); c != "" && m.Type == "organization" && n < m.To-m.From-1 {
				// "Philippine National Telecommunications Commission" answers to "National
				// Telecommunications Commission" too.
				d.entity(m.ID, "", typ, d.text[d.toks[m.From+n].Start:m.End])
			}
			if m.Type == "country" || m.Type == "nationality" && m.To < len(d.toks) && governmentNouns[d.toks[m.To].Lower] {
				lastCountry = m.ID
			}
			if m.Type == "country" || m.Type == "city" && m.Gov != "" {
				// "Hanoi" places Vietnam.
				countrySeq = append(countrySeq, namedState{cmp.Or(m.Gov, m.ID), m.Sent, d.opensSentence(m)})
			}
			if (m.Type == "country" || m.Type == "nationality") && d.governmentAfter(m.To) {
				lastGov = m.ID
			}
			if m.Type == "country" || m.Type == "organization" || m.Type == "person" {
				if prevActor >= 0 && d.andBetween(d.ms[prevActor].To, m.From) && d.ms[prevActor].ID != m.ID {
					lastPair, pairSent = []string{d.ms[prevActor].ID, m.ID}, m.Sent // "Japan and Australia"
				}
				prevActor = k
			}
			if m.Type == "person" {
				if m.title() != "" {
					d.addRole(m.ID, Role{Title: m.title(), Of: m.titleOf()})
				}
				if m.From > 0 && d.toks[m.From-1].Cap && !seenPerson[m.ID] {
					// "Mrs Thatcher" where the story first names her; not "will miss
					// Putin's speech", nor "Mrs Clinton" after Bill Clinton.
					genders.add(m.ID, honorificGender[d.toks[m.From-1].Lower], 2)
				}
				if m.To-m.From > 1 {
					// "Condoleezza Rice": a given name borne by women; not "Rice" alone.
					genders.add(m.ID, words.givenGender[d.toks[m.From].text(d.text)], 2)
				}
				seenPerson[m.ID] = true
				recent = pushRecent(recent, m.ID)
				if sentFirst == "" {
					sentFirst = m.ID
					firstOpens = d.opensSentence(m)
				}
				sentLast = m.ID
			}
		case kindNominal:
			if m.Type == "organization" {
				// "the party", "the New York-based group": the body named last with that
				// head word, or any body for a word of any body.
				m.ID = d.bodyNamed(k)
				continue
			}
			if m.more != nil && len(m.more.places) > 0 {
				// "the African country": the state named last that lies there.
				m.ID = ""
				for c := len(countrySeq) - 1; c >= 0; c-- {
					if countrySeq[c].sent == m.Sent && countrySeq[c].opens {
						continue // "Nigeria criticised the African country": another one
					}
					if e := d.x.lex.countries[countrySeq[c].id]; e != nil && e.inRegion(m.more.places) {
						m.ID = e.ID
						break
					}
				}
				continue
			}
			if m.Type == "country" {
				// "the government" after "the Danish government plans ... troops in
				// Afghanistan": the government named last, else the country.
				m.ID = lastCountry
				if lastGov != "" {
					m.ID = lastGov
				}
				continue
			}
			id := d.resolveNominal(m, recent)
			if id != "" {
				m.ID = id
				d.entity(id, "", "person", "") // "the foreign minister" names an office, not the person: no alias
				recent = pushRecent(recent, id)
				if sentFirst == "" {
					sentFirst = id
				}
			}
		case kindPronoun:
			id := lastSubject
			if sentFirst != "" && m.From >= 2 && d.x.frames.speechForms[d.toks[m.From-1].Lower] {
				id = sentFirst // "Bouteflika said he is prepared to"
			}
			if sentFirst != "" && (lastSubject == "" || firstOpens && m.Text != "his" && m.Text != "her" && m.Text != "him") {
				id = sentFirst // "Scholz is due to visit Warsaw on Friday, when he will meet Tusk"
			}
			if id == "" && len(recent) > 0 {
				id = recent[len(recent)-1]
			}
			possessive := m.Text == "his" || m.Text == "His" || m.Text == "her" || m.Text == "Her"
			if possessive && sentLast != "" {
				id = sentLast // "urged Xi to use his influence", "Scholz will go, his spokesman said"
			}
			if possessive && sentLast == "" {
				if c := d.subjectAfterOpening(k); c != "" {
					// "Following his talks with Wu Yi, Ruggiero met Li": Ruggiero's talks,
					// and Ruggiero the sentence's subject.
					id = c
					if sentFirst == "" {
						sentFirst = c
					}
				}
			}
			if m.Text == "him" && len(recent) > 0 {
				// "reprimanded Jaafari, accusing him": the person named last; the one before
				// stands by for when that is the clause's own actor ("Macron said Putin called
				// him"; see dedupeRoles).
				id = recent[len(recent)-1]
				for r := len(recent) - 2; r >= 0; r-- {
					if recent[r] != id {
						m.more = &mentionMore{ids: []string{recent[r]}}
						break
					}
				}
			}
			g := pronounGender(m.Text)
			other := ""
			if !d.quotedSentence(m.Sent) {
				// In a quote "he" and "she" may be the speaker's own people: no pair there.
				other = sentPron[otherGender(g)]
			}
			if genders.conflicts(id, g) || other != "" && id == other {
				// "Merkel ... He asked Britain to act": not the woman the story has called
				// "she", but the latest person it could be. "He urged her": not the man
				// "he" is.
				id = genders.agreeing(g, other, sentLast, sentFirst, lastSubject, recent)
			}
			if other != "" && id != "" && id != other {
				// "She urged him", "He urged her": two people, and which is which.
				genders.add(id, g, 1)
				genders.add(other, otherGender(g), 1)
			}
			if g != 0 && sentPron[g] == "" {
				sentPron[g] = id
			}
			if sentFirst != "" && sentFirst == sentLast && sentFirst == id && m.Text != "her" && m.Text != "Her" && m.Text != "him" {
				// "Merkel said Wednesday that she", "Putin said his": the one person the
				// sentence has named so far. Not "her" or "him", which are as often
				// another's ("Hu Jintao welcomed her").
				genders.add(id, g, 1)
			}
			m.ID = id
			if sentFirst == "" && !possessive {
				sentFirst = id
			}
		case kindGroup:
			n := 2
			if strings.Contains(m.Text, "three") {
				n = 3
			}
			if m.Type == "other" {
				if lastPair != nil && (m.Text != "they" && m.Text != "They" || m.Sent-pairSent <= 1) {
					m.more = &mentionMore{ids: lastPair}
				} else if lastPair == nil && (strings.HasSuffix(strings.ToLower(m.Text), "the two") || m.To < len(d.toks) && d.toks[m.To].Lower == "last") && len(recent) >= 2 && recent[len(recent)-1] != recent[len(recent)-2] {
					// "Yoo will visit Japan ... Ikeda offered the invitation when the two
					// met": with no pair named as "A and B", the two people named last.
					m.more = &mentionMore{ids: []string{recent[len(recent)-2], recent[len(recent)-1]}}
				}
				continue
			}
			if lastWord(m.Text) == "sides" && lastPair != nil && m.Sent-pairSent <= 3 && !(m.From > 0 && d.verbAfter(m.From-1)) {
				// "Israel and Syria held talks ... Both sides agreed": the two sides are the
				// pair named last, states or bodies as often as people (not "Xi urged both
				// sides", said to others; see below).
				m.more = &mentionMore{ids: lastPair}
				continue
			}
			members := recent
			if sentFirst != "" && m.From > 0 && d.verbAfter(m.From-1) && !d.x.frames.speechForms[d.toks[m.From-1].Lower] {
				// "Xi urged both sides to talk": the group is others than the one who speaks
				// to it.
				members = nil
				for _, id := range recent {
					if id != sentFirst {
						members = append(members, id)
					}
				}
			}
			if ids := d.groupMembers(m, members, n); ids != nil {
				m.more = &mentionMore{ids: ids}
			}
			if n == 2 && lastPair != nil && pairSent == m.Sent {
				pairGroups = append(pairGroups, pairGroup{k, lastPair})
			}
		}
	}
	// "China and France have ..., as the two state leaders met twice in 2005": the leaders
	// of the two countries the sentence names, wherever the article names them (Chirac
	// only later). Roles are all known now.
	for _, g := range pairGroups {
		m := &d.ms[g.mention]
		if ids := d.leadersOf(lastWord(m.Text), g.countries); ids != nil {
			m.more = &mentionMore{ids: ids}
		}
	}
	// "Russian PM visits Slovakia" (headlineOffices): the one the story names with that
	// office of that country, named only after the headline.
	for k := range d.ms {
		m := &d.ms[k]
		if m.Sent != 0 || m.Kind != kindNominal || m.Type != "person" || m.ID != "" || m.titleOf() == "" {
			continue
		}
		var holders []string
		for _, id := range d.order {
			for _, r := range d.ents[id].roles {
				if r.Of == m.titleOf() && (sameOffice(r.Title, m.title()) || m.title() == "Leader" && officeFits("leaders", r.Title)) {
					holders = append(holders, id)
					break
				}
			}
		}
		if len(holders) == 1 {
			m.ID = holders[0]
		}
	}
}

// pairGroup is a group of people ("the two leaders") in a sentence that names two actors
// as "A and B".
type pairGroup struct {
	mention   int
	countries []string
}

// leadersOf returns, for each country of pair, the one person of the article whose office
// of that country fits noun ("leaders": a head of state or government, "presidents",
// "ministers"), or nil unless each country has exactly one such person. A head of state
// is preferred to a head of government when both are named.
func (d *doc) leadersOf(noun string, pair []string) []string {
	var out []string
	for _, c := range pair {
		if d.ents[c] == nil || d.ents[c].typ != "country" {
			return nil
		}
		var found, heads []string
		for _, id := range d.order {
			for _, r := range d.ents[id].roles {
				if r.Of == c && officeFits(noun, r.Title) {
					found = append(found, id)
					if lastWord(r.Title) == "President" || lastWord(r.Title) == "King" || lastWord(r.Title) == "Queen" {
						heads = append(heads, id)
					}
					break
				}
			}
		}
		switch {
		case len(heads) == 1:
			out = append(out, heads[0])
		case len(found) == 1:
			out = append(out, found[0])
		default:
			return nil
		}
	}
	return out
}

// opensSentence reports a mention at the opening of its sentence, after nothing but
// capitalized words of a title and a possessive ("Germany's Chancellor Olaf Scholz").
func (d *doc) opensSentence(m *mention) bool {
	if d.afterOpeningPhrase(m) {
		return true
	}
	// "Deputy interior minister Lumuna Ndubu", "Deputy interior minister, Lumuna Ndubu,":
	// a title of up to four words before the name may hold lower-case words.
	last := m.From - 1
	for last >= d.sents[m.Sent].From && d.toks[last].text(d.text) == "," {
		last--
	}
	titled := last >= d.sents[m.Sent].From && (personTitleNouns[d.toks[last].Lower] != "" || roleNouns[d.toks[last].Lower])
	for k := d.sents[m.Sent].From; k < m.From; k++ {
		w := d.toks[k]
		if !(w.Cap || w.Lower == "'s" || w.Lower == "s" || w.text(d.text) == "'" || w.text(d.text) == "’" || w.Lower == "the" || personTitleNouns[w.Lower] != "" || roleNouns[w.Lower] ||
			titled && k >= last-3 && (w.Word || w.text(d.text) == "," && k >= last)) {
			return false
		}
	}
	return true
}

// subjectAfterOpening returns the person named right after the comma that ends the
// opening phrase holding mention k ("Following his talks with Wu Yi, Ruggiero met"), whom a
// possessive in that phrase refers to; "" when no person follows the comma.
func (d *doc) subjectAfterOpening(k int) string {
	m := &d.ms[k]
	s := d.sents[m.Sent]
	comma := -1
	for i := m.To; i < s.To; i++ {
		if d.toks[i].text(d.text) == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return ""
	}
	for j := k + 1; j < len(d.ms) && d.ms[j].Sent == m.Sent; j++ {
		n := &d.ms[j]
		if n.From <= comma {
			continue
		}
		if n.Kind == kindName && n.Type == "person" && n.ID != "" && d.onlyTitleBetween(comma+1, n.From) {
			return n.ID
		}
		return ""
	}
	return ""
}

// roleNouns are lower-case nouns of a person's role written before the name: "Sunni Arab
// politician Adnan al-Dulaimi".
var roleNouns = map[string]bool{"politician": true, "lawmaker": true, "official": true, "activist": true,
	"cleric": true, "commander": true, "diplomat": true, "negotiator": true, "chief": true, "head": true,
	"legislator": true, "senator": true, "governor": true, "mayor": true, "general": true, "opposition": true}

// groupMembers returns the n people "the two leaders" (group mention m) stands for: the
// last n named whose office fits the noun (a president, prime minister or king for
// "leaders", a minister for "ministers"), each of a country of their own, else the last
// n named ("the two sides"); nil when fewer are.
func (d *doc) groupMembers(m *mention, recent []string, n int) []string {
	noun := lastWord(m.Text)
	var fit []string
	countries := map[string]bool{} // the leaders of a group are of different countries
	for k := len(recent) - 1; k >= 0 && len(fit) < n; k-- {
		for _, r := range d.ents[recent[k]].roles {
			if officeFits(noun, r.Title) && (r.Of == "" || !countries[r.Of]) {
				fit = append([]string{recent[k]}, fit...)
				countries[r.Of] = r.Of != ""
				break
			}
		}
	}
	if len(fit) == n {
		return fit
	}
	if len(recent) >= n {
		return append([]string(nil), recent[len(recent)-n:]...)
	}
	return nil
}

// officeFits reports whether an office (a title: "President", "Prime Minister") is one a
// plural noun for people names: "leaders" are heads of state or government, "presidents"
// presidents, "ministers" ministers.
func officeFits(noun, title string) bool {
	office := lastWord(title)
	switch noun {
	case "leaders", "heads":
		switch office {
		case "President", "Premier", "Chancellor", "King", "Queen", "Leader", "Emir", "Sultan", "Chairman":
			return true
		}
		return strings.HasSuffix(title, "Prime Minister")
	case "presidents":
		return office == "President"
	case "ministers", "premiers":
		return office == "Minister" || office == "Premier"
	case "chancellors":
		return office == "Chancellor"
	}
	return false
}

// genericBody reports an organization name that every country has: "Foreign Ministry",
// "Ministry of Defence", "Parliament", "Supreme Court".
func (d *doc) genericBody(m *mention) bool {
	first := d.toks[m.From].text(d.text)
	if m.To-m.From == 1 {
		return orgSuffixes[first] || orgHeads[first]
	}
	return orgHeads[first] || hasTitleKey(first)
}

// countryBefore returns the country named right before mention k: "Sri Lanka's" or
// "Russian".
func (d *doc) countryBefore(k int) string {
	m := &d.ms[k]
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		p := &d.ms[j]
		if p.Type != "country" && p.Type != "nationality" {
			continue
		}
		if p.To == m.From || p.To == m.From-2 && d.toks[p.To+1].Lower == "s" {
			return p.ID
		}
	}
	return ""
}

func pushRecent(r []string, id string) []string {
	for k, x := range r {
		if x == id {
			r = append(r[:k], r[k+1:]...)
			break
		}
	}
	return append(r, id)
}

// resolveNominal finds the person an office refers to: one who holds it (of the country
// given), else the last person named with an office of that country, else the last one
// who holds the office of no stated country.
func (d *doc) resolveNominal(m *mention, recent []string) string {
	if t := m.title(); (t == "Minister" || t == "Secretary") && m.titleOf() == "" && !strings.Contains(m.Text, "visiting") {
		// "the minister": the one minister (not a prime or chief minister) the story has
		// named, none when it has named two ("Secretary of State" is a secretary).
		holder := ""
		for _, id := range recent {
			for _, r := range d.ents[id].roles {
				if officeWord(r.Title) == t && !strings.Contains(r.Title, "Prime ") && !strings.HasPrefix(r.Title, "Chief ") {
					if holder != "" && holder != id {
						return ""
					}
					holder = id
				}
			}
		}
		return holder
	}
	if portfolioTitles[m.title()] && m.titleOf() == "" {
		// "the foreign minister" after two foreign ministers met: which one is not said.
		holders := map[string]bool{}
		for _, id := range recent {
			for _, r := range d.ents[id].roles {
				if sameOffice(r.Title, m.title()) {
					holders[id] = true
				}
			}
		}
		if len(holders) > 1 {
			return ""
		}
	}
	for k := len(recent) - 1; k >= 0; k-- {
		e := d.ents[recent[k]]
		for _, r := range e.roles {
			if sameOffice(r.Title, m.title()) && (m.titleOf() == "" || r.Of == m.titleOf()) {
				return e.id
			}
		}
	}
	// "the Turkish leader": whoever holds an office of that country.
	if m.titleOf() != "" {
		for k := len(recent) - 1; k >= 0; k-- {
			for _, r := range d.ents[recent[k]].roles {
				if r.Of == m.titleOf() {
					return recent[k]
				}
			}
		}
		// "the US speaker" after "House of Representatives Speaker Newt Gingrich": one
		// who holds the office of no stated country, and of no other.
		for k := len(recent) - 1; k >= 0; k-- {
			held, other := false, false
			for _, r := range d.ents[recent[k]].roles {
				if strings.EqualFold(lastWord(r.Title), lastWord(m.title())) {
					held = held || r.Of == ""
					other = other || r.Of != ""
				}
			}
			if held && !other {
				return recent[k]
			}
		}
	}
	return ""
}

// sameOffice reports whether a role's title is the office a nominal names: by its last
// word ("the president" for "President"), or whole when the nominal names a portfolio
// ("the foreign minister" is not the Prime Minister).
func sameOffice(role, nominal string) bool {
	if portfolioTitles[nominal] {
		return strings.EqualFold(role, nominal)
	}
	return strings.EqualFold(lastWord(role), lastWord(nominal))
}

// officeWord returns the word of a title that names its office: "Secretary" of "Defense
// Secretary" and of "Secretary of State", "Minister" of "Minister of Foreign Affairs".
func officeWord(title string) string {
	if k := strings.Index(title, " of "); k > 0 {
		title = title[:k]
	}
	return lastWord(title)
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// entity records (or updates) a resolved entity. Fine types map to graph types.
func (d *doc) entity(id, name, fine, alias string) {
	e := d.ents[id]
	if e == nil {
		e = &entState{id: id, typ: graphType(fine)}
		d.ents[id] = e
		d.order = append(d.order, id)
	}
	if name != "" && (e.name == "" || len(name) > e.nameLen && fine == "person") {
		e.name, e.nameLen = name, len(name)
	}
	if alias != "" {
		for _, a := range e.aliases {
			if a == alias {
				return
			}
		}
		e.aliases = append(e.aliases, alias)
	}
}

func (d *doc) addRole(id string, r Role) {
	e := d.ents[id]
	for _, x := range e.roles {
		if x == r {
			return
		}
	}
	e.roles = append(e.roles, r)
}

func graphType(fine string) string {
	switch fine {
	case "person":
		return model.TypePerson
	case "country", "nationality":
		return model.TypeCountry
	case "organization":
		return model.TypeOrganization
	}
	return model.TypeLocation
}

// triggerOpens reports whether token i, opening a sentence that ends at token to, is an
// event noun of the lexicon before a word in lower case ("Talks between Iran and the EU",
// "Clashes erupted"): a common noun, not a name.
func (d *doc) triggerOpens(i, to int) bool {
	t := d.toks[i]
	if !d.x.frames.nounForms[t.Lower] || i+1 >= to {
		return false
	}
	next := d.toks[i+1].text(d.text)
	return next != "" && !isUpperByte(next[0])
}

// acronymOpens reports whether token i, opening a sentence that ends at token to, is an
// acronym in capitals before a word that is not ("US officials met", "UN troops"): the
// story's lower-case "us" is another word. In a line of capitals ("IT WAS") it is not.
func (d *doc) acronymOpens(i, to int) bool {
	w := d.toks[i].text(d.text)
	if len(w) < 2 || !isAllUpper(w) || !isUpperByte(w[0]) {
		return false
	}
	if i+1 < to {
		next := d.toks[i+1].text(d.text)
		return next == "" || !isUpperByte(next[0]) || !isAllUpper(next)
	}
	return false
}

// honorificGender is the gender a title before a name states ("Mrs Thatcher", "King
// Hussein"): 'm' or 'f'.
var honorificGender = map[string]byte{
	"mr": 'm', "mr.": 'm', "sir": 'm', "king": 'm', "prince": 'm', "lord": 'm', "monsieur": 'm',
	"mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f', "madame": 'f', "mme": 'f',
	"queen": 'f', "princess": 'f', "lady": 'f', "dame": 'f',
}

// pronounGender is the gender of a personal pronoun: 'm' for he, him and his, 'f' for she
// and her, 0 otherwise.
func pronounGender(p string) byte {
	switch strings.ToLower(p) {
	case "he", "him", "his":
		return 'm'
	case "she", "her", "hers":
		return 'f'
	}
	return 0
}

// personGenders holds, for each person id, how often the story so far has marked it male
// and female: by a capitalized honorific where the story first names the person ("Mrs
// Thatcher"), or by "he", "she" or "his" in a sentence that has named no one else before it
// ("Merkel said Wednesday that she"). Other links of pronouns are guesses and do not
// count.
type personGenders map[string][2]int

func (g personGenders) add(id string, gender byte, weight int) {
	if id == "" || gender == 0 {
		return
	}
	c := g[id]
	if gender == 'm' {
		c[0] += weight
	} else {
		c[1] += weight
	}
	g[id] = c
}

// conflicts reports whether the story has marked id as the other gender and never as
// gender.
func (g personGenders) conflicts(id string, gender byte) bool {
	if id == "" || gender == 0 {
		return false
	}
	c := g[id]
	if gender == 'm' {
		return c[1] > 0 && c[0] == 0
	}
	return c[0] > 0 && c[1] == 0
}

// agreeing returns the first of the candidates (then the recent people, latest first),
// other than except, that does not conflict with gender; the first such candidate when
// none agrees, as a pronoun with no fitting antecedent still names someone, unless the
// story has stated that one's gender as the other (stated).
func (g personGenders) agreeing(gender byte, except, sentLast, sentFirst, lastSubject string, recent []string) string {
	cands := []string{sentLast, sentFirst, lastSubject}
	for r := len(recent) - 1; r >= 0; r-- {
		cands = append(cands, recent[r])
	}
	for _, c := range cands {
		if c != "" && c != except && !g.conflicts(c, gender) {
			return c
		}
	}
	for _, c := range cands {
		if c != "" && c != except && !g.stated(c, otherGender(gender)) {
			return c
		}
	}
	return ""
}

// stated reports whether the story has stated id's gender as gender more than once or by
// a title or a given name ("Mrs", "Condoleezza"), and never as the other: a pronoun of
// the other gender is not that person's even when no one else fits.
func (g personGenders) stated(id string, gender byte) bool {
	c := g[id]
	if gender == 'm' {
		return c[0] >= 2 && c[1] == 0
	}
	return c[1] >= 2 && c[0] == 0
}

// otherGender returns 'f' for 'm' and 'm' for 'f', 0 for 0.
func otherGender(g byte) byte {
	switch g {
	case 'm':
		return 'f'
	case 'f':
		return 'm'
	}
	return 0
}

// afterOpeningPhrase reports whether mention m follows a short fronted phrase and its comma
// that open its sentence ("On Wednesday, Cohen will fly", "In Brussels, Merkel met"): the
// phrase starts with a preposition or sentence adverb of asideOpeners or a few more, holds
// at most eight tokens and no other comma.
func (d *doc) afterOpeningPhrase(m *mention) bool {
	from := d.sents[m.Sent].From
	comma := m.From - 1
	if comma <= from || d.toks[comma].text(d.text) != "," || comma-from > 8 {
		return false
	}
	if w := d.toks[from].Lower; !asideOpeners[w] && !frontedOpeners[w] {
		return false
	}
	for k := from; k < comma; k++ {
		if d.toks[k].text(d.text) == "," {
			return false
		}
	}
	return true
}

// frontedOpeners open a fronted phrase at a sentence's start besides asideOpeners: "Later,
// Cohen", "Before leaving, Rice", "Earlier on Monday, Putin".
var frontedOpeners = map[string]bool{"later": true, "earlier": true, "before": true, "following": true,
	"upon": true, "last": true, "this": true, "separately": true, "yesterday": true, "today": true}

// otherSpelling returns the id of a person the story has already named with the same
// name spelled with one letter more, less or other in one of its words ("Aung San Suu
// Kyi" for "Aung Sang Suu Kyi"), or "". Names of at least three words are compared (two
// people named "Mahmoud Abbas" and "Mahmoud Abbasi" may meet), and only words of at least
// four letters may differ, so that "Kim Jong-il" and "Kim Jong-un" stay apart.
func (d *doc) otherSpelling(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return "" // "Mahmoud Abbas" and "Mahmoud Abbasi", "David Davis" and "David Davies" may be two
	}
	for _, id := range d.order {
		e := d.ents[id]
		if e.typ != model.TypePerson || e.name == name {
			continue
		}
		other := strings.Fields(e.name)
		if len(other) != len(words) {
			continue
		}
		diff := -1
		for i := range words {
			if words[i] != other[i] {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = i
			}
		}
		if diff >= 0 && len(words[diff]) >= 4 && len(other[diff]) >= 3 && oneEdit(words[diff], other[diff]) {
			return id
		}
	}
	return ""
}

// oneEdit reports whether a and b differ by exactly one inserted, deleted or replaced
// byte.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// executiveHeads are the words that make a body named after a country one of its state's
// executive arms: its ministries, departments, embassies and consulates.
var executiveHeads = map[string]bool{"Ministry": true, "Embassy": true, "Consulate": true}

// executiveBody reports whether a body's name holds one of executiveHeads ("Foreign
// Ministry", "Ministry of Foreign Affairs"), or is a State, Defense or Defence
// Department: "the Georgia Department of Corrections" is an American state's.
func executiveBody(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		if executiveHeads[w] {
			return true
		}
		if w == "Department" && i > 0 && (words[i-1] == "State" || words[i-1] == "Defense" || words[i-1] == "Defence") {
			return true
		}
	}
	return false
}

// unBody spells out the "UN" that opens the name of a United Nations body ("UN Security
// Council", "U.N. General Assembly" -> "United Nations Security Council"), and the "EU" of
// a European Union body ("EU Commission" -> "European Commission"), so that a story that
// abbreviates and one that does not name one body.
func unBody(name string) (string, bool) {
	for _, p := range []string{"UN ", "U.N. ", "U.N "} {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return "United Nations " + rest, true
		}
	}
	// "EU Commission", "EU Parliament": the European Union's bodies are named "European".
	if rest, ok := strings.CutPrefix(name, "EU "); ok && euBodies[rest] {
		return "European " + rest, true
	}
	return "", false
}

// euBodies are the European Union bodies whose full name is "European" and the word.
var euBodies = map[string]bool{"Commission": true, "Parliament": true, "Council": true, "Central Bank": true,
	"Court of Justice": true, "Investment Bank": true}

// nameWordInside reports a capitalized "Do" inside a sentence of lower-case text,
// before another capitalized word: the family name that opens a Vietnamese name ("met
// Communist Party chief Do Muoi"), not the word that opens a sentence ("Do they agree?").
func (d *doc) nameWordInside(i int, s sentence) bool {
	t := d.toks[i]
	if t.Lower != "do" || !t.Cap || t.Upper || i == s.From || s.Upper || i+1 >= s.To {
		return false
	}
	p, n := d.toks[i-1], d.toks[i+1]
	if !p.Word || p.Cap && !titles[p.text(d.text)] && !personTitleWord(p.Lower) {
		return false // after a quote, a colon or another capitalized word
	}
	return n.Cap && n.Word && !n.Upper && !nonNames[n.Lower]
}

// personTitleWord reports a lower-case word of a person's title ("chief", "secretary").
func personTitleWord(w string) bool {
	return personTitleNouns[w] != "" || roleNouns[w] || w == "chief" || w == "general"
}

// actsAfter reports whether the words from token i on are a verb of speech or one of
// bodyActs, after at most two auxiliaries or adverbs ("it called on", "it also urged", "it
// has accused", "it said"): "it" before them stands for a body acting; "it is", "it will
// be", "it will help", "because it threatened" (a proposal) do not.
func (d *doc) actsAfter(i int) bool {
	lx := d.x.frames
	return d.verbAfter3(i, func(w string) bool {
		return lx.speechForms[w] || bodyActs[lx.verbForms[w]] || bodyActs[lx.lightLemmas[w]]
	})
}

// verbAfter3 reports whether a word that is accepts comes at token i, after at most two
// auxiliaries or adverbs ("also urged", "has accused", "would then sign").
func (d *doc) verbAfter3(i int, is func(w string) bool) bool {
	for n := 0; n < 3 && i < len(d.toks); n, i = n+1, i+1 {
		w := d.toks[i].Lower
		if is(w) {
			return true
		}
		switch w {
		case "also", "has", "had", "will", "would", "could", "may", "might", "must", "should", "further", "later", "then", "again", "strongly", "repeatedly":
			continue
		}
		return false
	}
	return false
}

// opensClause reports whether mention m opens its sentence, or follows only "And", "But"
// or "Yet" there ("And it called on").
func (d *doc) opensClause(m *mention) bool {
	from := d.sents[m.Sent].From
	switch m.From - from {
	case 0:
		return true
	case 1:
		w := d.toks[from].Lower
		return w == "and" || w == "but" || w == "yet"
	}
	return false
}

// possessive reports a mention followed by "'s": "Canada's small New Democratic Party"
// is the party's sentence, not Canada's.
func (d *doc) possessive(m *mention) bool {
	return m.To < len(d.toks) && (d.toks[m.To].Lower == "'s" || d.toks[m.To].Lower == "’s" || d.toks[m.To].Lower == "'")
}

// bodyHeads are the nouns after "the" that refer back to a body named with the same last
// word ("the party" for the French Communist Party, "the commission" for the European
// Commission); anyBodyHeads refer back to whichever body was named last ("the New
// York-based group" for Human Rights Watch). Words that name many things besides a body
// ("union", "bank", "council", "front") are in neither: "the union" after the European
// Union is as often a trade union.
var bodyHeads = map[string]bool{"party": true, "movement": true, "commission": true,
	"agency": true, "tribunal": true, "court": true, "committee": true,
	"league": true, "alliance": true, "federation": true, "association": true, "fund": true}
var anyBodyHeads = map[string]bool{"group": true, "organisation": true, "organization": true, "watchdog": true, "bloc": true}

// blocWords are the words of the names of bodies that states make up: "European Union",
// "Association of Southeast Asian Nations", "Gulf Cooperation Council", "Arab League".
var blocWords = map[string]bool{"Union": true, "Nations": true, "Community": true, "Cooperation": true,
	"League": true, "Council": true, "Organization": true, "Organisation": true, "Pact": true,
	"Market": true, "Alliance": true, "Conference": true, "Forum": true}

// blocOfStates reports whether body mention b may be what a story calls "the bloc": a body
// of states by its name's words ("European Union", for "EU" too), or a body named by
// initials alone ("ASEAN", "SADC"), as blocs are.
func (d *doc) blocOfStates(b *mention) bool {
	names := []string{b.Text}
	if e := d.x.lex.bodies[b.ID]; e != nil {
		names = append(names, e.Name)
	}
	for _, name := range names {
		if isAllUpper(name) && !strings.Contains(name, " ") {
			return true
		}
		for _, w := range strings.Fields(name) {
			if blocWords[w] {
				return true
			}
		}
	}
	return false
}

// bodyModifier reports a lower-case word that may stand between "the" and a body's head
// word and still refer back to the body: "the regional bloc", "the 25-nation bloc", "the
// 53-member organisation".
func bodyModifier(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		switch w[i+1:] {
		case "nation", "member", "country", "state":
			return true
		}
	}
	return w == "regional" || w == "trading" || w == "continental"
}

// bodyNominal records "the party", "the group", "the New York-based group" at token i (a
// "the") as a nominal for a body (see bodyNamed); it returns how many tokens it used, 0 when
// none. A head followed by a capitalized word or "of" is a name or another body ("the
// Council of Ministers").
func (d *doc) bodyNominal(si, i int) int {
	j := i + 1
	for b := j; b < len(d.toks) && b < i+4; b++ {
		if strings.HasSuffix(d.toks[b].Lower, "-based") {
			j = b + 1 // "the New York-based group", "the London-based watchdog"
			break
		}
		if !d.toks[b].Cap {
			if b == j && bodyModifier(d.toks[b].Lower) {
				j = b + 1 // "the regional bloc", "the 25-nation bloc"
			}
			break
		}
	}
	if j >= len(d.toks) || !d.toks[j].Word || d.toks[j].Cap {
		return 0
	}
	w := d.toks[j].Lower
	if !bodyHeads[w] && !anyBodyHeads[w] || w == "group" && j == i+1 {
		return 0 // "the group" alone is as often a group of people: only "the X-based group"
	}
	if j+1 < len(d.toks) && (d.toks[j+1].Cap && d.toks[j+1].Word || d.toks[j+1].Lower == "of" || d.toks[j+1].Lower == "'s") {
		return 0
	}
	for ; d.bodyScanned < len(d.ms) && !d.anyBody; d.bodyScanned++ {
		b := &d.ms[d.bodyScanned] // a body the nominal may refer back to (see bodyNamed)
		d.anyBody = b.Kind == kindName && b.Type == "organization" && b.Gov == ""
	}
	if !d.anyBody {
		return 0 // "the Geneva-based group said" in a story that names no body: no one's to guess
	}
	d.ms = append(d.ms, mention{From: i, To: j + 1, Start: d.toks[i].Start, End: d.toks[j].End, Sent: si, Text: d.text[d.toks[i].Start:d.toks[j].End], Type: "organization", Kind: kindNominal})
	if j > i+1 {
		return 1 // the words between are read on: "New York" in "the New York-based group" is a place
	}
	return 2
}

// namedState is a state named in a story: its id, the sentence, and whether the name opens
// it (the sentence's subject, as a rule).
type namedState struct {
	id    string
	sent  int
	opens bool
}

// datelineSource reports a name in brackets inside its sentence's dateline: the news
// agency that filed the story ("BEIJING, Nov. 2 (Xinhua) --").
func (d *doc) datelineSource(m *mention) bool {
	if m.From == 0 || d.toks[m.From-1].text(d.text) != "(" || m.To >= len(d.toks) || d.toks[m.To].text(d.text) != ")" {
		return false
	}
	s := d.sents[m.Sent]
	n := datelineEnd(d.text[s.Start:s.End])
	return n > 0 && m.End <= s.Start+n
}

// stateHeads are the nouns after "the" and a region's word that refer back to a state:
// "the African country", "the impoverished Balkan nation", "the Himalayan kingdom".
var stateHeads = map[string]bool{"country": true, "nation": true, "kingdom": true, "republic": true,
	"emirate": true, "state": true}

// notStateWords stop the words between "the" and a state's head: they make it another
// state than the one named last ("the neighbouring country", "the host nation"), or end
// the phrase ("the south of the country").
var notStateWords = map[string]bool{"other": true, "same": true, "first": true, "second": true,
	"third": true, "last": true, "next": true, "whole": true, "entire": true, "neighbouring": true,
	"neighboring": true, "host": true, "member": true, "foreign": true, "two": true, "three": true,
	"new": true, "only": true, "one": true, "each": true, "this": true, "that": true, "a": true,
	"an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "to": true, "for": true,
	"on": true, "at": true, "by": true, "with": true, "from": true, "his": true, "her": true,
	"its": true, "their": true, "our": true}

// stateNominal records "the African country", "the Southeast Asian nation", "the impoverished
// Balkan state" at token i (a "the") as a nominal for a state, resolved in link to the state
// named last that lies where its region word says (lexicon/regions.txt). It returns how many
// tokens it used, 0 when none. Without a region word it is none: "the war-torn country" was
// as often the story's own country as the one named last (4 of 9 on the wire corpus), nor
// is a head followed by a name, "of" or a hyphen ("the Balkan State Department").
func (d *doc) stateNominal(si, i int) int {
	j, words := i+1, 0
	var places []string
	var heads string
	for j < len(d.toks) && words < 3 {
		if p, n := d.regionAt(j); n > 0 {
			places, heads, j, words = p.places, p.heads, j+n, words+1
			continue
		}
		tk := d.toks[j]
		if !tk.Word || tk.Cap || stateHeads[tk.Lower] || notStateWords[tk.Lower] || strings.HasSuffix(tk.Lower, "ly") {
			break
		}
		j, words = j+1, words+1
	}
	if len(places) == 0 || j >= len(d.toks) || d.toks[j].Cap || !stateHeads[d.toks[j].Lower] {
		return 0
	}
	if heads != "" && !slices.Contains(strings.Split(heads, ","), d.toks[j].Lower) {
		return 0 // "the disputed Himalayan state" is Kashmir, no state of its own
	}
	if j+1 < len(d.toks) {
		if nx := d.toks[j+1]; nx.Cap && nx.Word || nx.Lower == "of" || nx.Lower == "-" {
			return 0
		}
	}
	d.ms = append(d.ms, mention{From: i, To: j + 1, Start: d.toks[i].Start, End: d.toks[j].End, Sent: si,
		Text: d.text[d.toks[i].Start:d.toks[j].End], Type: "country", Kind: kindNominal,
		more: &mentionMore{places: places}})
	return j + 1 - i
}

// regionAt returns the regions named by the words at token j ("Southeast Asian",
// "African") and how many tokens they take; 0 when none.
func (d *doc) regionAt(j int) (region, int) {
	if !d.toks[j].Cap {
		return region{}, 0
	}
	for n := 2; n >= 1; n-- {
		if j+n > len(d.toks) {
			continue
		}
		words := make([]string, n)
		for k := range words {
			words[k] = d.toks[j+k].Lower
		}
		if p, ok := d.x.lex.regionWords[strings.Join(words, " ")]; ok {
			return p, n
		}
	}
	return region{}, 0
}

// bodyNamed returns the id of the body that nominal mention k refers back to: the latest
// organization named in its sentence or the three before whose name ends in the nominal's
// head word, or for a word of any body (anyBodyHeads) the latest organization; "" when
// none.
func (d *doc) bodyNamed(k int) string {
	m := &d.ms[k]
	head := strings.ToLower(lastWord(m.Text))
	found, sent, opener := "", -1, ""
	for j := k - 1; j >= 0 && d.ms[j].Sent >= m.Sent-3; j-- {
		b := &d.ms[j]
		if b.Kind != kindName || b.Type != "organization" || b.ID == "" || b.Gov != "" {
			continue // not "the White House": a seat of government stands for its state
		}
		if !anyBodyHeads[head] && !strings.EqualFold(lastWord(b.Text), head) {
			continue
		}
		if head == "bloc" && (b.Sent == m.Sent || !d.blocOfStates(b)) {
			continue // "Human Rights Watch urged the bloc": another body, one states make up
		}
		if found == "" {
			found, sent = b.ID, b.Sent
		} else if b.Sent == sent && b.ID != found {
			return "" // "The Labour Party and the Conservative Party ... The party": either
		}
		if opener == "" && d.opensSentence(b) {
			opener = b.ID
		}
	}
	if anyBodyHeads[head] && head != "bloc" && opener != "" {
		// "Human Rights Watch urged the United Nations ... The group said": the body that
		// opened its sentence, not the one it spoke to.
		return opener
	}
	return found
}

// bodyActs are the lemmas of acts that a body or a state does and a thing seldom does, so
// that "it" before them stands for a body: what it says, asks, judges, refuses, signs or
// meets. Threatening, helping, taking or killing are done by things too ("the proposal
// threatened its sovereignty", "it will take months").
var bodyActs = map[string]bool{"call": true, "urge": true, "demand": true, "ask": true, "appeal": true,
	"accuse": true, "condemn": true, "criticize": true, "criticise": true, "denounce": true, "deplore": true,
	"reject": true, "refuse": true, "deny": true, "warn": true, "welcome": true, "praise": true, "insist": true,
	"sign": true, "agree": true, "vow": true, "pledge": true, "promise": true, "summon": true, "expel": true,
	"recall": true, "suspend": true, "impose": true, "meet": true, "host": true, "invite": true, "blame": true,
	"protest": true, "oppose": true, "back": true, "endorse": true, "recognize": true, "recognise": true}

// quotedSentence reports whether sentence si holds a quotation mark.
func (d *doc) quotedSentence(si int) bool {
	s := d.sents[si]
	return strings.ContainsAny(d.text[s.Start:s.End], "\"“”")
}

// afterDateline reports whether mention m opens its sentence after a dateline ("BRUSSELS,
// March 4 (Example Wire) -- The European Commission"), with at most a "The" between.
func (d *doc) afterDateline(m *mention) bool {
	s := d.sents[m.Sent]
	n := datelineEnd(d.text[s.Start:s.End])
	if n == 0 || s.Start+n > m.Start {
		return false // no dateline, or m is in it
	}
	rest := strings.TrimPrefix(d.text[s.Start+n:m.Start], "The ")
	return strings.TrimSpace(rest) == ""
}

// countryOpening returns the country whose name or demonym opens mention m's own words
// ("French" in "French Defence Ministry") and how many tokens it takes; "" when none does
// or it is the whole mention.
func (d *doc) countryOpening(m *mention) (string, int) {
	if e, n := d.x.lex.match(d.text, d.toks, m.From, false); e != nil && (e.Type == "country" || e.Type == "nationality") && n < m.To-m.From {
		return e.ID, n
	}
	return "", 0
}

// memberParties maps the plural by which news names a party's members to the words that
// open the party's name: "the Liberals" are the Liberal Party, "the Tories" the
// Conservative Party.
var memberParties = map[string]string{"Democrats": "Democratic", "Republicans": "Republican", "Liberals": "Liberal",
	"Socialists": "Socialist", "Communists": "Communist", "Conservatives": "Conservative", "Tories": "Conservative",
	"Greens": "Green", "Social Democrats": "Social Democratic", "Liberal Democrats": "Liberal Democratic",
	"Christian Democrats": "Christian Democratic", "New Democrats": "New Democratic", "Free Democrats": "Free Democratic",
	"Labourites": "Labour", "Nationalists": "Nationalist"}

// nationalParties are the usual English names of the parties news names by their members,
// by country id and the words memberParties gives: the United States' Democrats are the
// Democratic Party, France's Communists the French Communist Party, Germany's Christian
// Democrats the Christian Democratic Union. A plural of a country not listed names no
// party relgraph knows ("Irish Republicans", "Serb Nationalists"), and a party whose own
// name is the plural ("Sweden Democrats") is not one of these.
var nationalParties = map[string]string{
	"united-states Democratic": "Democratic Party", "united-states Republican": "Republican Party",
	"united-kingdom Conservative": "Conservative Party", "united-kingdom Liberal Democratic": "Liberal Democrats", "united-kingdom Labour": "Labour Party",
	"canada Liberal": "Liberal Party", "canada Conservative": "Conservative Party", "canada New Democratic": "New Democratic Party",
	"australia Liberal": "Liberal Party", "australia Democratic": "Australian Democrats",
	"france Socialist": "Socialist Party", "france Communist": "French Communist Party", "france Green": "Greens",
	"germany Social Democratic": "Social Democratic Party", "germany Christian Democratic": "Christian Democratic Union",
	"germany Free Democratic": "Free Democratic Party", "germany Green": "Greens",
	"japan Liberal Democratic": "Liberal Democratic Party", "japan Social Democratic": "Social Democratic Party",
	"china Communist": "Communist Party of China",
}

// partyCountry is the country a plural names the party of when nothing in the story says
// another: "Democrats" and "Republicans" alone are American, "Tories" British.
var partyCountry = map[string]string{"Democrats": "united-states", "Republicans": "united-states", "Tories": "united-kingdom"}

// partyName is a party the story writes out, and its name without an opening demonym
// ("French Communist Party": "Communist Party").
type partyName struct{ name, bare string }

// partyNames returns the parties the story writes out ("Socialist Party", "Communist Party
// of the Philippines", "Canada's small New Democratic Party", "the Refounded Communists"),
// in text order.
func (d *doc) partyNames() []partyName {
	var out []partyName
	for k := range d.ms {
		m := &d.ms[k]
		ends := false // "the Refounded Communists": a body named by its members
		if f := strings.Fields(m.Text); len(f) > 1 {
			_, ends = memberParties[f[len(f)-1]]
		}
		if m.Kind != kindName || !strings.Contains(" "+m.Text+" ", " Party ") && !ends || slices.ContainsFunc(out, func(p partyName) bool { return p.name == m.Text }) {
			continue
		}
		bare := m.Text
		if toks, _ := tokenize(m.Text, nil, nil); len(toks) > 1 {
			if e, c := d.x.lex.match(m.Text, toks, 0, false); e != nil && e.Type == "nationality" && c < len(toks) {
				bare = m.Text[toks[c].Start:]
			}
		}
		out = append(out, partyName{m.Text, bare})
	}
	return out
}

// memberParty returns the party that mention k names by its members: "the Liberals",
// "Opposition Democrats", "the French Socialists". It is the party the story names by a
// longer plural ("the Refounded Communists"), else the one it names whose
// name opens with memberParties' words, after a demonym at most ("Liberal Party",
// "French Communist Party", "Communist Party of the Philippines"), else the country's
// party of nationalParties (the country named in or right before the mention, else the
// one the story names most, else the plural's own: partyCountry). "" when k names no
// party's members, or one of a country nationalParties does not list.
func (d *doc) memberParty(k int, parties []partyName) string {
	m := &d.ms[k]
	if m.Kind != kindName {
		return ""
	}
	words := strings.Fields(m.Text)
	country := d.countryBefore(k)
	prefixed := country != "" // "Canada's Liberals", "French Socialists": their country said
	var stem, plural string
	for n := 1; n <= 2 && n <= len(words) && stem == ""; n++ {
		plural = strings.Join(words[len(words)-n:], " ")
		w, ok := memberParties[plural]
		if !ok {
			continue
		}
		rest := words[:len(words)-n]
		switch {
		case len(rest) == 0:
			stem = w
		case len(rest) == 1 && (rest[0] == "Opposition" || rest[0] == "Ruling"):
			stem = w
		default:
			if e, c := d.x.lex.match(d.text, d.toks, m.From, false); e != nil && (e.Type == "country" || e.Type == "nationality") && c == len(rest) {
				stem, country, prefixed = w, e.ID, true // "French Socialists", "US Democrats"
			}
		}
	}
	if stem == "" {
		return ""
	}
	for _, p := range parties {
		if strings.HasSuffix(p.name, " "+m.Text) && !strings.HasSuffix(p.name, " Party") {
			return p.name // "the Communists" after "the Refounded Communists"
		}
	}
	for _, p := range parties {
		if strings.HasPrefix(p.bare, stem+" Party") {
			return p.name
		}
	}
	if country == "" {
		country = d.storyCountry()
	}
	if name, ok := nationalParties[country+" "+stem]; ok {
		return name
	}
	if c := partyCountry[plural]; !prefixed && c != "" && (d.namesCountry(c) || !d.namesCountry("")) {
		// "Opposition Democrats" in a story on Iraq that names the United States, or in one
		// that names no country; not "the Democrats" of a story on Hong Kong.
		if name, ok := nationalParties[c+" "+stem]; ok {
			return name
		}
	}
	return ""
}

// namesCountry reports whether the story names country id, by name, demonym or capital;
// any country for "".
func (d *doc) namesCountry(id string) bool {
	for k := range d.ms {
		m := &d.ms[k]
		if (m.Type == "country" || m.Type == "nationality") && m.ID != "" && (id == "" || m.ID == id) || m.Gov != "" && (id == "" || m.Gov == id) {
			return true
		}
	}
	return false
}

// storyCountry returns the country the story names most, by name or demonym, when it
// names it at least twice and more often than any other; "" otherwise.
func (d *doc) storyCountry() string {
	n := map[string]int{}
	for k := range d.ms {
		if m := &d.ms[k]; (m.Type == "country" || m.Type == "nationality") && m.ID != "" {
			n[m.ID]++
		}
	}
	best, top, second := "", 0, 0
	for id, c := range n {
		switch {
		case c > top || c == top && id < best:
			best, top, second = id, c, max(top, second)
		case c > second:
			second = c
		}
	}
	if top < 2 || second == top {
		return ""
	}
	return best
}

// bracketedLongForms joins the runs of a body's name that a place inside it cut apart,
// when the acronym in brackets after it spells the whole: "Televisi Republik Indonesia
// (TVRI)" was read as a body "Televisi Republik" and the country Indonesia. The acronym is
// matched as Schwartz and Hearst (2003) match an abbreviation to its long form: its
// letters, right to left, in the long form's, the last at a word's start and the first at
// the first word's. Mentions are in text order.
func (d *doc) bracketedLongForms() {
	for k := 2; k < len(d.ms); k++ {
		a, p, x := &d.ms[k-2], &d.ms[k-1], &d.ms[k]
		if x.To-x.From != 1 || !d.toks[x.From].Upper || x.From < 1 || d.toks[x.From-1].text(d.text) != "(" || p.To != x.From-1 {
			continue
		}
		if a.To != p.From || a.Kind != kindName || p.Kind != kindName || a.Type != "organization" && a.Type != "other" && a.Type != "person" || p.Type != "country" && p.Type != "location" && p.Type != "city" {
			continue
		}
		long := d.text[a.Start:p.End]
		acro := x.Text
		if !spellsAbbreviation(long, acro) || spellsAbbreviation(a.Text, acro) {
			continue
		}
		a.To, a.End, a.Text, a.Type, a.ID = p.To, p.End, long, "organization", ""
		d.acros[acro] = model.Slug(long)
		d.ms = append(d.ms[:k-1], d.ms[k:]...)
		k--
	}
}

// spellsAbbreviation reports whether abbr abbreviates long (Schwartz and Hearst 2003):
// each letter of abbr, right to left, is found in long at or before the last match, the
// first letter at the start of long's first word, and long's last word opens with abbr's
// last letter.
func spellsAbbreviation(long, abbr string) bool {
	l, a := strings.ToLower(long), strings.ToLower(abbr)
	if len(a) < 2 || len(l) <= len(a) {
		return false
	}
	words := strings.Fields(l)
	if len(words) < 2 || words[len(words)-1][0] != a[len(a)-1] || l[0] != a[0] {
		return false
	}
	i := len(l) - 1
	for j := len(a) - 1; j >= 0; j-- {
		for i >= 0 && (l[i] != a[j] || j == 0 && i > 0 && l[i-1] != ' ' && l[i-1] != '-') {
			i--
		}
		if i < 0 {
			return false
		}
		i--
	}
	return true
}
