package extract

import (
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/timex"
)

// The event stages, each checked at its boundary on sentences written for these tests:
// sentence -> predicates and frames -> arguments -> modality -> dates -> merge.

// sentenceTree runs the stages before events on a one-sentence text and returns its tree.
func sentenceTree(t *testing.T, text string) (*doc, *tree) {
	t.Helper()
	x := New()
	d := &doc{x: x, text: text, lower: map[string]bool{}, ents: map[string]*entState{}, acros: map[string]string{}}
	d.toks, d.sents = tokenize(text, nil, nil)
	d.wordLowerSeen()
	if err := d.findMentions(t.Context()); err != nil {
		t.Fatal(err)
	}
	d.link()
	if len(d.sents) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(d.sents))
	}
	var ms []int
	for k := range d.ms {
		ms = append(ms, k)
	}
	tr := d.parseSentence(x.syn, 0, ms, timex.Find(text, timex.Date{}))
	if tr == nil {
		t.Fatalf("%q: no tree", text)
	}
	return d, tr
}

func TestPredicatesAndFrames(t *testing.T) {
	cases := []struct {
		text string
		want string // "word:CATEGORY" for each predicate, in order
	}{
		{"Vladimir Putin called Emmanuel Macron on Tuesday.", "called:CONSULT"},
		{"Joe Biden called on Iran to release the prisoners.", "called:DEMAND release:CONCEDE"},
		{"The European Union imposed sanctions on Belarus.", "sanctions:SANCTION"},
		{"Beijing chided Tokyo over its economic policy.", "chided:DISAPPROVE"},
		// Being ready or willing to work with a party states an intent to (PLOVER AGREE).
		{"China is ready to work with Cuba.", "ready:AGREE"},
		// Approving a party's proposal agrees to it; approving a bill names no one.
		{"The ministers approved Vietnam's proposal on the tariffs.", "approved:AGREE"},
		{"The parliament approved the budget on Monday.", ""},
		// A fine on a named party sanctions it.
		{"The European Commission fined Microsoft 497 million euros on Wednesday.", "fined:SANCTION"},
		// Designating a body a terrorist one sanctions it; branding it so disapproves of it.
		{"The United States designated Hezbollah as a terrorist organization in 1997.", "designated:SANCTION"},
		{"Washington branded Iran a terrorist state.", "branded:DISAPPROVE"},
		{"The council designated Geneva as the venue.", ""},
		// A warrant for someone coerces them; a tour to a place visits it.
		{"A Baghdad court issued an arrest warrant for Ali Hassan on Sunday.", "warrant:COERCE"},
		{"Astronauts Yang Liwei and Zhai Zhigang made a tour to Macao on Monday.", "tour:CONSULT"},
		// Lashing or hitting out at someone criticizes them; a storm hitting a place does not.
		{"China lashed out at Japan on Monday.", "lashed:DISAPPROVE"},
		{"Russia hit out at the United States on Monday.", "hit:DISAPPROVE"},
		{"The storm hit Japan on Monday.", ""},
		{"Iran spurned the offer from Russia.", "spurned:REJECT offer:AGREE"},
		// Closing a border with a state sanctions it; closing doors does nothing to anyone.
		{"Thailand closed its border with Burma on Monday.", "closed:SANCTION"},
		{"The shop closed its doors on Monday.", ""},
		// Killing a plan or a motion harms no one.
		{"The guidelines killed off a 708-million-dollar plan by Singapore Airlines.", ""},
		{"This effectively kills a Danish motion criticizing China.", "criticizing:DISAPPROVE"},
		// "froze" after a name is a verb, never a noun.
		{"Last week, Israel froze the talks with the Palestinian Authority.", "froze:SANCTION talks:CONSULT"},
		// Aides are staff, not aid.
		{"Charles Kartman left a few aides behind in New York.", ""},
		// Providing impetus or details aids no one.
		{"The meeting may provide impetus to the WTO talks.", "meeting:CONSULT talks:CONSULT"},
		// Recognizing that something is so recognizes no one; recognizing a state does.
		{"Zhao recognized that the statement marked a landmark for China.", ""},
		{"Bhutan recognized Kosovo on Tuesday.", "recognized:SUPPORT"},
		{"Chen Boliang conceded that Wei Guoqiang had committed suicide.", ""},
		// Insisting that something is so demands nothing; insisting that it be done does.
		{"Iran has insisted that its nuclear programme is peaceful.", ""},
		{"Tony Blair insisted there was no other choice.", ""},
		{"Foreign Minister Sergei Lavrov insisted that relations with China are strong.", ""},
		{"Germany insisted that the inspectors be allowed in.", "insisted:DEMAND"},
		{"Germany insisted that Iran stop enrichment.", "insisted:DEMAND"},
		{"Germany insisted that Iran should stop enrichment.", "insisted:DEMAND"},
		{"Germany insisted on talks with Iran.", "insisted:DEMAND talks:CONSULT"},
		// "told newsmen", the noun read as a participle: telling reporters demands nothing.
		{"General Jason Kamiya told newsmen in Kandahar that there was no intent.", ""},
		// A trigger noun after "a" and modifiers the tagger takes for verbs: a warning
		// given is a warning, not a gift.
		{"Viktor Chernomyrdin gave a thinly veiled warning to Slovakia.", "warning:THREATEN"},
		{"Angela Merkel held talks with Jacques Chirac.", "talks:CONSULT"},
		{"Jacques Chirac paid a visit to China.", "visit:CONSULT"},
		{"Yasser Arafat received a telephone call from Madeleine Albright.", "call:CONSULT"},
		{"Hamas called for a ceasefire.", "called:DEMAND"},
		{"Thousands of students staged a hunger strike.", "strike:PROTEST"},
		{"France held war games with Egypt.", "games:COOPERATE"},
		{"Russia held joint drills with China.", "drills:COOPERATE"},
		{"The court opened a hearing into the bombing.", "hearing:INVESTIGATE bombing:ASSAULT"},
		// A price that eases concedes nothing; a government that eases sanctions does.
		{"Shares in Genting eased 30 sen to 13.40 ringgit.", ""},
		{"The United States eased sanctions on Libya.", "eased:CONCEDE sanctions:SANCTION"},
		{"The mission, approved by the UN Security Council March 28, involves securing roads.", ""},
		// Meeting a request is no meeting (the request is NATO's demand); offering a
		// glimpse is no offer; a falling rate declines nothing; air traffic is no crime.
		{"Denmark met the NATO request for more troops.", "request:DEMAND"},
		{"The figures offered a glimpse of the Irish economy.", ""},
		{"A declining birth rate slowed growth in Norway.", ""},
		{"Norway's 173 soldiers currently stationed in Afghanistan are primarily responsible for coordinating cargo flights, and for air traffic control at Kabul's main airport.", "coordinating:COOPERATE"},
		{"Iran declined the invitation from France.", "declined:REJECT invitation:CONSULT"},
		// Declining to comment rejects nobody; giving an impression aids nobody.
		{"Michael McCurry declined to comment on the talks.", "talks:CONSULT"},
		{"Iran declined to attend the talks.", "declined:REJECT talks:CONSULT"},
		{"That would give people in the United States a wrong impression.", ""},
		// Receiving a thing is no meeting; receiving a person is.
		{"The UN Security Council received the Mehlis report on Monday.", ""},
		// A participle before a name is no infinitive ("told visiting ..."), and a "that"
		// before the verb is no object to want something of.
		{"Li Peng told visiting French Defense Minister Charles Millon that China valued the decision.", "visiting:CONSULT"},
		{"The visit is a clear sign that Paris wants to open a new chapter of ties with Beijing.", "visit:CONSULT"},
		// A shooting range is no shooting.
		{"The two countries agreed to jointly use the Koprivshtitsa shooting range and the Graf Ignatievo airport.", "agreed:AGREE"},
		// Receiving or hosting refugees, or hosting the Games, meets no one.
		{"Italy has received about 13,000 Albanian refugees.", ""},
		{"Tanzania hosts some 400,000 Burundian refugees.", ""},
		{"Australia hosted the 2003 World Cup.", ""},
		{"Goh Chok Tong will host a dinner for Kamal Ganzouri.", "host:CONSULT"},
		{"Vladimir Putin received Emmanuel Macron in the Kremlin.", "received:CONSULT"},
		// Telling a broadcaster something is no demand; lifting a rate, shooting a video
		// and a visiting force are no events.
		{"\"The index fell,\" the economist told ABC radio.", ""},
		{"The central bank lifted its cash rate 25 basis points.", ""},
		{"Buyers want phones that shoot videos.", ""},
		{"Troops serve under a visiting forces agreement.", "agreement:AGREE"},
		{"The state prosecutor was to lift fraud charges against the minister.", "lift:CONCEDE"},
		// An event noun opening a sentence is no name; a passive's subject is the object
		// a frame selects on.
		{"Talks between Iran and the European Union are planned for next week.", "Talks:CONSULT"},
		{"Sanctions against Iran were lifted on Monday.", "Sanctions:SANCTION lifted:CONCEDE"},
		{"Two party leaders were released on Friday.", "released:CONCEDE"},
	}
	for _, c := range cases {
		d, tr := sentenceTree(t, c.text)
		var got []string
		for _, p := range d.predicates(tr, false) {
			cat := "DEMAND"
			if p.fr != nil {
				cat = p.fr.cat
			}
			got = append(got, tr.w[p.at].form+":"+cat)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: predicates %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// event finds the first event of type typ in what Extract gives for text.
func event(t *testing.T, text, date, typ string) (Event, []Event) {
	t.Helper()
	d, err := timex.ParseDate(date)
	if err != nil {
		t.Fatal(err)
	}
	r := New().Extract("t", text, d)
	for _, e := range r.Events {
		if e.Type == typ {
			return e, r.Events
		}
	}
	return Event{}, r.Events
}

// wantEvent reports an error unless text, extracted as of 2005-11-30, has an event of type
// typ from src to tgt (ids joined by commas) among its events.
func wantEvent(t *testing.T, name, text, typ, src, tgt string) {
	t.Helper()
	_, all := event(t, text, "2005-11-30", typ)
	for _, e := range all {
		if e.Type == typ && ids(e.Source) == src && ids(e.Target) == tgt {
			return
		}
	}
	t.Errorf("%s: %q: no %s %s -> %s (events %+v)", name, text, typ, src, tgt, all)
}

// noEventWhere reports an error, saying why, for each event of text (extracted as of
// 2005-11-30) that bad picks out.
func noEventWhere(t *testing.T, why, text string, bad func(Event) bool) {
	t.Helper()
	_, all := event(t, text, "2005-11-30", "")
	for _, e := range all {
		if bad(e) {
			t.Errorf("%q: %s: %+v", text, why, e)
		}
	}
}

func ids(rs []Ref) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return strings.Join(out, ",")
}

func TestArguments(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
	}{
		// The relative clause's verb has the noun it modifies as its subject, and only it.
		{"relative clause", "Condoleezza Rice, who met Sergei Lavrov in Moscow, later criticized Iran.", "CONSULT", "condoleezza-rice", "sergei-lavrov"},
		// A raising subject: the infinitive on "the latest leader" is done by the clause's subject.
		{"raising subject", "Recep Tayyip Erdogan has become the latest leader to reject Vladimir Putin's call for a ceasefire.", "REJECT", "recep-tayyip-erdogan", "vladimir-putin"},
		// An attribution after the clause ("..., Libyan television said") owns none of the
		// clause's phrases: the defiance is the subject's.
		{"trailing attribution", "Sudanese President Omar al-Bashir left Libya by air Sunday in defiance of UN sanctions against Tripoli, after holding talks with Moammar Kadhafi and officials from Uganda, Libyan television said.", "REJECT", "omar-al-bashir", "united-nations"},
		// "call for X to": X is called on, the infinitive hung on the light verb or not.
		{"renewed call for X to", "Kofi Annan renewed his call for Syria to withdraw its troops.", "DEMAND", "kofi-annan", "syria"},
		// Opposing someone disapproves of them (the wire key's type rules); the ROK is South
		// Korea and "the Jewish state" Israel, as agency copy writes them.
		{"opposes ties with the Jewish state", "Necmettin Erbakan opposes close ties with the Jewish state.", "DISAPPROVE", "necmettin-erbakan", "israel"},
		{"the ROK", "Kuwaiti Finance Minister Bader Al-Humaidhi called on the ROK to invest.", "DEMAND", "bader-al-humaidhi", "south-korea"},
		// "it" acting is the body or state that opened the sentence, else the one named last
		// before it, else the one that opened the sentence before.
		{"It also urged", "The European Union criticized Iran on Monday. It also urged Tehran to stop enrichment.", "DEMAND", "european-union", "iran"},
		{"said it will cancel", "Another Greek carrier, Aegean Airlines, said it will cancel its flights to Cyprus.", "SANCTION", "aegean-airlines", "cyprus"},
		{"it after a dateline", "BRUSSELS, March 4 (Example Wire) -- The European Commission on Tuesday imposed sanctions on Hungary. It also urged Poland to act.", "DEMAND", "european-commission", "poland"},
		{"a body in the dateline", "GENEVA, Nov. 2 (Xinhua) -- The World Health Organization warned Indonesia on Wednesday. It also urged Vietnam to act.", "DEMAND", "world-health-organization", "vietnam"},
		{"but it insisted", "The US administration made no proposal on the rebels, but it urged Uganda to end the war.", "DEMAND", "united-states", "uganda"},
		// "the party", "the New York-based group": the body named last with that head, or
		// any body for a word of any body.
		{"the party", "The French Communist Party criticized Nicolas Sarkozy on Friday. The party also called on the French government to change course.", "DEMAND", "french-communist-party", "france"},
		{"the X-based group", "Human Rights Watch said Monday that Sudan's leaders bear responsibility. The New York-based group called for the UN Security Council to act.", "DEMAND", "human-rights-watch", "united-nations-security-council"},
		// "the regional bloc", "the 25-nation bloc": the body named last.
		{"the regional bloc", "The African Union met in Addis Ababa on Monday. Ghana praised the regional bloc on Tuesday.", "SUPPORT", "ghana", "african-union"},
		{"the 25-nation bloc", "The European Union held a summit on Monday. Turkey criticized the 25-nation bloc on Tuesday.", "DISAPPROVE", "turkey", "european-union"},
		// "the visiting minister" is the minister who came, though "the minister" alone is
		// no one in particular.
		{"the visiting minister", "Polish Foreign Minister Dariusz Rosati arrived in Bangkok on Thursday. The visiting minister met Thai Prime Minister Chuan Leekpai on Friday.", "CONSULT", "dariusz-rosati", "chuan-leekpai"},
		// Who is on a visit makes it, in a relative clause or not, and a visit's first stop
		// stands where the visit does.
		{"who is on a visit", "Robert Rubin, who is on a three-day visit to Vietnam, praised the reforms.", "CONSULT", "robert-rubin", "vietnam"},
		{"first stop of a visit", "William Cohen, on the first stop of a five-day visit to Japan, praised the alliance.", "CONSULT", "william-cohen", "japan"},
		// Who responds to an invitation is the one invited, as who accepts it is.
		{"responded to an invitation", "Necmettin Erbakan has not responded to an invitation by Benjamin Netanyahu to visit Israel.", "CONSULT", "benjamin-netanyahu", "necmettin-erbakan"},
		// "the pontiff" is the Pope the story named, as "the president" is its president.
		{"the pontiff", "Pope John Paul II arrived in Prague on Friday. The pontiff met Czech President Vaclav Havel.", "CONSULT", "john-paul-ii", "vaclav-havel"},
		// A relative pronoun as a clause's object or oblique is the noun the clause describes.
		{"with whom X met", "Slovak President Michal Kovac, with whom Viktor Chernomyrdin met on Monday, praised the accords.", "CONSULT", "viktor-chernomyrdin", "michal-kovac"},
		// "ruling" before a name is an adjective, not a clause of its own after "on".
		{"called on ruling X", "Mahmoud al-Zahar on Tuesday called on ruling Fatah movement to step down.", "DEMAND", "mahmoud-al-zahar", "fatah"},
		// A country's ministry acts for its state, as the Kremlin does.
		{"foreign ministry", "China's Foreign Ministry on Thursday accused Japan of distorting history.", "DISAPPROVE", "china", "japan"},
		{"defence ministry", "The French Defence Ministry accused Iran of lying.", "DISAPPROVE", "france", "iran"},
		// "call for talks between A and B": the parties asked to talk.
		{"call for talks between", "Jacques Chirac called for direct talks between the exiled leader and Beijing.", "DEMAND", "jacques-chirac", "china"},
		{"call for talks with", "Kofi Annan called for talks with Iran.", "DEMAND", "kofi-annan", "iran"},
		// Reacting angrily to something disapproves of who did it; reacting is no event.
		{"reacted angrily", "Beijing reacted angrily to the Danish motion on Tuesday.", "DISAPPROVE", "china", "denmark"},
		// Calling someone or something a condemning name disapproves of it.
		{"called X a terrorist state", `Iran called Israel "a terrorist state" on Monday.`, "DISAPPROVE", "iran", "israel"},
		{"called the sanctions illegal", `Russia called the sanctions "illegal" on Monday.`, "DISAPPROVE", "russia", ""},
		// A passive: the agent acts, the subject is acted on.
		{"passive with agent", "Emmanuel Macron was received by Vladimir Putin in the Kremlin.", "CONSULT", "vladimir-putin", "emmanuel-macron"},
		// "According to X, Y stressed": Y acts, X reports.
		{"according to before the subject", "However, according to WTO spokesman Keith Rockwell, Renato Ruggiero also demanded greater flexibility from China.", "DEMAND", "renato-ruggiero", "china"},
		// A possessive in an opening phrase is the subject's after the comma.
		{"his in an opening phrase", "Kofi Annan spoke in Geneva. Following his talks with Wu Yi, Renato Ruggiero met Li Lanqing. He will meet Li Peng on Tuesday.", "CONSULT", "renato-ruggiero", "wu-yi"},
		// Where two agreed to meet is no party to the agreement.
		{"agreed to meet in a city", "Volodymyr Zelensky had agreed to meet Vladimir Putin in Istanbul, Recep Tayyip Erdogan said.", "AGREE", "volodymyr-zelensky", "vladimir-putin"},
		// Tariffs imposed on a country's goods sanction the country.
		{"tariffs on goods", "Washington imposed new tariffs on Indian goods on Monday.", "SANCTION", "united-states", "india"},
		// A group based in a city is not the city; a price that breaches a level rejects nothing.
		{"city-based group", "The New York-based group called on the UN Security Council to act.", "DEMAND", "", "united-nations-security-council"},
		{"said, calling", "The ordinance violates Nepal's obligations, the Geneva-based group said, calling on the government to repeal it.", "DEMAND", "", ""},
		{"breached a price", "Crude futures on Friday breached 61 dollars per barrel in New York.", "REJECT", "", ""},
		// Who has the support of another is supported by it.
		{"the support of", "Paul Kagame said Laurent Kabila had the support of Uganda.", "SUPPORT", "uganda", "laurent-kabila"},
		// "Provided for by" an accord stipulates; giving a team the lead aids no one.
		{"provided for", "The 1994 Lusaka accords provided for a government including 11 UNITA members.", "AID", "", ""},
		{"give the lead", "Peter Nicol beat Mohammad Abbas to give England an unassailable 2-0 lead.", "AID", "", ""},
		// "up to 1,000 troops" is what is provided, not a place it goes to.
		{"up to", "France is expected to provide up to 1,000 troops to the force in Albania.", "AID", "france", "albania"},
		// A town is where two meet, not whom they meet; what is negotiated is no party to it.
		{"meeting in a city", "Ban Ki-moon and Taro Aso will meet in the southern city of Busan on Monday.", "CONSULT", "ban-ki-moon,taro-aso", ""},
		{"negotiated withdrawal", "Diego Cordovez helped negotiate the Soviet withdrawal from Afghanistan.", "CONSULT", "", ""},
		// Calling off a strike or an appeal sanctions no one; calling off a visit does.
		{"calling off a strike", "In August pilots at Korean Air called off threatened strike action.", "SANCTION", "", ""},
		{"calling off a visit", "French President Jacques Chirac called off his visit to Japan.", "SANCTION", "jacques-chirac", "japan"},
		// What the clause's verb does after the talks ("met with Li") is no part of them.
		{"talks before another meeting", "Following his talks with Wu Yi, Renato Ruggiero also met with Vice Premier Li Lanqing.", "CONSULT", "renato-ruggiero", "wu-yi"},
		// A guard of honour inspected is a ceremony, not an inquiry.
		{"guard of honour", "Kamal Ganzouri inspected a guard of honour at the airport.", "INVESTIGATE", "", ""},
		// A participle set off by a comma after a name is passive: the name is acted on.
		{"participle after a comma", "Tim Spicer, freed in Papua New Guinea on Tuesday, spoke in London.", "CONCEDE", "", "tim-spicer"},
		// A participle joined to a passive shares its voice, even tagged as a base form.
		{"joined passive", "Tim Spicer told reporters how he was threatened with a gun to his head and beaten up after being captured.", "ASSAULT", "", "tim-spicer"},
		// A message speaks for whoever sent it, not for whom it was sent to.
		{"letter calling for", "Hamas sent Yasser Arafat a letter Wednesday calling for the release of the strikers.", "DEMAND", "hamas", ""},
		// A name as the parse's root with "was due" hung on its copula: the name is the subject.
		{"was due to meet", "Navin Ramgoolam, who met Monday with Li Peng, was due to meet Tuesday with Chinese President Jiang Zemin.", "CONSULT", "navin-ramgoolam", "li-peng"},
		// The agent of another act is no target; the agent that issues a noun is its actor.
		{"another act's agent", "Britain's refusal to part with its budget rebate, secured by Margaret Thatcher in 1984, is holding up a deal.", "REJECT", "united-kingdom", ""},
		{"issued by", "Villagers fled after a warning issued by the Geology and Mines Institute.", "THREATEN", "geology-and-mines-institute", ""},
		// An attack in words is a criticism; defying sanctions rejects them; a subject
		// the text does not name is not replaced by a name nearby.
		{"attacked, saying", "Sergei Lavrov attacked the ODIHR on Monday, saying it had too much autonomy.", "DISAPPROVE", "sergei-lavrov", "odihr"},
		{"flouted", "On April 9, Iraq flouted the UN sanctions in force since its 1990 invasion of Kuwait.", "REJECT", "iraq", "united-nations"},
		{"unnamed subject", "Nicholas Burns said the talks went well. He added the participants had agreed to meet Russia.", "AGREE", "", "russia"},
		// A participle completing a passive of belief is passive too; a date is no march.
		{"believed killed", "More than 80 Albanian refugees were believed killed in the sinking of the boat.", "ASSAULT", "", "albania"},
		// A subject with a place under it still acts for the place; a "by" phrase of an
		// active verb is no other act's agent.
		// A relative clause the parser hung on another verb still has the phrase before
		// its pronoun as subject: not the speaker, and not a place the phrase is in.
		{"stray relative clause", "Bill Richardson said that if Iran was behind a bombing in Cairo, Egypt, that killed 12 French tourists, Paris would respond.", "ASSAULT", "", "france"},
		{"stray relative on a name", "It would be hard to pass the budget without the votes of the Green Party which withdrew its support for the Social Democrats last month, he said.", "RETREAT", "green-party", "social-democrats"},
		{"stray relative on a title", "Reporters waited outside the office of Brazilian President Lula da Silva, who Monday urged Congress to pass the reform.", "DEMAND", "lula-da-silva", "congress"},
		// One attends or hosts talks; attending a sanctions conference imposes nothing.
		{"attending sanctions", "Iran and Libya attend sanctions conference.", "SANCTION", "", ""},
		{"hosting talks", "Iran hosted talks with Libya.", "CONSULT", "iran", "libya"},
		// A name in a clause on the object is no target of the verb; an office read
		// into a name before it leaves the name a person's.
		{"where clause on the object", "Mohamed Nasheed visited a primary school where the World Bank is funding new classrooms.", "CONSULT", "mohamed-nasheed", ""},
		{"department before a name", "US Secretary Treasury Janet Yellen arrived in Beijing. Yellen said her talk with Li Qiang touched on chips.", "CONSULT", "janet-yellen", "li-qiang"},
		// An envoy's name set off by commas after the place he serves in is the envoy;
		// "representative" and "commander" are offices like "envoy".
		{"envoy named after a place", "Annan's envoy in Cyprus, Jamal Benomar, met Rauf Denktash on Monday.", "CONSULT", "jamal-benomar", "rauf-denktash"},
		// Where a process happens is not whose it is.
		{"a process in a place", "Kofi Annan welcomed the resumption of peace talks in Nigeria.", "SUPPORT", "kofi-annan", ""},
		// A name set off after the subject is the actor before a place it is based in.
		{"based group named", "A London-based group, Amnesty International, urged Britain to act.", "DEMAND", "amnesty-international", "united-kingdom"},
		// Fighting an ill is no fight; opening fire is.
		{"fight against an ill", "The United States had trouble getting its message through concerning free trade, fight against corruption and democracy.", "FIGHT", "", ""},
		{"opening fire", "Syrian troops opened fire on Lebanese protesters.", "FIGHT", "syria", "lebanon"},
		// "the two leaders" in a sentence naming two countries are the leaders of those
		// countries, wherever the article names them.
		{"the two leaders of a named pair", "Chinese President Xi Jinping toured Europe in May. China and Brazil keep close ties, as the two state leaders met twice this year, Wang said. Li Qiang will meet Brazilian President Luiz Inacio Lula da Silva.", "CONSULT", "xi-jinping,luiz-inacio-lula-da-silva", ""},
		// "met her counterpart X" meets X, whatever the tagger makes of "her".
		{"her counterpart", "Penny Wong met her Chinese counterpart Wang Yi on Tuesday, but she did not meet Premier Li Qiang.", "CONSULT", "penny-wong", "wang-yi"},
		// Denying that something happened rejects no one.
		{"denied that", "Iran's foreign ministry denied that Foreign Minister Abbas Araghchi had met Marco Rubio.", "REJECT", "", ""},
		{"denied meeting", "Keir Starmer denied meeting Elon Musk.", "REJECT", "", ""},
		{"subject based in a place", "A newspaper based in Christian east Beirut has violated a ban by General Michel Aoun.", "REJECT", "lebanon", "michel-aoun"},
		{"reforms by a government", "Tens of thousands of students throughout Indonesia staged mass demonstrations Saturday to demand political reforms by President Suharto's government.", "PROTEST", "indonesia", "suharto"},
		// A relative pronoun the parser made a subject beside the clause's own subject is
		// none: "which Moscow agreed to" is Moscow's agreement.
		{"relative with its own subject", "Talks failed over Russia's refusal to honour the commitments to withdraw its military forces from Georgia and Moldova, which Moscow agreed to in 1999.", "AGREE", "russia", ""},
		// A number word opening a sentence counts its noun; it is no verb.
		{"number word opens", "Five US marines have been accused of raping a woman at Subic Bay.", "DISAPPROVE", "", "united-states"},
		// A state's protest is a criticism; people's is a protest.
		{"a state protests", "The United States protested China's plans.", "DISAPPROVE", "united-states", "china"},
		{"people protest", "Thousands of students across Kenya protested against Daniel arap Moi.", "PROTEST", "kenya", "daniel-arap-moi"},
		// The actor's own title names no target.
		{"title of the actor", "A trip by Turkish Defence Minister Turhan Tayan to Israel has been postponed, diplomats said.", "CONSULT", "turhan-tayan", "israel"},
		// A warning that something is so is addressed to the one warned.
		{"warned X that", "Renato Ruggiero warned Beijing that WTO membership was crucial.", "DISAPPROVE", "renato-ruggiero", "china"},
		// Where talks were held is no party to them; the parties are.
		{"talks in a place between parties", "Kofi Annan welcomed the talks in Abuja between Sudan and the rebels.", "SUPPORT", "kofi-annan", "sudan"},
		{"the Oslo process", "The European Union praised the parties to the Oslo peace process.", "SUPPORT", "european-union", ""},
		// Object control: "urged X to return" is a demand on X.
		{"object control", "Japan urged North Korea to return to talks.", "DEMAND", "japan", "north-korea"},
		// The subject of a demanded clause is the target.
		{"demanded that", "The United States demanded that North Korea abandon its nuclear program.", "DEMAND", "united-states", "north-korea"},
		// A light verb's subject acts; "received ... from" turns the roles round.
		{"reversed light verb", "Yasser Arafat received a telephone call from Secretary of State Madeleine Albright.", "CONSULT", "madeleine-albright", "yasser-arafat"},
		// A subject taken from a passive clause acts in the active one that depends on it.
		{"raised from a passive", "Vladimir Putin is expected to meet Joe Biden in Geneva.", "CONSULT", "vladimir-putin", "joe-biden"},
		// A pronoun subject of what a speaker says is the speaker.
		{"speaker", "Hungary said it will support the United Nations.", "AGREE", "hungary", "united-nations"},
		// A surname the tagger does not know opens the sentence: the recognized name is a
		// proper noun for the parser, so the conjoined verb shares its subject.
		{"known name as proper noun", "Biden met Xi Jinping and thanked Li Qiang.", "SUPPORT", "biden", "li-qiang"},
		// "him" is the person named last, unless that is the clause's own actor.
		{"him after the object", "Tomas Varga reprimanded Ivo Petrov, accusing him of lying.", "DISAPPROVE", "tomas-varga", "ivo-petrov"},
		{"him not the actor", "Emmanuel Macron said Vladimir Putin called him on Tuesday.", "CONSULT", "vladimir-putin", "emmanuel-macron"},
		// "the US president" refers back to the president named before, by the country's code.
		{"the US president", "US President George W. Bush arrived in Beijing. At the airport the US president was greeted by Foreign Minister Li Zhaoxing.", "CONSULT", "li-zhaoxing", "george-w-bush"},
		// "both" alone stands for the two actors named last as "A and B".
		{"both", "Japan and Australia refused to follow, although both have criticized Burma for its record.", "DISAPPROVE", "japan,australia", "myanmar"},
		// Summoning an envoy is a protest to the envoy's country; recalling one reduces relations.
		{"summoned", "Poland summoned Belarus's ambassador on Wednesday.", "DISAPPROVE", "poland", "belarus"},
		{"recalled", "Belarus recalled its ambassador from Warsaw on Thursday.", "SANCTION", "belarus", "poland"},
		// A named envoy summoned is the object; the title says what kind.
		{"summoned by name", "Poland summoned Belarus's ambassador Igor Kovalenko on Wednesday.", "DISAPPROVE", "poland", "igor-kovalenko"},
		// "told reporters that X would respond if Y ...": what was told, a threat.
		{"told that", "Kremlin spokesman Dmitry Peskov told reporters that Moscow would respond if NATO sent more troops.", "THREATEN", "dmitry-peskov", "nato"},
		// "both sides" after a verb are the two named before, not the one who speaks to them.
		{"both sides", "Narendra Modi met Shehbaz Sharif on Thursday. Xi Jinping urged both sides to resolve their disputes.", "DEMAND", "xi-jinping", "narendra-modi,shehbaz-sharif"},
		// "a charge Islamabad denied" answers the accuser, not the accused.
		{"a charge denied", "India accused Pakistan of sheltering militants, a charge Islamabad denied on Tuesday.", "REJECT", "pakistan", "india"},
		// A date between the subject and a past verb: the verb is read as one, not as an
		// adjective on its object.
		{"date before the verb", "The United States on Wednesday imposed sanctions on Venezuela's oil minister Pedro Tellechea.", "SANCTION", "united-states", "pedro-tellechea"},
		// A capital and its country are one target.
		{"capital and country", "Danish Minister of Foreign Affairs Per Stig Moeller on Friday condemned the bombings against three hotels in Amman, Jordan, Ritzau News Bureau reported.", "DISAPPROVE", "per-stig-moeller", "jordan"},
		// A person's opponents are not the person.
		{"opponents", "Benjamin Netanyahu's opponents blamed him for the rapprochement.", "DISAPPROVE", "", "benjamin-netanyahu"},
		// A participle's agents all act for the noun it modifies.
		{"agents of a participle", "The resolution, sponsored by Britain, France and Germany, censured Tehran.", "DISAPPROVE", "united-kingdom,france,germany", "iran"},
		// "its" on a nominal trigger is the clause's actor.
		{"its", "The Iranian government has improved its cooperation with the IAEA.", "COOPERATE", "iran", "international-atomic-energy-agency"},
		// "X-led": who leads the act acts.
		{"led", "The 2003 US-led invasion of Iraq toppled Saddam Hussein.", "ASSAULT", "united-states", "iraq"},
		// "the government" is the story's government, named before.
		// The "of" of a contact noun makes it; an invitation goes to who then acts.
		{"visit of", "The visit of Russian Prime Minister Mikhail Fradkov to China ended on Friday.", "CONSULT", "mikhail-fradkov", "china"},
		{"at the invitation of", "At the invitation of Premier Wen Jiabao, Mikhail Fradkov paid an official visit to China.", "CONSULT", "wen-jiabao", "mikhail-fradkov"},
		// A fronted phrase does not take the subject of the verb after it.
		{"fronted phrase", "At a meeting with Angela Merkel in Berlin, Joe Biden pledged support.", "CONSULT", "joe-biden", "angela-merkel"},
		// Courts: a sentence given is coercion of who receives it; a participle joined to a
		// passive verb is passive too.
		{"given a sentence", "Last Thursday Anton Kreuz was given a life sentence by a Berlin court.", "COERCE", "germany", "anton-kreuz"},
		{"convicted and sentenced", "Marek Zielinski was convicted of fraud and sentenced to nine years.", "COERCE", "", "marek-zielinski"},
		// "protested to X that": a complaint to X.
		{"protested to", "George Weah had protested to the National Elections Commission that the vote was rigged.", "DISAPPROVE", "george-weah", "national-elections-commission"},
		// A clause opened by "before" hung on the object belongs to the verb: its subject
		// heads into the talks, and the "with" on the verb is the other side.
		{"heading into talks", "Yasser Arafat told reporters before heading into talks with Hosni Mubarak at the palace.", "CONSULT", "yasser-arafat", "hosni-mubarak"},
		// A demand made of parties the text does not name: what they are to do is no
		// target, unless it is an act against someone, which the caller disapproves of.
		{"appeal to all parties", "Kofi Annan appealed to all parties to respect the Green Line.", "DEMAND", "kofi-annan", ""},
		{"urged others to denounce", "Aung San Suu Kyi urged the international community to denounce the abuses in Burma.", "DISAPPROVE", "aung-san-suu-kyi", "myanmar"},
		// "the secretary-general" is the one named with that title.
		{"the secretary-general", "UN Secretary-General Kofi Annan arrived on Monday. The secretary-general urged Israel to show restraint.", "DEMAND", "kofi-annan", "israel"},
		// "the two" before a verb are the two named last as "A and the B".
		{"the two held talks", "Madeleine Albright and the Dalai Lama agree on Tibet, the State Department said Thursday after the two held talks here.", "CONSULT", "madeleine-albright,dalai-lama", ""},
		// After a determiner and a name, a trigger is a noun: the visit is to the name.
		{"a Department visit", "During a State Department visit that lasted an hour, the Dalai Lama met John Shattuck.", "CONSULT", "dalai-lama", "state-department"},
		// Voiced indignation at something done by others disapproves of them.
		{"voiced indignation", "Beijing voiced great indignation at a meeting between Bill Clinton and the Dalai Lama.", "DISAPPROVE", "china", "bill-clinton,dalai-lama"},
		// A sentence the parser gives no finite verb: the trigger after the subject is it.
		{"no finite verb", "French Senate speaker Gerard Larcher and a group of senators held talks with leaders of Armenia's new government on Tuesday.", "CONSULT", "gerard-larcher", "armenia"},
		{"plural demonym subject", "The Armenians reject proposed Turkish changes to the border deal.", "REJECT", "armenia", "turkey"},
		// An abbreviated title before a name is the name's, not a subject of its own.
		{"PM before a name", "British PM Tony Blair met Jacques Chirac.", "CONSULT", "tony-blair", "jacques-chirac"},
		// "the South Korean minister" is the minister of that country named before.
		{"the X minister", "South Korean Foreign Minister Yoo Chong-ha will visit Japan. Japanese Foreign Minister Yukihiko Ikeda visited Seoul in January. The South Korean minister criticized Ryutaro Hashimoto on Friday.", "DISAPPROVE", "yoo-chong-ha", "ryutaro-hashimoto"},
		// A sentence opened by a participle keeps its finite verb as the root, and the
		// talks it speaks after are the speaker's; a body and its officer named together
		// are the officer.
		{"participle opener", "Speaking to journalists after talks with UN Secretary General Kofi Annan, Turkish Cypriot leader Rauf Denktash said he was optimistic.", "CONSULT", "rauf-denktash", "kofi-annan"},
		{"body and officer", "Rauf Denktash met UN Secretary General Kofi Annan on Monday.", "CONSULT", "rauf-denktash", "kofi-annan"},
		{"FM before a name", "Israeli FM Silvan Shalom met Abdullah Gul.", "CONSULT", "silvan-shalom", "abdullah-gul"},
		// A part of a body acts for the body, not for the country of its adjective.
		{"branch of", "The Yemeni branch of Al-Qaeda on Saturday threatened Saudi Arabia.", "THREATEN", "al-qaeda", "saudi-arabia"},
		// "he" in a clause of a sentence opened by a role and a name is that person.
		{"role before the opener", "The group, led by Abu Musab al-Zarqawi, kept up its attacks. Leading Sunni Arab politician Adnan al-Dulaimi on Saturday called for unity as he thanked Jalal Talabani.", "SUPPORT", "adnan-al-dulaimi", "jalal-talabani"},
		// "They" before a verb is the two named last as "A and B" in that sentence or the
		// one before; further back it is no one.
		{"they", "Argentina and Brazil rejected the plan on Friday. They complain that Washington's subsidies hurt their farmers.", "DISAPPROVE", "argentina,brazil", "united-states"},
		// The parties of an agreement are those it was reached between, not its broker.
		{"agreement reached between", "Mahmoud Abbas said he was satisfied with a US-brokered agreement reached on Tuesday between the Palestinians and Israel.", "AGREE", "palestine,israel", ""},
		// "later called X", read as "a man called John" with the verb the root participle.
		{"later called", "Emmanuel Macron later called German Chancellor Olaf Scholz.", "CONSULT", "emmanuel-macron", "olaf-scholz"},
		// A subject with a participle on it, the participle read as the verb: the accused
		// are acted on.
		{"accused of, acquitted", "The Danish soldiers accused of beating an Afghan teenager were acquitted on Thursday.", "DISAPPROVE", "", "denmark"},
		// A participle of its own after a comma keeps its parties: the boycott is not of
		// those complained of.
		{"comma participle's parties", "Serbia has been boycotting the province's institutions, complaining of harassment by Albania.", "SANCTION", "serbia", ""},
		// ... also when the parser hangs the participle on a nationality word as a clause.
		{"nationals accused of", "A verdict is due on Thursday in the trial of one Iranian and four Lebanese accused of killing four Kurdish leaders in 1992.", "DISAPPROVE", "", "lebanon"},
		// An office with a word of description or an age before it refers back to its
		// holder as the bare office does.
		{"the outspoken president", "President Mahmoud Ahmadinejad spoke in Tehran. The outspoken president condemned Israel on Wednesday.", "DISAPPROVE", "mahmoud-ahmadinejad", "israel"},
		{"the 66-year-old envoy", "Envoy James Baker arrived in Rabat. The 66-year-old envoy met Moroccan leaders on Monday.", "CONSULT", "james-baker", "morocco"},
		// "after the European Union failed to agree", read as a phrase "after the EU"
		// and a verb joined to the first: the clause has its own subject.
		{"after X failed", "Denmark said it would put forward the motion after the European Union failed to agree on a joint position.", "REJECT", "european-union", ""},
		// ... also with an apposition between: "after the chairman of the party, Lee, accused".
		{"after the chairman, X, accused", "The summons came after the chairman of the ruling New Korea Party, Lee Hoe-chang, accused the prosecution of bias.", "DISAPPROVE", "lee-hoe-chang", ""},
		// "as prosecutors investigated": a clause of its own whose subject names no one.
		{"as unnamed investigated", "The ailing founder of South Korea's failed Hanbo Group was moved from his jail to hospital after a reported stroke Tuesday as prosecutors investigated a scandal surrounding the conglomerate.", "INVESTIGATE", "", ""},
		// "Deputy interior minister Lumuna Ndubu said ..., and he urged": he is the
		// speaker named after a lower-case title, not the one named a sentence before.
		{"he after a title", "On Saturday, Mobutu Sese Seko offered to meet Laurent Kabila. Deputy interior minister Lumuna Ndubu said soldiers would be deployed, and he urged Kabila to stay away.", "DEMAND", "lumuna-ndubu", "laurent-kabila"},
		// "Pakistan, a key U.S. ally, has refused": an apposition, not a second actor.
		{"apposition read as conjunct", "Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in Iraq.", "REJECT", "pakistan", "iraq"},
		// "talks with A, general secretary of the party, and President B": both.
		{"name, title, and name", "Hu Jintao held talks with Nong Duc Manh, general secretary of the Communist Party of Vietnam, and Vietnamese President Tran Duc Luong.", "CONSULT", "hu-jintao", "nong-duc-manh,tran-duc-luong"},
		// "arrived ... as the first Libyan head of government to visit Croatia": a visit
		// done, by the one who arrived.
		{"the first to visit", "Ghanem, secretary of the General People's Committee of Libya, arrived in the Croatian capital Zagreb on Thursday as the first Libyan head of government to visit Croatia.", "CONSULT", "ghanem", "croatia"},
		// "the IAEA chief": the one who holds an office of that body ("IAEA Director
		// General Mohamed ElBaradei").
		{"the ORG chief", "IAEA Director General Mohamed ElBaradei visited Tehran on Monday. The IAEA chief urged Iran to suspend enrichment.", "DEMAND", "mohamed-elbaradei", "iran"},
		// "said at the start of a three-day visit to Luanda": the one who said is visiting.
		{"at the start of a visit", "Sao Tome's Prime Minister Maria Silveira said on Monday at the start of a three-day visit to Angola that she wanted closer ties.", "CONSULT", "sao-tome-and-principe,maria-silveira", "angola"},
		// "the Hariri killing": the name on a killing is who was killed.
		{"the X killing", "Former Prime Minister Rafiq Hariri was buried in Beirut. The Hariri killing threw the spotlight on Syria's role in Lebanon.", "ASSAULT", "", "rafiq-hariri"},
		// A measure "imposed by" or "announced by" X is X's.
		{"sanctions imposed by", "Burma said the sanctions imposed by the United States on Burma were for domestic consumption.", "SANCTION", "united-states", "myanmar"},
		// A currency is no party: "US dollars" is money, not the United States.
		{"currency", "Thailand pledged to contribute 2.5 million US dollars to a regional fund.", "AGREE", "thailand", ""},
		// "Lee" is a given name in English, but the family name of "Lee Teng-hui".
		{"family name of a hyphenated given name", "Newt Gingrich met Lee Teng-hui in Taipei. Lee later criticized China.", "DISAPPROVE", "lee-teng-hui", "china"},
		// "the US speaker": a holder of the office of no stated country.
		{"the US speaker", "House Speaker Newt Gingrich arrived in Taipei. At the presidential office, the US speaker met Lee Teng-hui.", "CONSULT", "newt-gingrich", "lee-teng-hui"},
		{"the government", "The South Korean government met the unions. On Tuesday the government urged Korean Air pilots to end the strike.", "DEMAND", "south-korea", "korean-air"},
		// "called for X to resign" is a demand on X; so is a call for X's act. A call for a
		// thing has no target.
		{"called for X to", "Opposition leader Maria Kowalska called on Sunday for Prime Minister Jan Nowak to resign.", "DEMAND", "maria-kowalska", "jan-nowak"},
		{"called for X's act", "Lebanon called for Syria's withdrawal from the Bekaa valley.", "DEMAND", "lebanon", "syria"},
		{"called for a thing", "Egypt called for a ceasefire in Gaza.", "DEMAND", "egypt", ""},
	}
	for _, c := range cases {
		// The first of the type, past an arrival ("arrived in Bangkok on Thursday. The
		// visiting minister met ..."), which is a visit of its own, unless it is the one.
		e, all := event(t, c.text, "2005-11-30", c.typ)
		for _, x := range all {
			if x.Type == c.typ && !(x.Mode == "visit" && strings.HasPrefix(x.Trigger, "arriv")) {
				e = x
				break
			}
		}
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt {
			t.Errorf("%s: %q\n  %s %s -> %s, want %s -> %s (events %+v)", c.name, c.text, c.typ, ids(e.Source), ids(e.Target), c.src, c.tgt, all)
		}
	}
	// Received by someone: a meeting, even with a relative clause before the verb and the
	// agent hung on the phrase before it; and the visit the clause tells of is the
	// visitor's, to the place "where" stands for.
	_, all := event(t, "Kamal Ganzoury, who flew in from Malaysia where he was on a three-day visit, was received on arrival in rainy weather by his counterpart Goh Chok Tong.", "2005-11-30", "")
	want := map[string]bool{"received goh-chok-tong -> kamal-ganzoury": false, "visit kamal-ganzoury -> malaysia": false}
	for _, e := range all {
		if k := e.Trigger + " " + ids(e.Source) + " -> " + ids(e.Target); e.Type == "CONSULT" {
			if _, ok := want[k]; ok {
				want[k] = true
			}
		}
	}
	for k, found := range want {
		if !found {
			t.Errorf("received by, clause before: no CONSULT %s (events %+v)", k, all)
		}
	}
	// "According to X, Y said the two leaders would meet": Y and the one Y spoke with, not X.
	for _, e := range New().Extract("t", "Emmanuel Macron spoke with Olaf Scholz by phone on Friday. According to the Elysee, Macron said the two leaders would meet again in Berlin.", timex.Date{}).Events {
		if e.Future && (hasRef(e.Source, "france") || !hasRef(e.Source, "olaf-scholz")) {
			t.Errorf("the two leaders' planned meeting: %+v", e)
		}
	}
	for _, e := range New().Extract("t", "Kofi Annan called on all parties to stop fighting.", timex.Date{}).Events {
		if e.Type == "FIGHT" && !e.Future && !e.Negated {
			t.Errorf("fighting asked to stop stored as done: %+v", e)
		}
	}
	if e, all := event(t, "Navin Ramgoolam, who met Monday with Li Peng, was due to meet Tuesday with Chinese President Jiang Zemin.", "1997-04-15", "CONSULT"); len(all) < 2 || !all[1].Future || !hasRef(all[1].Target, "jiang-zemin") {
		t.Errorf("the planned meeting with Jiang Zemin: %+v (events %+v)", e, all)
	}
	for _, e := range New().Extract("t", "Kofi Annan spoke in Geneva. Following his talks with Wu Yi, Renato Ruggiero met Li Lanqing. He will meet Li Peng on Tuesday.", timex.Date{}).Events {
		if hasRef(e.Target, "li-peng") && !hasRef(e.Source, "renato-ruggiero") {
			t.Errorf("\"He\" after \"Following his talks ..., Ruggiero met\" is not Ruggiero: %+v", e)
		}
	}
	// "leaders and meet": a base form has no subject of its own; the joined verb shares
	// the first one's subject, and its "will".
	if _, all := event(t, "James Baker will hold talks with Moroccan and Polisario Front leaders and meet with officials in Mauritania.", "1997-04-21", "CONSULT"); len(all) != 2 ||
		!hasRef(all[1].Source, "james-baker") || !hasRef(all[1].Target, "mauritania") || !all[1].Future {
		t.Errorf("the meeting joined to the talks: want james-baker -> mauritania, planned; events %+v", all)
	}
	// A phrase of time is no target: "after the defection of Japan".
	for _, e := range New().Extract("t", "Diplomats said Burma backed the text after the defection of Japan.", timex.Date{}).Events {
		if hasRef(e.Target, "japan") {
			t.Errorf("a party named in a phrase of time taken for the target: %+v", e)
		}
	}
	// Who hails talks takes no part in them.
	_, all = event(t, "The White House hailed the Zairean peace talks on Wednesday.", "2005-11-30", "CONSULT")
	for _, e := range all {
		if e.Type == "CONSULT" && (hasRef(e.Source, "united-states") || hasRef(e.Target, "united-states")) {
			t.Errorf("who hails talks takes part in them: %+v", e)
		}
	}
	for _, e := range New().Extract("t", "Argentina and Brazil met on Friday. Farmers gathered in Rosario. Police watched. They criticized the subsidies.", timex.Date{}).Events {
		if e.Type == "DISAPPROVE" && len(e.Source) > 0 {
			t.Errorf("\"They\" three sentences after \"A and B\" taken for them: %+v", e)
		}
	}
	// The body whose meeting it is takes no part in it as a side.
	for _, e := range New().Extract("t", "George W. Bush attended the APEC economic leaders' meeting in Busan on Friday.", timex.Date{}).Events {
		for _, r := range append(append([]Ref(nil), e.Source...), e.Target...) {
			if e.Type == "CONSULT" && r.Text == "APEC" {
				t.Errorf("the body of a meeting attended taken for a side: %+v", e)
			}
		}
	}
	// Acquitted of an act is no act; who died in an attack did not attack.
	for _, e := range New().Extract("t", "Danish soldiers acquitted of killing Afghan teenager. Ahmad Wali died in an attack on Afghan civilians near Kandahar.", timex.Date{}).Events {
		if e.Type == "ASSAULT" && len(e.Source) > 0 {
			t.Errorf("an act acquitted of, or suffered, given an actor: %+v", e)
		}
	}
	// "he" in a clause of a sentence opened by a person is that person, not the subject of
	// the sentence before.
	_, all = event(t, "Antony Blinken spoke with Radoslaw Sikorski on Wednesday. Germany's Chancellor Olaf Scholz is due to visit Warsaw on Friday, when he will meet Prime Minister Donald Tusk.", "2005-11-30", "CONSULT")
	for _, e := range all {
		if e.Trigger == "meet" && ids(e.Source) != "olaf-scholz" {
			t.Errorf("he after the opener: %s meets, want olaf-scholz", ids(e.Source))
		}
	}
	// "the two state leaders": the last two leaders of different countries, not the
	// spokesman who says it.
	_, all = event(t, "Chinese President Hu Jintao met French President Jacques Chirac in 2004. Foreign Ministry spokesman Zhao Qizheng said the two state leaders met twice in 2005.", "2005-11-30", "CONSULT")
	if len(all) < 2 || ids(all[1].Source) != "hu-jintao,jacques-chirac" || all[1].Date != "2005" {
		t.Errorf("the two state leaders: %+v", all)
	}
	// The head of a body written in lower case is the person, not the body.
	if e, all := event(t, "The visit by WTO secretary general Renato Ruggiero was welcomed by Beijing.", "1997-04-15", "CONSULT"); ids(e.Source) != "renato-ruggiero" {
		t.Errorf("visit by a body's secretary general: %+v (events %+v)", e, all)
	}
	// "accused of the murder" with no one named as accuser: the accused is the target and
	// no actor is made up.
	e, all := event(t, "Alexei Navalny was accused of the murder of a businessman.", "2005-11-30", "DISAPPROVE")
	if len(e.Source) != 0 || ids(e.Target) != "alexei-navalny" {
		t.Errorf("accused with no actor: %+v (events %+v)", e, all)
	}
	// No actor is its own target.
	for _, e := range New().Extract("t", "Iran accused the Iranian opposition of treason.", timex.Date{}).Events {
		for _, s := range e.Source {
			for _, g := range e.Target {
				if s.ID != "" && s.ID == g.ID {
					t.Errorf("%s has %s as actor and target", e.Trigger, s.ID)
				}
			}
		}
	}
}

func TestModality(t *testing.T) {
	cases := []struct {
		name, text, typ string
		found, future   bool
		negated         bool
	}{
		{"wanted meeting", "Recep Tayyip Erdogan wants to meet Vladimir Putin next week.", "CONSULT", true, true, false},
		{"planned visit", "Narendra Modi plans to visit the United States in June.", "CONSULT", true, true, false},
		{"negated meeting", "Recep Tayyip Erdogan did not meet Benjamin Netanyahu in New York.", "CONSULT", true, false, true},
		{"done meeting", "Recep Tayyip Erdogan met Benjamin Netanyahu in New York.", "CONSULT", true, false, false},
		// "is to", "was to": arranged, not done; "is" read as a copula or as an auxiliary.
		{"is to meet", "The Dalai Lama is to meet President Jacques Chirac later in the day.", "CONSULT", true, true, false},
		{"was to meet", "Helmut Kohl was to meet later in the day with Jacques Chirac.", "CONSULT", true, true, false},
		// A name that starts with a common noun of a frame's list is a name: "Bill", "Rose".
		{"met Bill Clinton", "The Dalai Lama met Bill Clinton in Washington.", "CONSULT", true, false, false},
		// A plan for a past day, in the pluperfect: it did not happen.
		{"had been due to meet", "Emmanuel Macron had been due to meet Narendra Modi on Monday but the meeting was cancelled.", "CONSULT", true, false, true},
		// What "will continue" goes on already: no plan. "would continue" may be a condition's.
		{"will continue to urge", "Beijing will continue to urge Malaysia to investigate the cases, Liu Jianchao said.", "DEMAND", true, false, false},
		{"will urge", "Beijing will urge Malaysia to investigate the cases, Liu Jianchao said.", "DEMAND", true, true, false},
		{"reacted calmly", "Beijing reacted calmly to the Danish motion on Tuesday.", "DISAPPROVE", false, false, false},
		// Calling someone a name is no call, however the parser hangs the name.
		{"called X a label", `Iran called Israel "a terrorist state" on Monday.`, "CONSULT", false, false, false},
		{"called a move a label", "China called the U.S. move a serious provocation on Monday.", "CONSULT", false, false, false},
		{"a call", "Iran called Israel on Monday.", "CONSULT", true, false, false},
		// What "must" be done is a demand only when someone voices it; a rule is none.
		{"a rule's must", "Jean Ravou takes over from American Francis Lambert, who at 75 must retire.", "DEMAND", false, false, false},
		{"a voiced must", "The forum concluded on Saturday that the United States must allocate more money.", "DEMAND", true, false, false},
		{"a must according to", "Israel must withdraw from Gaza, according to Mahmoud Abbas.", "DEMAND", true, false, false},
		{"a must in a headline with its speaker", "Kofi Annan: Syria must withdraw from Lebanon\n\nThe call came on Monday.", "DEMAND", true, false, false},
		// "will continue to" a place, to meet: a plan still.
		{"will continue to a place", "Condoleezza Rice will continue to Jerusalem to meet Ehud Olmert.", "CONSULT", true, true, false},
		// A coming visit is a plan; so is what is resolved, as what is decided.
		{"coming visit", "The coming visit by Renato Ruggiero to China was welcomed by Beijing.", "CONSULT", true, true, false},
		{"resolved to hold talks", "Somali lawmakers resolved to hold talks with Kenya.", "CONSULT", true, true, false},
		// Hinting at an act is no act.
		{"hinted at canceling", "South Korean Foreign Minister Ban Ki-moon hinted at canceling his visit to Japan.", "SANCTION", true, true, false},
		// A failure to act is no act; nor does one who refuses a motion do what it does.
		{"failure to agree", "Kiev's failure to agree with Moscow on gas prices worried Brussels.", "AGREE", false, false, false},
		{"failure to arrest", "Brussels froze the talks over Zagreb's failure to arrest Ante Gotovina.", "COERCE", true, true, true},
		{"motion not supported", "France said it would not support the resolution condemning China's human rights record.", "DISAPPROVE", true, false, true},
		// "could not": what was not done then ("could" is the past of "can"), not what may be.
		{"could not agree", "Russia could not agree with the United States on a final declaration.", "REJECT", true, false, false},
		{"could agree", "Russia could agree with the United States on a final declaration.", "AGREE", true, true, false},
		{"could not agree more", "Tony Blair said he could not agree more with George Bush.", "AGREE", true, false, false},
		// "without talking to": it did not happen.
		{"without meeting", "The mediators, Juan Cipriani and Anthony Vincent, left without talking to Alberto Fujimori.", "CONSULT", true, false, true},
		// "no country backed": no one did.
		{"no one as subject", "Diplomats said no Asian country backed the resolution on China.", "SUPPORT", true, false, true},
		// "the first head of government to visit": one who did; "offered for the first
		// time to meet": still an offer.
		{"the first to visit", "Shukri Ghanem arrived in the Croatian capital Zagreb on Thursday as the first Libyan head of government to visit Croatia.", "CONSULT", true, false, false},
		{"for the first time to meet", "On Saturday, Mobutu Sese Seko offered for the first time to meet Laurent Kabila.", "CONSULT", true, true, false},
		// "until Belarus withdraws", read as "in place until Belarus" and a clause of
		// its own: the withdrawal is a condition, not a fact.
		{"until read as a preposition", "The sanctions will stay in place until Belarus withdraws its troops, Polish Foreign Minister Pavel Dvorak said.", "RETREAT", false, false, false},
		// Asked to comment: a question, not a demand.
		{"asked to comment", "When asked to comment on George Bush's remarks in Kyoto, Liu Jianchao said that China pursues peaceful development.", "DEMAND", false, false, false},
		// Asked whether or if: a question, not a demand.
		{"asked whether", "When asked if France would block Macedonia's candidacy, Philippe Douste-Blazy said the question was open.", "DEMAND", false, false, false},
		// "after his advocate was shot dead", "after" read as a preposition: the clause is
		// passive, with no one named who shot.
		{"after X was shot", "The delay came after Taha Yassin Ramadan refused to use the lawyer the court appointed after his advocate was shot dead.", "ASSAULT", false, false, false},
		// An interest in signing, a chance to meet: still to come.
		{"interest in signing", "Spain has shown interest in signing a deal with Bangladesh.", "SUPPORT", true, true, false},
		{"opportunity to meet", "The visit will be an opportunity for Condoleezza Rice to meet Angela Merkel.", "CONSULT", true, true, false},
		// A meeting arranged is planned; one held, however hastily arranged, is done.
		{"held an arranged meeting", "Ahmed Aboul Gheit held a hastily arranged meeting with Ehud Barak on Monday.", "CONSULT", true, false, false},
		{"the planned meeting", "Ahmed Aboul Gheit will hold the planned meeting with Ehud Barak on Monday.", "CONSULT", true, true, false},
		{"asked for a meeting", "Kim Jong Un asked for a meeting with Moon Jae-in.", "CONSULT", false, false, false},
		{"condition", "If Vladimir Putin meets Joe Biden, the talks will be long.", "CONSULT", false, false, false},
		// "A had assured B that he would not": the assurance happened; what it promises is
		// not an attack.
		{"assured that not", "Vladimir Putin had assured Emmanuel Macron that he would not attack Ukraine.", "AGREE", true, false, false},
		// A present tense reported on a day is no schedule: the day is the report's.
		{"reported present", "Madeleine Albright and Yasser Arafat agree on the plan, the State Department said Thursday.", "AGREE", true, false, false},
		// Mulling the question of a release is no release.
		{"mulling a release", "Officials said Israel is mulling the question of releasing Marwan Barghouti.", "CONCEDE", true, true, false},
		// A bare verb joined to a planned one is planned too; one with its own tense is not.
		{"joined to will", "Officials said Li Qiang will hold talks with Olaf Scholz, meet with President Frank-Walter Steinmeier and visit a factory.", "CONSULT", true, true, false},
		// Setting out determined to ask is not yet asking.
		{"determined to ask", "Yasser Arafat arrived here Monday determined to ask Hosni Mubarak to make more efforts.", "DEMAND", true, true, false},
		// Talks announced or agreed are still to come; talks postponed did not happen.
		{"announced talks", "Kenya welcomed the talks between Ethiopia and Eritrea announced on Monday.", "CONSULT", true, true, false},
		{"postponed talks", "Tony Blair postponed his talks with Jacques Chirac.", "CONSULT", true, false, true},
		// A verb with "off" undoes a contact as "cancel" does, and is no light verb making one.
		{"called off", "Rafik Hariri called off his visit to Canada.", "CONSULT", true, true, true},
		{"put off", "Rafik Hariri put off his trip to Canada.", "CONSULT", true, false, true},
		// What a visit was aimed at is meant; the visit is not.
		{"aimed at", "Carlo Azeglio Ciampi said his visit to Turkey was aimed at strengthening relations.", "CONSULT", true, false, false},
		// Scrapped plans did not happen.
		{"scrapped plans", "Tung Chee-hwa said Wednesday that he had scrapped plans to visit the United States.", "CONSULT", true, false, true},
		// What one is asked to stop, kept from, or only tries to obtain did not happen.
		{"protected from", "The zone was set up in 1992 to protect Iraqi Kurds from air attack by Iraq.", "ASSAULT", true, true, false},
		{"efforts to secure", "The United States failed in its efforts to secure UN condemnation of Iraq.", "DISAPPROVE", true, true, false},
		// What one only seeks to persuade others to do is not done.
		{"seeking to persuade", "The European Space Agency had been seeking to persuade Germany to give money to France.", "AID", true, true, false},
		// Forbidden contacts did not happen.
		{"forbade contacts", "In 1991 the Israeli defense ministry forbade Israeli contacts with Nahum Manbar.", "CONSULT", true, false, true},
		// No plans for a visit: no visit.
		{"no plans for", "Michael McCurry said there were no plans for Li Peng's visit to Washington.", "CONSULT", true, true, true},
		// What is only permitted, or awaited "until" it happens, has not happened.
		{"until it recognizes", "Congress said Hamas should be kept out of the polls until it recognizes Israel.", "SUPPORT", false, false, false},
		{"permitted to", "Officials said Israel was permitted to attack Hezbollah.", "ASSAULT", true, true, false},
	}
	for _, c := range cases {
		e, all := event(t, c.text, "2005-11-30", c.typ)
		found := e.Type != "" && (c.typ != "CONSULT" || !e.Future || c.future)
		if c.name == "asked for a meeting" || c.name == "condition" {
			found = e.Type != "" && !e.Future && !e.Negated
		}
		if found != c.found || c.found && (e.Future != c.future || e.Negated != c.negated) {
			t.Errorf("%s: %q: %+v (want found %v future %v negated %v; events %+v)", c.name, c.text, e, c.found, c.future, c.negated, all)
		}
	}
	for _, e := range New().Extract("t", "Officials said Li Qiang will hold talks with Olaf Scholz, meet with President Frank-Walter Steinmeier and visit a factory.", timex.Date{}).Events {
		if e.Type == "CONSULT" && hasRef(e.Target, "frank-walter-steinmeier") && !e.Future {
			t.Errorf("a meeting joined to a planned one is stored as done: %+v", e)
		}
	}
	for _, e := range New().Extract("t", "Vladimir Putin did not meet Xi Jinping and criticized Joe Biden.", timex.Date{}).Events {
		if e.Type == "DISAPPROVE" && e.Negated {
			t.Errorf("a verb with its own tense took the negation of the one before: %+v", e)
		}
	}
	// What an appeal asks of its addressees is still to come, and theirs.
	for _, e := range New().Extract("t", "Kofi Annan appealed to Japan and Germany to continue supporting Liberia.", timex.Date{}).Events {
		if e.Type == "SUPPORT" && (!e.Future || !hasRef(e.Source, "japan")) {
			t.Errorf("the support asked of Japan and Germany: %+v", e)
		}
	}
	_, all := event(t, "Vladimir Putin had assured Emmanuel Macron that he would not attack Ukraine.", "2005-11-30", "")
	for _, e := range all {
		if e.Type == "ASSAULT" && !e.Future && !e.Negated {
			t.Errorf("an attack promised not to happen is stored as done: %+v", e)
		}
	}
}

func TestDates(t *testing.T) {
	cases := []struct {
		name, text, date, typ, want string
	}{
		{"weekday of the publication week", "Vladimir Putin called Emmanuel Macron on Tuesday.", "2025-07-03", "CONSULT", "2025-07-01"},
		{"date hung on the reporting verb", "Olaf Scholz met Xi Jinping in Beijing on Monday, the German government said.", "2023-11-01", "CONSULT", "2023-10-30"},
		{"perfect without a stated time", "Vladimir Putin has met Emmanuel Macron.", "2025-07-03", "CONSULT", ""},
		{"no stated date: the report's", "Vladimir Putin met Emmanuel Macron.", "2025-07-03", "CONSULT", "2025-07-03"},
		{"a date that names a war", "Saddam Hussein, who fought the 1980-1988 war, met Hafez al-Assad.", "2000-05-04", "CONSULT", "2000-05-04"},
		// A participle of speech brings what it says with its dates.
		{"a date in what is said alongside", "After wrapping up a two-day meeting, the APEC ministers endorsed a joint statement, saying the 6th World Trade Organization Ministerial Conference in Hong Kong next month would be a critical step in achieving a deal by the end of 2006.", "2005-11-16", "SUPPORT", "2005-11-16"},
		// A date on the verb's object naming the same kind of act is the verb's, and a
		// "when" clause takes it; "the two" are the two people named last.
		{"a date on an invitation offered", "Yoo Chong-Ha praised Japan, an official said. Yukuhiko Ikeda offered the invitation in February when the two met in Singapore, she said.", "1997-04-04", "CONSULT", "1997-02"},
		// A weekday the parser took for the subject dates the clause it ends.
		{"weekday read as a subject", "After ordering the roundup of 23 strike leaders Monday, Arafat's Palestinian Authority reportedly arrested several more teachers overnight.", "1997-04-23", "COERCE", "1997-04-23"},
		// A date in the phrase of another happening is that happening's.
		{"the date of another happening", "Norwegian authorities asked Canada for his extradition in connection with a collision in July 1992 between his ship and a whaler.", "1997-04-11", "DEMAND", "1997-04-11"},
		{"planned keeps its date", "Narendra Modi will visit the United States on June 21.", "2023-05-31", "CONSULT", "2023-06-21"},
		// An act right after one a year names falls in that year; "60 years after" does not.
		{"after an act of a named year", "The United Nations imposed sanctions on Iraq after Iraq invaded Kuwait in 1990.", "1997-04-28", "SANCTION", "1990"},
		{"years after", "Ghana recognized Togo 60 years after Togo declared its independence in 1960.", "2020-05-04", "SUPPORT", "2020-05-04"},
		// The day a pluperfect was reported on is no day of it, however the parser hangs it.
		{"said Friday that had agreed", "An adviser to Mobutu Sese Seko said Friday that Mobutu had agreed to meet Laurent Kabila.", "1997-04-19", "AGREE", ""},
		{"said Friday had agreed", "An adviser to Mobutu Sese Seko said Friday the president had agreed in principle to meet Laurent Kabila at the request of Nelson Mandela.", "1997-04-19", "AGREE", ""},
		{"said Friday, a simple past", "The Burmese foreign ministry said Friday that Thailand rejected the offer.", "1997-04-19", "REJECT", "1997-04-18"},
		// Talks held at an occasion take its time; "the weekend" fixes only the month.
		// A visit of several days with no stated day has no one day; a stated arrival day stays.
		{"a multi-day visit, no stated day", "Shinzo Abe is wrapping up a three-day visit to India.", "2015-12-14", "CONSULT", "2015-12"},
		{"a multi-day visit begun on a day", "Shinzo Abe arrived in Delhi on Saturday for a three-day visit.", "2015-12-14", "CONSULT", "2015-12-12"},
		{"the participle of a noun", "Mahmoud Abbas said he was satisfied with a US-brokered agreement reached on Tuesday between the Palestinians and Israel.", "2005-11-16", "AGREE", "2005-11-15"},
		// A date the parser glued to a name before it ("the Social Democrats last month")
		// is the clause's.
		{"a date glued to a name", "It would be hard to pass the budget without the votes of the Green Party which withdrew its support for the Social Democrats last month, he said.", "2005-11-30", "RETREAT", "2005-10"},
		// A decade is no day, month or year of the report's: no date.
		{"a decade", "In the early 1980s Malaysia launched an assault on the treaty system.", "1997-04-30", "ASSAULT", ""},
		// A "when" clause right after a date happened then; what is said in a statement
		// or an interview takes the day it was issued or published.
		{"when after a date", "The country has been split since 1974 when Turkish mainland troops invaded the northern third of Cyprus.", "1997-04-16", "ASSAULT", "1974"},
		{"a statement issued on a day", "In a statement issued late Tuesday, Islamic Jihad criticised Mahmud Abbas.", "2005-12-07", "DISAPPROVE", "2005-12-06"},
		// The statement's day is that of each act it makes, the second of two verbs sharing
		// the subject too; an aside between the subject and its verb is no verb of the clause.
		{"a statement's second act", "In a statement issued late Tuesday, Hamas criticised Mahmud Abbas for calling the raid an act of terror and called on him to stop arresting its members.", "2005-12-07", "DEMAND", "2005-12-06"},
		{"a statement as an aside", "Annan, in a statement issued in Geneva on Monday, praised Halonen's contribution and stressed that she was determined to press ahead.", "2005-12-07", "SUPPORT", "2005-12-05"},
		// A meeting offered on a day is planned for no stated day: the day is the offer's.
		{"the day of an offer to meet", "On Tuesday, Vladimir Putin offered to meet Volodymyr Zelensky.", "2005-12-07", "CONSULT", ""},
		{"the offer's own day", "On Tuesday, Vladimir Putin offered to meet Volodymyr Zelensky.", "2005-12-07", "AGREE", "2005-12-06"},
		// Not wanting to meet is a refusal, made when it is said.
		{"a refusal on its day", "On Tuesday, Mobutu Sese Seko said he did not want to meet Laurent Kabila.", "1997-04-30", "REJECT", "1997-04-29"},
		{"a refusal reported", "Mobutu Sese Seko did not want to meet Laurent Kabila.", "1997-04-30", "REJECT", "1997-04-30"},
		{"an interview published on a day", "Vladimir Putin criticized NATO in an interview published on Sunday.", "2005-11-30", "DISAPPROVE", "2005-11-27"},
		// A planned act on a bare weekday of its own, or of the verb that plans it, is on
		// the weekday after the report; a perfect's conjunct has no day of its own.
		{"a planned weekday", "Dariusz Rosati was holding talks Friday at the ministry and on Saturday was scheduled to meet with his Thai counterpart Prachuab Chaiyasarn.", "1997-04-18", "CONSULT", "1997-04-19"},
		{"the weekday of the offer", "On Saturday, Mobutu Sese Seko offered for the first time to meet Laurent Kabila.", "1997-04-13", "CONSULT", "1997-04-12"},
		{"a perfect's conjunct", "Vladimir Putin has met Emmanuel Macron and criticized Olaf Scholz.", "2005-11-30", "DISAPPROVE", ""},
		// An act on two days joined has no one day: its month.
		{"two days joined", "Frank-Walter Steinmeier paid a visit to the United States on Monday and Tuesday.", "2005-11-30", "CONSULT", "2005-11"},
		{"the time of the occasion", "Jacob Zuma raised the crisis in talks with Nicolas Sarkozy, on the sidelines of a summit held at the weekend in Nice.", "2010-06-02", "CONSULT", "2010-05"},
	}
	for _, c := range cases {
		e, all := event(t, c.text, c.date, c.typ)
		if e.Type == "" || e.Date != c.want {
			t.Errorf("%s: %q: date %q, want %q (events %+v)", c.name, c.text, e.Date, c.want, all)
		}
	}
}

// TestGovernmentNamedLast checks that "the government" stands for the country whose
// government the story named last, not for a country named after it.
func TestGovernmentNamedLast(t *testing.T) {
	r := New().Extract("t", "The Danish government plans to send more troops to Afghanistan, the news bureau reported. The government also criticized Russia.", timex.Date{})
	for _, e := range r.Events {
		if e.Type == "DISAPPROVE" && !hasRef(e.Source, "denmark") {
			t.Errorf("the government taken for another country: %+v", e)
		}
	}
}

// TestPlannedVisitNamedAgain checks that a visit named with no day in a story that plans
// one to the same place is the planned visit, not one done on the article's day.
func TestPlannedVisitNamedAgain(t *testing.T) {
	_, all := event(t, "Manouchehr Mottaki will visit Pakistan this week, an official said. Mottaki's visit to Pakistan comes ahead of talks with the European Union.", "2005-12-12", "CONSULT")
	for _, e := range all {
		if e.Type == "CONSULT" && e.Mode == "visit" && !e.Future {
			t.Errorf("the planned visit stored as done: %+v", e)
		}
	}
}

// TestBylineIsNoName checks that the writer's name ending an agency headline takes no
// part in its event, while an agent the story names again does.
func TestBylineIsNoName(t *testing.T) {
	r := New().Extract("t", "Clinton meets Hong Kong democrat Lee by Gretchen Cook\n\nBill Clinton met Martin Lee on Friday.", timex.Date{})
	for _, m := range r.Entities {
		if m.Text == "Gretchen Cook" {
			t.Errorf("the byline taken for a name: %+v", m)
		}
	}
	r = New().Extract("t", "Minister killed by Abu Musab Zarqawi\n\nAbu Musab Zarqawi's group said it killed the minister.", timex.Date{})
	found := false
	for _, m := range r.Entities {
		found = found || m.Text == "Abu Musab Zarqawi" && m.Start < 40
	}
	if !found {
		t.Errorf("the agent of a headline dropped: %+v", r.Entities)
	}
}

// TestCreditLinesAreNoNames checks that the lines crediting a story's writers and editors
// name no one, while a sentence opening with "By" is read as usual.
func TestCreditLinesAreNoNames(t *testing.T) {
	r := New().Extract("t", "Blinken meets Wang Yi\n\nBy John Smith\n\nAntony Blinken met Wang Yi in Munich on Friday.\n\nReporting by Jane Doe; Editing by Mark Heinrich", timex.Date{})
	for _, m := range r.Entities {
		switch m.Text {
		case "John Smith", "Jane Doe", "Mark Heinrich", "Editing":
			t.Errorf("a credit taken for a name: %+v", m)
		}
	}
	found := false
	for _, m := range New().Extract("t", "By Tuesday, Angela Merkel had met Jacques Chirac twice.", timex.Date{}).Entities {
		found = found || m.ID == "angela-merkel"
	}
	if !found {
		t.Error("a sentence opening with \"By\" lost its names")
	}
}

func TestMergeKeepsDistinctContacts(t *testing.T) {
	date, _ := timex.ParseDate("2025-07-04")
	// Two calls on two days stay two events.
	r := New().Extract("t", "Vladimir Putin called Emmanuel Macron on Monday.\n\nVladimir Putin called Emmanuel Macron again on Wednesday.", date)
	days := map[string]bool{}
	for _, e := range r.Events {
		if e.Type == "CONSULT" && e.Mode == "phone" {
			days[e.Date] = true
		}
	}
	if !days["2025-06-30"] || !days["2025-07-02"] || len(days) != 2 {
		t.Errorf("two calls on two days: %v (events %+v)", days, r.Events)
	}
	// One contact reported in a headline and in the story stays one.
	r = New().Extract("t", "Putin and Macron hold phone talks\n\nVladimir Putin and Emmanuel Macron held phone talks on Tuesday.", date)
	n := 0
	for _, e := range r.Events {
		if e.Type == "CONSULT" && !e.Implied {
			n++
		}
	}
	if n != 1 {
		t.Errorf("one contact in a headline and the story: %d events %+v", n, r.Events)
	}
}

func TestHeadline(t *testing.T) {
	date, _ := timex.ParseDate("2024-03-01")
	r := New().Extract("t", "Joe Biden speaks with Volodymyr Zelensky by phone\n\nThe call lasted an hour.", date)
	for _, e := range r.Events {
		if e.Type == "CONSULT" && strings.Contains(ids(e.Source)+","+ids(e.Target), "joe-biden") && strings.Contains(ids(e.Source)+","+ids(e.Target), "volodymyr-zelensky") {
			if e.Future || e.Date != "2024-03-01" {
				t.Errorf("headline call: %+v", e)
			}
			return
		}
	}
	t.Errorf("no call in the headline: %+v", r.Events)
}

// TestHeadlineVerbAfterNames checks that a headline's verb after the names that open it
// is read as a verb, so both names act: "Xi and Putin pledge closer ties".
func TestHeadlineVerbAfterNames(t *testing.T) {
	e, all := event(t, "Xi and Putin pledge closer ties as Ukraine war grinds on\n\nThe two met in Moscow.", "2023-03-21", "AGREE")
	if ids(e.Source) != "xi,putin" {
		t.Errorf("headline pledge: %s, want xi,putin (events %+v)", ids(e.Source), all)
	}
}

// TestHeadlineCommaJoinsNames checks headline grammar's comma for "and": both names
// before the verb act, whatever the body says (here nothing), and the place of the talks
// is no topic of them.
func TestHeadlineCommaJoinsNames(t *testing.T) {
	for _, c := range []struct{ text, typ, src, topics string }{
		{"Marek Dolny, Ines Varga discuss grain exports by phone", "CONSULT", "marek-dolny,ines-varga", ""},
		{"Chile, Peru sign border accord", "SUPPORT", "chile,peru", ""}, // signing is SUPPORT, as in wire-qa-dev.md
		{"Dolny, Varga hold talks on fishing rights in Oslo talks", "CONSULT", "dolny,varga", ""},
		{"Dolny, Varga discuss Iran in Oslo talks", "CONSULT", "dolny,varga", "iran"},
	} {
		e, all := event(t, c.text+"\n\nOfficials gave no details.", "2024-05-02", c.typ)
		if ids(e.Source) != c.src || ids(e.Topics) != c.topics {
			t.Errorf("%q: %s %s about %q, want %s about %q (events %+v)", c.text, c.typ, ids(e.Source), ids(e.Topics), c.src, c.topics, all)
		}
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := loadFrames()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"meet", "call", "urge", "sanction", "attack", "fight"} {
		if len(lx.verbs[l]) == 0 {
			t.Errorf("no frame for the verb %q", l)
		}
	}
	_, hold := lx.light["hold"]
	if len(lx.nouns["talks"]) == 0 || !hold || !lx.light["receive"] || !lx.speech["say"] {
		t.Errorf("lexicon incomplete: talks %v hold %v receive %v say %v", lx.nouns["talks"], hold, lx.light["receive"], lx.speech["say"])
	}
}

func TestDatelineEnd(t *testing.T) {
	for text, want := range map[string]string{
		"MOSCOW -- Condoleezza Rice met Sergei Lavrov.":          "MOSCOW -- ",
		"KABUL (AP) - Troops left.":                              "KABUL (AP) - ",
		"WASHINGTON, Nov. 11 (Xinhua)-- US President Bush said.": "WASHINGTON, Nov. 11 (Xinhua)-- ",
		"NATO-led troops - who arrived - left.":                  "",
		"Vladimir Putin - the president - spoke.":                "",
		"US forces left.":                                        "",
	} {
		if got := text[:datelineEnd(text)]; got != want {
			t.Errorf("%q: dateline %q, want %q", text, got, want)
		}
	}
	e, all := event(t, "MOSCOW -- Secretary of State Condoleezza Rice, who met Sergei Lavrov on Friday, urged Russia to back sanctions.", "2006-01-21", "CONSULT")
	if ids(e.Source) != "condoleezza-rice" || ids(e.Target) != "sergei-lavrov" {
		t.Errorf("a dateline's city took the subject: %+v (events %+v)", e, all)
	}
}

// TestFramesBeyondVerbs covers the frames that are not a plain verb and its object.
func TestFramesBeyondVerbs(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
		future                    bool
	}{
		{"predicate adjective", "King Hussein has been highly critical of Benjamin Netanyahu's policies.", "DISAPPROVE", "hussein", "benjamin-netanyahu", false}, // "King" is his role
		{"a voiced call for harm threatens", "Mahmoud Ahmadinejad said Israel must be wiped off the map.", "THREATEN", "mahmoud-ahmadinejad", "israel", false},
		{"not wanting to meet is a refusal", "Mobutu Sese Seko did not want to meet Laurent Kabila on the ship.", "REJECT", "mobutu-sese-seko", "laurent-kabila", false},
		{"a quantity before the noun", "Australia had imposed a number of restrictions on Burma.", "SANCTION", "australia", "myanmar", false},
		{"a kept embargo", "The United States still maintains a trade embargo on North Korea.", "SANCTION", "united-states", "north-korea", false},
		{"a demand's that-clause", "The dispute is over a demand by Russia that Ukraine pay market prices.", "DEMAND", "russia", "ukraine", false},
		{"a passive participle with its agent", "Silvio Berlusconi, informed late Monday by Tony Blair of the proposal, reserved his judgement.", "CONSULT", "tony-blair", "silvio-berlusconi", false},
		{"a target deep in what the verb governs", "Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "MOBILIZE", "united-kingdom", "iraq", false},
		{"not the condition's name", "Israel threatened to ban flights to Egypt if Hamas ran in the election.", "THREATEN", "israel", "egypt", false},
		{"a visit hung on a time word", "Jalal Talabani arrived in Tehran on Monday afternoon for a three-day official visit.", "CONSULT", "jalal-talabani", "iran", false},
		{"their meeting", "President Bill Clinton told Martin Lee during their meeting that he was worried.", "CONSULT", "bill-clinton", "martin-lee", false},
	}
	for _, c := range cases {
		e, all := event(t, c.text, "2005-12-16", c.typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt || e.Future != c.future {
			t.Errorf("%s: %q\n  %s %s -> %s future %v, want %s -> %s future %v (events %+v)", c.name, c.text, c.typ, ids(e.Source), ids(e.Target), e.Future, c.src, c.tgt, c.future, all)
		}
	}
	// What "must" be done to Israel has not been done.
	_, all := event(t, "Mahmoud Ahmadinejad said Israel must be wiped off the map.", "2005-12-16", "")
	for _, e := range all {
		if e.Type == "ASSAULT" && !e.Future {
			t.Errorf("a call for an attack stored as an attack: %+v", e)
		}
	}
}

// TestNounRootRepaired checks the repair of a sentence the parser reads as a noun phrase:
// the verb it hangs on the subject as a clause becomes the main verb again.
func TestNounRootRepaired(t *testing.T) {
	for _, c := range []struct{ text, typ, src, tgt string }{
		{"The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin closed its base.", "THREATEN", "azerbaijan", "russia"},
		{"Palestinians blamed Israel for the bombing in Tulkarm.", "DISAPPROVE", "palestine", "israel"},
	} {
		e, all := event(t, c.text, "2002-01-15", c.typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt {
			t.Errorf("%q: %s %s -> %s, want %s -> %s (events %+v)", c.text, c.typ, ids(e.Source), ids(e.Target), c.src, c.tgt, all)
		}
	}
}

// outerNotInner checks that text gives an event of type outer (when outer is not "") and
// no event of type inner that counts (unsourcedOnly: only one without an actor counts).
func outerNotInner(t *testing.T, text, date, outer, inner string, unsourcedOnly bool) {
	t.Helper()
	_, all := event(t, text, date, "")
	found := false
	for _, e := range all {
		found = found || e.Type == outer
		if e.Type == inner && (!unsourcedOnly || len(e.Source) == 0) {
			t.Errorf("%q: the %s it is about is an event of its own: %+v", text, inner, e)
		}
	}
	if !found && outer != "" {
		t.Errorf("%q: no %s (events %+v)", text, outer, all)
	}
}

// TestContentIsNoEvent checks that an actorless event inside what another event is about
// is not an event of its own: the bombing Israel is blamed for, the invitation rejected.
func TestContentIsNoEvent(t *testing.T) {
	outerNotInner(t, "Palestinians blamed Israel for the bombing of Raed Karmi in Tulkarm.", "2002-01-15", "DISAPPROVE", "ASSAULT", true)
	outerNotInner(t, "Hamas rejected an invitation to a meeting of Palestinian factions.", "2002-01-15", "REJECT", "CONSULT", true)
}

// TestAllegedActsAreNoEvents checks that what an accusation or a verdict says someone
// did ("accusing him of violating", "jailed for attacking") is not an event of the
// accuser: the accusation is; that a statement released is no concession; and that
// calling someone or something a name is no phone call.
func TestAllegedActsAreNoEvents(t *testing.T) {
	for _, c := range []struct{ text, outer, inner string }{
		{"Tomas Varga accused Ivo Petrov of attacking the parliament.", "DISAPPROVE", "ASSAULT"},
		{"Japan released a statement condemning North Korea.", "DISAPPROVE", "CONCEDE"},
		{"Erdogan called the move a provocation, and called Macron a liar.", "", "CONSULT"},
		{"A court in Kiev jailed Ivo Petrov for threatening Tomas Varga.", "COERCE", "THREATEN"},
	} {
		outerNotInner(t, c.text, "2005-12-14", c.outer, c.inner, false)
	}
}

// TestNoActorGuessed checks sentences where word order would guess a wrong actor or a
// wrong reading: a relative clause on a common noun ("violence that kills") has that noun
// as its actor, an intention is no act, weapons destroyed are no attack, a study that
// demonstrates is no protest, and the speaker after a quote is the subject of "warned".
func TestNoActorGuessed(t *testing.T) {
	for _, c := range []struct{ text, typ, src string }{
		{"Syria backs the process in Iraq, which aims at putting an end to bloody violence that kills civilians.", "ASSAULT", ""},
		{"The United States said it has no intention of attacking North Korea.", "ASSAULT", "future"},
		{"Cambodia destroyed two surface-to-air missiles on Friday.", "ASSAULT", ""},
		{"A study in Quebec demonstrated the danger of the bacteria.", "PROTEST", ""},
		{`"Hospitals must act," warned epidemiologist Clifford McDonald of the US Centers for Disease Control.`, "THREATEN", "clifford-mcdonald"},
	} {
		e, all := event(t, c.text, "2005-12-02", c.typ)
		switch {
		case c.src == "" && e.Type != "":
			t.Errorf("%q: %s %s -> %s, want no %s (events %+v)", c.text, e.Type, ids(e.Source), ids(e.Target), c.typ, all)
		case c.src == "future" && e.Type != "" && !e.Future && !e.Negated:
			t.Errorf("%q: %+v stated as done", c.text, e)
		case c.src != "" && c.src != "future" && (ids(e.Source) != c.src || len(e.Target) > 0):
			t.Errorf("%q: %s %s -> %s, want %s as the actor, no target (events %+v)", c.text, e.Type, ids(e.Source), ids(e.Target), c.src, all)
		}
	}
}

// TestClausesKeepTheirOwnTime checks that a clause joined by "and" with a subject of its
// own does not take the first clause's date, and that what someone is warned against has
// not happened.
func TestClausesKeepTheirOwnTime(t *testing.T) {
	text := "The European Union imposed new sanctions on Russian banks last month, and Washington has warned Beijing against supplying weapons to Moscow."
	e, all := event(t, text, "2023-03-21", "SANCTION")
	if e.Date != "2023-02" {
		t.Errorf("sanctions: date %q, want 2023-02 (events %+v)", e.Date, all)
	}
	for _, e := range all {
		if e.Trigger == "warned" && e.Date != "" {
			t.Errorf("'has warned' took the other clause's date: %+v", e)
		}
		if e.Trigger == "supplying" && !e.Future && !e.Negated {
			t.Errorf("what is warned against is stated as done: %+v", e)
		}
	}
}

// TestOneActReportedTwice checks that an act reported with its day and again without one
// ("have agreed", in a quote) is one act of that day, and that "Mr. Kabila" is the
// Laurent Kabila named before.
func TestOneActReportedTwice(t *testing.T) {
	text := "President Mobutu and Laurent Kabila agreed on Wednesday to hold talks, US envoy Bill Richardson announced. " +
		"\"I am pleased to announce that President Mobutu and Mr. Kabila have agreed to face-to-face talks,\" he said."
	_, all := event(t, text, "1997-04-30", "AGREE")
	n := 0
	for _, e := range all {
		if e.Type == "AGREE" {
			n++
			if e.Date != "1997-04-30" || ids(e.Source) != "mobutu,laurent-kabila" {
				t.Errorf("agreement: %+v", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d agreements, want 1 (events %+v)", n, all)
	}
}

// TestTrialContacts checks contacts a new user found stored as done: a meeting the
// speaker only hoped for, talks planned for next week, the one met denied with "neither
// ... nor" or "no", "called X's remarks absurd" as a call, and a briefing with no day
// that outran the dated call it was part of.
func TestTrialContacts(t *testing.T) {
	for _, text := range []string{
		"Lula will travel to Russia next week for talks with Putin.",
		"Macron had hoped to meet Xi in Beijing, but the meeting was cancelled.",
		"Zelensky met neither Trump nor Vance during the summit.",
		"Orban met with no Ukrainian officials.",
		`Lula called Milei's remarks "absurd".`,
	} {
		_, all := event(t, text, "2025-05-15", "")
		for _, e := range all {
			if e.Type == "CONSULT" && !e.Future && !e.Negated {
				t.Errorf("%q: a contact stated as done: %+v", text, e)
			}
		}
	}
	text := "Xi Jinping and Vladimir Putin held a phone call on Monday. Putin briefed Xi on the talks."
	_, all := event(t, text, "2025-02-25", "")
	for _, e := range all {
		if e.Type == "CONSULT" && e.Date != "2025-02-24" {
			t.Errorf("a contact of Xi and Putin not on Monday: %+v", e)
		}
	}
}

// TestEarlierContactWordings checks the earlier contact implied by other wordings than
// "their first call since": "their first since", "for the first time since", and "have
// not spoken since January" (in a December story, the January before).
func TestEarlierContactWordings(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"Xi Jinping and Vladimir Putin held a phone call on Monday, their first since 2023.", "2023"},
		{"Narendra Modi and Shehbaz Sharif met on Thursday for the first time since 2022.", "2022"},
		{"Vladimir Putin and Emmanuel Macron have not spoken since January.", "2005-01"},
	} {
		_, all := event(t, c.text, "2005-12-14", "CONSULT")
		found := false
		for _, e := range all {
			if e.Implied && e.Date == c.date && len(e.Source) == 2 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no earlier contact in %s (events %+v)", c.text, c.date, all)
		}
	}
}

// TestCallsOnTheirDays checks a call told with "spoke by telephone" (read as a name's
// word by the parser) and an earlier call named in the same story: each keeps its day.
func TestCallsOnTheirDays(t *testing.T) {
	date, _ := timex.ParseDate("2024-03-15")
	r := New().Extract("t", "U.S. President Joe Biden spoke by telephone with Chinese President Xi Jinping on Tuesday, the White House said.\n\nThey had last spoken on Thursday, March 7, when Xi Jinping called Joe Biden.", date)
	days := map[string]bool{}
	for _, e := range r.Events {
		if e.Type == "CONSULT" && e.Mode == "phone" {
			days[e.Date] = true
		}
	}
	if !days["2024-03-12"] || !days["2024-03-07"] {
		t.Errorf("calls on %v, want 2024-03-12 and 2024-03-07 (events %+v)", days, r.Events)
	}
}

// TestArrestedInAState checks that an arrest with no agent, made in a named country or its
// capital, is that state's; one made in a place that names no state, or with its agent
// named, is not.
func TestArrestedInAState(t *testing.T) {
	for _, c := range []struct{ text, src string }{
		{"Tomas Brenner was arrested in Portugal on Wednesday.", "portugal"},
		{"Tomas Brenner was detained in Lisbon on Wednesday.", "portugal"},
		{"Tomas Brenner was arrested in the mountains on Wednesday.", ""},
		{"Tomas Brenner was arrested in Portugal by Spanish police on Wednesday.", "spain"},
	} {
		e, all := event(t, c.text, "2005-12-10", "COERCE")
		if e.Type == "" || ids(e.Source) != c.src || ids(e.Target) != "tomas-brenner" {
			t.Errorf("%q: COERCE %s -> %s, want %s -> tomas-brenner (events %+v)", c.text, ids(e.Source), ids(e.Target), c.src, all)
		}
	}
}

// TestReadyToWorkWith checks that a party ready or willing to act with another states an
// intent, done when said, while what it would do stays planned; not being ready refuses,
// and being ready to support or forgive supports.
func TestReadyToWorkWith(t *testing.T) {
	wantEvent(t, "ready to work with", "Hu Jintao said China is ready to work with Cuba.", "AGREE", "china", "cuba")
	wantEvent(t, "not willing", "Iran is not willing to resume talks with the European Union.", "REJECT", "iran", "european-union")
	// Ready to support: the support offered, not an agreement.
	wantEvent(t, "willing to forgive", "The Ghana Labour Party said it was willing to forgive Kofi Mensah.", "SUPPORT", "ghana-labour-party", "kofi-mensah")
	e, all := event(t, "Iran is willing to resume talks with the European Union.", "2005-11-30", "CONSULT")
	if e.Type == "" || !e.Future {
		t.Errorf("talks one is willing to resume are stored as held: %+v (events %+v)", e, all)
	}
}

// TestStatementGoesOnOnItsDay checks that a party's statement with no time of its own,
// a sentence or two after one the story dates, is dated that day, not the story's: the
// story runs on Saturday, the party spoke on Friday.
func TestStatementGoesOnOnItsDay(t *testing.T) {
	date, _ := timex.ParseDate("2005-11-05")
	r := New().Extract("t", "The Ghana Labour Party on Friday urged Interior Minister Ana Torres to resign.\n\nThe party also called on President Kofi Mensah to change his policy.", date)
	for _, e := range r.Events {
		if e.Type == "DEMAND" && ids(e.Target) == "kofi-mensah" {
			if e.Date != "2005-11-04" {
				t.Errorf("the party's second demand dated %q, want 2005-11-04 (events %+v)", e.Date, r.Events)
			}
			return
		}
	}
	t.Errorf("no demand on Kofi Mensah: %+v", r.Events)
}

// TestConditionalThreats checks threats.go: a speaker who says harm will follow if another
// party acts threatens that party, whether the condition comes first or last, and a
// condition with nothing harmful after it threatens nobody.
func TestConditionalThreats(t *testing.T) {
	cases := []struct {
		name, text, src, tgt string
	}{
		{"condition first, quoted", `"If the Norwegian government keeps the tariff, trade between our countries will suffer," Sergei Lavrov said.`, "sergei-lavrov", "norway"},
		{"warned that ... if", "Ali Larijani warned that Iran would resort to other means if Germany blocked the deal.", "ali-larijani", "germany"},
		{"passive consequence", "Alexei Miller said gas deliveries could be cut if Moldova did not pay its debts.", "alexei-miller", "moldova"},
		// The threatened act is an event of its own: it keeps its target and gains the condition's party.
		{"condition on the speech verb", "Ghana announced that it will withdraw its troops from Liberia unless President Charles Taylor signed the accord.", "ghana", "liberia,charles-taylor"},
		// A threat verb with no target of its own aims at the condition's party.
		{"threatened ... if", "Belarus has threatened to halt the talks if Poland goes ahead with the new pipeline.", "belarus", "poland"},
		// Intervening is a consequence: "would intervene if" threatens the condition's party.
		{"would intervene if", "Karin Holm warned that Sweden would intervene if Norway attacked the islands.", "karin-holm", "norway"},
	}
	for _, c := range cases {
		e, all := event(t, c.text, "2005-11-30", "THREATEN")
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt || e.Future {
			t.Errorf("%s: %q\n  THREATEN %s -> %s (future %v), want %s -> %s (events %+v)", c.name, c.text, ids(e.Source), ids(e.Target), e.Future, c.src, c.tgt, all)
		}
	}
	for _, text := range []string{
		"Angela Merkel said the economy will grow if France lowers its tariffs.",
		"If Vladimir Putin meets Joe Biden, the talks will be long.",
	} {
		if e, all := event(t, text, "2005-11-30", "THREATEN"); e.Type != "" {
			t.Errorf("%q: a threat where nothing harmful is said: %+v", text, all)
		}
	}
}

// TestAnnouncedMeasure checks that a measure announced with "will" and no condition is the
// decision, dated when it was announced, while a planned or conditional one is not.
func TestAnnouncedMeasure(t *testing.T) {
	e, all := event(t, `A spokesman said on Monday that "Beijing will suspend all exchanges with Norway."`, "2005-11-30", "SANCTION")
	if e.Type == "" || e.Future || e.Date != "2005-11-28" {
		t.Errorf("announced suspension: %+v (events %+v)", e, all)
	}
	e, all = event(t, "The European Union plans to impose sanctions on Belarus.", "2005-11-30", "SANCTION")
	if e.Type != "" && !e.Future {
		t.Errorf("a planned sanction is stored as done: %+v (events %+v)", e, all)
	}
}

// TestCircumstanceAndLightVerbs checks talks named in a phrase of place ("in talks with")
// and talks taken part in ("attended talks with"): the clause's subject takes part.
func TestCircumstanceAndLightVerbs(t *testing.T) {
	cases := []struct {
		name, text, src, tgt string
	}{
		{"in talks with, hung on the object", "Thabo Mbeki raised the dispute in talks with Jacques Chirac.", "thabo-mbeki", "jacques-chirac"},
		{"attended talks with", "A Chinese delegation attended talks with Japan in Tokyo.", "china", "japan"},
		{"prompted to", "The bombing prompted Israel to freeze contacts with Syria.", "israel", "syria"},
	}
	for _, c := range cases {
		typ := "CONSULT"
		if c.name == "prompted to" {
			typ = "SANCTION"
		}
		e, all := event(t, c.text, "2005-11-30", typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt {
			t.Errorf("%s: %q\n  %s %s -> %s, want %s -> %s (events %+v)", c.name, c.text, typ, ids(e.Source), ids(e.Target), c.src, c.tgt, all)
		}
	}
}

// TestRepliesAndBlockedContacts checks the targets of predicates that answer or stop
// something another party said or planned, and the actor of a noun of manner.
func TestRepliesAndBlockedContacts(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
	}{
		{"a claim answered", "Norway accuses Sweden of hiding the report, a charge denied by Stockholm and rejected by the Swedish cabinet.", "REJECT", "sweden", "norway"},
		{"a visit blocked, visitor by 'by'", "Chile decided to block a trip to Santiago by Trade Minister Maria Lopez.", "SANCTION", "chile", "maria-lopez"},
		{"a meeting cancelled", "Kenya cancelled a meeting with Tanzania.", "SANCTION", "kenya", "tanzania"},
		{"in defiance of", "Robert Mugabe flew to Rome in defiance of a European Union travel ban.", "REJECT", "robert-mugabe", "european-union"},
		{"an invitation accepted", "Joseph Kabila accepted Jacob Zuma's invitation to Pretoria.", "CONSULT", "jacob-zuma", "joseph-kabila"},
		{"a title with its body", "Nelson Mandela met Chairman of the Constitutional Council Akbar Hashemi Rafsanjani.", "CONSULT", "nelson-mandela", "akbar-hashemi-rafsanjani"},
	}
	for _, c := range cases {
		e, all := event(t, c.text, "2005-11-30", c.typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt {
			t.Errorf("%s: %q\n  %s %s -> %s, want %s -> %s (events %+v)", c.name, c.text, c.typ, ids(e.Source), ids(e.Target), c.src, c.tgt, all)
		}
	}
	// A decision to act is the measure, dated when it was taken.
	e, all := event(t, "On Monday Chile announced its decision to suspend all flights to Peru.", "2005-11-30", "SANCTION")
	if e.Type == "" || e.Future {
		t.Errorf("decision to suspend: %+v (events %+v)", e, all)
	}
}

// TestArabicArticleSurname checks that a surname written with a capital article links to
// the full name written with a small one.
func TestArabicArticleSurname(t *testing.T) {
	text := "President Omar Hassan al-Bashir left Libya. Before leaving, Al-Bashir met Uganda's Economic Minister Eriya Kategaya."
	res := New().Extract("t", text, timex.Date{})
	for _, m := range res.Entities {
		if m.Text == "Al-Bashir" && m.ID != "omar-hassan-al-bashir" {
			t.Errorf("Al-Bashir: %+v", m)
		}
		if strings.Contains(m.Text, "Kategaya") && m.ID != "eriya-kategaya" {
			t.Errorf("a portfolio before a rank is part of the title: %+v", m)
		}
	}
}

// TestPhoneWithHungOnThePhone checks "discussed X by phone with Y" when the parser hangs
// "with Y" on the phone: a call with Y.
func TestPhoneWithHungOnThePhone(t *testing.T) {
	text := "She said Angela Merkel discussed the border shooting Friday by phone with Prime Minister Mark Rutte of the Netherlands."
	e, all := event(t, text, "2015-12-13", "CONSULT")
	if ids(e.Target) != "mark-rutte" || e.Mode != "phone" {
		t.Errorf("%q: %+v (events %+v)", text, e, all)
	}
}

// TestPossessivePronouns checks "his" and "her": bound to the subject of their clause
// when the noun they own is no part of that subject, else to the latest person named;
// never to the one a kin noun names, and never over a name.
func TestPossessivePronouns(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
	}{
		{"his talks, briefed", "Abdullah Gul was expected to brief Ehud Olmert on his talks last week with Hu Jintao.", "CONSULT", "abdullah-gul", "hu-jintao"},
		{"a name before a pronoun", "Levy Mwanawasa has reneged on his commitment to the Zambian people.", "REJECT", "levy-mwanawasa", "zambia"},
	}
	for _, c := range cases {
		wantEvent(t, c.name, c.text, c.typ, c.src, c.tgt)
	}
	res := New().Extract("t", "Angela Merkel urged Vladimir Putin to use his influence. Olaf Scholz will fly to Tokyo, his spokesman said.", timex.Date{})
	want := []string{"vladimir-putin", "olaf-scholz"}
	var got []string
	for _, m := range res.Entities {
		if m.Text == "his" {
			got = append(got, m.ID)
		}
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("his: %v, want %v", got, want)
	}
}

// TestPronounsAgreeInGender checks that a pronoun links to no one the story has already
// marked as of the other gender (by an honorific where the story first names the person,
// or by "he", "she" or "his" where the sentence named only that person), and that a
// fronted phrase before a name keeps it the subject a later pronoun of its sentence refers
// to. "her" and "him" mark no one ("Hu Jintao welcomed her"), nor does "will miss Putin's
// speech", nor "Mrs Clinton" after Bill Clinton.
func TestPronounsAgreeInGender(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
	}{
		{"he is not the woman named", "Helga Brandt said on Monday that she backs the plan. Brandt met Tomas Ruiz in Madrid. " +
			"\"We want progress,\" she said. He urged Portugal to join the talks.", "DEMAND", "tomas-ruiz", "portugal"},
		{"she is not Mr Okafor", "Mr Okafor met Ana Lindqvist on Tuesday. Okafor praised the deal. She asked Norway to sign it.", "DEMAND", "ana-lindqvist", "norway"},
		{"after a fronted phrase", "Kenji Sato welcomed the plan. On Friday, Robert Hale will fly to Seoul where he will meet Lee Min-ho.", "CONSULT", "robert-hale", "lee-min-ho"},
		{"her is another's", "Condoleezza Rice arrived in Beijing on Sunday. Hu Jintao welcomed her at the Great Hall. He urged Japan to apologize for the war.", "DEMAND", "hu-jintao", "japan"},
		// "He urged her", "She urged him": two people, and which is which, for what follows.
		{"he urged her", "Vladimir Putin met Angela Merkel on Monday. He urged her to support the pipeline. She criticized him over Ukraine.", "DISAPPROVE", "angela-merkel", "vladimir-putin"},
		{"she urged him", "Annalena Baerbock spoke with Sergei Lavrov on Tuesday. She urged him to free the prisoners. He rejected the request.", "REJECT", "sergei-lavrov", "annalena-baerbock"},
		{"miss is no honorific", "George Bush will miss Vladimir Putin's speech in Moscow. Putin said he would urge Iran to stop.", "DEMAND", "vladimir-putin", "iran"},
		// A given name borne by women says who "she" is, and who "him" is not, though the
		// story names no man by his name.
		{"a given name's gender", "Margaret Okonjo arrived in Amman on Monday. Okonjo met the king and told him of the talks she held earlier in the day with Israeli leaders.", "CONSULT", "margaret-okonjo", "israel"},
	}
	for _, c := range cases {
		wantEvent(t, c.name, c.text, c.typ, c.src, c.tgt)
	}
}

// TestNamesInHyphenatedWords checks a name that opens a hyphenated participle ("a
// Norway-backed plan") as the party behind the noun, after any explicit agent.
func TestNamesInHyphenatedWords(t *testing.T) {
	e, all := event(t, "Sudan and Chad have agreed to a Qatar-proposed plan.", "2005-11-30", "AGREE")
	if ids(e.Target) != "qatar" {
		t.Errorf("hyphenated: %+v (events %+v)", e, all)
	}
	e, all = event(t, "Hamas rejected a US-brokered agreement reached between Fatah and Israel.", "2005-11-30", "REJECT")
	if len(e.Target) == 0 || e.Target[0].Text != "Fatah" || strings.Contains(ids(e.Target), "united-states") {
		t.Errorf("an explicit agent before a hyphenated name: %+v (events %+v)", e, all)
	}
}

// TestVoicedForOthers checks a minister who voices his country's displeasure (both act)
// and a demand whose "it" stands for the subject of the clause before.
func TestVoicedForOthers(t *testing.T) {
	e, all := event(t, "Foreign Minister Jan Kubis reiterated Slovakia's displeasure over the conduct of Hungary.", "2005-11-30", "DISAPPROVE")
	if !strings.Contains(ids(e.Source), "jan-kubis") || !strings.Contains(ids(e.Source), "slovakia") || ids(e.Target) != "hungary" {
		t.Errorf("voiced displeasure: %+v (events %+v)", e, all)
	}
	e, all = event(t, `"Russian meddling in Georgia goes on, and it must stop now," Hillary Clinton said.`, "2005-11-30", "DEMAND")
	if ids(e.Source) != "hillary-clinton" || ids(e.Target) != "russia" {
		t.Errorf("it must stop: %+v (events %+v)", e, all)
	}
}

// TestProtestsAndPurposes checks protests aimed through their purpose, roadblocks as
// protest, and participles and purpose infinitives that take the clause's subject.
func TestProtestsAndPurposes(t *testing.T) {
	cases := []struct {
		name, text, typ, src, tgt string
	}{
		{"purpose names the target", "Thousands of students across Kenya staged rallies on Friday to demand the resignation of President Daniel arap Moi.", "PROTEST", "kenya", "daniel-arap-moi"},
		{"a roadblock is a protest", "Angry Bolivians blocked highways on Monday to press their demands on President Evo Morales.", "PROTEST", "bolivia", "evo-morales"},
		{"a participle after a comma", "Serbian police fired on Albanian protesters, wounding four.", "ASSAULT", "serbia", ""},
		// The protest's demand is part of it; a capital it was held in is where.
		{"demanding, in a capital", "Thousands of students protested in Belgrade demanding that Slobodan Milosevic resign.", "PROTEST", "", "slobodan-milosevic"},
	}
	for _, c := range cases {
		found := false
		_, all := event(t, c.text, "2005-11-30", c.typ)
		for _, e := range all {
			if e.Type == c.typ && ids(e.Source) == c.src && (c.tgt == "" || ids(e.Target) == c.tgt) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s %s -> %s (events %+v)", c.name, c.text, c.typ, c.src, c.tgt, all)
		}
	}
}

// TestProtestDemandIsOne checks that a protest and the demand it voices are one event, a
// PROTEST, not also a DEMAND.
func TestProtestDemandIsOne(t *testing.T) {
	noEventWhere(t, "the protest's demand", "Thousands of Kurds demonstrated in Kirkuk on Sunday calling for independence from Iraq.", func(e Event) bool { return e.Type == "DEMAND" })
	e, all := event(t, "Kurdish leaders called for independence on Sunday.", "2005-11-30", "DEMAND")
	if e.Type == "" {
		t.Errorf("a demand of its own, no protest: none (events %+v)", all)
	}
}

// TestPlansAreNoThreats checks that a hostile act someone only aims or plans is a planned
// act, not a threat, while one they say they would do is a threat; and that the victims
// of a bombing are not its actors.
func TestPlansAreNoThreats(t *testing.T) {
	_, all := event(t, "Poland backs a European Union plan that aims to impose sanctions on Belarus.", "2005-11-30", "")
	for _, e := range all {
		if e.Type == "THREATEN" {
			t.Errorf("a plan read as a threat: %+v", e)
		}
	}
	e, all := event(t, "Angry Breton farmers said they would blockade Rennes and Paris next week.", "2005-11-30", "THREATEN")
	if e.Type == "" {
		t.Errorf("would blockade: no threat (events %+v)", all)
	}
	_, all = event(t, "Four Afghan policemen were killed in a bombing in Kandahar.", "2005-11-30", "")
	for _, e := range all {
		if strings.Contains(ids(e.Source), "afghanistan") {
			t.Errorf("the victims bombed: %+v", e)
		}
	}
}

// TestMustOverTrigger checks that what a speaker says another must do is a demand, even
// when the verb is itself a trigger ("must agree", "must reach an agreement"), and not
// also an agreement.
func TestMustOverTrigger(t *testing.T) {
	for _, text := range []string{
		"The rebels announced that President Paul Biya must agree to new elections.",
		"Foreign Secretary Jack Straw said the Sudanese government must reach an agreement with the rebels.",
	} {
		_, all := event(t, text, "2005-11-30", "")
		demand := false
		for _, e := range all {
			if e.Type == "AGREE" {
				t.Errorf("%q: an agreement read off a demand: %+v", text, e)
			}
			demand = demand || e.Type == "DEMAND"
		}
		if !demand {
			t.Errorf("%q: no demand (events %+v)", text, all)
		}
	}
}

// TestVisitingBeforeATitle checks "met visiting Premier X": the visitor is the one met,
// not the object of a visit; "visiting Jordan" stays a visit.
func TestVisitingBeforeATitle(t *testing.T) {
	e, all := event(t, "Jacques Chirac met visiting Brazilian President Luiz Inacio Lula da Silva on Monday.", "2005-11-30", "CONSULT")
	if ids(e.Source) != "jacques-chirac" || ids(e.Target) != "luiz-inacio-lula-da-silva" || e.Mode != "meeting" {
		t.Errorf("met visiting: %+v (events %+v)", e, all)
	}
	e, all = event(t, "Javier Solana held talks with visiting Foreign Minister Sergei Lavrov.", "2005-11-30", "CONSULT")
	if ids(e.Target) != "sergei-lavrov" {
		t.Errorf("talks with visiting: %+v (events %+v)", e, all)
	}
	e, all = event(t, "Per Stig Moeller said nothing would stop him from visiting Jordan on Sunday.", "2005-11-30", "CONSULT")
	if ids(e.Target) != "jordan" {
		t.Errorf("visiting a country: %+v (events %+v)", e, all)
	}
}

// TestOffersAndDecisions checks what a speaker says their side would do: an offer to meet
// on a condition is an agreement, a willingness to ease is one too, a decision announced
// in the reported "would" is the measure, a stated intent to harm is a threat, and what
// happens only in the condition is no event.
func TestOffersAndDecisions(t *testing.T) {
	cases := []struct {
		name, text, typ string
	}{
		{"conditional offer to meet", "Taliban leaders said they would meet envoy Lakhdar Brahimi if he dropped his demands.", "AGREE"},
		{"prepared to ease", "President Hosni Mubarak said he is prepared to lift the ban on the Muslim Brotherhood.", "AGREE"},
		{"announced would", "Japan announced on Friday it would prohibit all loans to Myanmar.", "SANCTION"},
		{"said would", "Kurdish leaders said they would boycott all contact with Turkey.", "THREATEN"},
	}
	for _, c := range cases {
		e, all := event(t, c.text, "2005-11-30", c.typ)
		if e.Type == "" || e.Future {
			t.Errorf("%s: %q: no %s that happened (events %+v)", c.name, c.text, c.typ, all)
		}
	}
	_, all := event(t, "Taliban leaders said they would meet envoy Lakhdar Brahimi if he vetoed the sanctions.", "2005-11-30", "")
	for _, e := range all {
		if e.Trigger == "vetoed" || e.Type == "SANCTION" {
			t.Errorf("an event read off the condition: %+v", e)
		}
	}
}

// TestPromisedHarm checks that a vow or oath to do harm is a threat, not an agreement.
func TestPromisedHarm(t *testing.T) {
	for _, text := range []string{
		"Chechen rebels have sworn to attack Russia.",
		"Hezbollah vowed to attack Israel.",
	} {
		_, all := event(t, text, "2005-11-30", "")
		threat := false
		for _, e := range all {
			threat = threat || e.Type == "THREATEN"
			if e.Type == "AGREE" {
				t.Errorf("%q: a promise of harm read as an agreement: %+v", text, e)
			}
		}
		if !threat {
			t.Errorf("%q: no threat (events %+v)", text, all)
		}
	}
}

// TestTrialCases checks three readings a new user found wrong: a meeting offered on a
// condition is not held, a summit that is discussed is a topic and not a meeting, and a
// sanction set for a stated later time is planned, not in force.
func TestTrialCases(t *testing.T) {
	_, all := event(t, "Olaf Scholz said Germany would offer to meet Narendra Modi if India dropped its tariffs.", "2025-03-04", "")
	for _, e := range all {
		if !e.Future && (e.Type == "CONSULT" || e.Type == "AGREE") && strings.Contains(ids(e.Target), "narendra-modi") {
			t.Errorf("a conditional offer stored as done: %+v", e)
		}
	}
	_, all = event(t, "Modi and Lula discussed the G20 summit and trade between India and Brazil on Wednesday.", "2025-10-10", "")
	for _, e := range all {
		if e.Trigger == "summit" {
			t.Errorf("a discussed summit read as a meeting: %+v", e)
		}
	}
	e, all := event(t, "The United States will impose new sanctions on Venezuela next week, the Treasury said on Friday.", "2025-06-13", "SANCTION")
	if e.Type == "" || !e.Future {
		t.Errorf("a sanction set for next week stored as in force: %+v (events %+v)", e, all)
	}
}

// TestOneArrestReportedThrice checks that an arrest whose day one sentence states and
// others only report is one arrest, of that day; but a criticism repeated without a day
// may be another one and stays.
func TestOneArrestReportedThrice(t *testing.T) {
	text := "Opposition organizer Tomas Brenner was arrested on Thursday evening in a raid on his party's offices. " +
		"A police spokesman said Brenner was arrested when officers searched the building. " +
		"\"Brenner resisted and he was therefore arrested,\" the spokesman said."
	_, all := event(t, text, "2005-11-05", "COERCE")
	var got []string
	for _, e := range all {
		if e.Type == "COERCE" {
			got = append(got, e.Date+" "+ids(e.Target))
		}
	}
	if len(got) != 1 || got[0] != "2005-11-03 tomas-brenner" {
		t.Errorf("arrests %q, want one of 2005-11-03 on tomas-brenner (events %+v)", got, all)
	}
	text = "Lithuania criticized Russia on Monday over the border. Lithuania criticized Russia over the pipeline."
	_, all = event(t, text, "2005-11-05", "DISAPPROVE")
	n := 0
	for _, e := range all {
		if e.Type == "DISAPPROVE" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d criticisms, want 2 (events %+v)", n, all)
	}
}

// TestOneVisitToldThrice checks that a visit told in several sentences is one visit, and
// that an earlier visit of another year stays its own.
func TestOneVisitToldThrice(t *testing.T) {
	text := "Chancellor Olaf Scholz arrived in Hanoi on Sunday for a two-day visit to Vietnam. " +
		"It is Olaf Scholz's first trip to Vietnam as chancellor. " +
		"Trade is the main reason for Scholz's visit, officials said. " +
		"Olaf Scholz visited Indonesia in 2022."
	_, all := event(t, text, "2022-11-14", "CONSULT")
	var got []string
	for _, e := range all {
		if e.Type == "CONSULT" {
			got = append(got, ids(e.Source)+">"+ids(e.Target)+" "+e.Date)
		}
	}
	want := []string{"olaf-scholz>vietnam 2022-11-13", "olaf-scholz>indonesia 2022"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("visits %q, want %q", got, want)
	}
}

// "killing one person and arresting 12": the parser joined the second verb to the first
// one's object; it is joined to the first verb, whose subject it shares.
func TestVerbConjRepaired(t *testing.T) {
	_, tr := sentenceTree(t, "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday night, killing one person and arresting 12, security sources said.")
	kill, arrest := wordIndex(tr, "killing"), wordIndex(tr, "arresting")
	if kill < 0 || arrest < 0 || tr.w[arrest].head != kill || !tr.rel(arrest, "conj") {
		t.Fatalf("\"arresting\" hangs on %d (%s), want a conjunct of \"killing\" (%d)", tr.w[arrest].head, tr.w[arrest].rel, kill)
	}
}

// A tree whose repairs made a word its own ancestor is told apart, so that the parser's
// tree is kept instead (no walk up the heads could end in it).
func TestCyclicTree(t *testing.T) {
	_, tr := sentenceTree(t, "Egypt condemned the attack on Monday.")
	if tr.cyclic() {
		t.Fatalf("a parsed sentence reported cyclic")
	}
	a, b := wordIndex(tr, "condemned"), wordIndex(tr, "attack")
	tr.w[a].head = b // "attack" already hangs on "condemned"
	if !tr.cyclic() {
		t.Errorf("condemned -> attack -> condemned not reported cyclic")
	}
}

// A body's own gathering is no contact with it: "a meeting of the WTO".
func TestBodyGatheringIsNoContact(t *testing.T) {
	for _, e := range New().Extract("t", "Rob Portman arrived in India on Saturday. His visit came ahead of a crucial meeting of the World Trade Organization in Hong Kong next month.", timex.Date{}).Events {
		if e.Type == "CONSULT" && e.Trigger == "meeting" {
			t.Errorf("a meeting of the WTO taken for a contact: %+v", e)
		}
	}
}

// "he is accused of denying", with "is" read as a copula: he is accused, he accuses no one.
func TestCopulaPassive(t *testing.T) {
	text := "Both Iraqi and US officials have accused the defence team of playing for time, but the judges must ensure that Saddam Hussein enjoys the justice he is accused of denying his compatriots for so long."
	for _, e := range New().Extract("t", text, timex.Date{}).Events {
		if e.Type == "DISAPPROVE" && hasRef(e.Source, "saddam-hussein") {
			t.Errorf("the accused taken for the accuser: %+v", e)
		}
	}
}

// wordIndex returns the index of the first word of tr written lower, -1 for none.
func wordIndex(tr *tree, lower string) int {
	for i, w := range tr.w {
		if w.lower == lower {
			return i
		}
	}
	return -1
}

// "with China and the United States acting as intermediaries": a "with" phrase whose noun
// has a participle is a circumstance, not the other side.
func TestAbsoluteWithIsNoParty(t *testing.T) {
	for _, e := range New().Extract("t", "The four-way talks, with China and the United States acting as intermediaries, are aimed at a peace treaty between North and South Korea.", timex.Date{}).Events {
		if hasRef(e.Target, "china") || hasRef(e.Source, "china") {
			t.Errorf("an intermediary in an absolute \"with\" taken for a party: %+v", e)
		}
	}
}

// TestHeadlineDroppedCopula: a headline drops "is" before a predicate adjective ("Putin
// set to visit India"); the names before it still plan the act.
func TestHeadlineDroppedCopula(t *testing.T) {
	date, _ := timex.ParseDate("2025-05-12")
	for _, c := range []struct{ text, src, tgt string }{
		{"Putin set to visit India next month\n\nThe trip was announced on Monday.", "putin", "india"},
		{"Merkel keen to visit China\n\nThe trip was announced on Monday.", "merkel", "china"},
		{"Biden ready to meet Kim Jong Un\n\nThe offer came on Monday.", "biden", "kim-jong-un"},
		{"Abbas unlikely to meet Olmert\n\nThe talks were put off on Monday.", "abbas", "olmert"},
	} {
		r := New().Extract("t", c.text, date)
		found := false
		for _, e := range r.Events {
			if e.Type == "CONSULT" && strings.Contains(ids(e.Source), c.src) && ids(e.Target) == c.tgt {
				found = true
				if !e.Future {
					t.Errorf("%q: stored as done: %+v", c.text, e)
				}
			}
		}
		if !found {
			t.Errorf("%q: no planned contact %s -> %s: %+v", c.text, c.src, c.tgt, r.Events)
		}
	}
}

// TestSportsStoryHasNoEvents: a report of games yields no events (its attacks and
// withdrawals are plays), and a political story that mentions a match keeps its own.
func TestSportsStoryHasNoEvents(t *testing.T) {
	date, _ := timex.ParseDate("2005-12-10")
	game := "Rovers beat United 2-1 in the league on Saturday. Ivo Sand scored two goals before the coach " +
		"withdrew him, and the goalkeeper blocked a penalty. The striker attacked the defence all season " +
		"and Rovers now meet City in the semi-final of the championship at their stadium."
	if r := New().Extract("t", game, date); len(r.Events) != 0 {
		t.Errorf("a match report: %+v", r.Events)
	}
	politics := "Angela Merkel met Jacques Chirac in Paris on Saturday. The two leaders later watched a football " +
		"match together, and Merkel criticized Vladimir Putin over gas prices."
	r := New().Extract("t", politics, date)
	n := 0
	for _, e := range r.Events {
		if e.Type == "CONSULT" || e.Type == "DISAPPROVE" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("a political story with a match in it: %+v", r.Events)
	}
	// Words sport shares with the rest of the news do not make a story a game's.
	for _, text := range []string{
		"A bomb exploded at a football stadium in Baghdad during a match on Friday. The stadium was full for the " +
			"league's final of the season. Jalal Talabani condemned the attack on the stadium, and the league " +
			"suspended the season. The coach of the home club and two players were among the dead at the stadium.",
		"The Arab League urged Syria to cooperate with the inquiry. The league said its goal was stability, and the " +
			"league's chief Amr Moussa met Bashar al-Assad. The penalty for refusing would be isolation, the league " +
			"warned, and the league's council backs the goal. Hunger strikers face the death penalty, the league added.",
	} {
		if r := New().Extract("t", text, date); len(r.Events) == 0 {
			t.Errorf("no events in a story that is not about games: %.60q", text)
		}
	}
}

// TestReferencesThatNameNoBody: the rules that read "it", "the party" or a body's head word
// as a body named before leave alone what names another thing or no one.
func TestReferencesThatNameNoBody(t *testing.T) {
	cases := []struct {
		name, text, typ, notSrc, notTgt string
	}{
		{"a group of people", "Amnesty International said on Monday that gunmen had seized seven aid workers. The group was freed on Tuesday, officials said.", "CONCEDE", "", "amnesty-international"},
		{"a trade union", "Workers at a shipyard went on strike on Monday after talks with the European Union, and the union accused the government of lying.", "DISAPPROVE", "european-union", ""},
		{"two parties", "The Labour Party and the Conservative Party both lost seats in the vote. The party criticized Tony Blair over Iraq.", "DISAPPROVE", "conservative-party", ""},
		{"it is a thing", "Iran rejected the European Union proposal on Tuesday because it threatened Iranian sovereignty.", "THREATEN", "iran", ""},
		{"it will help", "Israel said the deal was fair. It will help the Palestinians, Ariel Sharon told reporters.", "AID", "israel", ""},
		{"a Jewish state", "Arab states oppose a Jewish state in Palestine.", "DISAPPROVE", "", "israel"},
		{"an American state's department", "The Georgia Department of Corrections accused Russia of nothing.", "DISAPPROVE", "georgia", ""},
		{"a response keeps the threat's target", "Israel responded to Syria's threats against Lebanon with air strikes.", "THREATEN", "", "israel"},
	}
	for _, c := range cases {
		_, all := event(t, c.text, "2005-11-30", c.typ)
		for _, e := range all {
			if e.Type != c.typ {
				continue
			}
			if c.notSrc != "" && hasRef(e.Source, c.notSrc) || c.notTgt != "" && hasRef(e.Target, c.notTgt) {
				t.Errorf("%s: %q: %s %s -> %s", c.name, c.text, e.Type, ids(e.Source), ids(e.Target))
			}
		}
	}
}

// TestGrowingJointWork checks that a verb of growing makes contact or joint work its
// subject's act ("will strengthen cooperation with"), which a stated willingness or a
// "will" makes an agreement, as PLOVER codes an intent to cooperate; and that growing a
// measure, or joint work with no one named, is no act.
func TestGrowingJointWork(t *testing.T) {
	wantEvent(t, "willing to strengthen", "Ghana is willing to further strengthen exchanges and cooperation with Peru, its envoy said.", "AGREE", "ghana", "peru")
	wantEvent(t, "will boost", "Norway will boost military cooperation with Chile.", "AGREE", "norway", "chile")
	wantEvent(t, "will improve relations", "Ghana will improve relations with Peru, its president said.", "AGREE", "ghana", "peru")
	wantEvent(t, "willing to develop ties", "Ghana is willing to develop cooperative ties with Peru.", "AGREE", "ghana", "peru")
	if _, all := event(t, "Ghana has close ties with Peru.", "2005-11-30", ""); len(all) > 0 {
		t.Errorf("ties that are had: no act (events %+v)", all)
	}
	e, all := event(t, "Norway and Chile strengthened military cooperation last year.", "2005-11-30", "COOPERATE")
	if ids(e.Source) != "chile,norway" && ids(e.Source) != "norway,chile" || e.Future {
		t.Errorf("strengthened cooperation: want a COOPERATE of Norway and Chile that happened (events %+v)", all)
	}
	for _, text := range []string{
		"The council will boost sanctions on Peru.",
		"Delegates vowed to promote anti-terrorism cooperation.",
		"Chile has a strong arms industry and discussions with Peru would cover exports.",
	} {
		_, all := event(t, text, "2005-11-30", "")
		for _, e := range all {
			if strings.Contains(e.Trigger, "cooperation") || strings.Contains(e.Trigger, "boost") || strings.Contains(e.Trigger, "discussions") {
				t.Errorf("%q: an act read off a grown measure or an unnamed partner: %+v", text, e)
			}
		}
	}
}

// TestStateNamedByRegion checks that "the African country" refers back to the state named
// last that lies in Africa, not to the last state of all, and that a description without
// a region word ("the war-torn country") or a subnational "state" refers to none.
func TestStateNamedByRegion(t *testing.T) {
	wantEvent(t, "African", "China values its friendship with Sudan and is ready to increase military cooperation with the African country, Cao said.", "AGREE", "china", "sudan")
	wantEvent(t, "Arab, Iran named last", "Iraq and Iran met in Geneva. Canada criticized the Arab country on Monday.", "DISAPPROVE", "canada", "iraq")
	for _, text := range []string{
		"Peru and Chile met in Lima. Canada criticized the war-torn country on Monday.",
		"Nepal and India met in Delhi. Canada criticized the disputed Himalayan state on Monday.",
	} {
		_, all := event(t, text, "2005-11-30", "DISAPPROVE")
		for _, e := range all {
			if e.Type == "DISAPPROVE" && (hasIDs(e.Target, "peru") || hasIDs(e.Target, "chile") || hasIDs(e.Target, "nepal") || hasIDs(e.Target, "india")) {
				t.Errorf("%q: a state guessed for a description: %+v", text, e)
			}
		}
	}
}

// TestAgreementAsCircumstance checks that an agreement with someone named, told as the
// circumstance of a clause ("under a deal with", "following an agreement with"), is an
// agreement of the clause's subject.
func TestAgreementAsCircumstance(t *testing.T) {
	wantEvent(t, "under a deal", "Under a deal with Peru, Ghana will supply fuel.", "AGREE", "ghana", "peru")
	wantEvent(t, "following an agreement", "Ghana sent the refugees back following an agreement with Peru.", "AGREE", "ghana", "peru")
}

// TestEuropeanMinistersAreTheUnion checks that "European foreign ministers" acting
// together are the European Union, and "European countries" are not.
func TestEuropeanMinistersAreTheUnion(t *testing.T) {
	wantEvent(t, "ministers", "European foreign ministers meeting in Luxembourg called on Ghana to free the prisoners.", "DEMAND", "european-union", "ghana")
	r := New().Extract("t", "European foreign ministers meeting in Luxembourg called on Ghana to free the prisoners.", timex.Date{Year: 2005, Month: 11, Day: 30})
	for _, e := range r.Resolved {
		if e.ID == "european-union" && e.Name != "European Union" {
			t.Errorf("the Union named %q", e.Name)
		}
	}
	_, all := event(t, "European countries criticized Ghana on Monday.", "2005-11-30", "DISAPPROVE")
	for _, e := range all {
		if hasIDs(e.Source, "european-union") {
			t.Errorf("European countries read as the Union: %+v", e)
		}
	}
}

// TestFrontedPassiveParticiple checks that a sentence opened by a passive participle and
// its agent ("Met at the airport by Havel, the pope said") is a contact of the agent with
// the main clause's subject, not an imperative with the agent hung on the airport.
func TestFrontedPassiveParticiple(t *testing.T) {
	wantEvent(t, "met", "Met at the airport by Czech President Vaclav Havel, Chirac praised the country.", "CONSULT", "vaclav-havel", "chirac")
	wantEvent(t, "greeted", "Greeted at the airport by Czech President Vaclav Havel, Chirac praised the country.", "CONSULT", "vaclav-havel", "chirac")
}

// TestContactToldByFeeling checks that a contact told by how one side felt about it ("was
// satisfied with discussions with X") is that side's contact with X.
func TestContactToldByFeeling(t *testing.T) {
	wantEvent(t, "satisfied with discussions", "Chirac said he was very satisfied with discussions with Prime Minister Chaowalit Yongchaiyudh on Thursday.", "CONSULT", "chirac", "chaowalit-yongchaiyudh")
}

// TestVisitDatedByItsStart checks that a visit's relative clause saying when it began
// ("which started Sunday") dates it to that day, not to the month of a multi-day visit.
func TestVisitDatedByItsStart(t *testing.T) {
	e, all := event(t, "Prime Minister Ana Lindqvist arrived in Lima. Lindqvist's five-day visit to Peru, which started Sunday, is a sign of warmer ties.", "1997-04-07", "CONSULT")
	if e.Date != "1997-04-06" {
		t.Errorf("visit which started Sunday: date %q, want 1997-04-06 (events %+v)", e.Date, all)
	}
}

// TestApposOnTheLastConjunct checks that names set off after the last of conjoined
// subjects restate that one, not the first: "Khartoum and the two rebel groups -- A and B
// --" has Khartoum's state among the sides.
func TestApposOnTheLastConjunct(t *testing.T) {
	e, all := event(t, "Khartoum and the two rebel groups -- the Sudan Liberation Movement and the Justice and Equality Movement -- started the seventh round of peace talks in Abuja on Tuesday.", "2005-11-30", "CONSULT")
	if !hasIDs(append(e.Source, e.Target...), "sudan", "sudan-liberation-movement", "justice-and-equality-movement") {
		t.Errorf("want Sudan and both movements as sides (events %+v)", all)
	}
}

// TestContactedLeadersOf checks that "contacted" is a contact, and that "the leaders of
// A, B and C" are those states' leaders, not a group named before.
func TestContactedLeadersOf(t *testing.T) {
	e, all := event(t, "Ghana's president met his Peruvian counterpart. Bush said he has contacted the leaders of Chile, Peru and Ghana.", "2005-11-30", "CONSULT")
	for _, ev := range all {
		if ev.Trigger == "contacted" {
			e = ev
		}
	}
	if e.Trigger != "contacted" || !hasIDs(e.Target, "chile", "peru", "ghana") {
		t.Errorf("contacted the leaders of three states: want them as targets (events %+v)", all)
	}
}

// TestRemarksCondemned checks that condemning "comments" that sum up what someone said
// condemns the one who said it.
func TestRemarksCondemned(t *testing.T) {
	wantEvent(t, "comments condemned", "Ghana's president said Peru was a menace, comments that were condemned by Chile.", "DISAPPROVE", "chile", "ghana")
}

// TestReviewedNearMisses checks near misses of this stop's rules that a review found: an
// openness to talks is no talks, joint work between others has no third side, a condition
// is no deal, some European leaders are not the Union, a state named as the subject is no
// other state of its region, "WHO" in a capitals headline is a pronoun, a news agency
// contacting an embassy is reporting, and conjoined subjects after a fronted participle
// both take part.
func TestReviewedNearMisses(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Ghana is open to talks with Peru.", "CONSULT"},
		{"Ghana is not interested in talks with Peru.", "CONSULT"},
		{"Without a deal with Peru, Ghana will not supply the fuel.", "REJECT"},
		{"Several European leaders, including the Danish premier, backed Ghana.", "european-union"},
		{"Eastern European leaders criticised Ghana.", "european-union"},
		{"Contacted by Reuters, the Peruvian embassy declined to comment.", "CONSULT"},
		{"MINISTER WHO CRITICISED GHANA MEETS PERU ENVOY", "world-health-organization"},
		{"Nigeria criticised the African country on Tuesday.", "nigeria->nigeria"},
		{"Syria met Israel in Washington. The Arab state condemned the attack on Tuesday.", "israel"},
		{"Croatia's president met Italy's premier in Rome. The Balkan state condemned the attack.", "italy"},
	} {
		_, all := event(t, c.text, "2005-11-30", "")
		for _, e := range all {
			if e.Type == c.bad || hasIDs(e.Source, c.bad) || c.bad == "nigeria->nigeria" && hasIDs(e.Target, "nigeria") ||
				(c.bad == "israel" || c.bad == "italy") && e.Type == "DISAPPROVE" && hasIDs(e.Source, c.bad) {
				t.Errorf("%q: %+v", c.text, e)
			}
		}
	}
	wantEvent(t, "growth between", "Brazil will strengthen cooperation with Kenya.", "AGREE", "brazil", "kenya")
	_, all := event(t, "US sanctions have boosted cooperation between Kenya and Uganda.", "2005-11-30", "")
	for _, e := range all {
		if e.Type == "COOPERATE" && hasIDs(e.Target, "united-states") {
			t.Errorf("cooperation between two given a third side: %+v", e)
		}
	}
	wantEvent(t, "two subjects", "Met at the airport by Havel, Chirac and Schroeder praised the country.", "CONSULT", "havel", "chirac,schroeder")
	r := New().Extract("t", "Winston Lord's Beijing visit angered Taiwan. Winston Lord met Li Peng.", timex.Date{Year: 2005, Month: 11, Day: 30})
	for _, m := range r.Entities {
		if m.ID == "winston-lords" {
			t.Errorf("the possessive of a person named Lord glued onto the name: %+v", m)
		}
	}
}

// TestPraiseFormulae checks the formulae of praise news agencies use: "spoke highly of",
// "expressed appreciation for", "appreciates X's support"; and that speaking with someone
// stays a contact.
func TestPraiseFormulae(t *testing.T) {
	wantEvent(t, "spoke highly of", "Ghana's president spoke highly of Peru's efforts to promote trade.", "SUPPORT", "ghana", "peru")
	wantEvent(t, "appreciation for", "Ghana's president expressed appreciation for Peru's support on the issue.", "SUPPORT", "ghana", "peru")
	wantEvent(t, "appreciates", "Ghana appreciates Peru's firm support, its envoy said.", "SUPPORT", "ghana", "peru")
	wantEvent(t, "spoke with", "Ghana's president spoke with Peru's president on Monday.", "CONSULT", "ghana", "peru")
	wantEvent(t, "adheres to", "Ghana adheres to the one-China policy, its envoy said.", "SUPPORT", "ghana", "china")
	if _, all := event(t, "Both sides must adhere to the ceasefire.", "2005-11-30", "SUPPORT"); len(all) > 0 {
		t.Errorf("adhering to a thing supports no one: %+v", all)
	}
}

// TestNameCompoundIsNoAct checks that a verb joined by a hyphen to a name before it
// ("Shrine-visiting") is a compound adjective, not a visit.
func TestNameCompoundIsNoAct(t *testing.T) {
	if _, all := event(t, "Peruvian envoy says Shrine-visiting hurts Peru-Ghana ties", "2005-11-30", "CONSULT"); len(all) > 0 {
		t.Errorf("a compound adjective read as an act: %+v", all)
	}
}

// TestSameDayToldTwice checks that one act told twice with the same day is one event, and
// the same act on another day another.
func TestSameDayToldTwice(t *testing.T) {
	count := func(text, typ string) int {
		_, all := event(t, text, "2005-11-30", typ)
		n := 0
		for _, e := range all {
			if e.Type == typ {
				n++
			}
		}
		return n
	}
	if n := count("Ghana's president met Peru's president in Lima on Monday. Ghana's president met Peru's president in Lima on Monday.", "CONSULT"); n != 1 {
		t.Errorf("one meeting told twice: %d events, want 1", n)
	}
	if n := count("Ghana criticized Peru on Monday. Ghana criticized Peru again on Tuesday.", "DISAPPROVE"); n != 2 {
		t.Errorf("criticism on two days: %d events, want 2", n)
	}
}

// TestHeadlineReportedCopula checks a headline's dropped copula in the clause a speaker
// reports ("Lavrov says Russia willing to strengthen cooperation with Serbia").
func TestHeadlineReportedCopula(t *testing.T) {
	wantEvent(t, "says X willing to", "Envoy says Ghana willing to strengthen cooperation with Peru", "AGREE", "ghana", "peru")
}

// TestLastMetBefore checks that "the two last met" and "they last met" with a date name
// the earlier contact of the two just named.
func TestLastMetBefore(t *testing.T) {
	for _, text := range []string{
		"Vladimir Putin met Emmanuel Macron on Monday. The two last met in Paris in May 2023.",
		"Vladimir Putin met Emmanuel Macron on Monday. They last met in Paris in May 2023.",
	} {
		_, all := event(t, text, "2025-03-04", "CONSULT")
		found := false
		for _, e := range all {
			found = found || e.Date == "2023-05" && hasIDs(append(e.Source, e.Target...), "vladimir-putin", "emmanuel-macron")
		}
		if !found {
			t.Errorf("%q: no contact of the two in May 2023 (events %+v)", text, all)
		}
	}
}

// TestConjunctsInsideNames checks the second of two names that the parser hangs on a word
// inside the first ("met Jaap de Hoop Scheffer as well as Josep Borrell"; a titled name
// after "and" left in apposition), and that a portfolio's "and" stays inside the name of
// its department.
func TestConjunctsInsideNames(t *testing.T) {
	wantEvent(t, "as well as", "Merkel met Anders Fogh Rasmussen as well as Josep Borrell on Monday.", "CONSULT", "merkel", "anders-fogh-rasmussen,josep-borrell")
	wantEvent(t, "titled conjunct", "Merkel met NATO Secretary General Anders Fogh Rasmussen and European Parliament President Josep Borrell.", "CONSULT", "merkel", "anders-fogh-rasmussen,josep-borrell")
	r := New().Extract("t", "The Ghanaian Ministry of Roads and Transport criticized Peru on Monday.", timex.Date{Year: 2005, Month: 11, Day: 30})
	for _, e := range r.Events {
		if len(e.Source) != 1 || e.Source[0].Text != "Ministry of Roads and Transport" {
			t.Errorf("a department's portfolio split into two actors: %+v", e.Source)
		}
	}
	if len(r.Events) == 0 {
		t.Error("the ministry's criticism of Peru was lost")
	}
}

// TestRelativeClauseNotConjunct checks "A, who is in Brussels for talks, told" as a
// relative clause on A: the place it names takes no part in what A does.
func TestRelativeClauseNotConjunct(t *testing.T) {
	wantEvent(t, "who is in", "Merkel, who is in Brussels for a tour, told reporters after brief talks with Barroso.", "CONSULT", "merkel", "barroso")
}

// TestRankAfterBody checks a body's name run into its officer's rank and name: the person
// is the name after the rank.
func TestRankAfterBody(t *testing.T) {
	wantEvent(t, "rank after body", "Tim Spicer condemned Ghana Defence Force Brigadier General Kofi Mensah on Monday.", "DISAPPROVE", "tim-spicer", "kofi-mensah")
}

// TestAgreementNouns checks pacts and treaties struck with someone, and "pointed the
// finger at" as blame.
func TestAgreementNouns(t *testing.T) {
	wantEvent(t, "pact", "Ghana struck an electoral pact with Peru on Wednesday.", "AGREE", "ghana", "peru")
	wantEvent(t, "finger", "Ghana pointed the finger at Peru over the bombing.", "DISAPPROVE", "ghana", "peru")
	noEventWhere(t, "the court took for the killer of those it implicates", "A German court implicated Ghanaian leaders in the killing of four Kurds.",
		func(e Event) bool { return e.Type == "ASSAULT" })
}

// TestTalksOnJointWork checks talks whose partner hangs on the joint work they are about
// ("arrived for talks on military cooperation with Egypt"), and consensus and an
// understanding reached with someone as agreement.
func TestTalksOnJointWork(t *testing.T) {
	wantEvent(t, "talks on cooperation with", "Ghana's army chief Kofi Mensah arrived in Cairo on Wednesday for talks on military cooperation with Egypt.", "CONSULT", "kofi-mensah", "egypt")
	wantEvent(t, "consensus with", "Ghana reached broad consensus with Peru on Monday.", "AGREE", "ghana", "peru")
	wantEvent(t, "understanding with", "Ghana reached an understanding with Peru on Monday.", "AGREE", "ghana", "peru")
	noEventWhere(t, "an understanding described, not reached", "Ghana's understanding with Peru is shaky, a minister said.",
		func(e Event) bool { return e.Type == "AGREE" })
}

// TestButConjunctAfterNoun checks a second predicate after "but" that the parser joined to
// the first one's object and read as a participle: it keeps the first one's subject.
func TestButConjunctAfterNoun(t *testing.T) {
	wantEvent(t, "but rejected", "Ghanaian President Kofi Mensah defended Saturday author Ama Owusu's right to free speech, but rejected European Union pressure on Accra to halt the trial.", "REJECT", "kofi-mensah", "european-union")
}

// TestStatementSpeaks checks "the statement" as the subject of a later sentence: it speaks
// for whoever the story last said put it out, and for no one when nobody did.
func TestStatementSpeaks(t *testing.T) {
	wantEvent(t, "issued", "Ghana issued a statement on Monday. The statement urged Peru to withdraw.", "DEMAND", "ghana", "peru")
	wantEvent(t, "said in", "\"We are angry,\" Ghana said in a statement. It added that talks were over. The statement urged Peru to withdraw.", "DEMAND", "ghana", "peru")
	noEventWhere(t, "a statement nobody put out given an author", "Ghana met Chile on Monday. The statement urged Peru to withdraw.",
		func(e Event) bool { return e.Type == "DEMAND" && len(e.Source) > 0 })
}

// TestOrgShortNames checks a body named later by the words before its cause ("the United
// Front" after "the United Front Against the Provisional Legislature"), not a body of
// another country written the same way, and a person's name after a region's.
func TestOrgShortNames(t *testing.T) {
	r := New().Extract("t", "The protest was called by the People's Front Against the Harbour Tax. The People's Front said the tax hurt fishermen. The Ghanaian Harbour Board criticised the Korean People's Front.", timex.Date{Year: 2005, Month: 11, Day: 30})
	full := "peoples-front-against-the-harbour-tax"
	n := 0
	for _, m := range r.Entities {
		if m.Text == "People's Front" && m.Start < 150 {
			n++
			if m.ID != full {
				t.Errorf("the short name %q at %d is %q, want %q", m.Text, m.Start, m.ID, full)
			}
		}
		if m.Start > 150 && m.ID == full {
			t.Errorf("another country's front taken for the first: %+v", m)
		}
	}
	if n == 0 {
		t.Errorf("no mention of the short name (entities %+v)", r.Entities)
	}
	r = New().Extract("t", "Nike's director for the Asia Pacific Region Martha Benson flew to Hanoi.", timex.Date{Year: 2005, Month: 11, Day: 30})
	found := false
	for _, m := range r.Entities {
		found = found || m.ID == "martha-benson"
	}
	if !found {
		t.Errorf("the person after a region's name not named (entities %+v)", r.Entities)
	}
}

// TestPronounAsked checks a demand whose object is a pronoun: it is made of the object of
// the verb joined before ("called Putin and asked him to help Iraq"), and of no one the
// infinitive names when the pronoun is not resolved ("asked her not to deviate from the
// topic and relate her evidence to Saddam" is no demand of Saddam).
func TestPronounAsked(t *testing.T) {
	wantEvent(t, "asked him", "Ghana called Peru and asked him to help Chile.", "DEMAND", "ghana", "peru")
	wantEvent(t, "urged them", "Ghana met the leaders of Peru and Chile on Monday and urged them to help Bolivia.", "DEMAND", "ghana", "peru,chile")
	noEventWhere(t, "the demand made of the one the infinitive names", "The judge repeatedly asked her not to deviate from the topic and relate her evidence directly to Saddam Hussein.",
		func(e Event) bool { return hasIDs(e.Target, "saddam-hussein") })
}

// TestParticipleOnNounDates checks a participle that describes a noun ("sanctions,
// announced by Albright in Washington on Tuesday"): its day and place are the noun's, not
// those of the clause around it, and a speech verb in such a clause is no report.
func TestParticipleOnNounDates(t *testing.T) {
	_, all := event(t, "A Ghanaian official on Wednesday accused Peru of using economic sanctions, announced by Foreign Minister Ana Torres in Lima on Tuesday, to win votes.", "2005-11-30", "")
	for _, e := range all {
		if e.Type == "DISAPPROVE" && e.Date != "2005-11-30" {
			t.Errorf("the accusation took the sanctions' day: %+v", e)
		}
		if e.Type == "SANCTION" && (hasIDs(e.Target, "peru") || hasIDs(e.Target, "lima")) {
			t.Errorf("the place the sanctions were announced taken for their target: %+v", e)
		}
	}
	for _, text := range []string{
		"Ghana's northern state declared in 1983 is recognized only by Peru.",
		"The Turkish Cypriot republic declared in 1983 is backed only by Ankara.", // "declared" read as the verb
	} {
		_, all = event(t, text, "2005-11-30", "SUPPORT")
		for _, e := range all {
			if e.Type == "SUPPORT" && e.Date == "1983" {
				t.Errorf("%q: the support took the day its object was declared: %+v", text, e)
			}
		}
	}
}

// TestStatedIntent checks that being eager, keen or determined to work with someone is a
// stated intent (AGREE, dated when stated), as being willing or ready is.
func TestStatedIntent(t *testing.T) {
	wantEvent(t, "eager", "Ghana is eager to cooperate with Peru.", "AGREE", "ghana", "peru")
	wantEvent(t, "determined", "Ghana and Peru are determined to improve their economic ties.", "AGREE", "ghana,peru", "")
}

// TestReviewedNearMisses29 holds the sentences a reviewer wrote against this stop's rules
// that they got wrong, each with what must not come out.
func TestReviewedNearMisses29(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Ghana rejected the call by the Security Council for the Syrian army to leave Peru.", "security-council-for-the"},
		{"Chirac praised the Council of Europe and Ghana later denied it.", "ghana"},
		{"Japan's security treaty with Ghana allows bases.", "AGREE"},
		{"Ghana left the pact with Peru in 1991.", "AGREE"},
		{"Ghana tried to build consensus with Peru before the vote.", "AGREE"},
		{"Ghana has a good understanding with Peru on the issue, the minister said.", "AGREE"},
		{"Hamas said in a statement that the truce was over. The rival statement from Fatah called on Egypt to mediate.", "hamas"},
		{"Annan visited Darfur and urged them to stop the fighting.", "darfur"},
	} {
		_, all := event(t, c.text, "2005-11-30", "")
		for _, e := range all {
			if e.Type == c.bad || hasIDs(e.Source, c.bad) || (e.Type == "SUPPORT" || e.Type == "DISAPPROVE" || e.Type == "DEMAND" || e.Type == "REJECT") && hasIDs(e.Target, c.bad) {
				t.Errorf("%q: %+v", c.text, e)
			}
		}
	}
	r := New().Extract("t", "The Democratic Party of Japan criticized Koizumi on Monday. In Washington, the Democratic Party attacked Bush over Iraq.", timex.Date{Year: 2005, Month: 11, Day: 30})
	for _, m := range r.Entities {
		if m.Start > 60 && m.ID == "democratic-party-of-japan" {
			t.Errorf("a party of a place taken for another party named the same: %+v", m)
		}
	}
	wantEvent(t, "titled after as well as", "Blair held talks with Gerhard Schroeder as well as French President Jacques Chirac.", "CONSULT", "blair", "gerhard-schroeder,jacques-chirac")
	if _, all := event(t, "Nobody is pointing the finger at Syria.", "2005-11-30", ""); len(all) > 0 && !all[0].Negated {
		t.Errorf("nobody blames Syria: %+v", all[0])
	}
}

// TestStrandedPreposition checks a passive's agents when the parser left "by" standing as a
// head of its own ("was signed by Mauritian Cabinet Secretary Philippe Yan Sin and ..."),
// and that the nationality of the one spoken with is no topic of the call.
func TestStrandedPreposition(t *testing.T) {
	wantEvent(t, "signed by", "The deal was signed by Ghanaian Cabinet Secretary Kofi Mensah and Peruvian Deputy Foreign Minister Ana Torres.", "SUPPORT", "kofi-mensah,ana-torres", "")
	noEventWhere(t, "the nationality of the one called taken for a topic", "The Ghanaian president said he had spoken by phone with Peruvian President Ana Torres.",
		func(e Event) bool { return hasIDs(e.Topics, "peru") })
}

// TestCalledOffContact checks a contact called off, put off or postponed: the one who calls
// it off sanctions its other party, and a passive that names no one is the visitor's own.
func TestCalledOffContact(t *testing.T) {
	wantEvent(t, "put off", "Rafik Hariri put off his trip to Canada.", "SANCTION", "rafik-hariri", "canada")
	// A phrase between subject and verb (the tree repair for a false passive participle
	// it can cause is TestActiveParticipleRepaired).
	wantEvent(t, "called off", "Rafik Hariri on Friday called off his visit to Canada.", "SANCTION", "rafik-hariri", "canada")
	wantEvent(t, "passive", "A planned trip by Defence Minister Turhan Tayan to Israel has been postponed.", "SANCTION", "turhan-tayan", "israel")
	wantEvent(t, "passive with agent", "Rafik Hariri's visit to Canada was cancelled by Ottawa.", "SANCTION", "canada", "rafik-hariri")
	noEventWhere(t, "a clause of the verb's own taken for the contact's other party",
		"Israel froze the negotiations last week, with a spokesman for Ariel Sharon saying there will be no talks.",
		func(e Event) bool { return e.Type == "SANCTION" && hasIDs(e.Target, "ariel-sharon") })
	noEventWhere(t, "put off is no light verb", "Rafik Hariri put off his trip to Canada.",
		func(e Event) bool { return e.Type == "CONSULT" && !e.Negated })
	noEventWhere(t, "a decision put off is no contact", "The European Union put off a decision on Turkey's membership until December.",
		func(e Event) bool { return e.Type == "SANCTION" })
}

// TestAnsweredDemand checks a demand named by its author that another rejects or accepts:
// it was made, of the one who answers it unless it names its own target, before the
// answer (so dated only by a time of its own).
func TestAnsweredDemand(t *testing.T) {
	wantEvent(t, "demand from", "Britain rejected a demand from Iran for talks.", "DEMAND", "iran", "united-kingdom")
	wantEvent(t, "its own target", "Recep Tayyip Erdogan rejected European Union pressure on Ankara to halt the trial.", "DEMAND", "european-union", "turkey")
	wantEvent(t, "at the request of", "The general was sacked in December at the request of Defence Minister Igor Rodionov.", "DEMAND", "igor-rodionov", "")
	// None was made: a hypothetical answer, an answer not given, a court's appeal; a
	// demand "on" a party names what it is about.
	for _, text := range []string{
		"Britain said it would reject any demand from Iran for compensation.",
		"Britain must reject the demand from Iran, Tony Blair said.",
		"The Supreme Court rejected an appeal by Mikhail Khodorkovsky against his sentence.",
	} {
		noEventWhere(t, "no demand made", text, func(e Event) bool { return e.Type == "DEMAND" && e.Trigger != "reject" })
	}
	wantEvent(t, "a demand on a topic", "Seoul accepted the US demand on North Korea.", "DEMAND", "united-states", "south-korea")
	noEventWhere(t, "a critic of a demand is not who it was made of", "Palestinian officials slammed an Israeli call to suspend the agency.",
		func(e Event) bool { return e.Type == "DEMAND" && hasIDs(e.Target, "palestine") })
	for _, c := range []struct{ text, date string }{
		{"The ultimatum set by Laurent Kabila on Sunday has been rejected by Britain.", "2005-11-27"},
		{"Britain rejected Iran's demand for talks, the Foreign Office said on Monday.", ""},
		// A deadline in what is asked dates no demand.
		{"Syria rejected a UN demand to withdraw its troops from Lebanon by April 30.", ""},
		// Asked for before what was done at it.
		{"The Security Council met on Monday at the request of Russia.", ""},
	} {
		e, all := event(t, c.text, "2005-11-30", "DEMAND")
		if e.Type == "" || e.Date != c.date {
			t.Errorf("%q: demand dated %q, want %q (events %+v)", c.text, e.Date, c.date, all)
		}
	}
}

// TestTheMinister checks "the minister" and "the oil minister": the one minister the story
// has named (a portfolio that also ends firms' names is still the title's), none of two.
func TestTheMinister(t *testing.T) {
	const before = "Iraqi Oil Minister Amer Rashid arrived in Rome on Monday. "
	wantEvent(t, "the minister", before+"The minister held talks with Romano Prodi on Tuesday.", "CONSULT", "amer-rashid", "romano-prodi")
	wantEvent(t, "the oil minister", before+"The oil minister held talks with Romano Prodi on Tuesday.", "CONSULT", "amer-rashid", "romano-prodi")
	wantEvent(t, "there for talks", before+"The minister was in the Italian capital for talks with Romano Prodi.", "CONSULT", "amer-rashid", "romano-prodi")
	noEventWhere(t, "no place: in no hurry", "Iran is in no hurry for talks with the United States.",
		func(e Event) bool { return e.Type == "CONSULT" })
	noEventWhere(t, "two secretaries, one of State", "Secretary of State Condoleezza Rice and Defense Secretary Donald Rumsfeld arrived in Baghdad on Monday. The secretary criticized Syria.",
		func(e Event) bool { return e.Type == "DISAPPROVE" && len(e.Source) > 0 })
	noEventWhere(t, "two ministers named: which one is not said",
		"Iraqi Oil Minister Amer Rashid met Italian Foreign Minister Lamberto Dini on Monday. The minister criticized Iran.",
		func(e Event) bool { return e.Type == "DISAPPROVE" && len(e.Source) > 0 })
	r := New().Extract("t", before, timex.Date{Year: 2005, Month: 11, Day: 30})
	for _, e := range r.Resolved {
		if e.Type == "organization" {
			t.Errorf("%q: organization %q: a portfolio before Minister is the title's", before, e.Name)
		}
		if e.ID == "amer-rashid" && (len(e.Roles) != 1 || e.Roles[0] != Role{Title: "Oil Minister", Of: "iraq"}) {
			t.Errorf("%q: roles %+v, want Oil Minister of iraq", before, e.Roles)
		}
	}
}

// TestSolidarity checks solidarity with a party as support of it, by whoever stands in it,
// a speaker's "we" being the speaker.
func TestSolidarity(t *testing.T) {
	wantEvent(t, "expressed", "Japan expressed solidarity with Indonesia on Monday.", "SUPPORT", "japan", "indonesia")
	wantEvent(t, "we stand in", "\"We stand in solidarity with the people of Jordan,\" Condoleezza Rice told reporters.", "SUPPORT", "condoleezza-rice", "jordan")
}

// TestTheForeignMinistry checks a ministry named by its portfolio in lower case: it acts for
// the story's government, as "the government" does.
func TestTheForeignMinistry(t *testing.T) {
	wantEvent(t, "the foreign ministry", "The Indian government sent a team to Mecca on Monday. The foreign ministry rejected the allegations by Consul General Afzal Amanullah.", "REJECT", "india", "afzal-amanullah")
}

// TestAddressedDuring checks who tells or assures a person during a visit or a meeting:
// they met, on the contact's own day; not a person not told, nor one told nothing, nor
// reporters (no one named).
func TestAddressedDuring(t *testing.T) {
	text := "Newt Gingrich told President Jiang Zemin during a visit to China last week that Washington would defend Taiwan, which the nationalists took in 1949."
	e, all := event(t, text, "1997-04-01", "CONSULT")
	found := false
	for _, x := range all {
		if x.Type == "CONSULT" && ids(x.Source) == "newt-gingrich" && ids(x.Target) == "jiang-zemin" {
			found = true
			if x.Date != "1997-03" {
				t.Errorf("%q: met on %q, want 1997-03 (last week's)", text, x.Date)
			}
		}
	}
	if !found {
		t.Errorf("%q: no meeting with Jiang Zemin (first CONSULT %+v, events %+v)", text, e, all)
	}
	noEventWhere(t, "not told", "Newt Gingrich did not tell Jiang Zemin during the visit.",
		func(e Event) bool { return hasIDs(e.Target, "jiang-zemin") })
	noEventWhere(t, "reporters", "Jacques Chirac told reporters during his visit to Beijing that he backed Hu Jintao.",
		func(e Event) bool { return e.Type == "CONSULT" && hasIDs(e.Target, "hu-jintao") })
}

// TestBothSides checks "both sides" and "the two sides" after a pair of states or bodies
// named together: they are that pair, not the two people named last.
func TestBothSides(t *testing.T) {
	wantEvent(t, "both sides", "Ghana and Peru held talks in Accra on Monday. Both sides agreed to expand trade.", "AGREE", "ghana,peru", "")
	wantEvent(t, "the two sides", "Premier Kofi Mensah of Ghana met Peru's president on Monday. Ghana and Peru are old partners. The two sides will also sign trade documents.", "AGREE", "ghana,peru", "")
}

// TestAfterArrival checks an act "soon after arrival" or "upon arrival": it happened the
// day the story says the actor arrived, and a day of its own still wins.
func TestAfterArrival(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kofi Mensah arrived in Lima on Monday for a visit. The Ghanaian president held talks with his Peruvian counterpart Ana Torres soon after arrival.", "2005-11-28"},
		{"Kofi Mensah arrived in Lima on Monday. Upon arrival, he met Ana Torres.", "2005-11-28"},
		{"Kofi Mensah arrived in Lima on Monday. He met Ana Torres on Tuesday after arriving.", "2005-11-29"},
		{"Kofi Mensah arrived in Lima on Monday. He met Ana Torres.", "2005-11-30"},
	} {
		_, all := event(t, c.text, "2005-11-30", "CONSULT")
		var e Event // the meeting, not the arrival (a visit of its own)
		for _, x := range all {
			if x.Type == "CONSULT" && x.Mode != "visit" {
				e = x
				break
			}
		}
		if e.Date != c.want {
			t.Errorf("%q: date %q, want %q", c.text, e.Date, c.want)
		}
	}
}

// TestOppositionIsNotTheState checks that a country adjective on an opposition does not
// make it the state ("Kenyan opposition coalition urges Ruto"), while one on a president or
// a government does.
func TestOppositionIsNotTheState(t *testing.T) {
	for _, text := range []string{
		"Ghanaian opposition coalition urges Mensah to drop tax bill",
		"The Ghanaian opposition coalition urged Kofi Mensah to drop the tax bill.",
	} {
		noEventWhere(t, "the state taken for its opposition", text, func(e Event) bool { return hasIDs(e.Source, "ghana") })
	}
	wantEvent(t, "government", "The Ghanaian government urged Peru to withdraw.", "DEMAND", "ghana", "peru")
}

// TestHeadlineObjectList checks a headline's comma between names after its verb as an
// "and" ("Wang Yi meets Kallas, De Wever in Brussels"), not a comma before a clause.
func TestHeadlineObjectList(t *testing.T) {
	wantEvent(t, "list", "Kofi Mensah meets Ana Torres, Pedro Castillo in Lima", "CONSULT", "kofi-mensah", "ana-torres,pedro-castillo")
	noEventWhere(t, "a clause after the comma read as a second name", "Kofi Mensah meets Ana Torres, says ties strong",
		func(e Event) bool { return len(e.Target) != 1 })
}

// TestArrivalIsAVisit checks an arrival in a country as the visit it begins, dated by its
// own day: not a trip home by one who holds office there, not people arriving as a group
// of a nationality, and nobody's visit without an actor.
func TestArrivalIsAVisit(t *testing.T) {
	wantEvent(t, "arrival", "Ghanaian President Kofi Mensah arrived in Lima on Monday.", "CONSULT", "kofi-mensah", "peru")
	wantEvent(t, "a delegation of a nationality", "The Ghanaian delegation arrived in Lima on Monday.", "CONSULT", "ghana", "peru")
	e, _ := event(t, "Ghanaian President Kofi Mensah arrived in Lima on Monday.", "2005-11-30", "CONSULT")
	if e.Date != "2005-11-28" || e.Mode != "visit" {
		t.Errorf("arrival: date %q mode %q, want 2005-11-28 visit", e.Date, e.Mode)
	}
	for _, text := range []string{
		"Ghanaian President Kofi Mensah arrived back in Accra on Monday.",
		"Ghanaian President Kofi Mensah visited Accra on Monday.",
		"Some 3,000 Albanians have arrived in Italy by boat since March.",
		"Troops arrived in Lima on Monday.",
		"The first deployment of UN peacekeeping troops have arrived in Peru, Kofi Mensah said.",
		"No need for concern as Ghanaian troops arrive in Peru: official",
	} {
		noEventWhere(t, "no visit", text, func(e Event) bool { return e.Type == "CONSULT" })
	}
}

// TestJointAppearance checks a joint press conference or appearance "with" someone as a
// meeting, also when set off by commas between the subject and its verb, and a press
// conference with nobody as none.
func TestJointAppearance(t *testing.T) {
	wantEvent(t, "appearance between commas", "Peruvian President Ana Torres, in a joint press appearance with Ghana's Kofi Mensah on Friday, warned that aid must be fair.", "CONSULT", "ana-torres", "kofi-mensah")
	wantEvent(t, "news conference", "Ana Torres spoke at a joint news conference with Kofi Mensah.", "CONSULT", "ana-torres", "kofi-mensah")
	noEventWhere(t, "a press conference alone", "Press conference by Peruvian government spokesman Luis Prado", func(e Event) bool { return e.Type == "CONSULT" })
}

// TestItIsNoPerson checks that "it" in what a person says stands for no person: "Mensah
// said the treaty is dead as it only helps US companies" is no act of Mensah's; while
// "it" of a body ("Peru said it will support") and "it was time to" (no one's "it") keep
// the speaker.
func TestItIsNoPerson(t *testing.T) {
	noEventWhere(t, "it of a thing", "Ghanaian President Kofi Mensah has said the treaty is dead as it only helps large US companies.",
		func(e Event) bool { return hasIDs(e.Source, "kofi-mensah") })
	wantEvent(t, "it of a state", "Peru said it will support Ghana.", "AGREE", "peru", "ghana")
	text := "Kofi Mensah campaigned in Accra on Monday. He said it was time to give back hope to Ghana's children, but it only helps Peru."
	wantEvent(t, "it was time to", text, "AID", "kofi-mensah", "ghana")
	wantEvent(t, "but it only helps", text, "AID", "", "peru")
}

// TestPortfolioNominal checks "the foreign minister" as the one who holds that office in
// the story, not any minister.
func TestPortfolioNominal(t *testing.T) {
	text := "Peruvian Prime Minister Luis Prado and Peruvian Foreign Minister Ana Torres spoke at the UN. \"Silence fools nobody,\" the foreign minister criticized the United States."
	wantEvent(t, "the foreign minister", text, "DISAPPROVE", "ana-torres", "united-states")
	text = "Peruvian Foreign Minister Ana Torres spoke at the UN. The defence minister criticized the United States."
	noEventWhere(t, "another portfolio", text, func(e Event) bool { return hasIDs(e.Source, "ana-torres") && e.Type == "DISAPPROVE" })
}

// TestMemberStates checks "member states" of a body read as a noun, and a call for them
// to act as a demand of the body.
func TestMemberStates(t *testing.T) {
	wantEvent(t, "call for member states to", "Kofi Mensah also called for SADC member states to strengthen cooperation against malaria.", "DEMAND", "kofi-mensah", "sadc")
	wantEvent(t, "call for countries to", "Kofi Mensah called for EU countries to send doctors.", "DEMAND", "kofi-mensah", "european-union")
	wantEvent(t, "call for all to", "Kofi Mensah called for all countries to send doctors.", "DEMAND", "kofi-mensah", "")
}

// TestTitleNounBeforeSubject checks a subject written after its office ("Palestinian
// leader Mahmud Abbas condemned", "Commission head Kofi Mensah ... hailed"), which the
// parser reads as two subjects: the person acts, not also the country or body of the
// office.
func TestTitleNounBeforeSubject(t *testing.T) {
	wantEvent(t, "body head", "European Commission head Kofi Mensah was disappointed, but hailed Ana Torres nonetheless.", "SUPPORT", "kofi-mensah", "ana-torres")
	wantEvent(t, "country leader", "Cuban leader Kofi Mensah met with Ana Torres on Friday.", "CONSULT", "kofi-mensah", "ana-torres")
}

// TestArrivedHere checks a visit "here" in a story whose dateline is cut off: to the
// country the story names most, twice as often as any other, not the visitor's own nor
// one the sentence names; with no such country, no visit. What the visitor came to do
// stays an act of its own.
func TestArrivedHere(t *testing.T) {
	text := "Peruvian leader Ana Torres met Ghanaian President Kofi Mensah on Friday. Ghana and Peru will expand trade, Torres said. Mensah arrived here Friday for a three-day visit. He praised Peru's growth."
	wantEvent(t, "arrived here", text, "CONSULT", "kofi-mensah", "peru")
	noEventWhere(t, "no host to say", "Kofi Mensah arrived here on Friday. He spoke about trade.", func(e Event) bool { return e.Type == "CONSULT" })
	text = "Ghanaian President Kofi Mensah arrived here Monday to show support to Peru's campaign following last Wednesday's floods. Peru thanked Ghana. Peru and Ghana are old friends."
	wantEvent(t, "the purpose of an arrival", text, "SUPPORT", "", "peru")
}

// TestDoneAtAMeeting checks that what is said or done at a meeting, a press appearance or
// during talks takes the meeting's day when it has none of its own.
func TestDoneAtAMeeting(t *testing.T) {
	for _, text := range []string{
		"Peruvian President Ana Torres, in a joint press appearance with Kofi Mensah on Friday, criticized the United States.",
		"During talks with Kofi Mensah on Friday, Ana Torres criticized the United States.",
	} {
		e, _ := event(t, text, "2005-11-30", "DISAPPROVE")
		if e.Date != "2005-11-25" {
			t.Errorf("%q: date %q, want the meeting's 2005-11-25", text, e.Date)
		}
	}
}

// TestReactionFrom checks a reaction's "from" as its actor, and "despite" a reaction as
// one aimed at the clause's subject: "despite condemnation by radical states like Iran
// and Syria" (the states named), "despite threats from Beijing"; not "demands from
// critics for Peru to act", whose critics are no one named.
func TestReactionFrom(t *testing.T) {
	wantEvent(t, "despite condemnation by states like", "Ghana and Peru signed two pacts despite condemnation by radical states like Chile and Bolivia.", "DISAPPROVE", "chile,bolivia", "ghana,peru")
	wantEvent(t, "despite threats from", "Ghana filed a resolution on Thursday despite threats from Peru.", "THREATEN", "peru", "ghana")
	wantEvent(t, "criticism from", "The plan drew criticism from Peru.", "DISAPPROVE", "peru", "")
	noEventWhere(t, "from unnamed critics", "The report came amid demands from critics for Peru to seek an exit strategy.", func(e Event) bool { return hasIDs(e.Source, "peru") })
	// The parser hangs the "from" phrase on the verb before the noun; it is the noun's.
	wantEvent(t, "opposition from, hung on the verb", "The commission passed a resolution despite opposition from a number of countries, including China and Japan.", "DISAPPROVE", "china,japan", "")
	// Who earns a reaction is its target.
	wantEvent(t, "earned criticism", "Denmark earned sharp criticism from China on Monday.", "DISAPPROVE", "china", "denmark")
}

// TestHyphenedAcronyms checks two bodies' acronyms joined by a hyphen, each defined by the
// story: the first is a side, not a body of its own called "CPP-NPA".
func TestHyphenedAcronyms(t *testing.T) {
	text := "The Communist Party of Ruvala (CPR) and its armed wing the People's Army of Ruvala (PAR) fight on. Kofi Mensah has suspended peace talks with the CPR-PAR."
	wantEvent(t, "acronym-acronym", text, "SANCTION", "kofi-mensah", "communist-party-of-ruvala")
}

// TestGiving checks verbs of giving: aid sent, a passive whose subject is what is sent (the
// target is where it goes, its modifier the giver), a second object read as a modifier of
// the gift, a commitment given as a promise; and "the men" as nobody named.
func TestGiving(t *testing.T) {
	wantEvent(t, "sent aid", "Ghana sent food aid to Peru on Monday.", "AID", "ghana", "peru")
	wantEvent(t, "aid was sent", "Kofi Mensah said Ghanaian food aid could be sent to Peru quickly.", "AID", "ghana", "peru")
	noEventWhere(t, "given with a second object", "Peru was granted a loan by Ghana.", func(e Event) bool { return e.Type == "AID" && !hasIDs(e.Target, "peru") })
	wantEvent(t, "gave X aid", "Ghana gave Peru food aid on Monday.", "AID", "ghana", "peru")
	wantEvent(t, "gave a commitment", "Ghana gave Peru a commitment to open its market.", "AGREE", "ghana", "peru")
	noEventWhere(t, "the men alone", "Kofi Mensah and Luis Prado run the bank. The police said the men killed four woodcutters.",
		func(e Event) bool { return hasIDs(e.Source, "kofi-mensah") })
}

// TestDuringTheMeeting checks "during the meeting" in a later sentence as the day of the
// meeting the story dated last; "during a meeting" is another one.
func TestDuringTheMeeting(t *testing.T) {
	text := "Kofi Mensah met Ana Torres on Monday. During the meeting, Mensah called for direct talks between Torres and Peru's rebels."
	e, _ := event(t, text, "2005-11-30", "DEMAND")
	if e.Date != "2005-11-28" {
		t.Errorf("during the meeting: date %q, want the meeting's 2005-11-28", e.Date)
	}
	text = "Kofi Mensah met Ana Torres on Monday. During a meeting, Mensah called for direct talks between Torres and Peru's rebels."
	if e, _ := event(t, text, "2005-11-30", "DEMAND"); e.Date == "2005-11-28" {
		t.Errorf("during a meeting: dated by the one before")
	}
}

// TestAskedIt checks a demand of "it" or "them" after a verb that names whom: the one
// asked is that verb's object, also when the parser hung the demand on a verb of saying
// ("a spokesman said he has contacted A and B and asked them").
func TestAskedIt(t *testing.T) {
	wantEvent(t, "asked it", "Kofi Mensah called Peru and asked it to help Chile.", "DEMAND", "kofi-mensah", "peru")
	wantEvent(t, "said he contacted and asked them", "A spokesman for Kofi Mensah said he has contacted the leaders of Peru and Chile and asked them to help Bolivia establish a new government.", "DEMAND", "kofi-mensah", "peru,chile")
}

// TestPressureOn checks pressure on someone as a demand of them by whoever puts it on.
func TestPressureOn(t *testing.T) {
	wantEvent(t, "stepped up pressure on", "Peru had stepped up the pressure on Chile in a last effort to block the resolution.", "DEMAND", "peru", "chile")
	wantEvent(t, "X pressure on", "US pressure on Chile is growing.", "DEMAND", "united-states", "chile")
	noEventWhere(t, "pressure on prices", "The pressure on oil prices eased on Monday.", func(e Event) bool { return e.Type == "DEMAND" })
}

// TestNotOnly checks "not only ... but also" as no negation.
func TestNotOnly(t *testing.T) {
	noEventWhere(t, "not only", "Kofi Mensah said Chile had not only violated the treaty but also broken its word.", func(e Event) bool { return e.Type == "REJECT" && e.Negated })
}

// TestReviewedNearMisses30 holds the sentences a reviewer wrote against this stop's rules
// that the first version got wrong, each as it should read.
func TestReviewedNearMisses30(t *testing.T) {
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	// An envoy sent is no aid; "rice" is no gift.
	none("an envoy sent", "President Kofi Mensah sent Secretary of State Ana Rice to Lima on Monday.", func(e Event) bool { return e.Type == "AID" })
	// Words of worth out of their sense.
	isJudgement := func(e Event) bool { return e.Type == "SUPPORT" || e.Type == "DISAPPROVE" }
	none("leadership as a subject", "The Peruvian leadership rejected the offer, Kofi Mensah said.", isJudgement)
	none("responsible as a duty", "Kofi Mensah said the Peruvian police were responsible for security at the border.", isJudgement)
	none("a big step back", "Kofi Mensah said Peru's decision was a big step back for diplomacy.", isJudgement)
	none("a question", "Did Kofi Mensah say Peru was an obstacle?", isJudgement)
	none("a place that says", "Peru's bid for a seat on the council failed, diplomats in Lima said.", isJudgement)
	// What a visitor arrives to do is done; "here" is no one asked.
	wantEvent(t, "arrived to press", "Kofi Mensah arrived in Lima on Monday to press Peru to do more on trade.", "DEMAND", "kofi-mensah", "peru")
	none("arrived here to ask", "The Ghanaian leader arrived here on Monday to ask Peruvian President Ana Torres for help.", func(e Event) bool { return e.Type == "CONSULT" && hasIDs(e.Target, "ana-torres") })
	// A visit does not free the acts in its object: "the site of the bombing".
	none("visited the site of", "Kofi Mensah visited the site of the bombing of the Peruvian embassy in Lima.", func(e Event) bool { return e.Type == "ASSAULT" })
	// "despite" a reaction that names its own target.
	wantEvent(t, "despite threats against", "Despite Chile's threats against Peru, Bolivia sold arms to Lima.", "THREATEN", "chile", "peru")
	// "When X arrived on Sunday, police fired": then.
	if e, _ := event(t, "When Kofi Mensah arrived in Lima on Sunday, police fired tear gas at Chilean protesters.", "2005-11-30", "ASSAULT"); e.Date != "2005-11-27" {
		t.Errorf("when he arrived: date %q, want 2005-11-27", e.Date)
	}
	// "during his stay", "at the talks" of other people, or with a place of their own.
	for _, text := range []string{
		"Ana Torres visited Quito on Monday. During his stay in Lima, Kofi Mensah praised Peru.",
		"Ana Torres met Luis Prado on Monday. Chile criticized Bolivia at the talks.",
	} {
		if e, all := event(t, text, "2005-11-30", ""); len(all) > 1 && all[1].Date == "2005-11-28" {
			t.Errorf("%q: dated by another contact (%+v)", text, e)
		}
	}
	// Pressure put, exerted or increased is the subject's.
	wantEvent(t, "putting pressure", "Chile is putting pressure on Peru to open its market.", "DEMAND", "chile", "peru")
	wantEvent(t, "increased pressure", "Chile and Bolivia increased pressure on Peru.", "DEMAND", "chile,bolivia", "peru")
	// Home again is no visit.
	none("arrived back", "Kofi Mensah arrived back in Lima on Sunday from Quito.", func(e Event) bool { return e.Type == "CONSULT" })
	// Two foreign ministers: "the foreign minister" is neither.
	none("two foreign ministers", "Peruvian Foreign Minister Ana Torres met Chilean Foreign Minister Luis Prado on Thursday. The foreign minister criticized Bolivia.",
		func(e Event) bool { return e.Type == "DISAPPROVE" && len(e.Source) > 0 })
	// A body's cause ending in a known country.
	checkTypes(t, "The Democratic Forces for the Liberation of Peru rejected the offer.", map[string]string{"Democratic Forces for the Liberation of Peru": "organization"})
}

// TestAdviceReactionsAndHarms covers stop 31's readings, each in words of our own.
func TestAdviceReactionsAndHarms(t *testing.T) {
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	// Advice voiced to a party is a demand on it; "should have" reproaches; unvoiced, a
	// "should" predicts, and one about a phrase that only holds a name advises nobody.
	wantEvent(t, "should, voiced", "Chile should open its border, Bolivian President Luis Prado said.", "DEMAND", "luis-prado", "chile")
	wantEvent(t, "should have", "Luis Prado said Chile should have opened its border.", "DISAPPROVE", "luis-prado", "chile")
	none("should, unvoiced", "Chile should grow by five percent next year.", func(e Event) bool { return e.Type == "DEMAND" })
	none("should, of talks", "Luis Prado said talks with Chile should resume soon.", func(e Event) bool { return e.Type == "DEMAND" && hasIDs(e.Target, "chile") })
	if e, _ := event(t, "Luis Prado said Chile should open its border.", "2005-11-30", "DEMAND"); e.Future {
		t.Errorf("advice is given when said, not planned: %+v", e)
	}
	// What a demand is about was made: "his criticism should not be construed as".
	wantEvent(t, "criticism as a demand's subject", "Luis Prado said his criticism of Ana Torres should not be read as disrespect.", "DISAPPROVE", "luis-prado", "ana-torres")
	// Suggesting that someone step down asks it of them; "said Monday that ..., suggesting"
	// is the speaker's, whatever the parser made of the day.
	wantEvent(t, "suggested that", "Luis Prado said Monday that military rule in Chile was no longer possible, suggesting that General Ana Torres stand down.", "DEMAND", "luis-prado", "ana-torres")
	wantEvent(t, "urging after what is said", "Luis Prado said Chile was in chaos, urging Ana Torres to step down.", "DEMAND", "luis-prado", "ana-torres")
	none("suggested a place", "Luis Prado suggested that the meeting be held in Santiago.", func(e Event) bool { return len(e.Target) > 0 })
	// Disappointment is disapproval of whom it is with.
	wantEvent(t, "disappointed with", "Bolivia was deeply disappointed with Chile's decision.", "DISAPPROVE", "bolivia", "chile")
	wantEvent(t, "disappointed that", "Luis Prado said he was disappointed that Ana Torres is playing politics with the border.", "DISAPPROVE", "luis-prado", "ana-torres")
	// Aid cut off is a sanction, not aid; propping up a government supports it.
	wantEvent(t, "cut off aid", "In 1994, Bolivia cut off all military aid to Chile.", "SANCTION", "bolivia", "chile")
	none("cut off aid is no aid", "In 1994, Bolivia cut off all military aid to Chile.", func(e Event) bool { return e.Type == "AID" })
	wantEvent(t, "propped up", "Luis Prado propped up Ana Torres in a budget vote in May.", "SUPPORT", "luis-prado", "ana-torres")
	// A criticism of "the attack" blames who made the story's last attack, if it names them.
	wantEvent(t, "condemned the attack", "Two Bolivian soldiers were killed in a Chilean attack on Tuesday. Luis Prado condemned the attack.", "DISAPPROVE", "luis-prado", "chile")
	none("an attack by no one named", "Gunmen killed two soldiers in La Paz on Tuesday. Luis Prado condemned the attack.", func(e Event) bool { return e.Type == "DISAPPROVE" && len(e.Target) > 0 })
	// So does rejecting "the demand" or welcoming "the offer": the one who made it.
	wantEvent(t, "the demand rejected", "The Social Democratic Party has called for fewer Chilean troops in Arica. The demand was flatly rejected by Chile.", "REJECT", "chile", "social-democratic-party")
	wantEvent(t, "the offer welcomed", "Bolivia offered talks with Chile on Monday. Chile welcomed the offer.", "SUPPORT", "chile", "bolivia")
	none("its own demand", "Bolivia urged Chile to open the border. Peru rejected Chile's demand for a new port.", func(e Event) bool { return e.Type == "REJECT" && hasIDs(e.Target, "bolivia") })
	none("an arrest is no attack", "Bolivian police arrested four suspects on Tuesday. Luis Prado condemned the attack.", func(e Event) bool { return e.Type == "DISAPPROVE" && hasIDs(e.Target, "bolivia") })
	// A passive harm done in someone's attack is theirs; what follows a passive is no target.
	wantEvent(t, "killed in a raid of", "A Bolivian commander was killed in a Chilean raid.", "ASSAULT", "chile", "bolivia")
	none("wounded in a place", "Two soldiers were wounded in Bolivia.", func(e Event) bool { return hasIDs(e.Target, "bolivia") })
	// An attribution after a comma speaks, however the parser hung it.
	wantEvent(t, "trailing speaker", "Chile should open its border to Peruvian trucks, Bolivian President Luis Prado said.", "DEMAND", "luis-prado", "chile")
	// A name in a clause of its own below the predicate is not its target.
	none("describing it to", "Luis Prado condemned the attack, describing it to Reuters as a crime.", func(e Event) bool { return hasIDs(e.Target, "reuters") })
	// "urged Gulf states to", read as Gulf stating: the states are urged.
	if _, tr := sentenceTree(t, "Luis Prado urged Andean states to open their borders."); tr.w[4].upos != "NOUN" || tr.w[4].rel != "obj" || tr.w[6].head != 2 {
		t.Errorf("urged Andean states to: states %+v, open's head %d", tr.w[4], tr.w[6].head)
	}
}

func TestRelativeLightVerbs(t *testing.T) {
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	// A light verb in a relative clause on its noun gives the noun its actor and target.
	wantEvent(t, "talks she held with", "Luis Prado said the talks he held with Ana Torres were frank.", "CONSULT", "luis-prado", "ana-torres")
	wantEvent(t, "embargo it imposed on", "Ana Torres was charged under the embargo that Bolivia imposed on Chile in 1963.", "SANCTION", "bolivia", "chile")
	wantEvent(t, "embargo it has had clamped on", "Ana Torres was charged under the embargo Bolivia has had clamped on Chile since 1963.", "SANCTION", "bolivia", "chile")
	// A passive relative clause or one whose subject is the noun leaves the noun's own
	// arguments alone.
	wantEvent(t, "a meeting which was held", "During a meeting with Ana Torres, which was held in La Paz, Luis Prado stressed the need for trade.", "CONSULT", "luis-prado", "ana-torres")
	none("an agreement that was reached", "Bolivia condemned the agreement that was reached after mediation by Luis Prado.", func(e Event) bool { return e.Type == "AGREE" && hasIDs(e.Source, "luis-prado") })
}

func TestBeingThereAndTurningDown(t *testing.T) {
	// Being somewhere for a contact is taking part in it; a visit is to the place.
	wantEvent(t, "was in a city for talks with", "Luis Prado was in Lima for talks with Ana Torres.", "CONSULT", "luis-prado", "ana-torres")
	wantEvent(t, "in a country for a visit", "Luis Prado is in Peru for a two-day visit.", "CONSULT", "luis-prado", "peru")
	noEventWhere(t, "ready for talks", "Luis Prado is ready for talks with Ana Torres.", func(e Event) bool { return e.Type == "CONSULT" && !e.Future })
	// Turning down a request rejects whoever made it; laying blame on someone disapproves.
	wantEvent(t, "turned down a request from", "Chile turned down a request from Bolivia for port access.", "REJECT", "chile", "bolivia")
	wantEvent(t, "laid the blame on", "Luis Prado laid the blame for the crisis on Ana Torres.", "DISAPPROVE", "luis-prado", "ana-torres")
}

func TestRelativeObjectsAndWithdrawals(t *testing.T) {
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	// An object relative pronoun is the noun its clause is on: a name, a possessor, or the
	// one whose statement the noun stands beside; never a place in the clause.
	wantEvent(t, "a proposal, which", "Bolivia's proposal, which Chile rejected on Monday, was fair.", "REJECT", "chile", "bolivia")
	wantEvent(t, "a view which", "Bolivia said the plan was fair, a view which Chile supported at the United Nations.", "SUPPORT", "chile", "bolivia")
	none("a plan, which", "Peru rejected the plan, which Chile supported in the United Nations.", func(e Event) bool { return hasIDs(e.Target, "united-nations") })
	none("things in a place", "The group attacked La Paz nightclubs which it accused of harboring criminals.", func(e Event) bool { return e.Type == "DISAPPROVE" && len(e.Target) > 0 })
	// Seeking or calling for the withdrawal of a country's troops asks it of that country,
	// and "by 2015" is when they are to go, not when it was asked.
	wantEvent(t, "sought the withdrawal of", "Luis Prado sought the complete withdrawal of Chilean troops by 2015.", "DEMAND", "luis-prado", "chile")
	wantEvent(t, "called for the withdrawal of", "Luis Prado called for the withdrawal of Chilean troops from Arica.", "DEMAND", "luis-prado", "chile")
	if e, _ := event(t, "Luis Prado demanded the withdrawal of Chilean troops by 2015.", "2005-11-30", "DEMAND"); e.Date != "2005-11-30" {
		t.Errorf("a deadline dated the demand: %+v", e)
	}
}

func TestCommitmentsMadeTo(t *testing.T) {
	// A commitment or an assurance made or given to someone is an agreement with them;
	// one held, kept or received is not made then.
	wantEvent(t, "made a commitment to", "Luis Prado made a commitment to Ana Torres to open the border.", "AGREE", "luis-prado", "ana-torres")
	wantEvent(t, "gave an assurance", "Luis Prado gave Ana Torres an assurance that Bolivia would not intervene.", "AGREE", "luis-prado", "ana-torres")
	noEventWhere(t, "commitments held", "Luis Prado has academic commitments in Chile.", func(e Event) bool { return e.Type == "AGREE" })
	noEventWhere(t, "commitments received", "Luis Prado received commitments from Chile.", func(e Event) bool { return e.Type == "AGREE" && hasIDs(e.Target, "luis-prado") })
}

func TestRelativeClauseRepairs(t *testing.T) {
	// A relative clause with no pronoun that the parser joined to the main verb as a
	// conjunct, complement or adverbial clause is read on its noun again.
	wantEvent(t, "briefed on talks he held with", "Luis Prado briefed Ana Torres on talks he held with Chilean leaders.", "CONSULT", "luis-prado", "chile")
	wantEvent(t, "praised the talks she held with", "Luis Prado praised the talks Ana Torres held with Chile.", "CONSULT", "ana-torres", "chile")
	// The noun's clause says what was done, whatever is done with the noun now: sanctions
	// a state imposed are a sanction, dated by the clause, and lifting them concedes to
	// whom they were imposed on.
	e, _ := event(t, "Bolivia promised to lift the sanctions it imposed on Chile in 1963.", "2005-11-30", "SANCTION")
	if !hasIDs(e.Source, "bolivia") || !hasIDs(e.Target, "chile") || e.Future || e.Date != "1963" {
		t.Errorf("sanctions it imposed: %+v", e)
	}
	wantEvent(t, "lift the sanctions it imposed on", "Bolivia lifted the sanctions it imposed on Chile in 1963.", "CONCEDE", "bolivia", "chile")
	// Calling for fewer of a country's troops asks it of that country.
	wantEvent(t, "called for a reduction of", "Luis Prado called for a reduction of Chilean troops in Arica.", "DEMAND", "luis-prado", "chile")
}

func TestQuotedSpeakers(t *testing.T) {
	// One quoted as saying is a person who speaks, however the parser hung the clause.
	wantEvent(t, "was quoted as saying by", "Chile should open its ports to trade, Bolivian Foreign Minister Luis Prado was quoted as saying by a newspaper.", "DEMAND", "luis-prado", "chile")
	wantEvent(t, "surname quoted as saying", "Chile should open its ports, Prado was quoted as saying.", "DEMAND", "prado", "chile")
}

func TestRelativePronounSubjects(t *testing.T) {
	// "which last year signed": the pronoun is the subject, "last year" the time.
	e, _ := event(t, "The MILF split from the Moro National Liberation Front (MNLF), which last year signed a peace treaty with Bolivia.", "1997-04-25", "SUPPORT")
	if !hasIDs(e.Source, "moro-national-liberation-front") || !hasIDs(e.Target, "bolivia") || e.Date != "1996" {
		t.Errorf("which last year signed: %+v", e)
	}
	// A relative clause hung on the verb before it is still about the noun it follows.
	wantEvent(t, "recalled its envoy to X, which", "Chile recalled its envoy to Peru, which last week expelled two Chilean diplomats.", "SANCTION", "peru", "chile")
}

func TestMarkedRootRepair(t *testing.T) {
	// A sentence's root takes no "after": "imposed", misread as a participle on the
	// sanctions, is the verb, and the marked clause its adverbial clause.
	wantEvent(t, "imposed sanctions after", "The United Nations imposed sanctions on Bolivia after Bolivia invaded Chile in 1990.", "SANCTION", "united-nations", "bolivia")
	wantEvent(t, "invaded, in the clause", "The United Nations imposed sanctions on Bolivia after Bolivia invaded Chile in 1990.", "ASSAULT", "bolivia", "chile")
	// After a dateline, which is parsed as a part of its own, the same.
	dated := "LA PAZ, March 3, 1998 (Example Wire) -- The United Nations imposed sanctions on Bolivia after Bolivia invaded Chile in 1990."
	wantEvent(t, "after a dateline", dated, "SANCTION", "united-nations", "bolivia")
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	none("no invasion by the UN", dated, func(e Event) bool { return e.Type == "ASSAULT" && hasIDs(e.Source, "united-nations") })
}

func TestSubjectWithAppositions(t *testing.T) {
	// A subject with appositions the parser took for the root: the verb after them is the
	// sentence's, and the name its actor, not a body named inside an apposition.
	wantEvent(t, "name, chief of a body, partner, condemned", "Luis Prado, chief of the Union for Bolivian Democracy, junior partner in the coalition, condemned Chile.", "DISAPPROVE", "luis-prado", "chile")
	checkTypes(t, "The self-styled Army for Kosovo Independence threatened the Union for French Democracy.",
		map[string]string{"Army for Kosovo Independence": "organization", "Union for French Democracy": "organization"})
}

func TestPurposeOfAJourney(t *testing.T) {
	// "for a meeting" hung on the helicopter is what the journey was for.
	wantEvent(t, "aboard a helicopter for a meeting with", "Luis Prado, accompanied by his deputy, was then whisked to La Paz aboard a military helicopter for a meeting with President Ana Torres.", "CONSULT", "luis-prado", "ana-torres")
}

func TestAdviceVoiced(t *testing.T) {
	// Advice with "should" voiced by a verb that asks only of a need is a demand, also
	// when the speaker's clause hangs below the advice.
	wantEvent(t, "should ..., he stressed", "Luis Prado spoke on Monday. Chile should deal only with the government and the sanctions imposed on Peru could not be divided, he stressed.", "DEMAND", "luis-prado", "chile")
}

// TestReviewedNearMisses32 holds what this stop's reviewer found against its rules.
func TestReviewedNearMisses32(t *testing.T) {
	none := func(name, text string, bad func(Event) bool) { t.Helper(); noEventWhere(t, name, text, bad) }
	// A body briefed or pressed "on" a place is no body named for the place.
	checkTypes(t, "Luis Prado briefed the Security Council on Bolivia.", map[string]string{"Security Council": "organization", "Bolivia": "country"})
	// What is done to a thing someone made or held is done to them.
	wantEvent(t, "rejected the accusations X made", "Luis Prado rejected the accusations Chile made against Bolivia.", "REJECT", "luis-prado", "chile")
	wantEvent(t, "condemned the sanctions X imposed", "Bolivia condemned the sanctions Chile imposed on Peru.", "DISAPPROVE", "bolivia", "chile")
	// "it" in the clause is who is to lift them, not the one who asks.
	wantEvent(t, "lift the sanctions it imposed", "Bolivia demanded that Chile lift the sanctions it imposed on Peru.", "SANCTION", "chile", "peru")
	// What should be done to or given a party asks nothing of it.
	none("should not be isolated", "Bolivia should not be isolated, Luis Prado stressed.", func(e Event) bool { return e.Type == "DEMAND" })
	none("should get a state", "The Palestinians should get a state, Luis Prado stressed.", func(e Event) bool { return e.Type == "DEMAND" })
}

// TestHeadlinePassives checks that a headline's bare participle of harm or custody is the
// passive headline grammar makes it ("was" dropped): who suffered it is its target, and
// the place it happened in, or its "by" phrase, is who did it; an active headline stays.
func TestHeadlinePassives(t *testing.T) {
	for _, c := range []struct{ text, typ, src, tgt string }{
		{"Kofi Mensah arrested in Ghana\n\nThe arrest came on Friday.", "COERCE", "ghana", "kofi-mensah"},
		{"Ana Torres expelled by Chile\n\nThe order came on Friday.", "SANCTION", "chile", "ana-torres"},
		{"Chile expels Ana Torres\n\nThe order came on Friday.", "SANCTION", "chile", "ana-torres"},
	} {
		e, all := event(t, c.text, "2008-03-08", c.typ)
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt {
			t.Errorf("%q: %s %s -> %s, want %s -> %s (events %+v)", c.text, c.typ, ids(e.Source), ids(e.Target), c.src, c.tgt, all)
		}
	}
}

// TestReviewedNearMisses34 holds what a reviewer found against stop 34's rules, in sentences
// written for the test: each rule kept to what it is for.
func TestReviewedNearMisses34(t *testing.T) {
	// "The bloc" is a body of states named before, never the sentence's own subject.
	wantEvent(t, "the bloc, not the asker", "European Union ministers met in Brussels on Monday. Amnesty International on Tuesday urged the bloc to act.", "DEMAND", "amnesty-international", "european-union")
	// Ready to do harm, or to refuse, agrees to nothing.
	noEventWhere(t, "ready to use force", "Ghana is ready to use force against Togo.", func(e Event) bool { return e.Type == "AGREE" })
	noEventWhere(t, "willing to reject", "Ghana is willing to reject any proposal from Togo.", func(e Event) bool { return e.Type == "AGREE" })
	// Approving a plan to act on a place approves nothing of that place.
	noEventWhere(t, "a plan's place", "The Ghanaian parliament approved a plan to send troops to Togo.", func(e Event) bool { return e.Type == "AGREE" && ids(e.Target) == "togo" })
	wantEvent(t, "an agreement with", "The Ghanaian cabinet approved an agreement with Togo.", "AGREE", "ghana", "togo")
	// An arrest "in connection with" something in a country is not that country's.
	noEventWhere(t, "in connection with", "Kofi Mensah was arrested in connection with the bombing of the Togolese embassy in Ghana.", func(e Event) bool {
		return e.Type == "COERCE" && len(e.Source) > 0
	})
	// A past position, a denied one, a rival in a contest: no stance.
	for _, text := range []string{
		"Ana Torres, a former critic of Kofi Mensah, spoke in Lima.",
		"Chile is no opponent of Peru.",
		"Ana Torres, the opponent of Kofi Mensah in the runoff, spoke in Lima.",
	} {
		noEventWhere(t, "no standing position", text, func(e Event) bool { return e.Trigger == "critic" || e.Trigger == "opponent" })
	}
	// "Without" makes "could not" a condition still.
	e, all := event(t, "Without Ghanaian support, Togo could not reach an agreement with Benin.", "2005-11-30", "REJECT")
	if e.Type != "" && !e.Future {
		t.Errorf("a conditional 'could not' stored as a refusal done: %+v (events %+v)", e, all)
	}
	// The month of an earlier act is no month of the act after it; an earlier year is.
	e, all = event(t, "The European Union froze aid to Togo after Ghana held elections in January.", "2006-03-10", "SANCTION")
	if e.Date == "2006-01" {
		t.Errorf("an act after one of January dated January: %+v (events %+v)", e, all)
	}
	// A statement's day carries to the party's next statement in the simple past, once.
	date, _ := timex.ParseDate("2005-11-05")
	r := New().Extract("t", "Ghana on Friday rejected the plan. Ghana refuses to recognize Togo. Ghana criticized Togo. Ghana urged Benin to act. Ghana urged Niger to act.", date)
	for _, ev := range r.Events {
		if ev.Type == "DEMAND" && ids(ev.Target) == "niger" && ev.Date == "2005-11-04" {
			t.Errorf("a day carried on past its reach: %+v", r.Events)
		}
	}
	// A given name borne by men and women says nothing of who "he" is.
	wantEvent(t, "Joan is a man's name too", "Spanish Industry Minister Joan Clos arrived in Rabat on Monday. He urged Morocco to open its market.", "DEMAND", "joan-clos", "morocco")
}

// TestDiscussedWith checks that whom a topic was discussed with is a party to the talks
// however the parser hangs the "with" phrase, while a topic that takes "with" itself
// ("relations with China") names no one talked to.
func TestDiscussedWith(t *testing.T) {
	wantEvent(t, "discussed with a titled name", "Karin Holm discussed the peace process with King Abdullah on Monday.", "CONSULT", "karin-holm", "abdullah")
	wantEvent(t, "discussed with a name", "Karin Holm discussed the refugee crisis with Kofi Annan on Monday.", "CONSULT", "karin-holm", "kofi-annan")
	noEventWhere(t, "a conflict's other side is no party to the talks", "Ehud Olmert discussed the confrontation with Hezbollah on Monday.", func(e Event) bool {
		return e.Type == "CONSULT"
	})
	noEventWhere(t, "relations with China are the topic, not a party", "Karin Holm discussed relations with China on Monday.", func(e Event) bool {
		return e.Type == "CONSULT" && strings.Contains(ids(e.Target)+ids(e.Source), "china")
	})
}

// TestVictimPossessor checks that the possessor of an act done to a person is whom it
// was done to ("Gotovina's arrest"), while a state's act with its "of" is the state's.
func TestVictimPossessor(t *testing.T) {
	// Many acts of a person's are that person's own: "Milosevic's killings".
	wantEvent(t, "killings", "The tribunal condemned Slobodan Milosevic's killings in Kosovo.", "ASSAULT", "slobodan-milosevic", "kosovo")
	wantEvent(t, "arrest", "Ante Gotovina was seen in Madrid. Gotovina's arrest raised the pressure on Belgrade.", "COERCE", "", "ante-gotovina")
	wantEvent(t, "killing", "The report found evidence of Syrian involvement in Rafik Hariri's killing.", "ASSAULT", "", "rafik-hariri")
	wantEvent(t, "a state's arrest of", "Israel's arrest of Marwan Barghouti angered the Palestinians.", "COERCE", "israel", "marwan-barghouti")
}

// TestJourneys checks that a person's flight or journey to a country is a visit there, and
// a force's, a people's, an airline's or a trip home is none.
func TestJourneys(t *testing.T) {
	wantEvent(t, "flew to a capital", "Indian Prime Minister Manmohan Singh flew to Moscow on Sunday.", "CONSULT", "manmohan-singh", "russia")
	wantEvent(t, "travelled to", "Martti Ahtisaari travelled to Albania on Saturday.", "CONSULT", "martti-ahtisaari", "albania")
	wantEvent(t, "flew into", "Martha Benson flew into Vietnam from Hong Kong.", "CONSULT", "martha-benson", "vietnam")
	for _, text := range []string{
		"Manmohan Singh flew back to New Delhi on Monday.",
		"British troops flew into Basra on Monday.",
		"Singapore Airlines will start flying to Russia in March.",
		"The treaty waives visas for Palestinians travelling to Jordan.",
		"Karin Holm flew to Brisbane to question Anwar Ibrahim.",
		"Two Russian bombers flew into Georgian airspace on Monday.",
		"Germany advised its nationals against travelling to Iran.",
	} {
		noEventWhere(t, "no visit", text, func(e Event) bool { return e.Type == "CONSULT" })
	}
	// The office's holder named at the end of its phrase travels, not the company; the
	// opening "earlier this month" dates the flight.
	e, all := event(t, "Earlier this month Nike's director of communications for the Asia Pacific Region Martha Benson flew into Vietnam from Hong Kong.", "1997-04-28", "CONSULT")
	if ids(e.Source) != "martha-benson" || ids(e.Target) != "vietnam" || e.Date != "1997-04" {
		t.Errorf("Nike's director Martha Benson flew: %+v (events %+v)", e, all)
	}
}

// TestPartiesByTheirMembers checks that a party named by its members' plural is the party:
// one the story writes out, else the country's usual name for it, else "<words> Party";
// and that a party the story names by a longer name ending in the plural stays that one.
func TestPartiesByTheirMembers(t *testing.T) {
	// A party of a country relgraph knows no name for stays as written: "Irish
	// Republicans" are not the American party.
	noEventWhere(t, "another country's plural", "Irish Republicans attacked British troops in Belfast.", func(e Event) bool {
		return strings.Contains(ids(e.Source), "republican-party")
	})
	noEventWhere(t, "a story on another country", "Hong Kong's legislature met on Monday. The Democrats criticized Donald Tsang on Monday, Hong Kong officials said.", func(e Event) bool {
		return strings.Contains(ids(e.Source), "democratic-party")
	})
	wantEvent(t, "opposition plural", "Opposition Democrats criticized George W. Bush on Monday.", "DISAPPROVE", "democratic-party", "george-w-bush")
	wantEvent(t, "another name for them", "The Tories criticized Tony Blair on Monday.", "DISAPPROVE", "conservative-party", "tony-blair")
	wantEvent(t, "the party the story names", "France's main opposition Socialist Party struck a deal with the Greens on Tuesday. The French Socialists also reached agreement with the Communists on Wednesday.",
		"AGREE", "socialist-party", "french-communist-party")
	_, all := event(t, "Italy's Refounded Communists opposed the reform. Romano Prodi depends on the Communists' support, and the Communists criticized Prodi on Monday.", "2005-11-30", "DISAPPROVE")
	for _, e := range all {
		if e.Type == "DISAPPROVE" && e.Trigger == "criticized" && ids(e.Source) != "refounded-communists" {
			t.Errorf("the Communists after the Refounded Communists: %s criticized, want refounded-communists (events %+v)", ids(e.Source), all)
		}
	}
}

// TestHeadlineOffice checks that an office written with its country and no article in a
// headline ("Syrian PM condemns ...") is the one the story names in that office, not the
// country, and stays the country's when the story names no such holder.
func TestHeadlineOffice(t *testing.T) {
	wantEvent(t, "holder named in the body", "Syrian PM condemns hotel attacks in Amman\n\nDAMASCUS, Nov. 10 -- Syrian Prime Minister Naji Otri on Thursday condemned the attacks in Jordan.",
		"DISAPPROVE", "naji-otri", "jordan")
	wantEvent(t, "no holder named", "Algerian president flies to Paris for medical treatment\n\nThe president was taken ill on Friday, officials said.",
		"CONSULT", "algeria", "france")
	// A name after the office is the name: "Russian PM Chernomyrdin visits".
	wantEvent(t, "a name follows", "Russian PM Chernomyrdin visits Slovakia\n\nThe visit began on Monday.", "CONSULT", "chernomyrdin", "slovakia")
}

// TestGivenTo checks that the second object of a verb of giving is whom the noun goes to:
// "gave Mobutu Sese Seko an ultimatum" is an ultimatum to him.
func TestGivenTo(t *testing.T) {
	wantEvent(t, "gave X an ultimatum", "Laurent Kabila gave Mobutu Sese Seko an ultimatum to step down.", "DEMAND", "laurent-kabila", "mobutu-sese-seko")
}

// TestOppositionFrom checks that opposition from named parties is their disapproval of
// whoever acts despite it, and that "opposition" with a "from" phrase that names no one
// is no act.
func TestOppositionFrom(t *testing.T) {
	wantEvent(t, "despite opposition from", "The UN Human Rights Commission on Thursday adopted a resolution despite opposition from China and Japan.",
		"DISAPPROVE", "china,japan", "united-nations-human-rights-commission")
	wantEvent(t, "from a number of countries", "The resolution was adopted despite opposition from a number of countries, including China, Japan and the United States.",
		"DISAPPROVE", "china,japan,united-states", "")
	noEventWhere(t, "a from phrase naming no one", "Zimbabwean opposition MDC bars leader from all activities\n\nThe party met on Sunday.", func(e Event) bool { return e.Type == "DISAPPROVE" })
}

// TestReasonPronouns checks that "it" as the subject of the reason for a judgement or a
// punishment is whom it judges or punishes, not the judge, while a statement about
// oneself keeps its speaker.
func TestReasonPronouns(t *testing.T) {
	// A time, not a reason: "after it consulted with Britain" is the judge's own act; so is
	// what the speaker says it would do.
	wantEvent(t, "after as a time", "The United States imposed sanctions on Syria after it consulted with Britain.", "CONSULT", "united-states", "united-kingdom")
	noEventWhere(t, "the speaker's plan", "Israel criticized Syria on Monday, saying it would bomb Hezbollah bases.", func(e Event) bool {
		return e.Type == "THREATEN" && ids(e.Source) == "syria"
	})
	wantEvent(t, "after it", "The European Union suspended aid to Belarus after it arrested opposition leaders.", "COERCE", "belarus", "")
	wantEvent(t, "saying it had", "Canada criticized Peru on Monday, saying it had violated the fishing accord.", "REJECT", "peru", "")
	noEventWhere(t, "the judge is not the one judged", "Canada criticized Peru on Monday, saying it had violated the fishing accord.", func(e Event) bool {
		return e.Type == "REJECT" && ids(e.Source) == "canada"
	})
}

// TestOpposedVisitIsNotOwn checks that a visit one opposes is not one's own visit, however
// the parser hangs the "to".
func TestOpposedVisitIsNotOwn(t *testing.T) {
	noEventWhere(t, "an opposed visit", "China voiced strong opposition to the visit on Monday.", func(e Event) bool {
		return e.Type == "CONSULT" && ids(e.Source) == "china"
	})
	wantEvent(t, "a visit of one's own", "Li Peng arrived in Nairobi for a visit to Kenya on Monday.", "CONSULT", "li-peng", "kenya")
}

// TestDeniedAccusation checks that denying an accusation rejects whoever made it, as
// rejecting it does, and that denying what no one named made is no event.
func TestDeniedAccusation(t *testing.T) {
	wantEvent(t, "denied the accusation", "Canada accused Peru of overfishing on Monday. Peru denied the accusation on Tuesday.", "REJECT", "peru", "canada")
	noEventWhere(t, "denied reports", "Peru denied the reports on Tuesday.", func(e Event) bool { return e.Type == "REJECT" })
}

// TestJoinedVerbKeepsNounSubject checks that a verb joined to one whose subject is a
// common noun naming no one has no actor guessed from word order: the first verb's object
// does not do the second.
func TestJoinedVerbKeepsNounSubject(t *testing.T) {
	noEventWhere(t, "the object does not act", "The explosion killed two Iraqi soldiers and wounded five others on Sunday.", func(e Event) bool {
		return len(e.Source) > 0 && ids(e.Source) == "iraq"
	})
}

// TestRefusalsSaidNow checks that saying one will not accept something, or will not talk
// with someone, is a refusal made when it is said, not a future or negated act; a
// postponed trip is no refusal.
func TestRefusalsSaidNow(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Israel will not negotiate with Hamas, the minister said on Monday.", "israel", "hamas"},
		{"Iran will not accept the offer from Russia, Ali Larijani said on Monday.", "iran", "russia"},
	} {
		e, all := event(t, c.text, "2005-11-30", "REJECT")
		if ids(e.Source) != c.src || ids(e.Target) != c.tgt || e.Future || e.Date != "2005-11-28" {
			t.Errorf("%q: REJECT %+v, want %s -> %s on 2005-11-28, not future (events %+v)", c.text, e, c.src, c.tgt, all)
		}
	}
	// A refusal to do harm is no threat: "would never agree to suspend".
	e, all := event(t, "Iran said on Monday it would never agree to suspend enrichment.", "2005-11-30", "REJECT")
	if ids(e.Source) != "iran" || e.Future {
		t.Errorf("never agree to suspend: %+v (events %+v)", e, all)
	}
	noEventWhere(t, "a schedule, not a refusal", "George W. Bush will not visit China next week.", func(e Event) bool { return e.Type == "REJECT" })
	noEventWhere(t, "a meeting not set for a time", "George W. Bush will not meet Vladimir Putin next week.", func(e Event) bool { return e.Type == "REJECT" })
	noEventWhere(t, "a postponed trip", "A planned trip by Turhan Tayan to Israel has been postponed.", func(e Event) bool { return e.Type == "REJECT" })
}

// TestHeadlineOfficeOfMany checks that an office a country has many holders of ("Iraqi
// minister killed") is not read as the one minister the story names.
func TestHeadlineOfficeOfMany(t *testing.T) {
	noEventWhere(t, "a minister of many", "Iraqi minister killed in Baghdad\n\nIraqi Interior Minister Bayan Jabr condemned the killing on Wednesday.", func(e Event) bool {
		return e.Type == "ASSAULT" && strings.Contains(ids(e.Target), "bayan-jabr")
	})
}

// TestLicenceIsNoAct checks that a right or an authority to do something is no event of
// that act, not even a planned one, while the one who grants or defends it acts.
func TestLicenceIsNoAct(t *testing.T) {
	noEventWhere(t, "the right to fire", "The United States on Thursday defended the right of Russian troops to fire on militants in Azerbaijan.", func(e Event) bool {
		return e.Type == "ASSAULT" || e.Type == "FIGHT"
	})
	noEventWhere(t, "the right to attack", "Israel has the right to attack Hezbollah, the minister said.", func(e Event) bool { return e.Type == "ASSAULT" })
	wantEvent(t, "to bomb, told as a plan", "NATO plans to bomb Serbia.", "ASSAULT", "nato", "serbia")
}
