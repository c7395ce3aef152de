package extract

import "strings"

// trigger kinds.
const (
	tkVerb    = iota // an action verb: subject acts on object
	tkDiscuss        // objects are topics, not targets ("discussed Iran")
	tkContact        // a contact noun after "held" ("held talks", "a phone conversation")
	tkMust           // "Y must": the speaker demands of the subject
)

// trigDef is one event trigger of the lexicon.
type trigDef struct {
	cat      string // PLOVER category
	rel      string // direct edge verb
	mode     string
	sym      bool
	kind     int
	particle string // required next word ("for" in "call for")
	needObj  bool   // only with an entity right after ("called Macron")
	noBase   bool   // the base form is too often a noun ("back", "attack")
	noTarget bool   // what follows is the content, not a target ("called for talks")
}

// verbSpecs lists trigger verbs as "lemma[/past[/participle]]"; the forms are generated.
// Categories follow PLOVER's definitions.
var verbSpecs = []struct {
	specs string
	def   trigDef
}{
	{"agree/agreed", trigDef{cat: "AGREE", rel: "agreed_with", sym: true}},
	{"sign/signed", trigDef{cat: "AGREE", rel: "signed_with", sym: true}},
	{"pledge/pledged promise/promised vow/vowed offer/offered accept/accepted", trigDef{cat: "AGREE", rel: "agreed_with", noBase: true}},
	{"meet/met", trigDef{cat: "CONSULT", rel: "met", mode: "meeting", sym: true}},
	{"visit/visited", trigDef{cat: "CONSULT", rel: "visited", mode: "visit", noBase: true}},
	{"host/hosted receive/received", trigDef{cat: "CONSULT", rel: "met", mode: "meeting", sym: true, needObj: true}},
	{"consult/consulted negotiate/negotiated mediate/mediated", trigDef{cat: "CONSULT", rel: "consulted", sym: true}},
	{"phone/phoned telephone/telephoned", trigDef{cat: "CONSULT", rel: "called", mode: "phone", sym: true, noBase: true}},
	{"call/called", trigDef{cat: "CONSULT", rel: "called", mode: "phone", sym: true, needObj: true}},
	{"speak/spoke/spoken talk/talked", trigDef{cat: "CONSULT", rel: "", sym: true, kind: tkDiscuss}},
	{"discuss/discussed address/addressed", trigDef{cat: "CONSULT", rel: "", sym: true, kind: tkDiscuss}},
	{"support/supported back/backed endorse/endorsed praise/praised welcome/welcomed commend/commended hail/hailed applaud/applauded defend/defended congratulate/congratulated thank/thanked", trigDef{cat: "SUPPORT", rel: "supported", noBase: true}},
	{"concede/conceded yield/yielded apologize/apologized apologise/apologised release/released free/freed ease/eased lift/lifted allow/allowed pardon/pardoned shorten/shortened relax/relaxed", trigDef{cat: "CONCEDE", rel: "conceded_to", noBase: true}},
	{"cooperate/cooperated collaborate/collaborated coordinate/coordinated", trigDef{cat: "COOPERATE", rel: "cooperated_with", sym: true}},
	{"aid/aided assist/assisted help/helped donate/donated provide/provided supply/supplied grant/granted shelter/sheltered", trigDef{cat: "AID", rel: "aided", noBase: true}},
	{"withdraw/withdrew/withdrawn retreat/retreated evacuate/evacuated disarm/disarmed surrender/surrendered resign/resigned", trigDef{cat: "RETREAT", rel: "withdrew_from"}},
	{"investigate/investigated probe/probed examine/examined inspect/inspected", trigDef{cat: "INVESTIGATE", rel: "investigated", noBase: true}},
	{"demand/demanded urge/urged appeal/appealed press/pressed request/requested", trigDef{cat: "DEMAND", rel: "urged", noBase: true}},
	{"criticize/criticized criticise/criticised condemn/condemned denounce/denounced accuse/accused blame/blamed deplore/deplored slam/slammed censure/censured rebuke/rebuked complain/complained sue/sued", trigDef{cat: "DISAPPROVE", rel: "criticized"}},
	{"reject/rejected refuse/refused deny/denied decline/declined veto/vetoed rebuff/rebuffed oppose/opposed dismiss/dismissed resist/resisted violate/violated defy/defied", trigDef{cat: "REJECT", rel: "rejected"}},
	{"threaten/threatened warn/warned", trigDef{cat: "THREATEN", rel: "threatened"}},
	{"sanction/sanctioned expel/expelled embargo/embargoed boycott/boycotted suspend/suspended sever/severed", trigDef{cat: "SANCTION", rel: "sanctioned", noBase: true}},
	{"protest/protested demonstrate/demonstrated rally/rallied march/marched riot/rioted picket/picketed block/blocked", trigDef{cat: "PROTEST", rel: "protested_against", noBase: true}},
	{"smuggle/smuggled steal/stole/stolen rob/robbed loot/looted embezzle/embezzled bribe/bribed traffic/trafficked", trigDef{cat: "CRIME", rel: "", noBase: true}},
	{"mobilize/mobilized mobilise/mobilised deploy/deployed mass/massed", trigDef{cat: "MOBILIZE", rel: "mobilized_against", noBase: true}},
	{"arrest/arrested detain/detained deport/deported seize/seized confiscate/confiscated jail/jailed imprison/imprisoned raid/raided ban/banned blockade/blockaded demolish/demolished kidnap/kidnapped abduct/abducted", trigDef{cat: "COERCE", rel: "coerced", noBase: true}},
	{"attack/attacked bomb/bombed shell/shelled kill/killed shoot/shot assassinate/assassinated wound/wounded torture/tortured massacre/massacred ambush/ambushed invade/invaded beat/beat/beaten stab/stabbed", trigDef{cat: "ASSAULT", rel: "attacked", noBase: true}},
	{"fight/fought clash/clashed", trigDef{cat: "FIGHT", rel: "fought", sym: true}},
}

// multiSpecs are triggers with a particle: "call for", "call on", "pull out".
var multiSpecs = []struct {
	spec, particle string
	def            trigDef
}{
	{"call/called", "for", trigDef{cat: "DEMAND", rel: "urged", noTarget: true}},
	{"call/called", "on", trigDef{cat: "DEMAND", rel: "urged"}},
	{"call/called", "upon", trigDef{cat: "DEMAND", rel: "urged"}},
	{"ask/asked", "", trigDef{cat: "DEMAND", rel: "urged", needObj: true}},
	{"order/ordered", "", trigDef{cat: "DEMAND", rel: "ordered", needObj: true}},
	{"give/gave/given", "", trigDef{cat: "AID", rel: "aided", needObj: true}},
	{"insist/insisted", "on", trigDef{cat: "DEMAND", rel: "urged"}},
	{"renege/reneged", "on", trigDef{cat: "REJECT", rel: "rejected"}},
	{"commit/committed", "to", trigDef{cat: "AGREE", rel: ""}},
	{"pull/pulled", "out", trigDef{cat: "RETREAT", rel: "withdrew_from"}},
	{"back/backed", "down", trigDef{cat: "CONCEDE", rel: ""}},
	{"crack/cracked", "down", trigDef{cat: "COERCE", rel: "coerced"}},
	{"open/opened", "fire", trigDef{cat: "FIGHT", rel: "fought"}},
	{"cut/cut", "ties", trigDef{cat: "SANCTION", rel: "sanctioned"}},
	{"break/broke/broken", "off", trigDef{cat: "SANCTION", rel: "sanctioned"}},
	{"fire/fired", "on", trigDef{cat: "ASSAULT", rel: "attacked"}},
	{"fire/fired", "at", trigDef{cat: "ASSAULT", rel: "attacked"}},
	{"blow/blew/blown", "up", trigDef{cat: "COERCE", rel: ""}},
	{"beat/beat/beaten", "up", trigDef{cat: "ASSAULT", rel: "attacked"}},
	{"take/took/taken", "part", trigDef{cat: "COOPERATE", rel: ""}},
	{"hand/handed", "over", trigDef{cat: "CONCEDE", rel: ""}},
	{"side/sided", "with", trigDef{cat: "SUPPORT", rel: "supported"}},
	{"look/looked", "into", trigDef{cat: "INVESTIGATE", rel: "investigated"}},
}

// contactNouns after "held"/"had" make a CONSULT ("held a phone conversation").
var contactNouns = map[string]string{
	"talks": "meeting", "conversation": "phone", "call": "phone", "meeting": "meeting",
	"discussions": "meeting", "consultations": "meeting", "summit": "meeting", "negotiations": "meeting",
	"conversations": "phone", "calls": "phone", "meetings": "meeting", "contacts": "",
}

// emphasisVerbs + "the importance of" make SUPPORT, + "the need for" make DEMAND.
var emphasisVerbs = map[string]bool{}

// speechVerbs report what someone said: their subject is the reporter of the events in the
// clause.
var speechVerbs = map[string]bool{}

// negators and modal words before a trigger.
var negators = map[string]bool{"not": true, "never": true, "no": true, "t": true, "cannot": true, "neither": true, "nor": true}
var futureWords = map[string]bool{
	"will": true, "would": true, "shall": true, "ll": true, "could": true, "may": true, "might": true,
	"plans": true, "plan": true, "planned": true, "planning": true, "intends": true, "intend": true,
	"intended": true, "expected": true, "set": true, "going": true, "hopes": true, "hope": true,
	"wants": true, "want": true, "aims": true, "seeks": true, "seek": true, "ready": true,
	"prepared": true, "willing": true, "propose": true, "proposed": true, "proposes": true,
	"considering": true, "consider": true, "scheduled": true, "due": true, "to": false,
}

// determiners before a word make it a noun ("a visit", "the attack").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "of": true, "any": true, "no": true, "s": true,
	"every": true, "each": true, "such": true, "first": true, "new": true, "recent": true, "further": true,
}

// clauseBreaks end the search for an object.
var clauseBreaks = map[string]bool{
	";": true, ":": true, ".": true, "that": true, "which": true, "who": true, "but": true, "while": true,
	"because": true, "although": true, "after": true, "before": true, "when": true, "as": true, "if": true,
}

type formDef struct {
	def  trigDef
	past bool // a past form (participle for passives)
	ing  bool
	base bool
}

// buildTriggers generates the word forms of the trigger lexicon.
func buildTriggers() (single map[string][]formDef, multi map[string][]formDef) {
	single = map[string][]formDef{}
	multi = map[string][]formDef{}
	add := func(m map[string][]formDef, spec string, def trigDef) {
		for _, s := range strings.Fields(spec) {
			p := strings.Split(s, "/")
			lemma := p[0]
			past := lemma + "ed"
			if len(p) > 1 {
				past = p[1]
			}
			part := past
			if len(p) > 2 {
				part = p[2]
			}
			m[lemma] = append(m[lemma], formDef{def: def, base: true})
			m[third(lemma)] = append(m[third(lemma)], formDef{def: def})
			m[past] = append(m[past], formDef{def: def, past: true})
			if part != past {
				m[part] = append(m[part], formDef{def: def, past: true})
			}
			m[gerund(lemma, past)] = append(m[gerund(lemma, past)], formDef{def: def, ing: true})
		}
	}
	for _, v := range verbSpecs {
		add(single, v.specs, v.def)
	}
	for _, v := range multiSpecs {
		d := v.def
		d.particle = v.particle
		add(multi, v.spec, d)
	}
	for _, w := range strings.Fields("stress stressed stresses stressing underscore underscored underscores underscoring emphasize emphasized emphasizes emphasizing emphasise emphasised highlight highlighted highlights highlighting reiterate reiterated reiterates reiterating affirm affirmed reaffirmed reaffirm") {
		emphasisVerbs[w] = true
	}
	for _, w := range strings.Fields("said says say saying told confirmed confirms added adds noted announced announces reported stated claimed quoted") {
		speechVerbs[w] = true
	}
	return single, multi
}

func third(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") && !strings.HasSuffix(v, "ey") && !strings.HasSuffix(v, "oy"):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

func gerund(v, past string) string {
	// Doubled consonant in the past doubles in the gerund: "expelled" -> "expelling".
	if strings.HasSuffix(past, "ed") && len(past) == len(v)+3 && past[len(v)] == v[len(v)-1] {
		return v + v[len(v)-1:] + "ing"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}
