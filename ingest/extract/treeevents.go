package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/relgraph/relgraph/graph/model"
	"github.com/relgraph/relgraph/ingest/timex"
)

// The events of one sentence, read off its dependency tree in stages: predicates and their
// frames (predicates.go), arguments (arguments.go), modality (modality.go) and dates
// (dating.go). The events of the whole article are then merged (mergeEvents).

// worthParsing reports whether sentence s can hold an event: a form of a trigger verb or
// noun (or "must", or a condition in reported speech) and a mention that can act. Parsing costs most of the extraction's
// time, so the rest are not parsed.
func (d *doc) worthParsing(s sentence, ms []int) bool {
	actors := 0
	for _, mi := range ms {
		if d.ms[mi].actorLike() {
			actors++
		}
	}
	if actors == 0 {
		return false
	}
	// A light verb needs a trigger noun and a speech verb a trigger or "must": only
	// trigger forms count.
	// A condition said by a speaker may be a threat (threats.go): "if" and a speech verb.
	lx := d.x.frames
	// So may words of worth (evaluations.go): "the presidency deserves praise".
	cond, speech, worth, should := false, false, false, false
	for i := s.From; i < s.To; i++ {
		w := d.toks[i].Lower
		if lx.verbForms[w] != "" || lx.nounForms[w] || w == "must" {
			return true
		}
		if statementNouns[w] {
			return true // who puts out a statement may speak in the next sentence (noteStatement)
		}
		if stanceNouns[w] != "" && actors > 1 {
			return true // "Chavez, an outspoken critic of the United States" (stances)
		}
		should = should || w == "should" || w == "ought"
		cond = cond || w == "if" || w == "unless"
		speech = speech || lx.speechForms[w]
		worth = worth || lx.evalForms[w]
	}
	// A statement of worth, or advice ("X should ..."), names a speaker and another.
	return (cond || (worth || should) && actors > 1) && speech
}

// treeEvents finds the events of sentence si from its tree.
func (d *doc) treeEvents(si int, ms []int, times []timex.Expr, artDate timex.Date, out []*evState) []*evState {
	s := d.sents[si]
	// The sentence's own dates: an article's dates are in text order, so this costs a
	// search, and no stage looks through the whole article's.
	lo := sort.Search(len(times), func(k int) bool { return times[k].Start >= s.Start })
	hi := lo + sort.Search(len(times)-lo, func(k int) bool { return times[lo+k].Start >= s.End })
	times = times[lo:hi]
	d.noteArrival(si, times)
	if !d.worthParsing(s, ms) {
		return append(out, d.impliedEvents(si, s, times, nil, out)...) // "It was their first call since October."
	}
	t := d.parseSentence(d.x.syn, si, ms, times)
	if t == nil {
		return out
	}
	headline := d.headline(s)
	d.noteStatement(t)
	preds := d.predicates(t, headline)
	threats := d.conditionalThreats(t)
	if len(preds) == 0 && len(threats) == 0 {
		// No act named: a statement may still praise or blame ("the presidency deserves
		// praise, Caramanlis said").
		heads, owners := timeOwners(t, times, nil)
		evs := d.evaluationEvents(t, si, s, nil, times, heads, owners, artDate, nil)
		return append(append(out, evs...), d.impliedEvents(si, s, times, evs, out)...)
	}
	// "warned that ... if": the warning is the threat. When the threatened act is itself a
	// predicate ("will withdraw its force from Chad unless"), its event becomes the threat,
	// aimed at its own target and at the condition's party.
	inThreat := map[int]bool{}
	threatOf := map[int]*threat{}
	for k := range threats {
		th := &threats[k]
		inThreat[th.speech] = true
		if isPredWord(preds, th.main) {
			threatOf[th.main] = th
		} else {
			inThreat[th.main] = true
		}
	}
	isPred := map[int]bool{}
	for _, p := range preds {
		isPred[p.at] = true
	}
	heads, owners := timeOwners(t, times, isPred)
	modifier := d.modifiers(ms)
	var evs []*evState
	for _, th := range threats {
		if threatOf[th.main] == nil {
			evs = append(evs, d.threatEvent(t, si, s, th, preds, times, heads, owners, artDate))
		}
	}
	mustAt := map[int]bool{}
	for _, pr := range preds {
		if pr.must {
			mustAt[pr.at] = true
		}
	}
	for _, pr := range preds {
		if inThreat[pr.at] || !pr.must && (mustAt[pr.at] || pr.light >= 0 && mustAt[pr.light]) && t.speechHead(pr.at) >= 0 {
			continue // "the rebels said Kagame must agree to changes": a demand, not an agreement
		}
		if protestsFor(t, pr, preds) {
			continue // "demonstrated in Kirkuk calling for independence": the protest's demand, one event
		}
		if h := t.w[pr.at].head; h >= 0 && licenceNouns[t.w[h].lemma] && (t.rel(pr.at, "acl") || t.rel(pr.at, "xcomp")) && t.kidLemma(pr.at, "mark", "to") >= 0 {
			continue // "defended the right of Russian troops to fire", "the authority to bomb": no act, not even a planned one
		}
		md := d.modalityOf(t, pr, preds)
		if md.question || md.alleged {
			continue
		}
		fr := pr.fr
		if pr.must {
			fr = &frame{cat: "DEMAND", rel: "urged"}
			if pr.should && t.kidLemma(pr.at, "aux", "have") >= 0 {
				fr = &frame{cat: "DISAPPROVE", rel: "criticized"} // "Iran should have accepted the offer": a reproach
			}
			vfs := d.x.frames.verbs[t.w[pr.at].lemma]
			if vfs == nil {
				vfs = d.x.frames.verbs[d.x.frames.verbForms[t.w[pr.at].lower]]
			}
			if vf := t.selectFrame(vfs, pr.at, -1); vf != nil && hostile[vf.cat] {
				// "Israel must be wiped off the map": a call for harm threatens ("should
				// break the lock" does not: break's harm is "break off").
				fr = &frame{cat: "THREATEN", rel: "threatened"}
			}
		}
		answer := -1 // the predicate that answers the demand pr names (madeDemand)
		if md.governed >= 0 {
			answer = madeDemand(t, pr, md.governed, preds)
		}
		made := answer >= 0
		if md.governed >= 0 && fr.cat != "CONSULT" && !made {
			continue // "threatened to expel X": the threat, whose target X is, is the event
		}
		// "The meeting was postponed at the request of Iran": asked for before, whatever
		// the mood of what was done at it.
		requested := fr.noun && fr.cat == "DEMAND" && t.prep(pr.at) == "at"
		if made || requested {
			md.negated, md.future, md.conditional = false, false, false
		}
		if pr.fr != nil && pr.fr.noun && t.firstSince(pr.at) {
			continue // "their first contact since 2022": the earlier contact it implies is the event (impliedEvents)
		}
		if d.outcome(t, pr, preds) {
			continue // "..., killing 12": the outcome of the attack just reported
		}
		r := d.arguments(t, pr)
		d.reasonPronouns(t, pr, r.tgt)
		if made && !d.namesOwnTarget(t, pr, pr.at) {
			// "The US turned down a request from the PNGDF to supply them with helicopters":
			// made of the one who answers it, unless it names its own ("pressure on Ankara").
			// Who only criticizes it need not be who it was made of ("Palestinian officials
			// slammed an Israeli call to suspend UNRWA").
			r.tgt = nil
			if preds[answer].fr.cat != "DISAPPROVE" {
				heads, passive, agent := d.subject(t, md.governed, 0)
				if passive {
					heads = agent
				}
				for _, h := range heads {
					r.tgt = append(r.tgt, d.phrase(t, h)...)
				}
			}
		}
		if pr.should && (len(r.src) == 0 || !d.namedSubject(t, pr.at)) {
			continue // "analysts said growth should slow", "talks with Thailand should resume": no party advised
		}
		if pr.must && len(r.src) == 0 && !strings.ContainsAny(d.text[s.Start:s.End], "\"“”") && !t.voiced(pr.at, d.x.frames.speechForms) {
			continue // "Lambert, who at 75 must retire": a rule that no one is said to voice, no demand
		}
		if len(r.tgt) == 0 && (fr.cat == "REJECT" || fr.cat == "DISAPPROVE") {
			r.tgt = d.claimMaker(t, pr, preds, r.src) // "..., a charge rejected by Tehran"
		}
		if len(r.src) == 0 && len(r.tgt) > 0 && r.passive && fr.cat == "COERCE" && custodyVerbs[t.w[pr.at].lemma] {
			r.src = d.custodyState(t, pr.at) // "Gotovina was arrested in Spain": by Spain's police
		}
		d.wordOrderRoles(t, pr, fr, ms, s, modifier, &r)
		if r.askedUnnamed && fr.cat == "DEMAND" && len(r.src) > 0 {
			// "urged the international community to denounce the violations in Burma":
			// who calls on others to act against X disapproves of X.
			if tgt := d.hostileAsked(t, pr, preds, r.src); len(tgt) > 0 {
				r.tgt = tgt
				recoded := *fr
				recoded.cat, recoded.rel = "DISAPPROVE", "criticized"
				fr = &recoded
			}
		}
		needsAuthor := false // "Syria denied the accusation": named by whoever made it, or no event
		if fr.need && len(r.tgt) == 0 {
			if o := t.kid(pr.at, "obj"); fr.noun || !reactions[fr.cat] || o < 0 || antecedentKinds[t.w[o].lemma] == nil {
				continue
			}
			needsAuthor = true
		}
		if pr.light >= 0 && d.x.frames.growth[t.w[pr.light].lemma] && len(r.tgt) == 0 && len(r.src) < 2 {
			continue // "to promote anti-terrorism cooperation": joint work grown with no one named
		}
		if len(r.src) == 0 && len(r.tgt) == 0 {
			continue
		}
		if fr.noun && fr.cat == "CONSULT" && t.topicOfDiscussion(pr.at, preds) {
			continue // "discussed the BRICS summit": the summit is what they talked about
		}
		if len(r.src) == 0 && t.insideOther(pr, preds) {
			continue // "blamed Israel for the bombing of X", "rejected an invitation": the content of another event
		}
		ev := &evState{sent: si, headline: headline, lemma: fr.lemma, noun: fr.noun}
		ev.Type, ev.Relation, ev.Mode, ev.Symmetric = fr.cat, fr.rel, fr.mode, fr.sym
		ev.discuss = fr.discuss
		from, to := pr.at, pr.at
		if pr.light >= 0 && pr.light < from {
			from = pr.light
		}
		ev.Trigger = d.text[t.w[from].start:t.w[to].end]
		if t.phoneDependent(pr.at) || pr.light >= 0 && t.phoneDependent(pr.light) || fr.discuss && t.phoneBelow(pr.at) >= 0 {
			if fr.cat == "CONSULT" {
				// "spoke by telephone with": a call, not only a discussion
				ev.Mode, ev.Relation, ev.discuss = "phone", "called", false
			}
		}
		ev.Sentence = d.text[s.Start:s.End]
		ev.Start, ev.End = s.Start, s.End
		if fr.cat == "CONSULT" {
			for _, mi := range append(append([]int(nil), r.src...), r.tgt...) {
				d.promotePerson(t, mi)
			}
		}
		for _, mi := range r.src {
			ev.Source = append(ev.Source, d.refs(&d.ms[mi], true)...)
		}
		for _, mi := range r.tgt {
			for _, rf := range d.refs(&d.ms[mi], true) {
				if !hasRef(ev.Source, rf.ID) && !hasRef(ev.Target, rf.ID) {
					// "Israel ... in Jerusalem": a capital stands for its country, never its own
					// target; "Amman, Jordan" is one target.
					ev.Target = append(ev.Target, rf)
				}
			}
		}
		if ev.Type == "ASSAULT" && !fr.noun && t.verbalAttack(pr.at) {
			// "Lavrov attacked the ODIHR, saying it had unacceptable autonomy", "attacked
			// the plan as unfair": an attack in words is a criticism.
			ev.Type, ev.Relation = "DISAPPROVE", "criticized"
		}
		if ev.Type == "PROTEST" && !fr.noun && len(r.src) > 0 && len(ev.Target) > 0 && d.statesOnly(t, r.src) {
			// "The United States protested China's plans": a state protests in words, it
			// does not demonstrate.
			ev.Type, ev.Relation = "DISAPPROVE", "criticized"
		}
		ev.Negated = md.negated
		ev.Future = md.future || md.conditional
		if md.refused && ev.Type == "CONSULT" {
			// "did not want to meet Kabila": a refusal to meet, made when it is said, and
			// dated so.
			ev.Type, ev.Relation, ev.Mode, ev.Symmetric, ev.Future, ev.Negated = "REJECT", "rejected", "", false, false, false
			md.future, md.negated = false, false
		}
		if md.conditional {
			continue // "if X meets Y", "if he gave them a veto": a condition, not an event
		}
		if ev.Type == "CONSULT" && md.future && md.aux && md.governed < 0 && t.conditionalClause(pr.at) && t.speechHead(pr.at) >= 0 {
			// "the rebels said they would meet Cordovez if he gave them a veto": an offer
			// to meet on a condition, which PLOVER codes AGREE.
			ev.Type, ev.Relation, ev.Mode, ev.Symmetric, ev.Future = "AGREE", "agreed_with", "", false, false
			md.future = false
		}
		if ev.Type == "AGREE" && !ev.Negated && d.hostileComplement(t, pr.at, preds) {
			// "vowed to attack", "have sworn to fight": a promise of harm is a threat.
			// Not "would never agree to suspend enrichment": a refusal (recodeTreePromise).
			ev.Type, ev.Relation = "THREATEN", "threatened"
		} else if ev.Type == "AGREE" && readiness[fr.lemma] {
			switch cat := d.complementCategory(t, pr.at, preds); {
			case cat == "SUPPORT":
				// "willing to forgive Obasanjo", "ready to back the plan": the support offered.
				ev.Type, ev.Relation = "SUPPORT", "supported"
			case cat == "" && !d.cooperativeComplement(t, pr.at), cat != "" && !cooperativeCats[cat]:
				// "ready to use force against Iran", "willing to reject any proposal": no
				// agreement; what it would do is its own (planned) event.
				continue
			}
		}
		conditional := t.conditionalClause(pr.at) || md.conditional || d.conditionAfter(t, pr, s)
		scheduled := false
		if ev.Type == "SANCTION" && md.announced && !conditional {
			if ownsLaterTime(owners, times, pr, artDate) {
				// "will impose sanctions next week": a measure set for a stated time is
				// planned for then.
				scheduled = true
			} else {
				// "China will postpone exchanges with Denmark": a measure announced without
				// condition or time is the decision, taken when announced; a threat has an "if".
				ev.Future, md.future = false, false
			}
		}
		if scheduled || hostile[ev.Type] && md.future && !md.aux && !conditional && !md.negated {
			// "a resolution that aims to tighten sanctions": a plan, not a threat; it stays
			// what it is, and future.
		} else if (md.intent || ev.Negated || conditional) && d.recodeTreePromise(ev, conditional, md.intent && !ownsLaterTime(owners, times, pr, artDate)) && md.intent {
			// What someone says they will or would do is a promise or threat made when it
			// is said: done, dated by its saying. "could sign" is only a prospect.
			ev.Future, md.future, md.perfect = false, false, false
		}
		if th := threatOf[pr.at]; th != nil && pr.light < 0 {
			ev.Type, ev.Relation, ev.Symmetric, ev.Future, ev.Negated = "THREATEN", "threatened", false, false, false
			md.future = false
			if len(ev.Source) == 0 {
				for _, mi := range th.src {
					ev.Source = append(ev.Source, d.refs(&d.ms[mi], true)...)
				}
			}
			for _, mi := range th.tgt {
				for _, rf := range d.refs(&d.ms[mi], true) {
					if !hasRef(ev.Source, rf.ID) && !hasRef(ev.Target, rf.ID) {
						ev.Target = append(ev.Target, rf)
					}
				}
			}
		}
		if (ev.Type == "ASSAULT" || ev.Type == "FIGHT") && d.hasScore(s) {
			continue // "beat Norway 1-0": a match, not an attack
		}
		if (ev.Type == "FIGHT" || ev.Type == "ASSAULT") && t.againstIll(pr) {
			continue // "the fight against corruption", "combat poverty": no armed fight
		}
		if ev.Type == "PROTEST" {
			d.protestTarget(t, pr, r.src, ev) // "demonstrated in Kirkuk calling for independence from Iraq"
		}
		if ev.Type == "ASSAULT" && (armedForces(ev.Source) || t.armedHead(r.src)) {
			ev.Type, ev.Relation = "FIGHT", "fought"
		}
		if ev.discuss && len(ev.Source)+len(ev.Target) < 2 {
			continue // "addressed", "spoke": a discussion needs two sides
		}
		if ev.Type == "CONSULT" && d.pressSide(ev) {
			continue // "Contacted by Reuters, the embassy declined to comment": reporting, no contact
		}
		if ev.Type == "CONSULT" && ev.Symmetric && len(ev.Source)+len(ev.Target) < 2 {
			continue // "the Council will meet": a meeting of one side relates nobody
		}
		if len(ev.Target) == 0 && reactions[ev.Type] && !fr.noun {
			ev.Target = d.antecedentAuthors(t, pr, ev, append(out[:len(out):len(out)], evs...))
		}
		if needsAuthor && len(ev.Target) == 0 {
			continue
		}
		d.treeTopics(t, pr, fr, r, ev)
		d.treeReporters(t, pr, r, ev)
		ev.Date, ev.dated = d.predDate(t, pr, preds, md, times, heads, owners, artDate)
		if made || requested {
			// Made before it was answered or acted on: dated only by a time of its own
			// ("the ultimatum, imposed by Kabila on Sunday", "last week's request"), not by
			// the answer's, nor by one inside what it asks for ("to withdraw by April 30").
			ev.Date, ev.dated = "", false
			for k, o := range owners {
				if dt, ok := times[k].Date(); ok && heads[k] >= 0 && o >= 0 && (o == pr.at || t.w[o].head == pr.at && (t.rel(o, "acl") || t.rel(o, "acl:relcl")) && t.w[o].xpos == "VBN") {
					ev.Date, ev.dated = dt.String(), true
				}
			}
		}
		if !ev.dated && !md.future && !md.perfect {
			if v := d.contactDate(t, pr, ev); v != "" {
				ev.Date, ev.dated = v, true // "During the meeting, Clinton called for talks": the meeting's day
			}
		}
		past := t.w[pr.at].xpos == "VBD" || pr.light >= 0 && t.w[pr.light].xpos == "VBD"
		if !ev.dated && past && len(times) == 0 && !md.future && !md.perfect && !md.conditional {
			if v := statementDay(si, ev, out); v != "" {
				ev.Date, ev.dated, ev.carried = v, true, true
			}
		}
		if len(ev.Date) == 10 && !ev.dated && t.multiDay(pr.at) {
			ev.Date = ev.Date[:7] // "wraps up a four-day visit": the report's day is not its date
		}
		if ev.dated && !ev.Future && afterDay(ev.Date, artDate) {
			ev.Future = true // "Merkel's visit early next year": stated for after the report
		}
		if ev.Future && !ev.Negated && ev.dated && len(ev.Date) == 10 && !afterDay(ev.Date, artDate) && ev.Date != artDate.String() {
			ev.Date = forwardWeekday(t, pr, times, owners, ev.Date)
		}
		tense := t.w[pr.at].xpos
		if pr.light >= 0 {
			tense = t.w[pr.light].xpos
		}
		own := false // the date modifies the predicate itself, not a verb that reports it
		for k, o := range owners {
			if _, isDate := times[k].Date(); isDate && heads[k] >= 0 && (o == pr.at || pr.light >= 0 && o == pr.light) {
				own = true
			}
		}
		if !headline && ev.dated && own && !ev.Future && (tense == "VBZ" || tense == "VBP") && !afterDay(artDate.String(), mustDate(ev.Date)) {
			ev.Future = true // "starts his visit on Nov. 30": the present tense of a schedule, dated from the report on
		}
		for _, rf := range ev.Source {
			if rf.ID != "" {
				ev.srcIDs = append(ev.srcIDs, rf.ID)
			}
		}
		// No actor is its own target, whichever rule above added it ("US servicemen
		// triggered anti-US protests": the protest's target is not its actor's too).
		ev.Target = slices.DeleteFunc(ev.Target, func(rf Ref) bool { return rf.ID != "" && hasRef(ev.Source, rf.ID) })
		if ev.Mode == "visit" && !d.visitPlace(t, pr, r, ev) {
			continue
		}
		if len(ev.Source) == 0 && len(ev.Target) == 0 {
			continue
		}
		d.noteContact(ev)
		evs = append(evs, ev)
	}
	evs = append(evs, d.addressedDuring(t, si, s, times, heads, owners, evs)...)
	evs = append(evs, d.evaluationEvents(t, si, s, preds, times, heads, owners, artDate, evs)...)
	evs = append(evs, d.impliedEvents(si, s, times, evs, out)...)
	return append(out, evs...)
}

// visitPlace settles where visit ev went, and reports whether it is a visit at all. A
// visit is somebody's ("troops arrived in Iraq" is none), and an arrival no trip home
// ("arrived back in Paris") nor a force's or a crowd's. "Liang arrived here Friday for a
// three-day visit", its dateline cut off, went to the country the story is about
// (hostCountry), not to whom "arrived here to ask Mubarak" names; an arrival with no such
// country is none. Nobody visits the country they hold office in ("Russian President
// Vladimir Putin visited Moscow").
func (d *doc) visitPlace(t *tree, pr pred, r roles, ev *evState) bool {
	arrive := t.w[pr.at].lemma == "arrive"
	journey := arrive || travelVerbs[t.w[pr.at].lemma]
	if journey && t.w[pr.at].xpos == "VBG" && t.kidLemma(pr.at, "mark", "against", "without", "instead") >= 0 {
		return false // "advised its nationals against travelling to Iran": no journey made
	}
	if len(ev.Source) == 0 || journey && (d.forceArrives(t, pr.at, r.src) || t.kidLemma(pr.at, "advmod", "back", "home") >= 0) {
		return false
	}
	if t.here(pr) && (len(ev.Target) == 0 || arrive) {
		ev.Target = nil
		if c := d.hostCountry(t, ev.Source); c != "" {
			ev.Target = append(ev.Target, Ref{Text: "here", ID: c})
		} else if arrive {
			return false
		}
	}
	n := len(ev.Target)
	ev.Target = slices.DeleteFunc(ev.Target, func(rf Ref) bool { return rf.ID != "" && d.officeIn(ev.Source, rf.ID) })
	return n == 0 || len(ev.Target) > 0
}

// travelVerbs are the verbs of a journey to a place ("flew to Moscow", "travelled to
// Pakistan"): a visit there when a person or a delegation makes it, none when a force, a
// crowd or an aircraft does (forceArrives).
var travelVerbs = map[string]bool{"fly": true, "travel": true}

// forceArrives reports an arrival whose subject is a force or a crowd, not a visitor:
// "the first deployment of NATO peacekeeping troops have arrived", "13,000 Albanians have
// arrived" (a people, not "the Chinese delegation").
func (d *doc) forceArrives(t *tree, p int, src []int) bool {
	for _, mi := range src {
		// "Chinese troops arrive in Hong Kong", however the headline is parsed.
		if m := &d.ms[mi]; m.To < len(d.toks) && arrivingCrowds[strings.TrimSuffix(d.toks[m.To].Lower, "s")] {
			return true
		}
		// "visas for Mauritians traveling to Hong Kong": a people; "Singapore Airlines
		// will start flying to Russia": a carrier's service.
		if m := &d.ms[mi]; m.Type == "nationality" && strings.HasSuffix(m.Text, "s") && (m.To >= len(d.toks) || !d.toks[m.To].Cap) || carrierName(m.Text) {
			return true
		}
	}
	for _, k := range t.w[p].kids {
		if !t.rel(k, "nsubj") {
			continue
		}
		if m := t.w[k].m; m >= 0 && d.ms[m].Type == "nationality" {
			return true
		}
		for w := k; w < p; w++ { // the subject's phrase: "a first patch of peacekeeping troops"
			if (w == k || t.ancestorOf(k, w)) && arrivingCrowds[t.w[w].lemma] {
				return true
			}
		}
	}
	return false
}

// carrierName reports the name of an airline or a shipping line: "Singapore Airlines",
// "Air France", "British Airways".
func carrierName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Airlines", "Airline", "Airways", "Air", "Lines", "Aviation", "Aeroflot", "Lufthansa":
			return true
		}
	}
	return false
}

// arrivingCrowds are the nouns of those who arrive without visiting anyone.
var arrivingCrowds = map[string]bool{"troops": true, "troop": true, "soldier": true, "force": true, "deployment": true,
	"unit": true, "contingent": true, "warship": true, "ship": true, "vessel": true, "refugee": true, "migrant": true,
	"immigrant": true, "pilgrim": true, "tourist": true, "worker": true, "aid": true, "supply": true, "convoy": true,
	"peacekeeper": true, "army": true, "battalion": true, "boat": true, "shipment": true, "asylum-seeker": true,
	"plane": true, "aircraft": true, "bomber": true, "fighter": true, "drone": true, "missile": true, "rocket": true, "shell": true, "national": true, "citizen": true, "passenger": true, "visitor": true, "resident": true, "jet": true, "helicopter": true, "flight": true, "airliner": true, "bird": true}

// here reports a visit made "here": "arrived here on Monday", "a visit here", "arrived
// here for a visit" (the adverb on the verb the visit hangs on).
func (t *tree) here(pr pred) bool {
	for _, h := range []int{pr.at, pr.light, t.w[pr.at].head} {
		if h >= 0 && t.kidLemma(h, "advmod", "here") >= 0 {
			return true
		}
	}
	return false
}

// hostCountry returns the country a story told "here" is about: the one its mentions name
// most, at least twice and twice as often as any other, named in its lead (the first
// sentence after a headline says where), leaving out the countries of the visitors rs (their own, or those
// they hold office in) and of all who arrive in sentence t. "" for none.
func (d *doc) hostCountry(t *tree, rs []Ref) string {
	away := map[string]bool{}
	for w := range t.w {
		// Everyone the sentence has arrive: "the ROK delegation arrived here Monday, and
		// other delegations, including the DPRK, Russia and Japan, ...".
		if t.w[w].lemma != "arrive" {
			continue
		}
		heads, _, _ := d.subject(t, w, 0)
		for _, h := range heads {
			for _, mi := range d.phrase(t, h) {
				away[d.ms[mi].ID] = true
			}
		}
	}
	for _, rf := range rs {
		away[rf.ID] = true
		if e := d.ents[rf.ID]; e != nil {
			for _, r := range e.roles {
				away[r.Of] = true
			}
		}
	}
	leadEnd := 0 // the first sentence of the story, after its headline
	if len(d.sents) > 1 && d.headline(d.sents[0]) {
		leadEnd = 1
	}
	count, lead := map[string]int{}, map[string]bool{}
	var order []string
	for k := range d.ms {
		m := &d.ms[k]
		if m.ID == "" || away[m.ID] || d.x.lex.countries[m.ID] == nil || m.Type != "country" && m.Type != "nationality" {
			continue // not "Darfur", a region the gazetteer places
		}
		if count[m.ID] == 0 {
			order = append(order, m.ID)
		}
		count[m.ID]++
		if m.Sent <= leadEnd {
			lead[m.ID] = true
		}
	}
	best, second := "", 0
	for _, id := range order {
		if count[id] > count[best] {
			best, second = id, count[best]
		} else if count[id] > second {
			second = count[id]
		}
	}
	if count[best] < 2 || count[best] < 2*second || !lead[best] {
		return ""
	}
	return best
}

// officeIn reports whether every actor of rs that has an office holds one of country id,
// and one does.
func (d *doc) officeIn(rs []Ref, id string) bool {
	n := 0
	for _, rf := range rs {
		e := d.ents[rf.ID]
		if e == nil || len(e.roles) == 0 {
			continue
		}
		if !slices.ContainsFunc(e.roles, func(r Role) bool { return r.Of == id }) {
			return false
		}
		n++
	}
	return n > 0
}

// forwardWeekday returns the date of a planned event that a bare weekday of its own
// dates ("is due to visit China from Friday", "on Saturday was scheduled to meet", in a
// Friday story): the weekday after the report, a week after the one the expression was
// read as. A weekday of another act ("On Saturday, Mobutu offered to meet Kabila") and
// any other date leave v as it is.
func forwardWeekday(t *tree, pr pred, times []timex.Expr, owners []int, v string) string {
	for k, e := range times {
		// A bare weekday: a month alone has no day, so v (a day) rules it out.
		if e.Value != v || !monthsDays[strings.TrimPrefix(strings.TrimPrefix(e.Text, "on "), "On ")] {
			continue
		}
		o := owners[k]
		if o < 0 || o != pr.at && o != pr.light && !planned[t.w[o].lemma] {
			continue
		}
		d, err := timex.ParseDate(v)
		if err != nil {
			return v
		}
		return timex.FromTime(d.Time().AddDate(0, 0, 7)).String()
	}
	return v
}

// againstIll reports a fight or an attack aimed at an ill, not at a party: "the fight
// against corruption", "fighting poverty", "combat bird flu".
func (t *tree) againstIll(pr pred) bool {
	for _, h := range []int{pr.at, pr.light} {
		if h < 0 {
			continue
		}
		for _, k := range t.w[h].kids {
			if (t.rel(k, "obj") || (t.rel(k, "obl") || t.rel(k, "nmod")) && (t.prep(k) == "against" || t.prep(k) == "on")) && socialIlls[t.w[k].lemma] {
				return true
			}
		}
	}
	return false
}

// socialIlls are what a campaign fights that is no party: crime, want, disease.
var socialIlls = map[string]bool{"corruption": true, "poverty": true, "crime": true, "drug": true,
	"terrorism": true, "terror": true, "disease": true, "aids": true, "hiv": true, "hunger": true, "illiteracy": true,
	"inflation": true, "pollution": true, "flu": true, "epidemic": true, "malaria": true,
	"unemployment": true, "trafficking": true, "smuggling": true, "piracy": true, "racism": true,
	"discrimination": true, "extremism": true, "fraud": true, "graft": true, "crisis": true, "virus": true,
	"desertification": true, "climate": true, "cancer": true, "obesity": true, "tuberculosis": true}

// pressSide reports whether a news agency or broadcaster is a side of ev.
func (d *doc) pressSide(ev *evState) bool {
	for _, rf := range ev.sides() {
		if d.x.lex.press[rf.ID] {
			return true
		}
	}
	return false
}

// multiDay reports a nominal trigger said to last several days: "a four-day visit", "a
// week-long tour", "two days of talks".
func (t *tree) multiDay(n int) bool {
	for _, k := range t.w[n].kids {
		l := t.w[k].lower
		if (t.rel(k, "amod") || t.rel(k, "compound")) && (strings.HasSuffix(l, "-day") && !strings.HasPrefix(l, "one-") || strings.HasSuffix(l, "-week") || l == "week-long" || l == "weeklong") {
			return true
		}
		// "four - day" split by the parser: a count before "day" or "week"
		if (t.rel(k, "amod") || t.rel(k, "compound")) && (t.w[k].lemma == "day" || t.w[k].lemma == "week") {
			if c := t.kid(k, "nummod"); c >= 0 && t.w[c].lower != "one" && t.w[c].lower != "1" {
				return true
			}
		}
	}
	return false
}

// hostileComplement reports whether the infinitive complement of predicate p is itself a
// hostile predicate ("vowed to attack") or a threat.
func (d *doc) hostileComplement(t *tree, p int, preds []pred) bool {
	c := d.complementCategory(t, p, preds)
	return hostile[c] || c == "THREATEN"
}

// readiness are the adjectives of being ready to act: what they state takes the category of
// the act when that is support, is an agreement when the act is done with or for the
// other (cooperativeCats, cooperativeVerbs), and is nothing of its own otherwise.
var readiness = map[string]bool{"ready": true, "willing": true}

// cooperativeComplement reports whether the infinitive complement of p is a verb of
// working with another (cooperativeVerbs).
func (d *doc) cooperativeComplement(t *tree, p int) bool {
	x := t.infinitive(p)
	return x >= 0 && cooperativeVerbs[t.w[x].lemma]
}

// cooperativeCats are the categories of acts done with or for another party.
var cooperativeCats = map[string]bool{"CONSULT": true, "COOPERATE": true, "AGREE": true, "AID": true, "CONCEDE": true, "RETREAT": true}

// cooperativeVerbs are verbs of working with another that no frame names: "ready to work
// with Cuba", "willing to join hands with Bulgaria".
var cooperativeVerbs = map[string]bool{"work": true, "cooperate": true, "join": true, "help": true,
	"strengthen": true, "enhance": true, "deepen": true, "promote": true, "expand": true, "boost": true,
	"develop": true, "contribute": true, "increase": true, "build": true, "forge": true, "advance": true,
	"improve": true}

// complementCategory returns the category of the predicate that is the infinitive
// complement of p ("willing to forgive": SUPPORT), "" for none.
func (d *doc) complementCategory(t *tree, p int, preds []pred) string {
	x := t.infinitive(p)
	if x < 0 {
		return ""
	}
	for _, q := range preds {
		if (q.at == x || q.light == x) && q.fr != nil {
			return q.fr.cat // "willing to resume talks": the talks' light verb
		}
	}
	return ""
}

// hostileAsked returns the targets (other than src) of the act that the demand pr asks of
// an unnamed party, when that act is hostile or a criticism ("to denounce the violations
// in Burma", "to impose sanctions on Burma"); nil otherwise.
func (d *doc) hostileAsked(t *tree, pr pred, preds []pred, src []int) []int {
	x := t.infinitive(pr.at)
	if x < 0 {
		for _, k := range t.w[pr.at].kids {
			if t.rel(k, "obj") || t.rel(k, "obl") {
				for _, a := range t.w[k].kids {
					if t.rel(a, "acl") && t.kidLemma(a, "mark", "to") >= 0 {
						x = a // "appealed to all parties to condemn X", the clause hung on the parties
					}
				}
			}
		}
	}
	if x < 0 {
		return nil
	}
	for _, q := range preds {
		if q.at != x && q.light != x || q.fr == nil || !(hostile[q.fr.cat] || q.fr.cat == "DISAPPROVE") {
			continue
		}
		var out []int
		for _, mi := range d.arguments(t, q).tgt {
			if !containsInt(src, mi) {
				out = append(out, mi)
			}
		}
		return out
	}
	return nil
}

// topicOfDiscussion reports whether noun n is the object of a discussion predicate.
func (t *tree) topicOfDiscussion(n int, preds []pred) bool {
	if !t.rel(n, "obj") {
		return false
	}
	for _, q := range preds {
		if q.at == t.w[n].head && q.fr != nil && q.fr.discuss {
			return true
		}
	}
	return false
}

// ownsLaterTime reports whether a date expression after the article's day modifies
// predicate pr or its light verb: "will impose sanctions next week" is planned for then,
// not decided now ("announced on Friday it would prohibit", with Friday hung on the
// measure, is not).
func ownsLaterTime(owners []int, times []timex.Expr, pr pred, art timex.Date) bool {
	for k, o := range owners {
		if o < 0 || o != pr.at && o != pr.light {
			continue
		}
		v := times[k].Value
		if i := strings.Index(v, "-W"); i > 0 {
			// A week: after the article's when its Monday is.
			y, w := 0, 0
			if _, err := fmt.Sscanf(v[:i+4], "%d-W%d", &y, &w); err == nil && art.Year > 0 && art.Month > 0 && art.Day > 0 {
				ay, aw := time.Date(art.Year, time.Month(art.Month), art.Day, 0, 0, 0, 0, time.UTC).ISOWeek()
				if y > ay || y == ay && w > aw {
					return true
				}
			}
			continue
		}
		if d, ok := times[k].Date(); ok && afterDay(d.String(), art) {
			return true
		}
	}
	return false
}

// threatEvent makes the event of conditional threat th, dated as its speech verb is.
func (d *doc) threatEvent(t *tree, si int, s sentence, th threat, preds []pred, times []timex.Expr, heads, owners []int, artDate timex.Date) *evState {
	ev := d.saidEvent(t, si, s, "THREATEN", "threatened", th.main, th.src, th.tgt)
	d.dateSaid(ev, t, th.speech, preds, times, heads, owners, artDate)
	return ev
}

// saidEvent makes an event of type typ (edge verb rel) that a speaker's words make, not a
// verb of the act: a conditional threat, a statement of worth. Its trigger is word trigger,
// its sides the mentions src and tgt (a target that is also an actor left out).
func (d *doc) saidEvent(t *tree, si int, s sentence, typ, rel string, trigger int, src, tgt []int) *evState {
	ev := &evState{sent: si}
	ev.Type, ev.Relation = typ, rel
	ev.Trigger = d.text[t.w[trigger].start:t.w[trigger].end]
	ev.Sentence = d.text[s.Start:s.End]
	ev.Start, ev.End = s.Start, s.End
	for _, mi := range src {
		ev.Source = append(ev.Source, d.refs(&d.ms[mi], true)...)
	}
	for _, mi := range tgt {
		for _, rf := range d.refs(&d.ms[mi], true) {
			if !hasRef(ev.Source, rf.ID) {
				ev.Target = append(ev.Target, rf)
			}
		}
	}
	return ev
}

// dateSaid dates a said event as its speech verb sp is, and notes its actors' ids.
func (d *doc) dateSaid(ev *evState, t *tree, sp int, preds []pred, times []timex.Expr, heads, owners []int, artDate timex.Date) {
	ev.Date, ev.dated = d.predDate(t, pred{at: sp, light: -1}, preds, modality{governed: -1}, times, heads, owners, artDate)
	for _, rf := range ev.Source {
		if rf.ID != "" {
			ev.srcIDs = append(ev.srcIDs, rf.ID)
		}
	}
}

// armedHead reports an actor named as the modifier of a weapon of war: "Israeli tanks",
// "Russian warplanes" (troops and police may beat or torture, which is an assault).
func (t *tree) armedHead(src []int) bool {
	for i := range t.w {
		if m := t.w[i].m; m >= 0 && containsInt(src, m) && (t.rel(i, "amod") || t.rel(i, "compound")) && t.w[i].head >= 0 {
			switch t.w[t.w[i].head].lemma {
			case "tank", "helicopter", "warplane", "jet", "artillery", "navy", "gunboat", "aircraft", "warship":
				return true
			}
		}
	}
	return false
}

// protestTarget aims a protest at the party its purpose names ("staged rallies to demand
// the resignation of X", "demonstrated ... calling for independence from Iraq") when its
// own target is only a place where it happened (a place, or a capital's state named in its
// "in" phrase: "protested in Belgrade"), or none.
func (d *doc) protestTarget(t *tree, pr pred, src []int, ev *evState) {
	where := map[string]bool{} // "protested in Belgrade": Serbia, for the capital, is where
	for _, k := range t.w[pr.at].kids {
		if p := t.prep(k); t.rel(k, "obl") && (p == "in" || p == "at" || p == "outside" || p == "near") {
			for _, mi := range d.phrase(t, k) {
				if typ := d.ms[mi].Type; typ != "city" && typ != "country" && typ != "location" {
					continue // "outside the US embassy": at whom it is aimed
				}
				for _, rf := range d.refs(&d.ms[mi], true) {
					where[rf.ID] = true
				}
			}
		}
	}
	for _, rf := range ev.Target {
		if e := d.ents[rf.ID]; rf.ID != "" && !where[rf.ID] && (e == nil || e.typ != "city" && e.typ != "location") {
			return
		}
	}
	for _, k := range t.w[pr.at].kids {
		purpose := (t.rel(k, "advcl") || t.rel(k, "xcomp")) && (t.kidLemma(k, "mark", "to") >= 0 || t.w[k].xpos == "VBG")
		if !purpose {
			continue
		}
		if mi := d.firstGoverned(t, k, k, src, false); mi >= 0 {
			var tgt []Ref
			for _, m := range d.phrase(t, mi) {
				tgt = append(tgt, d.refs(&d.ms[m], true)...)
			}
			if len(tgt) > 0 {
				ev.Target = tgt
				return
			}
		}
	}
}

// phoneDependent reports "by phone", "a telephone conversation", "phone talks".
func (t *tree) phoneDependent(i int) bool {
	for _, k := range t.w[i].kids {
		if l := t.w[k].lemma; l == "phone" || l == "telephone" || l == "telephonic" || l == "videoconference" {
			return true
		}
	}
	return false
}

// recodeTreePromise codes what an actor says it will do as PLOVER does: a promise to help
// is AGREE, a conditional or announced harm THREATEN. "will not accept" is REJECT, and so
// is "will not negotiate with Hamas" (one side saying it will not talk or meet with
// another: intent, with no later time of its own; not "the visit was postponed", nor
// "Bush will not visit China" or "will not meet Putin next week", a schedule), a refusal
// made when it is said. It reports whether a promise, threat or refusal was made
// of a future act.
func (d *doc) recodeTreePromise(ev *evState, conditional, intent bool) bool {
	refusedContact := ev.Type == "CONSULT" && ev.Mode != "visit" && ev.Future && intent && len(ev.Source) == 1 && len(ev.Target) > 0
	if ev.Negated && (ev.Type == "AGREE" || refusedContact) && !conditional {
		ev.Type, ev.Relation, ev.Symmetric, ev.Negated, ev.Mode = "REJECT", "rejected", false, false, ""
		return ev.Future
	}
	if !ev.Future || ev.Negated {
		return false
	}
	switch {
	case conditional && (hostile[ev.Type] || ev.Type == "RETREAT" || ev.Type == "REJECT"):
		ev.Type, ev.Relation = "THREATEN", "threatened"
	case cooperative[ev.Type]:
		ev.Type, ev.Relation, ev.Symmetric = "AGREE", "", false
	case hostile[ev.Type]:
		ev.Type, ev.Relation = "THREATEN", "threatened"
	default:
		return false
	}
	return true
}

// treeTopics adds what the event is about: the objects of a discussion ("discussed Iran")
// and the "on"/"about"/"over" phrases of the predicate ("talks on Ukraine").
func (d *doc) treeTopics(t *tree, pr pred, fr *frame, r roles, ev *evState) {
	seen := map[string]bool{}
	for _, rf := range ev.sides() {
		seen[rf.ID] = true
	}
	var heads []int
	at := []int{pr.at}
	if pr.light >= 0 {
		at = append(at, pr.light)
	}
	for _, q := range at {
		for _, p := range []string{"on", "about", "over", "regarding", "concerning"} {
			heads = append(heads, t.prepKids(q, p)...)
		}
	}
	var mis []int
	for _, h := range heads {
		mis = append(mis, d.phrase(t, h)...)
	}
	if fr.discuss {
		// What is discussed is every name in what the verb governs ("discussed rising
		// energy prices in Europe and the war in Ukraine", however the parser hangs it),
		// but not a word of the phrase that names whom it was discussed with ("with South
		// Korean President Yoon": South Korea is no topic).
		for _, mi := range d.governedNames(t, pr.at) {
			if !t.inPhraseOf(mi, r.tgt) {
				mis = append(mis, mi)
			}
		}
	}
	{
		for _, mi := range mis {
			m := &d.ms[mi]
			if m.ID == "" || seen[m.ID] || m.Kind == kindPronoun || m.Type == "person" && !fr.discuss {
				continue
			}
			seen[m.ID] = true
			ev.Topics = append(ev.Topics, Ref{Text: m.Text, ID: m.ID})
		}
	}
}

// inPhraseOf reports whether mention mi is written inside the phrase of one of the
// mentions ms: under a word of theirs in the tree.
func (t *tree) inPhraseOf(mi int, ms []int) bool {
	for k := range t.w {
		if t.w[k].m != mi {
			continue
		}
		for j := range t.w {
			if t.w[j].m >= 0 && t.w[j].m != mi && containsInt(ms, t.w[j].m) && t.ancestorOf(j, k) {
				return true
			}
		}
	}
	return false
}

// treeReporters adds who the sentence says reported the event: the subject of the speech
// verb whose clause holds it ("Lavrov said that ...") and "according to X".
func (d *doc) treeReporters(t *tree, pr pred, r roles, ev *evState) {
	var heads []int
	at := pr.at
	if pr.light >= 0 {
		at = pr.light
	}
	if sp := t.speechHead(at); sp >= 0 && !pr.must {
		hs, _, _ := d.subject(t, sp, 0)
		heads = append(heads, hs...)
	}
	for i := range t.w {
		if t.w[i].lower == "according" && t.w[i].head >= 0 && t.rel(i, "case") {
			heads = append(heads, t.w[i].head)
		}
	}
	for _, h := range heads {
		for _, mi := range d.phrase(t, h) {
			m := &d.ms[mi]
			if containsInt(r.src, mi) || hasRef(ev.Source, m.ID) || hasRef(ev.Reporter, m.ID) || hasRef(ev.Target, m.ID) {
				continue
			}
			ev.Reporter = append(ev.Reporter, Ref{Text: m.Text, ID: m.ID})
		}
	}
}

// modifiers are the mentions that only describe the name after them: the "Russian" of
// "Russian President Vladimir Putin" acts for nobody.
func (d *doc) modifiers(ms []int) map[int]bool {
	modifier := map[int]bool{}
	for k, mi := range ms {
		m := &d.ms[mi]
		if k+1 < len(ms) && (m.Type == "nationality" || m.Type == "country") {
			n := &d.ms[ms[k+1]]
			if n.Type == "person" && n.From-m.To <= 4 && n.title() != "" && d.onlyTitleBetween(m.To, n.From) {
				modifier[mi] = true
			}
		}
	}
	return modifier
}

// tokenAt returns the index of the token that starts at or covers byte b.
func (d *doc) tokenAt(b int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.toks[mid].End <= b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// voiced reports whether what word p says is voiced by someone: the sentence has a verb
// of saying (in any of its forms, however tagged: "..., Washington insists"), an
// "according to", or a colon or dash that sets off a speaker's name at either end (a
// headline's "Annan: Syria must withdraw", "Iran must halt enrichment: Bush"), or p's clause is the complement of another verb ("the forum
// concluded that the US must allocate").
func (t *tree) voiced(p int, forms map[string]bool) bool {
	for i := range t.w {
		if t.speech[t.w[i].lemma] && t.w[i].upos == "VERB" || forms[t.w[i].lower] || t.w[i].lower == "according" {
			return true
		}
		if (t.w[i].form == ":" || t.w[i].form == "-" || t.w[i].form == "--") && (i > p && i+4 >= len(t.w) || i < p && i <= 4) {
			return true // "Annan: Syria must withdraw", "Iran must halt enrichment - Rice"
		}
	}
	for i, n := p, 0; i >= 0 && n < len(t.w); i, n = t.w[i].head, n+1 {
		if t.rel(i, "ccomp") {
			return true
		}
	}
	return false
}

// wordOrderRoles fills a role the tree leaves empty from word order: the parser errs
// most on long news sentences ("Palestinians blamed Israel" read as a noun phrase), and a
// subject before the verb or an object after it is then the better guess.
func (d *doc) wordOrderRoles(t *tree, pr pred, fr *frame, ms []int, s sentence, modifier map[int]bool, r *roles) {
	at := d.tokenAt(t.w[pr.at].start)
	if pr.must {
		if len(r.src) == 0 && len(r.tgt) > 0 {
			first := d.ms[r.tgt[0]].From
			for k, mi := range ms {
				m := &d.ms[mi]
				if m.To <= first && m.actorLike() && !modifier[mi] && !m.inner {
					r.src = d.extendBack(ms, k, modifier)
					break
				}
			}
		}
		return
	}
	if len(r.src) == 0 && !r.passive && pr.light < 0 && !fr.noun && !r.nounSubject {
		r.src = d.groupBefore(ms, at, s, modifier)
	}
	if fr.noun && fr.sym && pr.light < 0 && len(r.src)+len(r.tgt) < 2 {
		// "Modi and Albanese hold talks", a headline parsed with "hold" as a noun: the group
		// before the noun phrase takes part.
		first := pr.at
		for _, k := range t.w[pr.at].kids {
			if k < first && t.rel(k, "compound") && t.w[k].m < 0 {
				first = k
			}
		}
		for _, mi := range d.coordinatedBefore(ms, d.tokenAt(t.w[first].start)) {
			if !containsInt(r.src, mi) && !containsInt(r.tgt, mi) {
				r.src = append(r.src, mi)
			}
		}
	}
	if len(r.tgt) == 0 && !fr.noTarget && !fr.discuss && len(fr.targets) > 0 && !r.askedUnnamed && !r.passive {
		// A passive's target is its subject, before it: what follows ("was killed in an
		// Israeli air strike") is how, where or by whom.
		from := at + 1
		if fr.noun {
			if from >= s.To || !d.framePrep(fr, d.toks[from].Lower) {
				from = -1
			} else {
				from++
			}
		} else if k := fr.targets[0].kind; k == "ccomp" && t.clauseSubject0(pr.at) >= 0 {
			from = -1 // "suggested that the meeting be held in Paris": the clause names its subject, and no one
		} else if k == "ccomp" && from < s.To && d.toks[from].Lower == "that" {
			from++ // "demanded that the US cancel": the subject of the clause
		} else if k != "obj" && k != "iobj" && k != "ccomp" {
			from = -1
		}
		if from >= 0 {
			for _, mi := range d.groupAfter(ms, from, s, modifier) {
				if !containsInt(r.src, mi) && !d.placeModifierMention(t, mi) && !(fr.sym && (d.ms[mi].Type == "city" || d.ms[mi].Type == "location")) && !t.inClauseBelow(pr.at, t.mentionHead(mi)) {
					// Not "agreed to meet in the city of Gyeongju": a town is where two meet, not whom.
					r.tgt = append(r.tgt, mi)
				}
			}
		}
	}
	r.src, r.tgt = dedupeRoles(d, r.src, r.tgt)
}

// namedSubject reports whether predicate p's subject is itself a name that can act
// ("Japan should apologize"), not a phrase that contains one ("talks with Thailand").
func (d *doc) namedSubject(t *tree, p int) bool {
	s := t.kid(p, "nsubj")
	if s < 0 {
		s = t.kid(p, "nsubj:pass")
	}
	return s >= 0 && t.w[s].m >= 0 && d.ms[t.w[s].m].Kind == kindName && d.ms[t.w[s].m].actorLike()
}

// reactions are the categories of an answer to another's act: rejecting a demand,
// condemning an attack, welcoming an offer, accepting it.
var reactions = map[string]bool{"DISAPPROVE": true, "PROTEST": true, "REJECT": true, "SUPPORT": true, "AGREE": true, "CONCEDE": true}

// addressVerbs are verbs of saying something to a person's face: who tells, assures or
// thanks someone during a visit or a meeting meets them.
var addressVerbs = map[string]bool{"tell": true, "assure": true, "inform": true, "brief": true,
	"thank": true, "promise": true, "urge": true, "ask": true, "congratulate": true, "reassure": true}

// meetingDuring are the contacts in whose course a person may be addressed.
var meetingDuring = map[string]bool{"visit": true, "trip": true, "tour": true, "meeting": true,
	"talk": true, "talks": true, "summit": true, "stay": true}

// addressedDuring returns the meetings sentence si tells of by who addressed whom during a
// contact that names no party of its own: "Gingrich told President Jiang Zemin during a
// visit to China last week that ..." met Jiang (CONSULT), dated by the contact's own time.
// A person addressed (not a state), a named speaker, no negation; none when an event of
// evs already relates the two as a contact.
func (d *doc) addressedDuring(t *tree, si int, s sentence, times []timex.Expr, heads, owners []int, evs []*evState) []*evState {
	var out []*evState
	for v := range t.w {
		if t.w[v].upos != "VERB" || !addressVerbs[t.w[v].lemma] || t.kidLemma(v, "aux", "will", "would", "may", "might", "could", "should", "must") >= 0 {
			continue
		}
		negated := false
		for _, k := range t.w[v].kids {
			negated = negated || (t.rel(k, "advmod") || t.rel(k, "aux")) && negWords[t.w[k].lower]
		}
		during := -1
		for _, k := range t.w[v].kids {
			if t.rel(k, "obl") && t.prep(k) == "during" && meetingDuring[t.w[k].lemma] && len(t.prepKids(k, "with")) == 0 && len(t.prepKids(k, "between")) == 0 {
				if p := t.kid(k, "nmod:poss"); p >= 0 && t.w[p].upos != "PRON" {
					continue // "during Chernomyrdin's visit": another's contact
				}
				during = k
			}
		}
		if during < 0 || negated {
			continue
		}
		subj, passive, _ := d.subject(t, v, 0)
		if passive {
			continue
		}
		var src, tgt []Ref
		for _, h := range subj {
			for _, mi := range d.phrase(t, h) {
				if d.ms[mi].ID != "" || d.ms[mi].Kind == kindPronoun {
					src = append(src, d.refs(&d.ms[mi], true)...)
				}
			}
		}
		for _, k := range t.w[v].kids {
			if !t.rel(k, "obj") && !t.rel(k, "iobj") {
				continue
			}
			for _, mi := range d.phrase(t, k) {
				if d.ms[mi].Type == "person" {
					for _, rf := range d.refs(&d.ms[mi], false) {
						if rf.ID != "" && !hasRef(src, rf.ID) {
							tgt = append(tgt, rf)
						}
					}
				}
			}
		}
		if len(tgt) == 0 || !slices.ContainsFunc(src, func(rf Ref) bool { return rf.ID != "" }) {
			continue
		}
		if slices.ContainsFunc(evs, func(e *evState) bool {
			return e.Type == "CONSULT" && slices.ContainsFunc(e.sides(), func(rf Ref) bool { return hasRef(tgt, rf.ID) })
		}) {
			continue // the meeting is told already
		}
		ev := &evState{sent: si, lemma: "meeting", noun: true}
		ev.Type, ev.Relation, ev.Mode, ev.Symmetric = "CONSULT", "met", "meeting", true
		ev.Trigger = d.text[t.w[during].start:t.w[during].end]
		ev.Source, ev.Target = src, tgt
		ev.Sentence, ev.Start, ev.End = d.text[s.Start:s.End], s.Start, s.End
		for k, o := range owners {
			if dt, ok := times[k].Date(); ok && heads[k] >= 0 && o >= 0 && (o == during || t.w[o].head == during && t.w[o].upos != "VERB") {
				// "during a visit to China last week"; not a clause's own time below it
				ev.Date, ev.dated = dt.String(), true
			}
		}
		for _, rf := range ev.Source {
			if rf.ID != "" {
				ev.srcIDs = append(ev.srcIDs, rf.ID)
			}
		}
		d.noteContact(ev)
		out = append(out, ev)
	}
	return out
}

// madeDemand returns the index in preds of the predicate at g that answers the demand
// predicate pr names, -1 for none: "rejected EU pressure on Ankara", "turned down
// a request from the PNGDF", "the ultimatum imposed by Kabila has been rejected". A demand
// answered was made, though what governs it would otherwise make it the answer's content.
func madeDemand(t *tree, pr pred, g int, preds []pred) int {
	if pr.fr == nil || !pr.fr.noun || pr.fr.cat != "DEMAND" || pr.fr.lemma == "appeal" || t.w[pr.at].head != g || !t.rel(pr.at, "obj") && !t.rel(pr.at, "nsubj:pass") {
		return -1 // "rejected an appeal by Khodorkovsky": a court's appeal is no demand made of it
	}
	if t.kidLemma(pr.at, "det", "any", "no") >= 0 {
		return -1 // "would reject any demand from Iran": none was made
	}
	for _, k := range t.w[g].kids {
		if (t.rel(k, "aux") || t.rel(k, "advmod")) && (futureAux[t.w[k].lower] || negWords[t.w[k].lower]) {
			return -1 // "will not accept a demand", "must reject the demand": an answer not given
		}
	}
	for i, q := range preds {
		if q.at == g && q.fr != nil && answers[q.fr.cat] {
			return i
		}
	}
	return -1
}

// answers are the categories of a reply to a demand.
var answers = map[string]bool{"REJECT": true, "CONCEDE": true, "DISAPPROVE": true}

// antecedentKinds maps a noun that names an earlier act to the categories of the events it
// may name: "the attack" an ASSAULT or FIGHT, "the demand" a DEMAND.
var antecedentKinds = map[string][]string{
	"attack": {"ASSAULT", "FIGHT"}, "bombing": {"ASSAULT", "FIGHT"}, "killing": {"ASSAULT", "FIGHT"},
	"assassination": {"ASSAULT", "FIGHT"}, "strike": {"ASSAULT", "FIGHT"}, "raid": {"ASSAULT", "FIGHT"},
	"shelling": {"ASSAULT", "FIGHT"}, "blast": {"ASSAULT", "FIGHT"}, "explosion": {"ASSAULT", "FIGHT"},
	"massacre": {"ASSAULT", "FIGHT"}, "murder": {"ASSAULT", "FIGHT"}, "incursion": {"ASSAULT", "FIGHT"},
	"offensive": {"ASSAULT", "FIGHT"}, "ambush": {"ASSAULT", "FIGHT"}, "shooting": {"ASSAULT", "FIGHT"},
	"airstrike": {"ASSAULT", "FIGHT"},
	"demand":    {"DEMAND"}, "request": {"DEMAND"}, "call": {"DEMAND"}, "appeal": {"DEMAND"}, "ultimatum": {"DEMAND"},
	"accusation": {"DISAPPROVE"}, "allegation": {"DISAPPROVE"}, "charge": {"DISAPPROVE"}, "criticism": {"DISAPPROVE"},
	"threat": {"THREATEN"}, "warning": {"THREATEN"},
	"sanction": {"SANCTION"}, "embargo": {"SANCTION"}, "ban": {"SANCTION"},
	"offer": {"AGREE"}, "pledge": {"AGREE"}, "promise": {"AGREE"},
}

// antecedentAuthors returns who made the earlier act that a reaction names by a definite
// noun and no party ("Erakat condemned the attack", "the demand was rejected by
// Washington", "welcomed the offer"): the actors of the story's latest event of that kind
// before it, among earlier, when that event names its actors and none is the one who
// reacts. Otherwise none: an attack by nobody named blames nobody.
func (d *doc) antecedentAuthors(t *tree, pr pred, ev *evState, earlier []*evState) []Ref {
	o := t.kid(pr.at, "obj")
	if o < 0 {
		o = t.kid(pr.at, "nsubj:pass") // "The demand has been rejected by the US"
	}
	if o < 0 || t.w[o].m >= 0 {
		return nil
	}
	kinds := antecedentKinds[t.w[o].lemma]
	if kinds == nil {
		return nil
	}
	definite := false
	for _, k := range t.w[o].kids {
		switch {
		case t.rel(k, "det") && (t.w[k].lower == "the" || t.w[k].lower == "this" || t.w[k].lower == "that" || t.w[k].lower == "these"):
			definite = true
		case t.rel(k, "nmod:poss") && (t.w[k].time || t.w[k].lower == "yesterday" || t.w[k].lower == "today"):
			definite = true // "Monday's bombing"
		case t.w[k].m >= 0 || t.rel(k, "nmod:poss") || t.rel(k, "acl:relcl"):
			return nil // "the Israeli attack", "its demand", "the demand that X made": the phrase names its own parties
		}
	}
	if !definite {
		return nil
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		e := earlier[i]
		if !slices.Contains(kinds, e.Type) || e.Negated || e.Future {
			continue
		}
		if len(e.Source) == 0 || slices.ContainsFunc(e.Source, func(rf Ref) bool { return rf.ID == "" || hasRef(ev.Source, rf.ID) }) {
			return nil // "Gunmen killed": no one named
		}
		return append([]Ref(nil), e.Source...)
	}
	return nil
}

// clauseSubject0 returns the subject of predicate p's complement clause, or -1.
func (t *tree) clauseSubject0(p int) int {
	c := t.kid(p, "ccomp")
	if c < 0 {
		return -1
	}
	if s := t.kid(c, "nsubj"); s >= 0 {
		return s
	}
	return t.kid(c, "nsubj:pass")
}

// clauseRels are the relations that open a clause of its own below a predicate.
var clauseRels = map[string]bool{"advcl": true, "acl": true, "acl:relcl": true, "ccomp": true, "xcomp": true, "parataxis": true, "csubj": true}

// inClauseBelow reports whether word h sits in a clause of its own below predicate p:
// "condemned the attack, describing it to AFP as a crime" has AFP in the participle's
// clause, no target of the condemning. A word the parser hung outside p's tree is not.
func (t *tree) inClauseBelow(p, h int) bool {
	clause := false
	for i, n := h, 0; i >= 0 && n < len(t.w); i, n = t.w[i].head, n+1 {
		if i == p {
			return clause
		}
		clause = clause || clauseRels[t.w[i].rel]
	}
	return false
}

// verbalAttack reports whether attack verb p is said in words: a participle of speech,
// a "for" or "as" phrase of its reasons, or a reported clause under it.
func (t *tree) verbalAttack(p int) bool {
	if t.w[p].lemma != "attack" && t.w[p].lemma != "assail" && t.w[p].lemma != "lambast" {
		return false
	}
	for _, k := range t.w[p].kids {
		if t.rel(k, "advcl") && t.speech[t.w[k].lemma] || t.rel(k, "ccomp") {
			return true
		}
		if (t.rel(k, "obl") || t.rel(k, "advcl")) && (t.prep(k) == "as" || t.prep(k) == "for" || t.kidLemma(k, "mark", "as", "for") >= 0) {
			return true
		}
	}
	return false
}

// statesOnly reports whether every mention of ms names a state by its name ("the United
// States", "Canada", "Beijing" as its seat), not its people ("Germans", "Iranian students").
// Each must be the subject itself, not the place of one ("students across Kenya").
func (d *doc) statesOnly(t *tree, ms []int) bool {
	for _, mi := range ms {
		if m := &d.ms[mi]; m.Kind != kindName || m.Type != "country" && !(m.Type == "city" && m.Gov != "") {
			return false
		}
		k := t.mentionHead(mi)
		if k < 0 || !t.rel(k, "nsubj") && !(t.rel(k, "conj") && t.w[k].head >= 0 && t.rel(t.w[k].head, "nsubj")) {
			return false
		}
	}
	return true
}

// framePrep reports whether w is a preposition of one of the frame's target slots.
func (d *doc) framePrep(fr *frame, w string) bool {
	for _, sl := range fr.targets {
		if sl.kind == "prep" && containsStr(sl.words, w) {
			return true
		}
	}
	return false
}

// conditionAfter reports an "if" or "unless" after the trigger in the sentence: the
// parser often hangs the condition on the wrong clause.
func (d *doc) conditionAfter(t *tree, pr pred, s sentence) bool {
	for k := d.tokenAt(t.w[pr.at].end); k < s.To; k++ {
		if w := d.toks[k].Lower; w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// outcome reports a participle that tells the outcome of a hostile act before it
// ("opened fire ..., killing one person and arresting 12").
func (d *doc) outcome(t *tree, pr pred, preds []pred) bool {
	if pr.fr == nil || pr.fr.noun || t.w[pr.at].xpos != "VBG" {
		return false
	}
	at := pr.at
	for n := 0; n < 3; n++ {
		if !(t.rel(at, "advcl") || t.rel(at, "conj") || t.rel(at, "xcomp") || t.rel(at, "acl")) {
			return false
		}
		h := t.w[at].head
		if h < 0 {
			return false
		}
		for _, q := range preds {
			if (q.at == h || q.light == h) && q.fr != nil && hostile[q.fr.cat] {
				return hostile[pr.fr.cat]
			}
		}
		at = h
	}
	return false
}

// afterDay reports whether date v (YYYY, YYYY-MM or YYYY-MM-DD) begins after the article's
// day: an event stated for then has not happened by the report.
func afterDay(v string, art timex.Date) bool {
	a := art.String()
	if v == "" || a == "" {
		return false
	}
	// Compare at v's precision: "2006" is after "2005-11-30", "2005-11" is not.
	if len(a) > len(v) {
		a = a[:len(v)]
	}
	return v > a
}

// firstSince reports "first ... since": a noun with "first" whose phrase or clause looks
// back with "since".
func (t *tree) firstSince(n int) bool {
	if t.kidLemma(n, "amod", "first") < 0 {
		return false
	}
	since := func(i int) bool {
		for _, k := range t.w[i].kids {
			if (t.rel(k, "obl") || t.rel(k, "nmod")) && t.prep(k) == "since" {
				return true // a date, which prepKids leaves out
			}
		}
		return false
	}
	h := t.w[n].head
	return since(n) || h >= 0 && since(h)
}

// promotePerson makes an unknown name that meets, calls or visits someone a person of its
// own: in "Scholz meets Rutte" nothing else says who the two are, but people meet.
//
// Not a common noun: "Delegates" at the start of a sentence is capitalized but common.
func (d *doc) promotePerson(t *tree, mi int) {
	m := &d.ms[mi]
	if m.Kind != kindName || m.ID != "" || m.Type != "other" || strings.ContainsAny(m.Text, "0123456789") {
		return
	}
	for i := range t.w {
		if u := t.w[i].upos; t.w[i].m == mi && (u == "NOUN" || u == "PRON" || u == "VERB" || u == "ADJ") {
			return
		}
		if t.w[i].m == mi && (t.rel(i, "compound") || t.rel(i, "amod")) && t.w[i].head >= 0 && t.w[t.w[i].head].upos == "NOUN" {
			return // "an eastern European capital": a name on a common noun is no person
		}
	}
	m.Type, m.ID = "person", model.Slug(m.Text)
	d.entity(m.ID, m.Text, "person", m.Text)
}

// coordinatedBefore returns the names that end right before token at, joined by "and" or
// commas: "Modi and Albanese" before "hold talks".
func (d *doc) coordinatedBefore(ms []int, at int) []int {
	var out []int
	next := at
	for k := len(ms) - 1; k >= 0; k-- {
		m := &d.ms[ms[k]]
		if m.To > next || !m.actorLike() {
			continue
		}
		if m.Type == "city" || m.Type == "location" || m.From > 0 && prepositions[d.toks[m.From-1].Lower] {
			return out // "in Beijing talks": a place
		}
		for j := m.To; j < next; j++ {
			if w := d.toks[j].Lower; w != "and" && w != "," && w != "&" {
				return out
			}
		}
		out = append(out, ms[k])
		next = m.From
	}
	return out
}

// mustDate parses a date the extraction itself wrote (YYYY, YYYY-MM or YYYY-MM-DD).
func mustDate(v string) timex.Date {
	d, _ := timex.ParseDate(v)
	return d
}

// insideOther reports whether predicate pr lies in what another predicate of the sentence
// governs (its objects, obliques, modifiers), not in a clause of its own (a conjunct, a
// parenthetical, what a speaker says).
func (t *tree) insideOther(pr pred, preds []pred) bool {
	i := pr.at
	if pr.light >= 0 {
		i = pr.light
	}
	for n := 0; n < len(t.w); n++ {
		if t.rel(i, "conj") || t.rel(i, "parataxis") || t.rel(i, "root") {
			return false
		}
		if (t.rel(i, "acl:relcl") || t.rel(i, "acl")) && i > 0 && t.w[i-1].form == "," {
			return false // "Spicer, freed in Papua New Guinea, spoke": a description of its own
		}
		h := t.w[i].head
		if h < 0 {
			return false
		}
		if t.rel(i, "ccomp") && t.speech[t.w[h].lemma] {
			return false
		}
		for _, q := range preds {
			if (q.at == h || q.light == h) && q.at != pr.at && !(q.fr != nil && q.fr.mode == "visit" && (t.rel(i, "xcomp") || t.rel(i, "advcl"))) {
				return true // but not a visit's purpose: "arrived here to show support"
			}
		}
		i = h
	}
	return false
}

// governedNames returns the names in what word at governs (walkGoverned), clauses with a
// verb of their own (advcl, ccomp) and reporters left out, in the order met.
func (d *doc) governedNames(t *tree, at int) []int {
	var out []int
	t.walkGoverned(at, func(i, k int) bool {
		if t.rel(k, "advcl") || t.rel(k, "ccomp") || t.prep(k) == "according" {
			return false
		}
		if i == at && t.rel(k, "obl") && (t.prep(k) == "in" || t.prep(k) == "at") {
			return false // where they talked: "discuss trade in Beijing talks"
		}
		if m := t.w[k].m; m >= 0 && !containsInt(out, m) {
			out = append(out, m)
		}
		return true
	})
	return out
}

// dayReach is how many sentences back a party's dated act may still give the day of its
// next undated one.
const dayReach = 2

// spokenActs are the categories of what is done by saying it: a party's statements.
var spokenActs = map[string]bool{"DEMAND": true, "DISAPPROVE": true, "SUPPORT": true, "REJECT": true, "THREATEN": true}

// statementDay returns the day of the latest statement (spokenActs) of ev's actor that the
// story dated by a day of its own (not one carried over itself) within dayReach sentences
// before sentence si, done and not denied, when ev is a statement too; "" for none. A
// party's next words with no time of their own go on with what it said then: "The party
// on Friday urged Sarkozy to step down. ... The party also called on the government to" is
// Friday's statement, though the story runs on Saturday. Its caller asks only for a verb
// in the simple past ("refuses" is no statement of that day).
func statementDay(si int, ev *evState, out []*evState) string {
	if !spokenActs[ev.Type] {
		return ""
	}
	for k := len(out) - 1; k >= 0; k-- {
		o := out[k]
		if o.sent < si-dayReach {
			break
		}
		if o.sent >= si || !o.dated || o.carried || o.Future || o.Negated || len(o.Date) != 10 || !spokenActs[o.Type] {
			continue
		}
		for _, rf := range ev.Source {
			if rf.ID != "" && slices.Contains(o.srcIDs, rf.ID) {
				return o.Date
			}
		}
	}
	return ""
}

// custodyVerbs take a person into a state's custody: who does it, unnamed, is the state
// where it is done.
var custodyVerbs = map[string]bool{"arrest": true, "detain": true, "jail": true, "imprison": true, "apprehend": true}

// custodyState returns the state an agentless arrest at word p was made in: a country, or a
// capital standing for its country, named in its "in" phrase ("was arrested in Spain on
// Wednesday", "detained in Amman"); nil for none. The police of a state arrest on its soil;
// "arrested in Tenerife" names no state.
func (d *doc) custodyState(t *tree, p int) []int {
	var out []int
	for _, k := range t.prepKids(p, "in") {
		// The phrase's own head only: not "in connection with the bombing of the US
		// embassy in Kenya".
		for _, mi := range t.namedIn(d.phrase(t, k), k) {
			if m := &d.ms[mi]; m.Type == "country" && m.Kind == kindName || m.Type == "city" && m.Gov != "" {
				out = append(out, mi)
			}
		}
	}
	return out
}

// judgingCats are the categories of verbs whose reason lies with their object: one
// criticizes, punishes or praises someone for what they did ("implicit causality",
// Garvey and Caramazza 1974).
var judgingCats = map[string]bool{"DISAPPROVE": true, "SANCTION": true, "PROTEST": true, "SUPPORT": true, "COERCE": true}

// reasonMarks open a clause that gives the reason for the act it is on.
var reasonMarks = map[string]bool{"after": true, "because": true, "since": true, "for": true, "as": true}

// reasonPronouns resolves a pronoun that is the subject of the reason of verb of judging
// pr, whose targets are tgt, to that target: "The United Nations imposed sanctions on Iraq
// after it invaded Kuwait", "The EU criticized Iran, saying it had violated the accord"
// (the reason is what Iraq and Iran did, not what the judge did). The reason is a clause
// marked as one, or what a participle of saying or accusing says, that tells an act
// deserving the judgement (deservesIt). The pronoun must fit the target, "it" a state or
// body, "he" or "she" a person; arguments then reads it so (reasonSubject) when it comes
// to the reason's own predicate, later in the sentence.
func (d *doc) reasonPronouns(t *tree, pr pred, tgt []int) {
	if pr.fr == nil || pr.must || !judgingCats[pr.fr.cat] || pr.fr.noun && pr.light < 0 {
		return
	}
	named := slices.DeleteFunc(slices.Clone(tgt), func(mi int) bool { return d.ms[mi].Kind != kindName || d.ms[mi].ID == "" })
	if len(named) != 1 {
		return
	}
	v := pr.at
	if pr.light >= 0 {
		v = pr.light
	}
	var reasons []int
	for _, k := range t.w[v].kids {
		if !t.rel(k, "advcl") {
			continue
		}
		if m := t.kid(k, "mark"); m >= 0 && reasonMarks[t.w[m].lower] && d.deservesIt(t, k, pr.fr.cat) {
			reasons = append(reasons, k)
			continue
		}
		if t.w[k].xpos == "VBG" && (t.speech[t.w[k].lemma] || t.w[k].lemma == "accuse" || t.w[k].lemma == "charge") {
			for _, c := range t.w[k].kids {
				if t.rel(c, "ccomp") && d.deservesIt(t, c, pr.fr.cat) {
					reasons = append(reasons, c)
				}
			}
		}
	}
	person := d.ms[named[0]].Type == "person"
	for _, c := range reasons {
		sj := t.kid(c, "nsubj")
		if sj < 0 || t.w[sj].upos != "PRON" {
			continue
		}
		if fits := t.w[sj].lower == "it" && !person || (t.w[sj].lower == "he" || t.w[sj].lower == "she") && person; fits {
			if d.reasonSubject == nil {
				d.reasonSubject = map[int]int{}
			}
			d.reasonSubject[t.w[sj].start] = named[0]
		}
	}
}

// deservesIt reports whether clause c tells an act that earns a judgement of category cat,
// done, not said of the future: a hostile act, a rejection or a threat for blame or
// punishment ("after it invaded Kuwait", "saying it had violated the accord"), a
// cooperative one for praise ("after it signed the treaty"). "after it consulted with
// Britain" is only a time, and "saying it would bomb" the speaker's own plan.
func (d *doc) deservesIt(t *tree, c int, cat string) bool {
	if t.kidLemma(c, "aux", "will", "would", "shall", "may", "might", "could", "can") >= 0 {
		return false
	}
	for _, fr := range d.x.frames.verbs[t.w[c].lemma] {
		bad := hostile[fr.cat] || fr.cat == "REJECT" || fr.cat == "THREATEN" || fr.cat == "DISAPPROVE"
		if cat == "SUPPORT" && !bad || cat != "SUPPORT" && bad {
			return true
		}
	}
	return false
}

// protestsFor reports a demand made by the protest it is the participle or purpose of
// ("demonstrated ... calling for independence from Iraq", "marched to demand the release
// of"): PLOVER codes a protest with its demand as one PROTEST, which protestTarget aims at
// the party the demand names.
func protestsFor(t *tree, pr pred, preds []pred) bool {
	if pr.fr == nil || pr.fr.cat != "DEMAND" || pr.light >= 0 || !t.rel(pr.at, "advcl") && !t.rel(pr.at, "xcomp") {
		return false
	}
	if t.w[pr.at].xpos != "VBG" && t.kidLemma(pr.at, "mark", "to") < 0 {
		return false
	}
	h := t.w[pr.at].head
	return slices.ContainsFunc(preds, func(q pred) bool {
		return q.fr != nil && q.fr.cat == "PROTEST" && (q.at == h || q.light == h)
	})
}

// licenceNouns are what one has or is given to do something, which says nothing of its
// being done: "the right to attack", "the authority to bomb", "permission to land".
var licenceNouns = map[string]bool{"right": true, "authority": true, "permission": true, "power": true, "freedom": true,
	"mandate": true, "license": true, "licence": true, "go-ahead": true, "ability": true, "capacity": true, "option": true}
