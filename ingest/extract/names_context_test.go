package extract

import (
	"slices"
	"testing"

	"github.com/relgraph/relgraph/ingest/timex"
)

// nameTypeCase is a sentence written for these tests and the types some of its names must
// get; a type "" means the words must not be a name at all.
type nameTypeCase struct {
	name string
	text string
	want map[string]string // mention text -> type
}

// checkNameTypes extracts each case's text and compares the types of its names.
func checkNameTypes(t *testing.T, tests []nameTypeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkTypes(t, tc.text, tc.want) })
	}
}

// TestTeamsFromFixtures checks that the sides of a fixture ("v", "vs") and the body in
// brackets after a player's or an employee's name are organizations, while a country in
// those brackets stays a country.
func TestTeamsFromFixtures(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"fixture", "Saturday's games: Harrowby v Kelmscott , Dunmore vs Tarlow .",
			map[string]string{"Harrowby": "organization", "Kelmscott": "organization", "Dunmore": "organization", "Tarlow": "organization"}},
		{"player's club", "Forwards - Anton Reskov ( Bralmouth ) , Piet Vanloo ( Norway ) .",
			map[string]string{"Anton Reskov": "person", "Bralmouth": "organization", "Norway": "country"}},
	})
}

// TestInitialsOpenABody checks that a run opened by a word in capitals is a body's name,
// not a person's, unless it ends in the word of an event; and that an unknown name in
// brackets is not taken for a club in a list that gives countries in brackets.
func TestInitialsOpenABody(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"firm", "Shares in KLV Holm rose after TRC Data Lines cut prices.",
			map[string]string{"KLV Holm": "organization", "TRC Data Lines": "organization"}},
		{"event", "He won the KPGA Tour event in May.", map[string]string{"KPGA Tour": "other"}},
		{"countries in brackets", "1. Anton Reskov ( Norway ) 10.1\n2. Piet Vanloo ( Kazakstan ) 10.2\n3. Jan Olde ( Canada ) 10.3",
			map[string]string{"Kazakstan": "other", "Norway": "country"}},
	})
}

// TestNewsroomsAndSpacedPossessives checks a news desk named by its city and a collective
// possessive inside a name in text that writes "'s" apart, as tokenized text does.
func TestNewsroomsAndSpacedPossessives(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"newsroom", "-- Oslo Newsroom , +47 22 00 00 00", map[string]string{"Oslo Newsroom": "organization"}},
		{"spaced possessive", "Leaders of the Valdoran People 's Party met on Monday .",
			map[string]string{"Valdoran People 's Party": "organization"}},
		{"lord's army", "The Lord's Resistance Army attacked a village.",
			map[string]string{"Lord's Resistance Army": "organization"}},
	})
}

// TestCommonWordsOpenNoName checks that a common word of English opening a sentence or
// written in capitals is no name, while the same word is a name when the story also writes
// it capitalized inside a sentence, and an initial before a surname is kept.
func TestCommonWordsOpenNoName(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"sentence opener", "Sales rose 4 percent .\nDisaster struck the mine on Monday .",
			map[string]string{"Sales": "", "Disaster": ""}},
		{"word in capitals", "EASTERN DIVISION\nHe won .", map[string]string{"DIVISION": ""}},
		{"also a name inside", "Chelsea beat Reading on Sunday .\nReading 2 Chelsea 3",
			map[string]string{"Reading": "organization"}},
		{"initial", "M. Waltham scored twice .", map[string]string{"M. Waltham": "person"}},
	})
}

// TestFixtureVenue checks a fixture line in capitals: the visiting side is a team, the home
// side the place the game is played in, even when the story names that city as a team
// elsewhere; "in" a city that is a team elsewhere is the city too.
func TestFixtureVenue(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"fixture", "GAMES ON FRIDAY\nTULSA AT FRESNO",
			map[string]string{"TULSA": "organization", "FRESNO": "location"}},
		{"in the city", "Seattle beat Boston 3-1 on Friday .\nIn Seattle , the crowd was small .",
			map[string]string{"Seattle": "city"}},
	})
	// The same text in two roles: the team in the results line, the place at home.
	res := New().Extract("t", "FRESNO 10 4 .714\nTULSA AT FRESNO", timex.Date{})
	var types []string
	for _, m := range res.Entities {
		if m.Text == "FRESNO" {
			types = append(types, m.Type)
		}
	}
	if len(types) != 2 || types[0] != "organization" || types[1] == "organization" {
		t.Errorf("FRESNO as a team, then as the venue: got types %v", types)
	}
}

// TestScoresAreWholeNumbers checks that a place before a figure with a thousands comma or
// a decimal point (a table of prices or traffic) is not taken for a team, while one before
// a score is.
func TestScoresAreWholeNumbers(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"traffic", "Passengers in July :\nHamburg 10,655 up 11.7", map[string]string{"Hamburg": "city"}},
		{"index", "Zurich 2,555.16 - 2.10", map[string]string{"Zurich": "city"}},
		{"score", "Hamburg 2 Cologne 1", map[string]string{"Hamburg": "organization", "Cologne": "organization"}},
	})
}

// TestTeamOpensLine checks that a city opening a results line is a team even when the line
// before ends in a capitalized word: a line break is no space inside a name.
func TestTeamOpensLine(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"after a line", "Results on Friday\nBOSTON 4 Tulsa 0", map[string]string{"BOSTON": "organization"}},
	})
}

// TestCityAndNickname checks that a city followed by the plural of a common noun is a club,
// while a city before a surname-like plural is not made one.
func TestCityAndNickname(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"club", "He pitched for the Seattle Pilots and the Boston Red Sox .",
			map[string]string{"Seattle Pilots": "organization"}},
		{"two names", "In Boston Williams said nothing .", map[string]string{"Boston Williams": ""}},
		{"any plural", "The Denver Stallions beat the Chicago Comets .",
			map[string]string{"Denver Stallions": "organization", "Chicago Comets": "organization"}},
		{"event", "He won gold at the Sydney Olympics .", map[string]string{"Sydney Olympics": "other"}},
	})
}

// TestHeadlineInCapitals checks that names in a headline written in capitals take the type
// the story gives them in mixed case: a surname, a body's longer name over the city inside
// it; a common word the body names is not made a name in the headline.
func TestHeadlineInCapitals(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"surname", "TENNIS - VARGAS OUTLASTS KELLER IN FINAL .\nMarta Vargas beat Ina Keller 6-4 6-4 on Sunday .",
			map[string]string{"VARGAS": "person", "KELLER": "person"}},
		{"club over city", "SOCCER - TOLLAND SIGNS FOR MILAN ROVERS .\nTolland joined Milan Rovers on Monday .",
			map[string]string{"MILAN ROVERS": "organization", "MILAN": ""}},
		{"common word", "MARKETS - LEAGUE OF TRADERS MEETS .\nThe meeting of the Traders League ended .",
			map[string]string{"LEAGUE": ""}},
	})
}

// TestListTypes checks that an unknown name in a list takes the type most of the list's
// names have, and that a list of mixed types leaves it alone.
func TestListTypes(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"squad", "Squad : Brannagh , Mark Tilney , Piet Oosterlo , Dave Hurne .",
			map[string]string{"Brannagh": "person"}},
		{"places", "Storms hit Paris , Lyon and Verlande on Sunday .", map[string]string{"Verlande": "location"}},
		{"mixed", "He named Brannagh , Mark Tilney and Paris .", map[string]string{"Brannagh": "other"}},
	})
}

// TestPlaceThenCountry checks that an unknown name before a comma and the country or
// region it lies in is a place, while a name before a country's possessive is not made one.
func TestPlaceThenCountry(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"town", "Output at the Kellfield , Ohio , plant fell . Dunmore Tarnow , Poland , said nothing .",
			map[string]string{"Kellfield": "location", "Dunmore Tarnow": "location"}},
		{"envoy", "They met Orlen Dask , Poland 's envoy , on Monday .", map[string]string{"Orlen Dask": "person"}},
	})
}

// TestPronounAfterName checks that the pronoun opening the clause of a name's reporting
// verb types the name unless a given name opens it, and that ", which" does not: it may
// stand for the noun before the name.
func TestPronounAfterName(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"said its", "Orvane Tessik said on Monday its profit rose .", map[string]string{"Orvane Tessik": "organization"}},
		{"said it", "Kettlow said it would cut 40 jobs .", map[string]string{"Kettlow": "organization"}},
		{"said he", "Dask said he would stay .", map[string]string{"Dask": "person"}},
		{"said it", "Kim Dorvak said it was a mistake .", map[string]string{"Kim Dorvak": "person"}},
		{"which", "He asked for a visit by Tung Chee-hwa , which the aide said was under review .",
			map[string]string{"Tung Chee-hwa": "person"}},
	})
}

// TestInitialOpensLine checks that an initial opening a line is part of the person's name,
// even when the letter is a word ("A", "I") or is written in lower case elsewhere.
func TestInitialOpensLine(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"article letter", "A. Tollard 83 , J. Brenn 54\nI. Quarles not out 1",
			map[string]string{"A. Tollard": "person", "I. Quarles": "person"}},
		{"letter in lower case", "C. Wishby c Hollin b Dray 0", map[string]string{"C. Wishby": "person"}},
	})
}

// TestDemonymNounBeforeName checks that a noun for a country's people before a person's
// name ("Briton", "Frenchman") is the nationality, not part of the name.
func TestDemonymNounBeforeName(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"briton", "Briton Ian Tollard won the race .", map[string]string{"Ian Tollard": "person", "Briton": "nationality"}},
		{"frenchman", "Frenchman Jean Vasseur came fourth .", map[string]string{"Jean Vasseur": "person"}},
	})
}

// TestGivenNamesOfManyLanguages checks that a person whose given name is common in another
// language than English is a person where the context alone suggests a place.
func TestGivenNamesOfManyLanguages(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"german", "The award went to Lothar Brenk .", map[string]string{"Lothar Brenk": "person"}},
		{"polish", "A letter from Krzysztof Walny arrived .", map[string]string{"Krzysztof Walny": "person"}},
	})
}

// TestDatelineOfATeamsCity checks that the dateline under a headline stays the city in a
// story whose tables name the city's team, and that the team keeps its type.
func TestDatelineOfATeamsCity(t *testing.T) {
	res := New().Extract("t", "BASEBALL - RESULTS ON FRIDAY\nBOSTON 1996-08-22\nResults :\nBOSTON 74 59 .556", timex.Date{})
	var types []string
	for _, m := range res.Entities {
		if m.Text == "BOSTON" {
			types = append(types, m.Type)
		}
	}
	if len(types) != 2 || types[0] != "city" || types[1] != "organization" {
		t.Errorf("BOSTON as the dateline, then as the team: got types %v, want [city organization]", types)
	}
}

// TestTeamInCapitalsTable checks that an unknown name in capitals opening a line of a
// table, with a score after it, is a team.
func TestTeamInCapitalsTable(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"standings", "W L PCT GB\nTULSA CREEK 58 70 .453 18", map[string]string{"TULSA CREEK": "organization"}},
	})
}

// TestCapitalTheInName checks that a capitalized "The" inside a sentence belongs to the
// name after it, and that one opening a sentence does not.
func TestCapitalTheInName(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"inside", "Sales at The Dorvale Gazette rose .", map[string]string{"The Dorvale Gazette": "organization"}},
		{"opening", "The Dorvale Gazette said so .", map[string]string{"Dorvale Gazette": "organization"}},
	})
}

// TestMoreTitlesBeforeNames checks titles and adjectives before a person's name that are
// not part of it: a legislator's title, a farm minister, a player's seeding.
func TestMoreTitlesBeforeNames(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"congressman", "He met Congressman Dale Orvik on Monday .", map[string]string{"Dale Orvik": "person"}},
		{"farm minister", "The talks with Farm Minister Loyola Parrat ended .", map[string]string{"Loyola Parrat": "person"}},
		{"seeded", "Third-seeded Ines Kovar won easily .", map[string]string{"Ines Kovar": "person"}},
	})
}

// TestHyphenatedNames checks that a hyphenated name with no known name inside is one name,
// typed as any other, while a range of months and an index with its number are none.
func TestHyphenatedNames(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"club", "Vardo-Kessel 1 Tarlow 0", map[string]string{"Vardo-Kessel": "organization"}},
		{"person", "Squad : Imran-ul-Nadir , Salim Vakil , Asif Dorr .", map[string]string{"Imran-ul-Nadir": "person"}},
		{"months", "The deficit for Jan-June rose .", map[string]string{"Jan-June": ""}},
		{"index", "The blue-chip ZXI-40 index fell .", map[string]string{"ZXI-40": ""}},
	})
}

// TestBodiesIntroduceExamples checks that names given as examples of a plural noun of
// organizations ("firms including ...") are organizations.
func TestBodiesIntroduceExamples(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"firms including", "Multinational firms including Varlex , Dunmore Tarrant and Kettlow opened plants .",
			map[string]string{"Varlex": "organization", "Dunmore Tarrant": "organization", "Kettlow": "organization"}},
		{"banks such as", "Banks such as Orvane lent more .", map[string]string{"Orvane": "organization"}},
	})
}

// TestClubContext checks that a city a player joins or plays for, or that has a coach, is
// a club, while a capital that joins others stays the city that stands for its country.
func TestClubContext(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"joined", "Varek , 27 , joined Marseille from Lyon in 1992 .",
			map[string]string{"Marseille": "organization", "Lyon": "organization"}},
		{"played for", "He played for Seville and then coached .", map[string]string{"Seville": "organization"}},
		{"coach", "Naples coach Dino Arvo was sacked .", map[string]string{"Naples": "organization"}},
		{"capital", "Washington joined Moscow in calling for talks .", map[string]string{"Moscow": "city"}},
	})
}

// TestEventNamedForPlace checks that a place followed by the word of an event names the
// event, not the place.
func TestEventNamedForPlace(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"games", "She won gold at the recent Atlanta Games .", map[string]string{"Atlanta Games": "other", "Atlanta": ""}},
		{"war", "Troops have stayed since the Gulf War ended .", map[string]string{"Gulf War": "other", "Gulf": ""}},
	})
}

// TestEventNamedForPlaceInCapitals checks the same in a headline in capitals.
func TestEventNamedForPlaceInCapitals(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"open", "TENNIS - RESULTS FROM THE U.S. OPEN", map[string]string{"U.S. OPEN": "other", "U.S.": ""}},
	})
}

// TestKnownNameStopsAtLineBreak checks that a known name is not matched across a line
// break: a line ending in "Czech" and the next opening with "Republic".
func TestKnownNameStopsAtLineBreak(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"line break", "Results from the Czech\nRepublic Day races", map[string]string{"Czech\nRepublic": ""}},
	})
}

// TestTitleOfAKnownPlace checks that a title followed by "of" and a known place makes no
// person named "of": "Archbishop of Cape Town", "Emperor of Brazil".
func TestTitleOfAKnownPlace(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"archbishop", "He was enthroned as Archbishop of Cape Town in 1986 .", map[string]string{"of": "", "Cape Town": "city"}},
		{"emperor", "Pedro became first Emperor of Brazil .", map[string]string{"of": "", "Brazil": "country"}},
	})
}

// TestLegalFormsEndFirms checks that a name ending in a firm's legal form of another
// country ("Plc", "LP", "Berhad") is an organization.
func TestLegalFormsEndFirms(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"plc", "A consortium led by Dorvane Tessik Plc won the auction .", map[string]string{"Dorvane Tessik Plc": "organization"}},
		{"lp", "Orvane Hollis LP raised its payout .", map[string]string{"Orvane Hollis LP": "organization"}},
		{"berhad", "Shares of Tanjung Valar Berhad rose .", map[string]string{"Tanjung Valar Berhad": "organization"}},
	})
}

// TestSpellingVariantsAreOnePerson: a story that spells a name of three words or more two
// ways, one letter apart in one word, names one person; names of two words, or that
// differ more, or in a short word, stay apart.
func TestSpellingVariantsAreOnePerson(t *testing.T) {
	res := New().Extract("t", "Aung San Suu Kyi spoke on Tuesday. Later Aung Sang Suu Kyi urged the United Nations to act. "+
		"Kim Jong-il met Kim Jong-un. Mahmoud Abbas met Mahmoud Abbasi in Gaza.", timex.Date{})
	ids := map[string]string{}
	for _, m := range res.Entities {
		ids[m.Text] = m.ID
	}
	if ids["Aung Sang Suu Kyi"] != ids["Aung San Suu Kyi"] || ids["Aung San Suu Kyi"] == "" {
		t.Errorf("Aung San / Aung Sang: %q and %q, want one id", ids["Aung San Suu Kyi"], ids["Aung Sang Suu Kyi"])
	}
	if ids["Mahmoud Abbas"] == ids["Mahmoud Abbasi"] {
		t.Errorf("Mahmoud Abbas and Mahmoud Abbasi share the id %q: two words are too few to tell", ids["Mahmoud Abbas"])
	}
	if ids["Kim Jong-il"] == ids["Kim Jong-un"] {
		t.Errorf("Kim Jong-il and Kim Jong-un share the id %q", ids["Kim Jong-il"])
	}
}

// TestKnownBodiesKeepTheirOtherNames: a body known by initials carries its full name as an
// alias (and the full name its initials), so a question may name it either way.
func TestKnownBodiesKeepTheirOtherNames(t *testing.T) {
	res := New().Extract("t", "NATO urged Serbia to withdraw. The Group of 20 said the talks must help cotton farmers.", timex.Date{})
	aliases := map[string][]string{}
	for _, e := range res.Resolved {
		aliases[e.ID] = e.Aliases
	}
	res2 := New().Extract("t", "The Philippine National Telecommunications Commission criticized the plan on Monday. The EU Commission fined Google.", timex.Date{})
	for _, e := range res2.Resolved {
		aliases[e.ID] = e.Aliases
	}
	for id, want := range map[string]string{"nato": "North Atlantic Treaty Organization", "group-of-20": "G20",
		// A body named after its country answers to its name without it.
		"philippine-national-telecommunications-commission": "National Telecommunications Commission",
		// "EU Commission" is the European Commission.
		"european-commission": "EU Commission"} {
		if !slices.Contains(aliases[id], want) {
			t.Errorf("%s: aliases %q, want %q among them", id, aliases[id], want)
		}
	}
}

// TestDoInsideASentenceOpensAName: "Do" capitalized inside a sentence, before another
// capitalized word, opens a Vietnamese name; at a sentence's opening it stays a verb.
func TestDoInsideASentenceOpensAName(t *testing.T) {
	res := New().Extract("t", "Robert Rubin met Communist Party chief Do Muoi on Tuesday. Do they agree?", timex.Date{})
	found := false
	for _, m := range res.Entities {
		if m.Text == "Do Muoi" && m.ID == "do-muoi" {
			found = true
		}
		if m.Text == "Do" {
			t.Errorf("\"Do\" opening a question is a name: %+v", m)
		}
	}
	if !found {
		t.Errorf("no Do Muoi among %+v", res.Entities)
	}
}

// TestDirectionInsideABody checks that a word of direction between "of" and a regional
// word stays inside the body's name ("Economic Community of West African States"), and
// that a known body's full name and its initials are one entity.
func TestDirectionInsideABody(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"west african", "The Economic Community of West African States met.",
			map[string]string{"Economic Community of West African States": "organization"}},
		{"southeast asian", "The Coffee Union of Southeast Asian Growers met.",
			map[string]string{"Coffee Union of Southeast Asian Growers": "organization"}},
	})
	r := New().Extract("t", "The Association of Southeast Asian Nations met. ASEAN urged Myanmar to free prisoners.", timex.Date{Year: 2005, Month: 12, Day: 15})
	got := map[string]bool{}
	for _, m := range r.Entities {
		got[m.ID] = true
	}
	if !got["asean"] || len(got) != 2 {
		t.Errorf("ASEAN and its full name: want one entity and Myanmar, got %v", got)
	}
	r = New().Extract("t", "The World Trade Organisation met. The WTO and the Asia-Pacific Economic Cooperation forum urged APEC members to act.", timex.Date{Year: 2005, Month: 12, Day: 15})
	got = map[string]bool{}
	for _, m := range r.Entities {
		got[m.ID] = true
	}
	if !got["wto"] || !got["apec"] || len(got) != 2 {
		t.Errorf("WTO, APEC and their full names in either spelling: want two entities, got %v", got)
	}
}

// TestDatelineNames checks a dateline's city in capitals, named as the city is, and the
// agency in its brackets, a body and no person.
func TestDatelineNames(t *testing.T) {
	r := New().Extract("t", "BELGRADE, March 3, 2025 (Valdoran Wire) -- Russian Foreign Minister Sergei Lavrov met Serbian President Aleksandar Vucic on Monday.", timex.Date{Year: 2025, Month: 3, Day: 4})
	for _, e := range r.Resolved {
		switch e.ID {
		case "valdoran-wire":
			if e.Type != "organization" {
				t.Errorf("the dateline's agency typed %s", e.Type)
			}
		case "belgrade":
			if e.Name != "Belgrade" {
				t.Errorf("the dateline's city named %q", e.Name)
			}
		}
	}
}

// TestSurnamesThatAct checks single unknown surnames that act and are acted on, as short
// items and headlines write them ("Guterres urged Netanyahu"), and words before a noun
// that only look so ("Press reports said", "the former Communist states").
func TestSurnamesThatAct(t *testing.T) {
	r := New().Extract("t", "Oduya urged Kamenov to allow the convoy through. Press reports said the talks stalled. Aid reached the former Communist states of Europe.", timex.Date{Year: 2025, Month: 3, Day: 4})
	want := map[string]bool{"oduya": false, "kamenov": false}
	for _, m := range r.Entities {
		if _, ok := want[m.ID]; ok {
			want[m.ID] = m.Type == "person"
		}
		if m.ID == "press" || m.ID == "communist" {
			t.Errorf("a word before a noun taken for a person: %+v", m)
		}
	}
	for id, ok := range want {
		if !ok {
			t.Errorf("%s: no person (entities %+v)", id, r.Entities)
		}
	}
	demand := false
	for _, e := range r.Events {
		demand = demand || e.Type == "DEMAND" && hasIDs(e.Source, "oduya") && hasIDs(e.Target, "kamenov")
	}
	if !demand {
		t.Errorf("no demand of Kamenov by Oduya (events %+v)", r.Events)
	}
}

// TestOfficeIsNoPerson checks that the words of an office, with no name among them, make
// no person ("President and Chairman of the NPP Kofi Mensah": not a person "and Chairman").
func TestOfficeIsNoPerson(t *testing.T) {
	r := New().Extract("t", "Ghanaian President and Chairman of the NPP Kofi Mensah is expected to address the session.", timex.Date{Year: 2025, Month: 3, Day: 4})
	for _, m := range r.Entities {
		if m.Type == "person" && m.ID != "kofi-mensah" && m.ID != "" {
			t.Errorf("an office taken for a person: %+v", m)
		}
	}
}

// TestBodyCauseAndPinyin checks names that a body's cause or a pinyin syllable break
// keeps whole: a convention "for the" protection of something, an alliance "for the"
// liberation of a place (after a known word that opens the run), and a given name written
// with an apostrophe between two syllables.
func TestBodyCauseAndPinyin(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"convention for the", "Whaling is regulated by the Geneva-based Convention for the Protection of Migratory Whales, which met on Monday.",
			map[string]string{"Convention for the Protection of Migratory Whales": "organization", "Protection of Migratory Whales": ""}},
		{"forces for the liberation", "The Alliance of Democratic Forces for the Liberation of Ruvala rejected the ultimatum.",
			map[string]string{"Alliance of Democratic Forces for the Liberation of Ruvala": "organization", "Alliance of Democratic Forces": ""}},
		{"pinyin apostrophe", "Zhang Xiao'ou of the Shaanxi museum spoke to reporters in Xi'an on Monday.",
			map[string]string{"Zhang Xiao'ou": "person", "Zhang Xiao": ""}},
		{"possessive stays apart", "Kofi Mensah's aide O'Brien spoke.",
			map[string]string{"Kofi Mensah": "person", "O'Brien": "person"}},
		{"bank for", "The European Bank for Reconstruction and Development urged Kofi Mensah to stay.",
			map[string]string{"European Bank for Reconstruction and Development": "organization", "European": ""}},
		{"no name ends in for", "The International Criminal Tribunal for Rwanda said on Monday.",
			map[string]string{"International Criminal Tribunal": "organization", "International Criminal Tribunal for": "", "Rwanda": "country"}},
		{"for X to is a purpose", "The deadline set by the British Takeover Panel for Mensah Holdings to make a bid passed.",
			map[string]string{"British Takeover Panel": "organization", "Mensah Holdings": "organization"}},
	})
}

// TestUndefinedAcronyms checks an acronym the story uses without defining it, read as the
// one body whose words' initials it spells; a known code stays what it is, and an acronym
// two bodies spell is neither.
func TestUndefinedAcronyms(t *testing.T) {
	ids := func(text string) map[string]string {
		d, _ := timex.ParseDate("2005-11-30")
		out := map[string]string{}
		for _, m := range New().Extract("t", text, d).Entities {
			out[m.Text] = m.ID
		}
		return out
	}
	got := ids("The Southern African Development Community met in Lusaka. The SADC secretary said the EBRD and the European Bank for Reconstruction and Development agreed.")
	if got["SADC"] != "southern-african-development-community" || got["EBRD"] != "european-bank-for-reconstruction-and-development" {
		t.Errorf("SADC is %q, EBRD %q; want the bodies they spell", got["SADC"], got["EBRD"])
	}
	got = ids("The United Nations Commission met the Union of National Congresses. The UNC said the US would help.")
	if got["UNC"] == "united-nations-commission" || got["UNC"] == "union-of-national-congresses" {
		t.Errorf("UNC is %q; two bodies spell it", got["UNC"])
	}
	if got["US"] != "united-states" {
		t.Errorf("US is %q", got["US"])
	}
}

// TestOfficesKinAndBodies checks stop 31's name types: an MP's or consul's title is no
// part of the name; a portfolio before "Minister" is the office, and a community word
// before it no body; only people have kin and are "who"; a force or a survey is a body;
// a run of common words names no person.
func TestOfficesKinAndBodies(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"MP", "Opposition leader and fellow MP Tarek Salloumi blamed Norland.",
			map[string]string{"Tarek Salloumi": "person"}},
		{"consul", "The ministry rejected the claims of Norland's Consul General Amira Tadesse.",
			map[string]string{"Amira Tadesse": "person"}},
		{"portfolio", "Druze Telecommunications Minister Karim Haddane accused Norland.",
			map[string]string{"Karim Haddane": "person", "Druze Telecommunications": ""}},
		{"kin", "The bomb went off near Rami Khoury's car. Khoury's wife was unhurt.",
			map[string]string{"Rami Khoury": "person"}},
		{"who beats a place", "Vasko lost the vote to Talgren. Talgren, who leads the party, named a cabinet.",
			map[string]string{"Talgren": "person"}},
		{"a people who", "The Chechens, who declared independence, fought on.",
			map[string]string{"Chechens": "organization"}}, // a people, not a person
		{"body, then office", "Vasko met European Commission President Tarek Salloumi.",
			map[string]string{"European Commission": "organization", "Tarek Salloumi": "person"}},
		{"force", "The Papua New Guinea Defence Force staged a revolt.",
			map[string]string{"Papua New Guinea Defence Force": "organization"}},
		{"survey", "The Middle East Economic Survey reported the deal.",
			map[string]string{"Middle East Economic Survey": "organization"}},
		{"common words", "The report was drawn up under Operation High Speed.",
			map[string]string{"Operation High Speed": "other"}},
	})
}
