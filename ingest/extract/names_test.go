package extract

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/relgraph/relgraph/ingest/timex"
)

// TestLoadNameWordsBadLine checks that a bad line of a word list is reported with its file
// and line, so whoever edits a list can find the mistake.
func TestLoadNameWordsBadLine(t *testing.T) {
	tests := []struct {
		name, words, given string
		wantFile           string
		wantLine           int
	}{
		{"unknown kind", "# kinds\norg-suffix Agency\nnoun Table\n", "John\n", "names/words.txt", 3},
		{"missing word", "\nrank\n", "John\n", "names/words.txt", 2},
		{"two given names on a line", "rank Sgt\n", "John\nMary Ann\n", "names/given.txt", 2},
		{"three fields", "rank Sgt\n", "John m\nMary f x\n", "names/given.txt", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"names/words.txt": {Data: []byte(tc.words)},
				"names/given.txt": {Data: []byte(tc.given)},
			}
			var w nameWords
			err := loadNameWords(fsys, &w, map[string]bool{})
			var we *WordListError
			if !errors.As(err, &we) {
				t.Fatalf("got %v, want a *WordListError", err)
			}
			if we.File != tc.wantFile || we.Line != tc.wantLine {
				t.Errorf("got %s:%d, want %s:%d (%v)", we.File, we.Line, tc.wantFile, tc.wantLine, err)
			}
		})
	}
}

// TestLoadNameWordsEmbedded checks the shipped lists load and hold what the rules rely on.
func TestLoadNameWordsEmbedded(t *testing.T) {
	var w nameWords
	given := map[string]bool{}
	if err := loadNameWords(namesFS, &w, given); err != nil {
		t.Fatal(err)
	}
	if w.givenGender["Condoleezza"] != 'f' || w.givenGender["Vladimir"] != 'm' || w.givenGender["Jean"] != 0 {
		t.Errorf("given names' genders: Condoleezza %q, Vladimir %q, Jean %q; want f, m and none", w.givenGender["Condoleezza"], w.givenGender["Vladimir"], w.givenGender["Jean"])
	}
	if !given["Victoria"] || !w.rank["Sgt"] || !w.particle["al"] || !w.orgSuffix["Cooperation"] {
		t.Errorf("embedded lists lack entries the rules rely on: given[Victoria]=%v rank[Sgt]=%v particle[al]=%v orgSuffix[Cooperation]=%v",
			given["Victoria"], w.rank["Sgt"], w.particle["al"], w.orgSuffix["Cooperation"])
	}
}

// TestBracketedShortName checks that a short name in brackets after an organization's
// name is the same body later in the article, whether initials or a word, and that a place
// in brackets is not.
func TestBracketedShortName(t *testing.T) {
	text := "The Democratic Renewal Front (Renova) and the National Farmers Union (NFU) met on Monday. " +
		"Renova later accused the NFU of bad faith. The Toyota Motor Corporation (Japan) said nothing."
	res := New().Extract("t", text, timex.Date{})
	want := map[string]string{"Renova": "democratic-renewal-front", "NFU": "national-farmers-union"}
	for _, m := range res.Entities {
		if id, ok := want[m.Text]; ok && m.ID != id {
			t.Errorf("%q at %d: id %q, want %q", m.Text, m.Start, m.ID, id)
		}
		if m.Text == "Japan" && m.ID != "japan" {
			t.Errorf("a country in brackets joined the company: %+v", m)
		}
	}
	// A known body's formal name joins its short name: one node across articles.
	res = New().Extract("t", "The Islamic Resistance Movement rejected the plan.", timex.Date{})
	for _, m := range res.Entities {
		if m.Text == "Islamic Resistance Movement" && m.ID != "hamas" {
			t.Errorf("formal name: %+v", m)
		}
	}
}

// TestCompassCountry checks that "the North" stands for the one country of the story whose
// name begins so, and for nothing when two do.
func TestCompassCountry(t *testing.T) {
	id := func(text string) string {
		for _, m := range New().Extract("t", text, timex.Date{}).Entities {
			if m.Text == "North" {
				return m.ID
			}
		}
		return "(none)"
	}
	if got := id("Envoys from North Korea arrived. The North wants aid."); got != "north-korea" {
		t.Errorf("the North after North Korea: %q", got)
	}
	if got := id("North Korea and North Macedonia met. The North wants aid."); got == "north-korea" || got == "north-macedonia" {
		t.Errorf("the North with two northern countries: %q", got)
	}
}

// TestSurnameOrFirstWord checks that a one-word mention goes to the person named first
// with that word, whether it is the surname or the first word of the full name: a son
// named later with his father's name as his surname does not take his father's mentions.
func TestSurnameOrFirstWord(t *testing.T) {
	text := "Zairean President Mobutu Sese Seko will meet rebels on Friday. " +
		"Envoys met Mobutu twice. His son Nzanga Mobutu spoke for him. Mobutu did not appear."
	for _, m := range New().Extract("t", text, timex.Date{}).Entities {
		if m.Text == "Mobutu" && m.ID != "mobutu-sese-seko" {
			t.Errorf("%q at %d: %q, want mobutu-sese-seko", m.Text, m.Start, m.ID)
		}
		if m.Text == "Nzanga Mobutu" && m.ID != "nzanga-mobutu" {
			t.Errorf("the son: %+v", m)
		}
	}
}

// TestFamilyNameFirst checks that a family name written first ("spokesman Li Wenbo", read
// from context) is what a later one-word mention stands for.
func TestFamilyNameFirst(t *testing.T) {
	text := `"The talks were useful," said ministry spokesman Li Wenbo. "We will go on," Li said.`
	for _, m := range New().Extract("t", text, timex.Date{}).Entities {
		if m.Text == "Li" && m.ID != "li-wenbo" {
			t.Errorf("Li: %+v", m)
		}
	}
}

// TestPlacesWithoutMarks checks that a place the country data spells with accents is
// known when news writes it without them.
func TestPlacesWithoutMarks(t *testing.T) {
	res := New().Extract("t", "Lula invited Cyril Ramaphosa to visit Brasilia next year.", timex.Date{})
	for _, m := range res.Entities {
		if m.Text == "Brasilia" && m.Type != "city" {
			t.Errorf("Brasilia: %+v", m)
		}
	}
}

// TestFirmsAndBodies checks the spans and types of firm and body names: an ampersand
// joins two names into a firm, a legal form ends one firm before "and" starts another, a
// firm goes by its name without the legal form later in the story, a body and its officer
// are two mentions, and words such as "State" or "Central" that open sentences still open
// the names of bodies.
func TestFirmsAndBodies(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // mention text -> type
	}{
		{"Orvell & Tamsin rose after Brackmoor & Sons cut its price.",
			map[string]string{"Orvell & Tamsin": "organization", "Brackmoor & Sons": "organization"}},
		{"Ledra Systems Inc and Corvane Corp agreed to merge.",
			map[string]string{"Ledra Systems Inc": "organization", "Corvane Corp": "organization"}},
		{"Halvard International Inc bought the plant. Halvard said the deal would close in May.",
			map[string]string{"Halvard International Inc": "organization", "Halvard": "organization"}},
		{"Quillon CEO Martin Dessaux told reporters the plan would go ahead.",
			map[string]string{"Quillon": "organization", "Martin Dessaux": "person"}},
		{"The State Department and the Central Bank of Nigeria declined to comment.",
			map[string]string{"State Department": "organization", "Central Bank of Nigeria": "organization"}},
		{"The Supreme Court of India ruled, and Supreme Leader Ali Khamenei and Prime Minister Tony Blair spoke.",
			map[string]string{"Supreme Court of India": "organization", "Ali Khamenei": "person", "Tony Blair": "person"}},
		{"Kremlin Chief of Staff Sergei Ivanov and the head of the Chicago Board of Trade met.",
			map[string]string{"Kremlin": "organization", "Sergei Ivanov": "person", "Chicago Board of Trade": "organization"}},
		{"Traders on the London Stock Exchange and Moscow Mayor Yuri Luzhkov were cautious.",
			map[string]string{"London Stock Exchange": "organization", "Yuri Luzhkov": "person"}},
		{"Dutch club Vorden Blauw fired its coach. Vorden Blauw said the decision was final.",
			map[string]string{"Vorden Blauw": "organization"}},
		{"Harlan Tebbit shares fell after Marwick Pharmaceuticals cut its forecast.",
			map[string]string{"Harlan Tebbit": "organization", "Marwick Pharmaceuticals": "organization"}},
	}
	for _, tc := range tests {
		checkTypes(t, tc.text, tc.want)
	}
}

// checkTypes extracts text and checks that each name of want has its type there.
func checkTypes(t *testing.T, text string, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, m := range New().Extract("t", text, timex.Date{}).Entities {
		if m.Kind == "" {
			got[m.Text] = m.Type
		}
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q: %q is %q, want %q (all: %v)", text, name, got[name], typ, got)
		}
	}
}

// TestTypesFromContext checks types read from a name's context: a place named as a sports
// team (a score after it in a results line, or a game won or lost) is an organization
// throughout the story, while a country stays a country; "the town of X" is a place; a
// short name the story defines in brackets wins over a country code spelled the same way.
func TestTypesFromContext(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // mention text -> type
	}{
		{"Tulsa 3 Fresno 1\nFresno defeated Tulsa on Friday. The crowd in Fresno was small.",
			map[string]string{"Tulsa": "organization", "Fresno": "organization"}},
		{"Russia won the vote in Geneva.", map[string]string{"Russia": "country", "Geneva": "city"}},
		{"He was tackled at busy Tennoji Station. Redding said nothing.",
			map[string]string{"Tennoji Station": "location", "Redding": "person"}},
		{"Troops overran the town of Vellagrad and the eastern province of Ostrava Gorn.",
			map[string]string{"Vellagrad": "location", "Ostrava Gorn": "location"}},
		{"Mary Washington beat Pete Sampras in Paris.", map[string]string{"Mary Washington": "person", "Paris": "city"}},
		{"Members of the National League for Democracy (NLD) were held. The NLD said they would go on.",
			map[string]string{"National League for Democracy": "organization", "NLD": "organization"}},
	}
	for _, tc := range tests {
		for _, m := range New().Extract("t", tc.text, timex.Date{}).Entities {
			if typ, ok := tc.want[m.Text]; ok && m.Kind == "" && m.Type != typ {
				t.Errorf("%q: %q at %d is %q, want %q", tc.text, m.Text, m.Start, m.Type, typ)
			}
		}
	}
}

// TestSurnameThatIsAPlace checks that a person whose surname is a place keeps it ("Neil
// Jordan"), and that the surname alone later is the person, unless the story also uses
// the word as a place.
func TestSurnameThatIsAPlace(t *testing.T) {
	tests := []struct {
		text, word, want string // the last mention of word must have ID want
	}{
		{"The director Neil Jordan won the prize. Jordan said the film was hard to make.", "Jordan", "neil-jordan"},
		{"The director Neil Jordan flew to Jordan. Jordan said the film was hard to make.", "Jordan", "jordan"},
		{"George Washington crossed the river.", "George Washington", "george-washington"},
		// A group's word as a given name after a title.
		{"German Finance Minister Christian Lindner met Bruno Le Maire.", "Christian Lindner", "christian-lindner"},
		// After a title, and before a day.
		{"Chilean President Ricardo Lagos Friday pledged a diplomatic solution.", "Ricardo Lagos", "ricardo-lagos"},
	}
	for _, tc := range tests {
		got := "(none)"
		for _, m := range New().Extract("t", tc.text, timex.Date{}).Entities {
			if m.Text == tc.word {
				got = m.ID
			}
		}
		if got != tc.want {
			t.Errorf("%q: last %q is %q, want %q", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestParticipleOpensNoName checks that a participle opening a sentence ("Fearing
// clashes, ...") is not read as a name, while a surname ending so before a verb is.
func TestParticipleOpensNoName(t *testing.T) {
	for _, m := range New().Extract("t", "Fearing clashes with villagers, the police waited. Provoked by the raid, the crowd grew.", timex.Date{}).Entities {
		if m.Text == "Fearing" || m.Text == "Provoked" {
			t.Errorf("a participle read as a name: %+v", m)
		}
	}
}

// TestMonthAbbreviationsNoNames checks that a month written short without its period
// ("Sept Brent crude") names no one.
func TestMonthAbbreviationsNoNames(t *testing.T) {
	for _, m := range New().Extract("t", "Sept Brent crude fell while Oct gasoline rose.", timex.Date{}).Entities {
		if m.Text == "Sept" || m.Text == "Oct" || m.Text == "Sept Brent" || m.Text == "Oct gasoline" {
			t.Errorf("a month read as a name: %+v", m)
		}
	}
}

// TestPrepositionOpensNoName checks that a preposition or adverb that opens a sentence
// ("Amid protests, ...", "Alongside the talks, ...") names no one and acts in no event.
func TestPrepositionOpensNoName(t *testing.T) {
	r := New().Extract("t", "Amid protests over the dam, farmers in Kerala refused to leave. Alongside the talks, Nepal signed a deal. Nevertheless Bhutan stayed away.", timex.Date{})
	for _, m := range r.Entities {
		switch m.Text {
		case "Amid", "Alongside", "Nevertheless":
			t.Errorf("an opening word read as a name: %+v", m)
		}
	}
}

// TestCollectivePossessiveInName checks that a possessive written onto "People" or
// "Workers" stays inside the name it is part of, which is one organization.
func TestCollectivePossessiveInName(t *testing.T) {
	r := New().Extract("t", "The Cambodian People's Party won the vote. The Kurdistan Workers' Party denied it. The National People's Congress met.", timex.Date{})
	want := map[string]bool{"Cambodian People's Party": false, "Kurdistan Workers' Party": false, "National People's Congress": false}
	for _, m := range r.Entities {
		if _, ok := want[m.Text]; ok && m.Type == "organization" {
			want[m.Text] = true
		}
		if m.Text == "Party" || m.Text == "People" || m.Text == "Congress" {
			t.Errorf("a piece of a name: %+v", m)
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("%q is not one organization (entities %+v)", name, r.Entities)
		}
	}
}

// TestTheRunIsNoPerson checks that an unknown name written with "the" is not taken for a
// person, and that "he" then finds the person.
func TestTheRunIsNoPerson(t *testing.T) {
	r := New().Extract("t", "Kofi Annan deplored the fire across the Green Line. \"He calls on Lebanon to act,\" a spokesman said.", timex.Date{})
	for _, m := range r.Entities {
		if m.Text == "Green Line" && m.Type == "person" {
			t.Errorf("a name with \"the\" read as a person: %+v", m)
		}
		if m.Text == "He" && m.ID != "kofi-annan" {
			t.Errorf("\"He\" is %q, want kofi-annan", m.ID)
		}
	}
}

// TestStyledPersonWithThe checks that a person known by a style written with "the" ("the
// Dalai Lama", "the Aga Khan") stays a person.
func TestStyledPersonWithThe(t *testing.T) {
	for _, m := range New().Extract("t", "Madeleine Albright met the Dalai Lama on Thursday. The Aga Khan arrived later.", timex.Date{}).Entities {
		if (m.Text == "Dalai Lama" || m.Text == "Aga Khan") && m.Type != "person" {
			t.Errorf("%q typed %s, want person", m.Text, m.Type)
		}
	}
}

// TestFirstNameAlone checks that a person called by the first word of their name alone
// ("Saddam said") is the one person of the story whose name opens with it, and that a
// first word two people share links to neither.
func TestFirstNameAlone(t *testing.T) {
	r := New().Extract("t", "Iraqi President Saddam Hussein met Jacques Chirac. Saddam said he was ready. Anna Kowalska and Anna Nowak arrived. Anna said nothing.", timex.Date{})
	for _, m := range r.Entities {
		if m.Text == "Saddam" && m.ID != "saddam-hussein" {
			t.Errorf("\"Saddam\" is %q, want saddam-hussein", m.ID)
		}
		if m.Text == "Anna" && (m.ID == "anna-kowalska" || m.ID == "anna-nowak") {
			t.Errorf("\"Anna\" linked to %q, though two people are called Anna", m.ID)
		}
		if m.Text == "European" && m.Type == "person" {
			t.Errorf("an adjective promoted to a person: %+v", m)
		}
	}
	for _, m := range New().Extract("t", "Jacques Chirac paid a visit to an eastern European capital. The Dow Jones Industrial Average fell.", timex.Date{}).Entities {
		if (m.Text == "European" || m.Text == "Dow Jones Industrial Average") && m.Type == "person" {
			t.Errorf("%q typed a person", m.Text)
		}
	}
}

// TestOlderSeatNames checks that a former capital or an older spelling of a seat of
// government speaks for its government, as the capital does.
func TestOlderSeatNames(t *testing.T) {
	want := map[string]string{"Rangoon": "myanmar", "Kiev": "ukraine", "Bonn": "germany"}
	r := New().Extract("t", "Japan criticized Rangoon on Monday. Kiev rejected the plan. Bonn welcomed Paris.", timex.Date{})
	got := map[string]string{}
	for _, e := range r.Events {
		for _, rf := range append(append([]Ref(nil), e.Source...), e.Target...) {
			got[rf.Text] = rf.ID
		}
	}
	for name, id := range want {
		if got[name] != id {
			t.Errorf("%s stands for %q in events, want %s (events %+v)", name, got[name], id, r.Events)
		}
	}
}

// TestAcronymOpensBesideLowerWord checks that an acronym in capitals opening a sentence
// stays a name when the story also uses the lower-case word ("US officials" and "tell us"),
// and that a line in capitals is not read as acronyms.
func TestAcronymOpensBesideLowerWord(t *testing.T) {
	r := New().Extract("t", "US officials held talks with Cuba in Geneva on Monday. \"They gave us nothing,\" a diplomat said.", timex.Date{})
	found := false
	for _, m := range r.Entities {
		found = found || m.Text == "US" && m.ID == "united-states"
	}
	if !found {
		t.Errorf("US not found as the United States: %+v", r.Entities)
	}
	met := false
	for _, e := range r.Events {
		met = met || e.Type == "CONSULT" && hasRef(e.Source, "united-states") && hasRef(e.Target, "cuba")
	}
	if !met {
		t.Errorf("no talks of the United States with Cuba: %+v", r.Events)
	}
	for _, m := range New().Extract("t", "IT WAS A COLD DAY. Yet it rained in Oslo.", timex.Date{}).Entities {
		if m.Text == "IT" {
			t.Errorf("a word of a line in capitals read as a name: %+v", m)
		}
	}
}

// TestRegnalNameAndCountedTitles checks that a pope or monarch named without the regnal
// number is the one named with it, and that "Nine-time" before a title names no one.
func TestRegnalNameAndCountedTitles(t *testing.T) {
	r := New().Extract("t", "Pope Benedict XVI arrived in Warsaw on Friday. Pope Benedict met Polish bishops.", timex.Date{})
	for _, m := range r.Entities {
		if m.Text == "Benedict" || m.Text == "Pope Benedict" {
			if m.ID != "benedict-xvi" {
				t.Errorf("%q not linked to Benedict XVI: %+v", m.Text, m)
			}
		}
	}
	for _, m := range New().Extract("t", "Two-time Olympic champion Sara Lind said she would compete.", timex.Date{}).Entities {
		if strings.Contains(m.Text, "Two-time") {
			t.Errorf("a counted title taken into a name: %+v", m)
		}
	}
}

// TestCountryCodeOpensHeadline checks that a headline opening with a country's code and a
// comma ("US, S. Korea still hope for talks") names the countries, not a dateline place.
func TestCountryCodeOpensHeadline(t *testing.T) {
	r := New().Extract("t", "US, S. Korea still hope for peace talks despite N. Korea's absence\n\nThe envoys waited in New York.", timex.Date{})
	want := map[string]string{"US": "united-states", "S. Korea": "south-korea", "N. Korea": "north-korea"}
	for _, m := range r.Entities {
		if id, ok := want[m.Text]; ok {
			if m.ID != id {
				t.Errorf("%q is %q, want %q", m.Text, m.ID, id)
			}
			delete(want, m.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v (entities %+v)", want, r.Entities)
	}
}

// "do" and "das" join Portuguese names as "da" and "dos" do: "Maria do Carmo Silveira".
func TestPortugueseParticles(t *testing.T) {
	r := New().Extract("t", "Prime Minister Maria do Carmo Silveira met Jose Eduardo dos Santos on Monday.", timex.Date{})
	found := false
	for _, e := range r.Resolved {
		if e.ID == "maria-do-carmo-silveira" && e.Type == "person" {
			found = true
		}
	}
	if !found {
		t.Errorf("no person maria-do-carmo-silveira among %+v", r.Resolved)
	}
}

// "as", "an", "ad" are Arabic articles only inside a hyphenated name ("as-Sadr"); alone
// they are English and end the name: "describing Tueni as Lebanon's symbol".
func TestEnglishWordsEndNames(t *testing.T) {
	r := New().Extract("t", "Gibran Tueni was buried on Wednesday. President Emile Lahoud said he was outraged, describing Tueni as Lebanon's symbol of freedom.", timex.Date{})
	for _, e := range r.Resolved {
		if strings.Contains(e.Name, " as") {
			t.Errorf("a name ran on into \"as\": %+v", e)
		}
	}
}

// TestOfficeWordsOffPersons checks that the words of an office read into a person's name
// are left out of it, so that the person has one id whatever title a story gives: the
// office before a given name, and whatever follows a lower-case word a name cannot open with.
func TestOfficeWordsOffPersons(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Australian Treasurer Peter Costello said the budget would be tight.", "peter-costello"},
		{"Assistant Secretary of State for Near East Robert Pelletreau spoke in Abu Dhabi.", "robert-pelletreau"},
		{"State Councilor Chen Zhili met Kofi Annan.", "chen-zhili"},
		{"Russian Deputy Prime Minister and Defense Minister Sergei Ivanov met Donald Rumsfeld.", "sergei-ivanov"},
		{"Palestinian Minister of Prisoners Affairs Sufian Abu Zayda said the talks failed.", "sufian-abu-zayda"},
		{"Senior Prosecutor Kim Sang-Hee opened the case.", "kim-sang-hee"},
		{"WHO Director-General Tedros Adhanom Ghebreyesus met Joe Biden.", "tedros-adhanom-ghebreyesus"},
		{"Federal Reserve Chair Jerome Powell met Janet Yellen.", "jerome-powell"},
		// A name whose first words are no office's stays whole.
		{"Judge Rizkar Mohammed Amin adjourned the trial.", "rizkar-mohammed-amin"},
		{"Syed Hamid Albar met Condoleezza Rice.", "syed-hamid-albar"},
	}
	for _, c := range cases {
		r := New().Extract("t", c.text, timex.Date{})
		var got []string
		for _, m := range r.Entities {
			if m.Type == "person" && m.Kind == "" {
				got = append(got, m.ID)
			}
		}
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: persons %v, want %s first", c.text, got, c.want)
		}
	}
}

// TestNumberWordOpensNoName checks that a number written out at the start of a sentence is
// no name, before a lower-case word or a known name: "Forty" did not sign a treaty.
func TestNumberWordOpensNoName(t *testing.T) {
	for _, text := range []string{"Forty three countries have now signed the treaty.", "Seventy Chinese workers met Hu Jintao."} {
		for _, m := range New().Extract("t", text, timex.Date{}).Entities {
			if strings.HasPrefix(text, m.Text) {
				t.Errorf("%q: %q is taken for a name (%s)", text, m.Text, m.Type)
			}
		}
	}
}

// TestHyphenedAdjectiveOffName checks that a name of several words written with "-based"
// or "-led" is the place's or the body's, without the adjective: the group based in New
// York is no entity "New York-based".
func TestHyphenedAdjectiveOffName(t *testing.T) {
	r := New().Extract("t", "The New York-based group called for talks. South Korean-led forces moved north.", timex.Date{})
	var got []string
	for _, m := range r.Entities {
		got = append(got, m.Text+"/"+m.ID)
	}
	if len(got) < 1 || got[0] != "New York/new-york" {
		t.Errorf("entities %v, want New York/new-york first", got)
	}
	for _, g := range got {
		if strings.Contains(g, "-based") || strings.Contains(g, "-led") {
			t.Errorf("an adjective stayed in a name: %v", got)
		}
	}
}

// TestRomanceConnectorsInPlaces checks that "del" joins the words of a place's name and
// that a name so joined after a preposition is a place: "Mar del Plata", not "Plata" a
// person who visits.
func TestRomanceConnectorsInPlaces(t *testing.T) {
	r := New().Extract("t", "Daniel Ortega left Managua on Thursday for Mar del Plata.", timex.Date{})
	found := false
	for _, m := range r.Entities {
		if m.Text == "Mar del Plata" {
			found = true
			if m.Type != "location" {
				t.Errorf("Mar del Plata is a %s", m.Type)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Mar del Plata: %+v", r.Entities)
	}
}

// TestWatchEndsABody checks that "Watch" ends an organization's name: Human Rights Watch
// is no person.
func TestWatchEndsABody(t *testing.T) {
	for _, m := range New().Extract("t", "Human Rights Watch criticized Egypt.", timex.Date{}).Entities {
		if m.Text == "Human Rights Watch" && m.Type != "organization" {
			t.Errorf("Human Rights Watch is a %s", m.Type)
		}
	}
}

// TestNamesWithOn checks bodies and meetings named for their subject with "on": the name
// runs through "on" (and "on the"), a body or forum acts as an organization, a
// declaration is a thing, and a weekday after "on" is no part of a name.
func TestNamesWithOn(t *testing.T) {
	checkTypes(t, "The Synod on Lebanon urged Bolivia to act, and the Quartet on the Middle East agreed.",
		map[string]string{"Synod on Lebanon": "organization", "Quartet on the Middle East": "organization"})
	checkTypes(t, "The Conference on Disarmament adopted the Declaration on Renewable Energy.",
		map[string]string{"Conference on Disarmament": "organization", "Declaration on Renewable Energy": "other"})
	checkTypes(t, "The Security Council on Monday urged Bolivia to act, and the Church on Tuesday agreed.",
		map[string]string{"Security Council": "organization"})
}

// TestBracketedLongForm checks that a body's name cut by a place inside it is joined again
// when the acronym in brackets spells the whole, and that an acronym of the first part
// alone leaves the place its own.
func TestBracketedLongForm(t *testing.T) {
	for _, c := range []struct{ long, abbr string }{
		{"Televisi Republik Indonesia", "TVRI"}, {"Jamaatul Mujahideen Bangladesh", "JMB"},
		{"Organization for Security and Cooperation in Europe", "OSCE"},
	} {
		if !spellsAbbreviation(c.long, c.abbr) {
			t.Errorf("%s does not spell %s", c.abbr, c.long)
		}
	}
	for _, c := range []struct{ long, abbr string }{{"Bank Indonesia", "IMF"}, {"Radio Free Asia", "RFE"}, {"Asia", "AS"}} {
		if spellsAbbreviation(c.long, c.abbr) {
			t.Errorf("%s spells %s", c.abbr, c.long)
		}
	}
	r := New().Extract("t", "The party protested the attitude of the state channel Televisi Republik Indonesia (TVRI) on Sunday. TVRI did not report the rally.", timex.Date{})
	for _, m := range r.Entities {
		if m.ID == "indonesia" || m.ID == "televisi-republik" {
			t.Errorf("the channel's name was cut: %+v", r.Entities)
			break
		}
	}
}
