package extract

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/pariz/gountries"

	"github.com/relgraph/relgraph/graph/model"
)

// gazEntry is what a known name denotes.
type gazEntry struct {
	Type string // fine mention type: country, city, nationality, organization, location
	ID   string // canonical entity ID
	Name string // canonical name
	// Gov is the country whose government a seat or capital stands for ("the Kremlin",
	// "Tehran" as an actor).
	Gov string
	// Aliases are a known body's other names ("North Atlantic Treaty Organization" for
	// NATO), given to its entity so that a question may name it either way.
	Aliases []string
	// Region and SubRegion place a country in the world, as gountries names them
	// ("Africa", "Northern Africa"), and Alpha2 is its ISO 3166 code; "" for other entries.
	Region, SubRegion, Alpha2 string
}

// trieNode matches names token by token.
type trieNode struct {
	next  map[string]*trieNode
	entry *gazEntry
}

func (n *trieNode) add(words []string, e *gazEntry) {
	for _, w := range words {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		c := n.next[w]
		if c == nil {
			c = &trieNode{}
			n.next[w] = c
		}
		n = c
	}
	if n.entry == nil {
		n.entry = e
	}
}

// lexicon holds the lookup tables, built once by New.
type lexicon struct {
	names     *trieNode            // keys: token texts as written (title case)
	upper     *trieNode            // keys: upper-cased token texts, for headlines in capitals
	codes     map[string]*gazEntry // ISO codes and common initialisms, upper case only
	countries map[string]*gazEntry // by ID
	bodies    map[string]*gazEntry // known bodies and places (knownOrgs, newsBodies), by ID
	// regionWords are the words that place a state in a part of the world ("african",
	// "southeast asian"; lower case, words joined by spaces), with the regions or
	// subregions they cover (lexicon/regions.txt).
	regionWords map[string]region
	// press are the ids of news agencies and broadcasters (knownOrg.press).
	press map[string]bool
}

// splitWords splits a name the way the tokenizer does (letters and digits, hyphens kept).
func splitWords(s string) []string {
	var out []string
	var toks []token
	toks, _ = tokenize(s, toks, nil)
	for _, t := range toks {
		out = append(out, t.text(s))
	}
	return out
}

func (l *lexicon) add(name string, e *gazEntry) {
	if plain := foldMarks(name); plain != name {
		l.add(plain, e) // "Brasília" is written "Brasilia" as often
	}
	w := splitWords(name)
	if len(w) == 0 {
		return
	}
	l.names.add(w, e)
	u := make([]string, len(w))
	for i, x := range w {
		u[i] = strings.ToUpper(x)
	}
	l.upper.add(u, e)
}

func buildLexicon() *lexicon {
	l := &lexicon{names: &trieNode{}, upper: &trieNode{}, codes: map[string]*gazEntry{}, countries: map[string]*gazEntry{}, bodies: map[string]*gazEntry{}, press: map[string]bool{}}
	q := gountries.New()
	all := q.FindAllCountries()
	keys := model.SortedKeys(all)
	for _, k := range keys {
		c := all[k]
		name := c.Name.Common
		if short, ok := shortNames[c.Codes.Alpha2]; ok {
			name = short
		}
		e := &gazEntry{Type: "country", ID: model.Slug(name), Name: name, Region: c.Region, SubRegion: c.SubRegion, Alpha2: c.Codes.Alpha2}
		l.countries[e.ID] = e
		l.add(name, e)
		if c.Name.Official != "" {
			l.add(c.Name.Official, e)
		}
		for _, a := range extraCountryNames[c.Codes.Alpha2] {
			l.add(a, e)
		}
		if !ambiguousCode[c.Codes.Alpha3] {
			l.codes[c.Codes.Alpha3] = e
		}
		if cap := c.Capital; cap != "" {
			cap = strings.TrimSuffix(cap, " D.C.")
			ce := &gazEntry{Type: "city", ID: model.Slug(cap), Name: cap, Gov: e.ID}
			l.add(cap, ce)
		}
		for _, d := range demonyms(name, c.Codes.Alpha2) {
			l.add(d, &gazEntry{Type: "nationality", ID: e.ID, Name: name})
			if strings.HasSuffix(d, "n") || strings.HasSuffix(d, "i") {
				l.add(d+"s", &gazEntry{Type: "nationality", ID: e.ID, Name: name}) // "Palestinians"
			}
		}
	}
	for code, a2 := range initialisms {
		if c, err := q.FindCountryByAlpha(a2); err == nil {
			name := c.Name.Common
			if short, ok := shortNames[a2]; ok {
				name = short
			}
			l.codes[code] = l.countries[model.Slug(name)]
		}
	}
	for _, name := range model.SortedKeys(seatNames) {
		c, err := q.FindCountryByAlpha(seatNames[name])
		if err != nil {
			continue
		}
		country := c.Name.Common
		if short, ok := shortNames[c.Codes.Alpha2]; ok {
			country = short
		}
		l.add(name, &gazEntry{Type: "city", ID: model.Slug(name), Name: name, Gov: model.Slug(country)})
	}
	for name, country := range worldPlaces {
		_ = country // where it lies; a city that is not a capital speaks for nobody
		l.add(name, &gazEntry{Type: "city", ID: model.Slug(name), Name: name})
	}
	for _, name := range extraCountries {
		e := &gazEntry{Type: "country", ID: model.Slug(name), Name: name}
		l.countries[e.ID] = e
		l.add(name, e)
	}
	for _, a := range groupAdjectives {
		l.add(a, &gazEntry{Type: "other", Name: a})
	}
	for _, o := range append(knownOrgs, newsBodies...) {
		e := &gazEntry{Type: o.typ, ID: model.Slug(o.name), Name: o.name, Gov: o.gov, Aliases: o.aliases}
		l.bodies[e.ID] = e
		if o.press {
			l.press[e.ID] = true
		}
		names := append([]string{o.name}, o.aliases...)
		for _, a := range names {
			if strings.Contains(a, "Organization") {
				// "World Trade Organisation": the British spelling names the same body.
				names = append(names, strings.ReplaceAll(a, "Organization", "Organisation"))
			}
		}
		for _, a := range names {
			if wordInCaps[a] {
				l.names.add([]string{a}, e) // as written only: "WHO" in a capitals headline is "who"
				continue
			}
			if isAllUpper(a) && !strings.Contains(a, " ") {
				l.codes[a] = e
			}
			l.add(a, e)
		}
	}
	return l
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// match finds the longest known name starting at toks[i], tokens of text; n is its length
// in tokens.
func (l *lexicon) match(text string, toks []token, i int, upper bool) (e *gazEntry, n int) {
	node := l.names
	if upper {
		node = l.upper
	}
	for j := i; j < len(toks) && node != nil; j++ {
		if j > i && strings.IndexByte(text[toks[j-1].End:toks[j].Start], '\n') >= 0 {
			break // a name does not run on over a line break: "Czech" ending a line, "Republic" opening the next
		}
		node = node.next[toks[j].text(text)]
		if node != nil && node.entry != nil {
			e, n = node.entry, j-i+1
		}
	}
	return e, n
}

// shortNames are the names news text uses where the common name differs.
var shortNames = map[string]string{
	"CD": "Democratic Republic of the Congo",
	"CZ": "Czech Republic",
	"PS": "Palestine",
	"VA": "Vatican",
	"MK": "North Macedonia",
}

// extraCountryNames are other names news text uses for a country.
var extraCountryNames = map[string][]string{
	"US": {"United States of America", "America", "U.S.", "U.S.A.", "the States"},
	"GB": {"Britain", "Great Britain", "U.K."},
	"RU": {"Russian Federation"},
	"KR": {"Republic of Korea", "S. Korea"},
	"KP": {"Democratic People's Republic of Korea", "N. Korea"},
	"CN": {"People's Republic of China", "Mainland China"},
	"NL": {"Holland"},
	"CI": {"Cote d'Ivoire", "Côte d'Ivoire"},
	"MM": {"Burma"},
	"CD": {"DR Congo", "Congo-Kinshasa", "Zaire"},
	"CG": {"Congo-Brazzaville"},
	"TR": {"Turkiye", "Türkiye"},
	"CZ": {"Czechia"},
	"AE": {"Emirates"},
	"VA": {"Holy See", "Vatican City"},
	"UA": {"the Ukraine"},
	"IR": {"Persia"},
	"MK": {"Macedonia", "FYROM"},
	"TL": {"East Timor"},
	"SZ": {"Swaziland"},
	"CV": {"Cape Verde"},
	"IL": {"the Jewish state"}, // "opposes close ties with the Jewish state"; "a Jewish state" is any
}

// initialisms maps upper-case short forms to countries.
var initialisms = map[string]string{
	"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DPRK": "KP", "ROK": "KR", "PRC": "CN", "DRC": "CD",
}

// ambiguousCode lists alpha-3 codes that are also common upper-case words or initialisms.
var ambiguousCode = map[string]bool{
	"AND": true, "ARE": true, "CAN": true, "PER": true, "BEL": true, "DOM": true, "GAB": true,
	"MAR": true, "MEX": false, "TON": true, "TUN": false, "COM": true, "BEN": true, "NIC": true,
	"CUB": true, "TGO": true, "PAN": true, "ISR": false, "GIN": true, "FIN": true, "NOR": true,
	"AUT": true, "LIE": true, "MAC": true, "IND": true, "ITA": false, "CHE": true, "SEN": true,
	"SUR": true, "PRT": true, "IRL": true, "ATA": true, "ASM": true, "BRA": true, "COL": true,
	"MLI": true, "MLT": true, "NER": true, "PRY": true, "SPM": true, "TCA": true, "VAT": true,
	"UMI": true, "FRO": true, "GUM": true, "MUS": true, "HMD": true, "ALA": true, "NRU": true,
}

// irregularDemonyms are the adjectives that no suffix rule derives, by alpha-2 code.
var irregularDemonyms = map[string][]string{
	"FR": {"French", "Frenchman", "Frenchwoman"}, "GB": {"British", "Briton"}, "DE": {"German"}, "NL": {"Dutch", "Dutchman"}, "CN": {"Chinese"},
	"JP": {"Japanese"}, "IL": {"Israeli"}, "PK": {"Pakistani"}, "IQ": {"Iraqi"}, "KW": {"Kuwaiti"},
	"SA": {"Saudi"}, "QA": {"Qatari"}, "YE": {"Yemeni"}, "AF": {"Afghan"}, "BD": {"Bangladeshi"},
	"ES": {"Spanish", "Spaniard"}, "PT": {"Portuguese"}, "GR": {"Greek"}, "TR": {"Turkish"}, "PL": {"Polish"},
	"SE": {"Swedish", "Swede"}, "DK": {"Danish"}, "FI": {"Finnish"}, "NO": {"Norwegian"}, "IE": {"Irish", "Irishman"},
	"CH": {"Swiss"}, "TH": {"Thai"}, "VN": {"Vietnamese"}, "PH": {"Filipino", "Philippine"},
	"US": {"American"}, "NZ": {"New Zealand"}, "LB": {"Lebanese"}, "SD": {"Sudanese"},
	"SN": {"Senegalese"}, "TW": {"Taiwanese"}, "CZ": {"Czech"}, "SK": {"Slovak"}, "HR": {"Croatian", "Croat"},
	"RS": {"Serbian", "Serb"}, "BA": {"Bosnian"}, "SI": {"Slovenian", "Slovene"}, "IS": {"Icelandic"},
	"AZ": {"Azerbaijani", "Azeri"}, "UZ": {"Uzbek"}, "TJ": {"Tajik"}, "KZ": {"Kazakh"}, "TM": {"Turkmen"},
	"KG": {"Kyrgyz"}, "MG": {"Malagasy"}, "CY": {"Cypriot"}, "MA": {"Moroccan"}, "KP": {"North Korean"},
	"KR": {"South Korean"}, "PS": {"Palestinian"}, "CD": {"Congolese", "Zairean", "Zairian"}, "CG": {"Congolese"},
	"MC": {"Monegasque"}, "BY": {"Belarusian"}, "AR": {"Argentine", "Argentinian"}, "CL": {"Chilean"},
	"PE": {"Peruvian"}, "VE": {"Venezuelan"}, "EC": {"Ecuadorian"}, "UY": {"Uruguayan"},
	"PY": {"Paraguayan"}, "OM": {"Omani"}, "BH": {"Bahraini"}, "AE": {"Emirati"}, "NP": {"Nepalese", "Nepali"},
	"LK": {"Sri Lankan"}, "BT": {"Bhutanese"}, "MM": {"Burmese", "Myanmar"}, "LA": {"Lao", "Laotian"},
	"GH": {"Ghanaian"}, "ML": {"Malian"}, "NE": {"Nigerien"}, "NG": {"Nigerian"}, "TD": {"Chadian"},
	"SO": {"Somali"}, "DJ": {"Djiboutian"}, "ER": {"Eritrean"}, "ET": {"Ethiopian"}, "KE": {"Kenyan"},
	"UG": {"Ugandan"}, "RW": {"Rwandan"}, "BI": {"Burundian"}, "ZW": {"Zimbabwean"}, "ZA": {"South African"},
	"EG": {"Egyptian"}, "LY": {"Libyan"}, "TN": {"Tunisian"}, "DZ": {"Algerian"}, "IR": {"Iranian"},
	"HU": {"Hungarian"}, "RO": {"Romanian"}, "BG": {"Bulgarian"}, "UA": {"Ukrainian"}, "RU": {"Russian"},
	"IT": {"Italian"}, "BE": {"Belgian"}, "AT": {"Austrian"}, "LU": {"Luxembourgish"},
	"CA": {"Canadian"}, "MX": {"Mexican"}, "BR": {"Brazilian"}, "CO": {"Colombian"}, "CU": {"Cuban"},
	"IN": {"Indian"}, "ID": {"Indonesian"}, "MY": {"Malaysian"}, "SG": {"Singaporean"}, "AU": {"Australian"},
	"SY": {"Syrian"}, "JO": {"Jordanian"}, "GE": {"Georgian"}, "AM": {"Armenian"}, "AL": {"Albanian"},
	"MK": {"Macedonian"}, "ME": {"Montenegrin"}, "EE": {"Estonian"}, "LV": {"Latvian"}, "LT": {"Lithuanian"},
	"MD": {"Moldovan"}, "MN": {"Mongolian"}, "KH": {"Cambodian"}, "HT": {"Haitian"}, "JM": {"Jamaican"},
	"TZ": {"Tanzanian"}, "ZM": {"Zambian"}, "MZ": {"Mozambican"}, "AO": {"Angolan"}, "NA": {"Namibian"},
	"CM": {"Cameroonian"}, "CI": {"Ivorian"}, "LR": {"Liberian"}, "SL": {"Sierra Leonean"},
	"BO": {"Bolivian"}, "GT": {"Guatemalan"}, "HN": {"Honduran"}, "SV": {"Salvadoran"}, "NI": {"Nicaraguan"},
	"PA": {"Panamanian"}, "CR": {"Costa Rican"}, "DO": {"Dominican"}, "FJ": {"Fijian"}, "PG": {"Papua New Guinean"},
}

// demonyms returns the adjectives of a country: the irregular ones written above, else a
// suffix rule on its short name.
func demonyms(name, alpha2 string) []string {
	if d, ok := irregularDemonyms[alpha2]; ok {
		return d
	}
	if strings.Contains(name, " ") {
		return nil
	}
	switch {
	case strings.HasSuffix(name, "ia"), strings.HasSuffix(name, "a"):
		return []string{name + "n"}
	case strings.HasSuffix(name, "stan"):
		return []string{name + "i"}
	}
	return nil
}

// wordInCaps are initials of known bodies that spell an English word, which a headline
// written in capitals also spells: they name the body only where the text is not in
// capitals ("WHO experts", not "MINISTER WHO CRITICISED CHINA").
var wordInCaps = map[string]bool{"WHO": true}

type knownOrg struct {
	name, typ, gov string
	aliases        []string
	press          bool // a news agency or broadcaster: it reports, and takes no side in a contact
}

// knownOrgs are seats of government used for their governments, and the bodies news
// names by initials alone.
var knownOrgs = []knownOrg{
	{name: "Kremlin", typ: "organization", gov: "russia"},
	{name: "White House", typ: "organization", gov: "united-states"},
	{name: "Elysee Palace", typ: "organization", gov: "france", aliases: []string{"Élysée Palace", "Elysee", "Élysée"}},
	{name: "Downing Street", typ: "organization", gov: "united-kingdom"},
	{name: "Zhongnanhai", typ: "organization", gov: "china"},
	{name: "Quai d'Orsay", typ: "organization", gov: "france"},
	{name: "United Nations", typ: "organization", aliases: []string{"UN", "U.N."}},
	{name: "European Union", typ: "organization", aliases: []string{"EU"}},
	{name: "NATO", typ: "organization", aliases: []string{"North Atlantic Treaty Organization", "Nato"}},
	{name: "Group of Seven", typ: "organization", aliases: []string{"G7", "G-7"}},
	{name: "Group of Eight", typ: "organization", aliases: []string{"G8", "G-8"}},
	{name: "Group of 20", typ: "organization", aliases: []string{"G20", "G-20", "Group of Twenty"}},
	{name: "Middle East", typ: "location"},
	{name: "Gulf", typ: "location"},
	{name: "Europe", typ: "location"},
	{name: "Asia", typ: "location"},
	{name: "Africa", typ: "location"},
	{name: "Latin America", typ: "location"},
	{name: "Balkans", typ: "location"},
	{name: "Caucasus", typ: "location"},
	{name: "Gaza Strip", typ: "location", aliases: []string{"Gaza"}},
	{name: "West Bank", typ: "location"},
}

// titles are the words that name an office before a person's name; the value says whether
// the word alone is a full title (President) or needs a head (Foreign -> Minister).
var titles = map[string]bool{
	"President": true, "PM": true, "FM": true, "Chancellor": true, "Premier": true, "Minister": true, "Secretary": true,
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Emperor": true, "Pope": true,
	"Sheikh": true, "Emir": true, "Sultan": true, "Ayatollah": true, "Cardinal": true, "Bishop": true,
	"General": true, "Gen.": true, "Admiral": true, "Colonel": true, "Col.": true, "Major": true,
	"Captain": true, "Lieutenant": true, "Sergeant": true, "Commander": true, "Marshal": true,
	"Senator": true, "Sen.": true, "Governor": true, "Gov.": true, "Mayor": true, "Judge": true,
	"Justice": true, "Ambassador": true, "Envoy": true, "Spokesman": true, "Spokeswoman": true,
	"Spokesperson": true, "Chairman": true, "Chairwoman": true, "Director": true, "Coach": true,
	"Dr.": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"Prof.": true, "Professor": true, "Rev.": true, "Treasurer": true, "Councilor": true, "Prosecutor": true, "Leader": true, "Speaker": true, "Representative": true,
	"Rep.": true, "Deputy": false, "Vice": false, "Prime": false, "Foreign": false, "Defence": false,
	"Defense": false, "Finance": false, "Interior": false, "Trade": false, "Economy": false,
	"Health": false, "Energy": false, "Former": false, "former": false,
	"Crown": false, "Assistant": false, "Supreme": false, "Chief": false, "Acting": false, "Opposition": false,
	"Labour": false, "Environment": false, "Agriculture": false, "Education": false, "State": false,
	"Secretary-General": true, "Director-General": true, "Chair": true, "Chairperson": true, "Vice-President": true, "Minister-President": true, "Major-General": true,
	"Lieutenant-General": true, "Brigadier-General": true, "Attorney-General": true, "Solicitor-General": true,
	"Democrat": true, "Republican": true, "Sir": true, "Lord": true, "Lady": true, "Dame": true,
	"MP": true, "MEP": true, "Consul": true, "Consul-General": true,
}

// personTitleNouns are lower-case office nouns that, after "the", refer back to a person
// ("the French president", "the chancellor").
var personTitleNouns = map[string]string{
	"president": "President", "chancellor": "Chancellor", "premier": "Premier", "pm": "Prime Minister", "fm": "Foreign Minister", "minister": "Minister",
	"king": "King", "queen": "Queen", "pope": "Pope", "emir": "Emir", "leader": "Leader",
	"prime": "Prime Minister", "secretary": "Secretary", "spokesman": "Spokesman", "spokeswoman": "Spokeswoman",
	"envoy": "Envoy", "ambassador": "Ambassador", "monarch": "King", "pontiff": "Pope", "sultan": "Sultan",
	"secretary-general": "Secretary-General", "governor": "Governor", "mayor": "Mayor", "speaker": "Speaker",
	"chairman": "Chairman", "chairwoman": "Chairwoman", "representative": "Representative", "commander": "Commander",
}

// portfolios are the words of a cabinet office before "minister" or "secretary", with how
// titles write them: "the foreign minister" holds the office "Foreign Minister".
var portfolios = map[string]string{"foreign": "Foreign", "defence": "Defence", "defense": "Defense",
	"finance": "Finance", "interior": "Interior", "trade": "Trade", "economy": "Economy", "justice": "Justice",
	"health": "Health", "education": "Education", "agriculture": "Agriculture", "energy": "Energy",
	"oil": "Oil", "culture": "Culture", "labour": "Labour", "labor": "Labor", "environment": "Environment",
	"transport": "Transport", "information": "Information", "home": "Home", "industry": "Industry",
	"telecommunications": "Telecommunications", "communications": "Communications", "tourism": "Tourism",
	"commerce": "Commerce", "works": "Works", "planning": "Planning", "housing": "Housing", "roads": "Roads",
	"fisheries": "Fisheries", "mines": "Mines", "immigration": "Immigration"}

// portfolioTitles are the offices portfolios make ("Foreign Minister", "Home Secretary").
var portfolioTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range portfolios {
		m[p+" Minister"], m[p+" Secretary"] = true, true
	}
	return m
}()

// pluralPersonNouns refer back to a group of people ("the two presidents", "both leaders").
var pluralPersonNouns = map[string]bool{
	"presidents": true, "leaders": true, "ministers": true, "chancellors": true, "premiers": true,
	"heads": true, "officials": false, "sides": true, "counterparts": true,
}

// orgSuffixes end organization names.
var orgSuffixes = map[string]bool{
	"Agency": true, "Council": true, "Bank": true, "Party": true, "University": true, "Corp": true,
	"Corp.": true, "Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "Co": true, "Co.": true, "Company": true,
	"Group": true, "Ministry": true, "Organization": true, "Organisation": true, "Union": true,
	"Association": true, "Committee": true, "Commission": true, "Army": true, "Court": true,
	"Parliament": true, "Assembly": true, "Fund": true, "Institute": true, "Federation": true,
	"Front": true, "Movement": true, "Forces": true, "Force": true, "Survey": true, "Airlines": true, "Airways": true, "Club": true,
	"Office": true, "Department": true, "Service": true, "Police": true, "Navy": true, "Senate": true,
	"Congress": true, "Authority": true, "Board": true, "Bureau": true, "Foundation": true,
	"Society": true, "Community": true, "League": true, "Alliance": true, "Coalition": true, "Church": true,
	"Times": true, "Post": true, "News": true, "Press": true, "Television": true, "Radio": true,
	"Holdings": true, "Motors": true, "Industries": true, "Systems": true, "Technologies": true,
	"Corporation": true, "Exchange": true, "Cabinet": true, "Government": true, "Tribunal": true, "Panel": true,
	"Brigade": true, "Brigades": true, "Guard": true, "Command": true, "Secretariat": true,
	"Program": true, "Programme": true, "Network": true, "Agency's": true, "College": true,
	"School": true, "Hospital": true, "Railways": true, "Telecom": true, "Bancorp": true, "plc": true,
	"PLC": true, "AG": true, "SA": true, "GmbH": true, "NV": true, "Communications": true, "United": true,
	"City": false, "Rovers": true, "Wanderers": true, "Athletic": true, "Mission": true,
}

// legalForms are the designators a firm's registered name ends with ("Inc", "Corp", "plc");
// without them the name is the one the firm goes by in the rest of a story.
var legalForms = map[string]bool{
	"Inc": true, "Corp": true, "Corporation": true, "Co": true, "Company": true, "Ltd": true,
	"Limited": true, "plc": true, "PLC": true, "AG": true, "SA": true, "NV": true, "GmbH": true,
	"LLC": true, "Bancorp": true, "Holdings": true, "Group": true, "International": true, "Bros": true,
}

// contestVerbs say who won or lost a game: a place before one is a team ("Milwaukee
// has won", "St Louis defeated Colorado").
var contestVerbs = map[string]bool{
	"defeated": true, "beat": true, "beats": true, "edged": true, "routed": true, "thrashed": true,
	"trounced": true, "downed": true, "blanked": true, "swept": true, "outscored": true,
	"won": true, "lost": true, "drew": true, "rallied": true, "clinched": true, "crushed": true,
	"hammered": true, "overpowered": true, "outplayed": true, "eliminated": true,
}

// orgHeads start organization names ("Ministry of ...", "Bank of ...").
var orgHeads = map[string]bool{
	"Ministry": true, "Bank": true, "University": true, "Council": true, "Department": true,
	"Office": true, "Commission": true, "Committee": true, "Institute": true, "Organization": true,
	"Organisation": true, "Federation": true, "Union": true, "Association": true, "Party": true,
	"Court": true, "Board": true, "League": true, "Church": true, "House": true, "Army": true,
	"Agency": true, "Fund": true, "Federal": true, "National": true, "Central": true, "Supreme": true,
	"International": true, "World": true, "Royal": true, "Security": true, "General": true,
	"Convention": true,
}

// locSuffixes end place names.
var locSuffixes = map[string]bool{
	"River": true, "Sea": true, "Ocean": true, "Mountains": true, "Mountain": true, "Island": true,
	"Islands": true, "Valley": true, "Gulf": true, "Strait": true, "Straits": true, "Province": true,
	"Region": true, "Lake": true, "Bay": true, "Peninsula": true, "Desert": true, "Coast": true,
	"Heights": true, "Plateau": true, "Canal": true, "Hills": true, "Basin": true, "District": true,
	"County": true, "Square": true, "Airport": true, "Street": true, "Avenue": true, "Road": true,
	"Bridge": true, "Port": true, "Harbour": true, "Harbor": true, "Park": true, "Stadium": true,
	"Cape": true, "Mount": true, "Pass": true, "Station": true, "Terminal": true, "Checkpoint": true,
	"Crossing": true, "Camp": true, "Base": true,
}

// locPrepositions before a name suggest a place ("in X", "near X").
var locPrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "across": true,
	"outside": true, "inside": true, "towards": true, "toward": true, "via": true, "through": true,
	"around": true, "downtown": true,
}

// nonNames are capitalized words that start sentences or headlines without naming anything.
var nonNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those it its he she they we i you his her
their our my your in on at by for from with of to and or but if as when while after before since
during under over about into than then there here what which who whom whose why how where all any
both each every some no not many more most much other such one two three four five six seven eight
nine ten first second third last next according meanwhile however also although though yet
because so still even just only already now today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september
october november december read more see photo file update updated breaking editor note mr mrs
earlier later once among between against despite without within toward towards instead thus hence
nor unless until upon whether would will could should can must might shall do does did is are was
were be been has have had let please asked speaking says said sources source officials official
analysts police troops government residents witnesses reports report state others another western eastern northern southern central
thousands hundreds tens dozens scores millions dozen hundred thousand million several few some
amid amidst across along alongside around behind below beneath beside besides beyond except
including like unlike onto throughout whereas whilst whenever wherever whatever whoever
nevertheless nonetheless moreover furthermore therefore otherwise perhaps almost nearly rather
ago again indeed either neither none nothing nobody someone everyone anyone public
leading ruling outgoing incoming`) {
		nonNames[w] = true
	}
}

// monthsDays are capitalized words that are never entity names.
var monthsDays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Jan.": true, "Feb.": true,
	"Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Year": true, "Eve": true,
	"Feb": true, "Apr": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Christmas": true, "Easter": true,
}

// miscSuffixes end names of events, prizes and works: neither people nor bodies.
var miscSuffixes = map[string]bool{
	"Cup": true, "Open": true, "Championship": true, "Championships": true, "Games": true,
	"Olympics": true, "Tour": true, "Protocol": true, "Award": true, "Prize": true, "Trophy": true,
	"Grand": true, "Prix": true, "Accord": true, "Accords": true, "Treaty": true, "Act": true,
	"Day": true, "War": true, "Festival": true, "Index": true, "Rally": true, "Classic": true, "Average": true,
}

// placeNouns after a name make it a place ("Charles de Gaulle airport").
var placeNouns = map[string]bool{
	"airport": true, "city": true, "town": true, "village": true, "province": true, "region": true,
	"river": true, "district": true, "valley": true, "island": true, "state": true, "camp": true,
}

// groupNouns after a name make it a group or organization ("Houthi rebels").
var groupNouns = map[string]bool{
	"bloc": true, "alliance": true, "regime": true, "rebels": true, "militants": true, "fighters": true, "forces": true, "troops": true,
	"guerrillas": true, "insurgents": true, "separatists": true, "militia": true, "militias": true,
	"supporters": true, "activists": true, "gunmen": true, "movement": true, "group": true,
	"spokesman": true, "spokeswoman": true, "leadership": true, "members": true,
	"newspaper": true, "daily": true, "agency": true, "company": true, "firm": true, "party": true,
	"club": true, "airline": true, "bank": true, "group's": true, "shares": true,
	"officials": true, "government": true, "coach": true, "manager": true, "striker": true,
}

// foldMarks returns s without its combining marks ("Brasília" -> "Brasilia", "Bogotá" ->
// "Bogota"), as news written in ASCII spells such names.
func foldMarks(s string) string {
	for _, r := range s {
		if r >= 0x80 {
			out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
			if err != nil {
				return s
			}
			return out
		}
	}
	return s
}

// region is what a word of lexicon/regions.txt says of a state: the regions or
// subregions it lies in, and the nouns it may name a state with ("" for any of
// stateHeads).
type region struct {
	places []string
	heads  string
}

// loadRegions reads lexicon/regions.txt: a word or phrase (words joined by "_"), the
// comma-separated regions, subregions or ISO codes it covers, and optionally the comma-separated
// nouns it names a state with; a bad line is an error naming it.
func loadRegions() (map[string]region, error) {
	out := map[string]region{}
	err := eachLine("lexicon/regions.txt", func(n int, f []string) error {
		if len(f) != 2 && len(f) != 3 {
			return fmt.Errorf("want: word, regions and optional heads, got %d fields", len(f))
		}
		var r region
		for _, p := range strings.Split(f[1], ",") {
			r.places = append(r.places, strings.ReplaceAll(p, "_", " "))
		}
		if len(f) == 3 {
			r.heads = f[2]
		}
		out[strings.ToLower(strings.ReplaceAll(f[0], "_", " "))] = r
		return nil
	})
	return out, err
}

// inRegion reports whether country entry e lies in one of places (regions, subregions or
// ISO codes).
func (e *gazEntry) inRegion(places []string) bool {
	for _, p := range places {
		if e.Region == p || e.SubRegion == p || e.Alpha2 == p {
			return true
		}
	}
	return false
}
