package extract

import (
	"slices"
	"strings"
)

// Stage 3: modality. What did not happen is not a fact: a negated predicate, one that is
// wanted, planned, expected, offered or asked for, a condition, a question. Planned acts
// are kept as future events (their date is the planned one); the rest are dropped or
// marked negated.

// modality is what the text says of a predicate's reality.
type modality struct {
	negated     bool // "did not meet", "no talks"
	future      bool // "will meet", "plans to visit", "the planned summit", headline "X to visit Y"
	conditional bool // "if X attacks", "unless"
	question    bool // "Will X meet Y?"
	alleged     bool // "accused him of violating the law": what an accusation or a verdict says was done
	perfect     bool // "has met", "had agreed": done, with no day of its own
	refused     bool // "did not want to meet": the governing wish is negated
	governed    int  // the trigger that governs this one ("agreed to meet": agreed), -1
	// aux: future by a modal or future auxiliary ("will", "would", "could"), its own or
	// its governor's, as against a plan or wish alone ("aims to tighten sanctions").
	aux bool
	// intent: that auxiliary says what someone will do ("will", "would", "shall"), not
	// what may happen ("could", "may", "might").
	intent bool
	// announced: future by "will" or "shall", or by a decision, alone, with no plan,
	// wish or condition around it: "China will postpone exchanges", "decided to
	// suspend talks" state a decision.
	announced bool
}

// planned are the words of a plan or schedule: they set a time for what they govern ("was
// scheduled to meet on Saturday", forwardWeekday), and in the pluperfect ("had been due to",
// "had planned to") their complement did not happen (pastPlan).
var planned = map[string]bool{"plan": true, "schedule": true, "due": true, "expect": true, "expected": true,
	"set": true, "intend": true, "arrange": true, "slate": true, "slated": true, "supposed": true}

// irrealis are verbs and adjectives whose complement has not (yet) happened.
var irrealis = map[string]bool{
	"plan": true, "expect": true, "hope": true, "want": true, "wish": true, "seek": true, "intend": true,
	"aim": true, "try": true, "attempt": true, "decide": true, "prepare": true, "propose": true,
	"consider": true, "schedule": true, "arrange": true, "set": true, "due": true, "going": true,
	"ready": true, "willing": true, "prepared": true, "resolve": true, "unlikely": true, "poised": true, "invite": true, "urge": true, "ask": true, "call": true, "request": true, "appeal": true,
	"demand": true, "offer": true, "agree": true, "promise": true, "pledge": true, "vow": true,
	"threaten": true, "likely": true, "able": true, "need": true, "would": true,
	"permit": true, "allow": true, "authorize": true, "authorise": true,
	"prefer": true, "insist": true, "push": true, "press": true, "expected": true, "eager": true,
	"keen": true, "suggest": true, "recommend": true, "favour": true, "favor": true,
	"await": true, "mull": true, "ponder": true, "contemplate": true, "weigh": true, "study": true,
	"hint": true, "talk": true, "discuss": true, // "hinted at canceling", "talked of leaving", "discussed imposing"
	// Nouns whose complement is only meant: "no intention of attacking", "a bid to seize".
	"intention": true, "intent": true, "desire": true, "bid": true, "effort": true, "goal": true,
	"readiness": true, "willingness": true, "determination": true, "determined": true,
	"issue": true, "question": true, "idea": true, "possibility": true, "prospect": true, "option": true,
	"interest": true, "interested": true, "chance": true, "opportunity": true,
	// Setting out for talks: they are still to come ("headed for Jordan for talks").
	"head": true, "leave": true, "depart": true, "travel": true, "fly": true,
}

// purposeVerbs say what an act is for ("his visit was aimed at strengthening ties"): the
// act itself is no plan, what it aims at is.
var purposeVerbs = map[string]bool{"aim": true, "design": true, "mean": true, "intend": true, "target": true, "gear": true}

// aspectual verbs say only when an act runs ("continue supporting", "began to shell"), and
// verbs of attaining only that it is obtained ("efforts to secure UN condemnation"): the
// act takes the mood of the clause above them.
var aspectual = map[string]bool{"continue": true, "keep": true, "begin": true, "start": true, "resume": true,
	"secure": true, "obtain": true, "win": true, "achieve": true, "get": true}

// preventers keep from happening what their "from" or "against" phrase names: "to protect
// Iraqi Kurds from air attack".
var preventers = map[string]bool{"protect": true, "prevent": true, "deter": true, "guard": true, "shield": true,
	"save": true, "spare": true, "defend": true, "safeguard": true, "bar": true, "stop": true}

// allegers are verbs whose "of", "for" or "with" complement is an act they allege or
// judge: "accused of violating", "jailed for attacking", "charged with murdering".
var allegers = map[string]bool{
	"accuse": true, "charge": true, "blame": true, "suspect": true, "convict": true, "indict": true,
	"arrest": true, "detain": true, "punish": true, "fine": true, "sue": true, "prosecute": true,
	"sentence": true, "jail": true, "imprison": true, "criticize": true, "criticise": true,
	"condemn": true, "denounce": true, "praise": true, "thank": true, "credit": true, "commend": true,
	"hail": true, "reprimand": true, "rebuke": true, "fault": true, "try": true, "implicate": true,
	"acquit": true, "clear": true, "exonerate": true,
}

// refusals are verbs and adjectives whose complement did not happen: "refused to meet".
var refusals = map[string]bool{
	"refuse": true, "reject": true, "decline": true, "fail": true, "oppose": true, "reluctant": true,
	"unwilling": true, "unable": true, "cancel": true, "postpone": true, "deny": true, "avoid": true,
	"scrap": true, "shelve": true, "abandon": true, "drop": true,
	"stop": true, "cease": true, "halt": true, "quit": true,
	"forbid": true, "forbade": true, "prohibit": true, "ban": true, "outlaw": true,
	"failure": true, "refusal": true, "inability": true, "reluctance": true, "unwillingness": true,
}

// offVerbs with the particle "off" undo what their object names, as refusals do: "called
// off his visit", "put off the talks", "broke off negotiations".
var offVerbs = map[string]bool{"call": true, "put": true, "break": true}

// futureAmods make a nominal trigger a plan: "the planned summit", "upcoming talks".
var futureAmods = map[string]bool{
	"planned": true, "upcoming": true, "proposed": true, "scheduled": true, "possible": true, "expected": true,
	"future": true, "next": true, "forthcoming": true, "likely": true, "potential": true, "prospective": true,
	"further": true, "impending": true, "intended": true, "coming": true,
}

// arrangedContact are participles that make a contact named by a noun a plan: "the talks
// announced Wednesday".
var arrangedContact = map[string]bool{"announce": true, "agree": true, "propose": true, "plan": true, "schedule": true, "arrange": true, "set": true, "offer": true}

var futureAux = map[string]bool{"will": true, "shall": true, "must": true, "'ll": true, "ll": true, "would": true, "may": true, "might": true, "could": true, "should": true, "wo": true}
var intentAux = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "ll": true, "wo": true}

// notOnly reports the "not" of "not only ... but also", which denies nothing: "had not
// only violated the treaty but also".
func (t *tree) notOnly(k int) bool {
	return t.w[k].lower == "not" && k+1 < len(t.w) && t.w[k+1].lower == "only"
}

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true, "cannot": true}

// modalityOf reads the modality of predicate pr from its own dependents, its light verb's,
// and the words that govern it.
func (d *doc) modalityOf(t *tree, pr pred, preds []pred) modality {
	m := modality{governed: -1}
	will, otherFuture := false, false
	// futureAuxOf notes a future or modal auxiliary w of verb h: "will" (and a "would"
	// reporting an announcement: "announced it would prohibit") states what is decided, the
	// others only what may be.
	futureAuxOf := func(h int, w string) {
		m.future, m.aux = true, true
		m.intent = m.intent || intentAux[w]
		if w == "will" || w == "shall" || w == "'ll" || w == "ll" || w == "would" && t.announcedBy(h) && !t.conditionalClause(h) {
			will = true
		} else {
			otherFuture = true
		}
	}
	if t.pastPlan(pr.at) || pr.light >= 0 && t.pastPlan(pr.light) {
		m.negated = true
	}
	heads := []int{pr.at}
	if pr.light >= 0 {
		heads = append(heads, pr.light)
	}
	for _, h := range heads {
		if c := t.w[h].head; t.rel(h, "conj") && (t.w[h].xpos == "VBN" || t.w[h].xpos == "VBD") && c >= 0 && t.w[c].xpos == "VBN" && t.kid(h, "aux") < 0 && t.kid(h, "nsubj") < 0 {
			// "has invited officials and called for more visits": the conjunct shares the
			// perfect of the verb it is joined to.
			for _, k := range t.w[c].kids {
				if t.rel(k, "aux") && t.w[k].lemma == "have" {
					m.perfect = true
				}
			}
		}
		for _, k := range t.w[h].kids {
			w := t.w[k].lower
			switch {
			case (t.rel(k, "advmod") || t.rel(k, "det") || t.rel(k, "aux") || t.rel(k, "cc:preconj")) && negWords[w] && !t.notOnly(k):
				// Not "could not agree more", which agrees as much as one can.
				m.negated = m.negated || !(t.w[h].lemma == "agree" && (t.kidLemma(h, "advmod", "more") >= 0 || t.kidLemma(h, "obj", "more") >= 0))
			case strings.HasPrefix(t.w[k].rel, "nsubj") && (w == "nobody" || w == "none"):
				m.negated = true // "Nobody is pointing the finger at Syria"
			case t.rel(k, "aux") && w == "could" && t.negatedClause(h) && !t.conditionalClause(h) && len(t.prepKids(h, "without")) == 0:
				// "Russia could not agree with the US": "could" is the past of "can", and
				// denied it says what did not happen then, not what may happen ("without
				// support, Iran could not reach an agreement" is a condition still).
			case t.rel(k, "aux") && futureAux[w] && !(pr.must && (w == "must" || pr.should && (w == "should" || w == "ought"))):
				// "must" and a voiced "should" make what they govern a demand, not a fact; the
				// demand is one.
				futureAuxOf(h, w)
			case t.rel(k, "aux") && t.w[k].lemma == "be" && t.w[h].xpos == "VB" && k+2 == h && t.w[k+1].lower == "to":
				// "is to meet", "was to meet later in the day": what is arranged, not done.
				m.future, otherFuture = true, true
			case t.rel(k, "aux") && t.w[k].lemma == "have" && t.w[h].xpos == "VBN":
				m.perfect = true
			case t.rel(k, "mark") && (w == "if" || w == "unless" || w == "whether"):
				m.conditional = true
			case (t.rel(k, "mark") || t.rel(k, "case")) && w == "without" && (t.w[h].xpos == "VBG" || t.w[h].upos == "NOUN"):
				m.negated = true // "withdrew without talking to Fujimori", "ended without an agreement"
			case t.rel(k, "mark") && (w == "until" || w == "till") && (t.w[h].xpos == "VBZ" || t.w[h].xpos == "VBP"):
				// "should not take part until it recognizes Israel": a present tense after
				// "until" is what has not happened yet.
				m.conditional = true
			case t.rel(k, "amod") && futureAmods[w]:
				m.future, otherFuture = true, true
			case h == pr.at && pr.fr != nil && pr.fr.noun && pr.fr.cat == "CONSULT" && (t.rel(k, "acl") || t.rel(k, "amod")) && t.w[k].xpos == "VBN" && arrangedContact[t.w[k].lemma] &&
				!(pr.light >= 0 && t.w[pr.light].xpos == "VBD"):
				// "the talks announced Wednesday", "the meeting agreed last week": what is
				// announced or agreed is still to come ("the talks held Wednesday" are not,
				// nor "held a hastily arranged meeting").
				m.future, otherFuture = true, true
			}
		}
	}
	// "the talks between A and B announced on Monday", the participle hung on B, or read
	// as the complement of the verb whose object the talks are.
	if pr.fr != nil && pr.fr.noun && pr.fr.cat == "CONSULT" {
		if h := t.w[pr.at].head; h >= 0 && t.rel(pr.at, "obj") {
			for _, a := range t.w[h].kids {
				if a > pr.at && t.rel(a, "xcomp") && (t.w[a].xpos == "VBN" || t.w[a].xpos == "VBD") && arrangedContact[t.w[a].lemma] && t.kid(a, "mark") < 0 {
					m.future, otherFuture = true, true
				}
			}
		}
		for _, p := range []string{"between", "with"} {
			for _, k := range t.prepKids(pr.at, p) {
				for _, x := range append([]int{k}, t.w[k].kids...) {
					if x != k && !t.rel(x, "conj") {
						continue
					}
					for _, a := range t.w[x].kids {
						if a > x && t.rel(a, "acl") && t.w[a].xpos == "VBN" && arrangedContact[t.w[a].lemma] {
							m.future, otherFuture = true, true
						}
					}
				}
			}
		}
	}
	// "will hold talks with X, meet with Y and sign agreements": a bare verb joined to
	// another without a subject or an auxiliary of its own shares that one's auxiliary and
	// negation, also when the parser hangs it as a clause without "to"; a verb with its own
	// tense does not ("did not meet Xi and criticized Biden").
	for x, n := pr.at, 0; n < 6 && t.w[pr.at].xpos == "VB" && (t.rel(x, "conj") || t.rel(x, "advcl") && t.w[x].xpos == "VB" && t.kidLemma(x, "mark", "to") < 0) && t.w[x].head >= 0 && t.kid(x, "nsubj") < 0 && t.kid(x, "aux") < 0 && t.kid(x, "nsubj:pass") < 0; n++ {
		x = t.w[x].head
		if !t.verbal(x) {
			break
		}
		for _, k := range t.w[x].kids {
			if t.rel(k, "aux") && futureAux[t.w[k].lower] && !m.future {
				futureAuxOf(x, t.w[k].lower)
			}
			if (t.rel(k, "advmod") || t.rel(k, "aux")) && negWords[t.w[k].lower] {
				m.negated = true
			}
		}
	}
	// "no Asian country was willing to back the text": no one did.
	for _, h := range heads {
		for x, n := h, 0; x >= 0 && n < 4; x, n = t.w[x].head, n+1 {
			if s := t.kid(x, "nsubj"); s >= 0 {
				if t.kidLemma(s, "det", "no") >= 0 {
					m.negated = true
				}
				break
			}
			if !(t.rel(x, "xcomp") || t.rel(x, "conj")) {
				break
			}
		}
	}
	// "met neither Trump nor Vance", "met with no Ukrainian officials": the one met is
	// denied.
	for _, k := range t.w[pr.at].kids {
		if t.rel(k, "obj") || t.rel(k, "obl") {
			for _, q := range t.w[k].kids {
				if t.rel(q, "det") && t.w[q].lower == "no" || t.rel(q, "cc:preconj") && t.w[q].lower == "neither" {
					m.negated = true
				}
			}
		}
	}
	// An infinitive that completes a noun is a plan, not a report: "a US offer to host a
	// summit", "the move to end Syrian influence".
	decided := false
	for _, h := range heads {
		if t.rel(h, "acl") && t.kidLemma(h, "mark", "to") >= 0 && !t.predicative(t.w[h].head) && !t.ranked(t.w[h].head) {
			m.future = true
			if l := t.w[t.w[h].head].lemma; l == "decision" || l == "move" {
				decided = true // "China's decision to postpone exchanges": taken, if not yet done
			} else {
				otherFuture = true
			}
		}
	}
	// "Modi to visit Washington": a headline's infinitive is a plan.
	if top := heads[len(heads)-1]; t.w[top].head < 0 && t.kidLemma(top, "mark", "to") >= 0 && t.kid(top, "aux") < 0 {
		m.future = true
	}
	// What governs the predicate: "plans to meet", "agreed to meet", "asked for a meeting",
	// "did not agree to meet".
	at := heads[len(heads)-1]
	walk := 4
	if pr.light >= 0 && t.w[pr.light].head == pr.at {
		at = pr.at // "the talks which Rice will hold": the clause is the noun's, governed by what governs the noun
		if t.w[pr.light].xpos == "VBD" || t.w[pr.light].xpos == "VBN" && t.kidLemma(pr.light, "aux", "have") >= 0 {
			walk = 0 // "to lift the sanctions it imposed on Sudan": imposed they were, whatever is done with them
		}
	}
	for n := 0; n < walk; n++ {
		h := t.w[at].head
		if h < 0 || t.rel(at, "acl") && t.ranked(h) {
			break // "the first Libyan head of government to visit Croatia": one who did
		}
		if t.rel(at, "conj") && t.verbal(h) {
			at = h // "aims to tighten sanctions and impose a blockade": both are aims
			continue
		}
		if t.w[h].time && t.w[h].head >= 0 && t.rel(at, "nmod") && (t.prep(at) == "for" || t.prep(at) == "to") && t.w[at].upos == "NOUN" {
			// "will travel to Russia next week for talks": the purpose hung on the time word
			// belongs to the verb the time word modifies.
			h = t.w[h].head
		}
		if (t.rel(at, "obl") || t.rel(at, "nmod")) && (t.prep(at) == "from" || t.prep(at) == "against") && preventers[t.w[h].lemma] {
			m.future = true // "to protect the Kurds from air attack by Baghdad": kept from happening
			break
		}
		if t.rel(at, "nsubj:pass") && slices.ContainsFunc(preds, func(q pred) bool { return q.must && q.at == h }) {
			// "his criticism of Kibaki should not be construed as disrespect", "the sanctions
			// must be lifted": what a demand is about was made, not asked for.
			break
		}
		gov := t.rel(at, "xcomp") || t.rel(at, "advcl") && t.kidLemma(at, "mark", "to") >= 0 || t.rel(at, "ccomp") && !t.speech[t.w[h].lemma] ||
			t.rel(at, "advcl") && t.w[at].xpos == "VBG" && t.kidLemma(at, "mark", "at", "of", "about") >= 0 ||
			t.rel(at, "nmod") && h != t.w[at].head ||
			(t.rel(at, "obj") || t.rel(at, "nsubj:pass") && !purposeVerbs[t.w[h].lemma] || t.rel(at, "obl") && (t.prep(at) == "for" || t.prep(at) == "to")) && t.w[at].upos == "NOUN" ||
			t.rel(at, "nmod") && t.prep(at) == "for" && t.w[h].upos == "NOUN" && irrealis[t.w[h].lemma] || // "plans for his visit"
			t.rel(at, "acl") && t.w[h].upos == "NOUN"
		if t.rel(at, "acl") && t.w[h].upos == "NOUN" && t.rel(h, "obj") && t.w[h].head >= 0 {
			// "would not support the resolution condemning China": the subject does not
			// do what the thing it refuses does.
			for _, k := range t.w[t.w[h].head].kids {
				if (t.rel(k, "advmod") || t.rel(k, "aux")) && negWords[t.w[k].lower] {
					m.negated = true
				}
			}
		}
		if !gov {
			break
		}
		// "hoped" is sometimes lemmatized "hop": its form without the "d" is tried too.
		irr := irrealis[t.w[h].lemma] || irrealis[t.w[h].lower] || irrealis[strings.TrimSuffix(t.w[h].lower, "d")] && strings.HasSuffix(t.w[h].lower, "ed") ||
			t.w[h].lemma == "look" && t.kidLemma(h, "advmod", "forward") >= 0
		ref := refusals[t.w[h].lemma] || refusals[t.w[h].lower] || offVerbs[t.w[h].lemma] && t.kidLemma(h, "compound:prt", "off") >= 0
		if irr {
			m.future = true
			if planned[t.w[h].lemma] || planned[t.w[h].lower] {
				for _, k := range t.w[h].kids {
					if t.rel(k, "aux") && t.w[k].lower == "had" {
						// "had been due to meet Modi on Monday but the meeting was
						// cancelled", "had planned to visit": a plan for a past day that,
						// as told, did not come about.
						m.negated = true
					}
				}
			}
			switch t.w[h].lower {
			case "ready", "willing", "prepared", "eager", "keen", "determined":
				m.intent = true // "said he is prepared to lift the ban": a stated willingness
			}
			if t.w[h].lemma == "decide" || t.w[h].lemma == "resolve" {
				decided = true
			} else {
				otherFuture = true
			}
		}
		if ref {
			m.negated = true
		}
		// "to continue supporting", "seeking to persuade member states to give": a verb of
		// aspect, attaining or getting others to act passes on the mood above it when it has
		// no tense of its own (not "has secured a deal", "persuaded them to stay").
		passes := (aspectual[t.w[h].lemma] || objectControl[t.w[h].lemma]) && (t.w[h].xpos == "VB" || t.w[h].xpos == "VBG")
		// A visit does not govern what it is made to do: "arrived in Beijing to press China"
		// presses China, as if no predicate were above it.
		// Its mood still passes on ("will visit Japan for talks": planned).
		visit := slices.ContainsFunc(preds, func(q pred) bool { return q.at == h && q.fr != nil && q.fr.mode == "visit" && !q.fr.noun })
		if !irr && !ref && !isPredWord(preds, h) && !passes {
			break // "refused to join the sanctions": the sanctions are not refused
		}
		for _, q := range preds {
			if (q.at == h || q.light == h) && !visit {
				if m.governed < 0 {
					m.governed = q.at
				}
			}
		}
		for _, k := range t.w[h].kids {
			if t.rel(k, "det") && t.w[k].lower == "no" && t.w[h].upos == "NOUN" && irr {
				m.negated = true // "there were no plans for his visit"
			}
			if (t.rel(k, "advmod") || t.rel(k, "aux")) && negWords[t.w[k].lower] {
				m.future = true // "did not agree to meet": the meeting did not happen
				if w := t.w[h].lemma; w == "want" || w == "wish" || w == "intend" || w == "plan" {
					m.refused = true
				}
			}
			if t.rel(k, "aux") && (t.w[k].lower == "will" || t.w[k].lower == "'ll") && t.rel(at, "xcomp") && (t.w[h].lemma == "continue" || t.w[h].lemma == "keep") {
				// "will continue to urge Malaysia": the urging goes on, no plan. Not "will
				// continue to Jerusalem to meet Olmert" (a purpose), nor "would continue"
				// (a condition's).
				continue
			}
			if t.rel(k, "aux") && futureAux[t.w[k].lower] {
				m.future, m.aux = true, true
				m.intent = m.intent || intentAux[t.w[k].lower]
			}
			if t.rel(k, "mark") && (t.w[k].lower == "if" || t.w[k].lower == "unless") {
				m.conditional = true
			}
		}
		if t.speech[t.w[h].lemma] {
			break
		}
		if t.rel(h, "acl") && t.kidLemma(h, "mark", "to") >= 0 && !t.predicative(t.w[h].head) {
			m.future = true // "an offer to host a summit to hammer out an agreement"
		}
		at = h
	}
	// "warned Beijing against supplying weapons": what is warned against has not happened.
	if top := heads[len(heads)-1]; t.w[top].head >= 0 && (t.kidLemma(top, "mark", "against") >= 0 || t.kidLemma(top, "case", "against") >= 0) {
		switch t.w[t.w[top].head].lemma {
		case "warn", "caution", "advise", "counsel", "urge":
			m.future = true
		}
	}
	// "accusing him of violating Iraqi law", "jailed for attacking police": the act is
	// what the accuser or the court says; the accusation is the event.
	if top := heads[len(heads)-1]; t.w[top].head >= 0 && (t.rel(top, "advcl") || t.rel(top, "acl") || t.rel(top, "obl")) &&
		(t.kidLemma(top, "mark", "of", "for", "with") >= 0 || t.kidLemma(top, "case", "of", "for", "with") >= 0) {
		h := t.w[top].head
		if t.rel(top, "acl") && t.rel(h, "obj") && t.w[h].head >= 0 {
			h = t.w[h].head // "accused Pakistan of sheltering", the clause hung on the accused
		}
		m.alleged = allegers[t.w[h].lemma]
	}
	// "implicated Iranian leaders in the killing": the killing is what the court says.
	// The parser may hang "in the killing" on the leaders, the verb's object.
	if top := heads[len(heads)-1]; t.w[top].head >= 0 && t.kidLemma(top, "case", "in") >= 0 {
		h := t.w[top].head
		if t.rel(top, "nmod") && t.rel(h, "obj") && t.w[h].head >= 0 {
			h = t.w[h].head
		}
		if (t.rel(top, "obl") || h != t.w[top].head) && t.w[h].lemma == "implicate" {
			m.alleged = true
		}
	}
	if last := t.w[len(t.w)-1]; last.form == "?" {
		m.question = true
	}
	// "Asked whether Washington would be willing, Portman said": asking whether is a
	// question, not a demand.
	if l := t.w[pr.at].lemma; l == "ask" || l == "inquire" || l == "wonder" {
		for _, k := range t.w[pr.at].kids {
			if t.rel(k, "ccomp") && t.kidLemma(k, "mark", "whether", "if") >= 0 {
				m.question = true
			}
			if t.rel(k, "xcomp") && answerVerbs[t.w[k].lemma] {
				m.question = true // "When asked to comment on Bush's remarks, Liu said"
			}
		}
	}
	m.announced = (will || decided) && !otherFuture && !m.conditional && !m.negated && m.governed < 0
	return m
}

// answerVerbs are what a reporter asks someone to do, which asks a question and demands
// nothing: "asked to comment", "asked to explain".
var answerVerbs = map[string]bool{"comment": true, "respond": true, "explain": true, "elaborate": true,
	"clarify": true, "define": true, "describe": true, "specify": true, "say": true, "answer": true, "reply": true}

// conditionalClause reports whether the clause of predicate p has an "if" or "unless"
// clause: "will resort to other means if" makes a threat.
func (t *tree) conditionalClause(p int) bool {
	for _, k := range t.w[p].kids {
		if t.rel(k, "advcl") && (t.kidLemma(k, "mark", "if", "unless") >= 0) {
			return true
		}
	}
	return false
}

// ranked reports a noun ranked among those who did something: "the first head of
// government to visit", "the latest leader to reject", "the only minister to attend", "the
// highest-ranking official to visit". Its infinitive says what was done ("the next leader
// to visit" is still to come).
func (t *tree) ranked(n int) bool {
	if l := t.w[n].lemma; l == "time" || l == "occasion" || l == "step" {
		return false // "offered for the first time to meet": the offer is ranked, not the meeting
	}
	for _, k := range t.w[n].kids {
		if t.rel(k, "amod") && (t.w[k].xpos == "JJS" || rankWords[t.w[k].lower]) {
			return true
		}
	}
	return false
}

var rankWords = map[string]bool{"first": true, "second": true, "third": true, "last": true, "latest": true, "only": true}

// predicative reports a noun that is the predicate of its clause ("has become the latest
// leader", "is the first leader"): an infinitive on it says what the subject did.
func (t *tree) predicative(n int) bool {
	return n >= 0 && (t.rel(n, "xcomp") || t.kid(n, "cop") >= 0)
}

// announcedBy reports whether word p is in the complement of "announce", "decide" or
// "declare": a decision made known, where "would" is the reported "will" ("announced it
// would prohibit aid"), not a statement of intent ("said they would boycott").
func (t *tree) announcedBy(p int) bool {
	sp := t.governingSpeech(p)
	if sp < 0 {
		return false
	}
	switch t.w[sp].lemma {
	case "announce", "decide", "declare":
		return true
	}
	return false
}

// pastPlan reports a verb written after "had been due to", "had been scheduled to", "had
// planned to" and the like: a plan for a past time that, as told, did not come about ("had
// been due to meet Modi on Monday but the meeting was cancelled"). Read off the words, as
// the parser often hangs such a sentence on its last verb.
func (t *tree) pastPlan(v int) bool {
	if v < 3 || t.w[v-1].lower != "to" {
		return false
	}
	p := v - 2
	if !planned[t.w[p].lemma] && !planned[t.w[p].lower] {
		return false
	}
	if t.w[p-1].lower == "been" && p >= 2 {
		p--
	}
	return t.w[p-1].lower == "had"
}
