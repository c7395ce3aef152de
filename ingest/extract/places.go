package extract

// Closed-class lists written for this package: well-known places that are not capitals of
// a country, bodies news names alone, adjectives of groups that are not nations, and common
// given names. They are facts of general knowledge, not taken from any dataset.

// worldPlaces are major cities, states and regions, with the country they belong to.
// seatNames are other names of seats of government, older spellings and former capitals
// that the news of their time uses for the government ("Kiev rejected", "Rangoon refused",
// "Bonn agreed"), by the country's ISO 3166 alpha-2 code; the capital gountries gives is
// added from its data.
var seatNames = map[string]string{
	"Kiev": "UA", "Rangoon": "MM", "Yangon": "MM", "Bonn": "DE", "Teheran": "IR", "Sanaa": "YE",
	"Peking": "CN", "Ulan Bator": "MN", "Almaty": "KZ", "Alma-Ata": "KZ", "Dar es Salaam": "TZ",
	"Abidjan": "CI",
}

var worldPlaces = map[string]string{
	"New York": "united-states", "Los Angeles": "united-states", "Chicago": "united-states",
	"Houston": "united-states", "Philadelphia": "united-states", "Boston": "united-states",
	"San Francisco": "united-states", "Seattle": "united-states", "Miami": "united-states",
	"Atlanta": "united-states", "Detroit": "united-states", "Dallas": "united-states",
	"Texas": "united-states", "California": "united-states", "Florida": "united-states",
	"Hawaii": "united-states", "Alaska": "united-states", "Virginia": "united-states",
	"Ohio": "united-states", "Michigan": "united-states", "Illinois": "united-states",
	"Pennsylvania": "united-states", "Georgia State": "united-states", "New Jersey": "united-states",
	"Massachusetts": "united-states", "Wisconsin": "united-states", "Arizona": "united-states",
	"Colorado": "united-states", "Oregon": "united-states", "Louisiana": "united-states",
	"Silicon Valley": "united-states", "Wall Street": "united-states", "Las Vegas": "united-states",
	"San Diego": "united-states", "St Louis": "united-states", "St. Louis": "united-states",
	"Milwaukee": "united-states", "Minnesota": "united-states", "Denver": "united-states",
	"Shanghai": "china", "Hong Kong": "china", "Guangzhou": "china", "Shenzhen": "china",
	"Tibet": "china", "Xinjiang": "china", "Macau": "china", "Mumbai": "india", "Bombay": "india",
	"Calcutta": "india", "Kolkata": "india", "Kashmir": "india", "Karachi": "pakistan",
	"Lahore": "pakistan", "Istanbul": "turkey", "St Petersburg": "russia", "Saint Petersburg": "russia",
	"Chechnya": "russia", "Siberia": "russia", "Sochi": "russia", "Crimea": "ukraine",
	"Donbas": "ukraine", "Kharkiv": "ukraine", "Odessa": "ukraine", "Kyiv": "ukraine",
	"Kiev": "ukraine", "Munich": "germany", "Frankfurt": "germany", "Hamburg": "germany",
	"Bonn": "germany", "Cologne": "germany", "Bavaria": "germany", "Milan": "italy",
	"Naples": "italy", "Turin": "italy", "Venice": "italy", "Florence": "italy", "Sicily": "italy",
	"Barcelona": "spain", "Seville": "spain", "Catalonia": "spain", "Marseille": "france",
	"Lyon": "france", "Nice": "france", "Corsica": "france", "Geneva": "switzerland",
	"Zurich": "switzerland", "Davos": "switzerland", "Rotterdam": "netherlands",
	"The Hague": "netherlands", "Antwerp": "belgium", "Manchester": "united-kingdom",
	"Liverpool": "united-kingdom", "Birmingham": "united-kingdom", "Glasgow": "united-kingdom",
	"Edinburgh": "united-kingdom", "Belfast": "united-kingdom", "Sydney": "australia",
	"Melbourne": "australia", "Toronto": "canada", "Montreal": "canada", "Vancouver": "canada",
	"Quebec": "canada", "Sao Paulo": "brazil", "Rio de Janeiro": "brazil", "Osaka": "japan",
	"Okinawa": "japan", "Jeddah": "saudi-arabia", "Mecca": "saudi-arabia", "Dubai": "united-arab-emirates",
	"Basra": "iraq", "Mosul": "iraq", "Kirkuk": "iraq", "Falluja": "iraq", "Fallujah": "iraq",
	"Aleppo": "syria", "Homs": "syria", "Kandahar": "afghanistan", "Herat": "afghanistan",
	"Gaza City": "palestine", "Ramallah": "palestine", "Hebron": "palestine", "Tel Aviv": "israel",
	"Haifa": "israel", "Alexandria": "egypt", "Casablanca": "morocco", "Lagos": "nigeria",
	"Johannesburg": "south-africa", "Cape Town": "south-africa", "Darfur": "sudan",
	"Benghazi": "libya", "Aden": "yemen", "Chittagong": "bangladesh", "Ho Chi Minh City": "vietnam",
	"Saigon": "vietnam", "Mindanao": "philippines", "Aceh": "indonesia", "Bali": "indonesia",
	"Sumatra": "indonesia", "Java": "indonesia", "Nagorno-Karabakh": "azerbaijan",
	"Kosovo": "", "Kurdistan": "", "Balochistan": "pakistan", "Punjab": "", "Bosnia": "bosnia-and-herzegovina",
	"Tigray": "ethiopia", "Mogadishu": "somalia", "Asuncion": "paraguay", "Bogota": "colombia",
}

// extraCountries are nations news names that no ISO list carries as such.
var extraCountries = []string{"England", "Scotland", "Wales", "Northern Ireland", "Yugoslavia", "Soviet Union", "Czechoslovakia"}

// newsBodies are agencies, alliances and institutions news names alone.
var newsBodies = []knownOrg{
	{name: "Reuters", typ: "organization", press: true}, {name: "Agence France-Presse", typ: "organization", aliases: []string{"AFP"}, press: true},
	{name: "Associated Press", typ: "organization", aliases: []string{"AP"}, press: true}, {name: "Xinhua", typ: "organization", press: true},
	{name: "Interfax", typ: "organization", press: true}, {name: "Itar-Tass", typ: "organization", aliases: []string{"ITAR-TASS", "Tass", "TASS"}, press: true},
	{name: "Bloomberg", typ: "organization", press: true}, {name: "Kyodo", typ: "organization", press: true}, {name: "Yonhap", typ: "organization", press: true},
	{name: "IRNA", typ: "organization", press: true}, {name: "Al Jazeera", typ: "organization", press: true}, {name: "BBC", typ: "organization", press: true},
	{name: "CNN", typ: "organization", press: true}, {name: "Federal Reserve", typ: "organization", aliases: []string{"Fed"}},
	{name: "Treasury", typ: "organization"}, {name: "OSCE", typ: "organization", aliases: []string{"Organization for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe"}},
	{name: "OPEC", typ: "organization", aliases: []string{"Organization of the Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries"}},
	{name: "IMF", typ: "organization", aliases: []string{"International Monetary Fund"}},
	{name: "World Bank", typ: "organization"}, {name: "WTO", typ: "organization", aliases: []string{"World Trade Organization"}},
	{name: "APEC", typ: "organization", aliases: []string{"Asia-Pacific Economic Cooperation", "Asia Pacific Economic Cooperation"}},
	{name: "World Health Organization", typ: "organization", aliases: []string{"WHO"}},
	{name: "ASEAN", typ: "organization", aliases: []string{"Association of Southeast Asian Nations", "Asean"}}, {name: "African Union", typ: "organization"},
	{name: "Arab League", typ: "organization"}, {name: "Hamas", typ: "organization", aliases: []string{"Islamic Resistance Movement"}}, {name: "Hezbollah", typ: "organization"},
	{name: "Taliban", typ: "organization"}, {name: "al Qaeda", typ: "organization", aliases: []string{"al-Qaeda", "Al-Qaeda", "Al Qaeda"}},
	{name: "Congress", typ: "organization"}, {name: "Pentagon", typ: "organization", gov: "united-states"},
	{name: "Knesset", typ: "organization"}, {name: "Duma", typ: "organization"}, {name: "Bundestag", typ: "organization"},
	{name: "Red Cross", typ: "organization"}, {name: "Interpol", typ: "organization"}, {name: "Nasdaq", typ: "organization"},
	{name: "International Atomic Energy Agency", typ: "organization", aliases: []string{"IAEA"}},
	{name: "Palestinian National Authority", typ: "organization", aliases: []string{"Palestinian Authority", "PNA"}},
}

// groupAdjectives name groups that are not nations: mentions of type other.
var groupAdjectives = []string{
	"European", "Arab", "Kurdish", "Kurd", "Kurds", "Moslem", "Moslems", "Muslim", "Muslims", "Islamic",
	"Christian", "Christians", "Catholic", "Jewish", "Jews", "Sunni", "Shiite", "Shia", "Hindu",
	"Buddhist", "Scottish", "Welsh", "English", "African", "Asian", "Latin", "Western", "Eastern",
	"Europeans", "Africans", "Asians", "Basque", "Catalan",
	"Tamil", "Sikh", "Pashtun", "Baltic", "Nordic", "Scandinavian", "Caribbean", "Balkan",
	"Druze", "Maronite", "Alawite", "Coptic", "Hutu", "Tutsi", "Protestant",
}
