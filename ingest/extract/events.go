package extract

import (
	"strings"

	"github.com/relgraph/relgraph/ingest/timex"
)

// found is one trigger in a sentence.
type found struct {
	at, end int // trigger tokens [at, end)
	def     trigDef
	past    bool
	ing     bool
	objFrom int // first token after the trigger phrase
}

// evState is an event while the document is processed.
type evState struct {
	Event
	srcIDs   []string
	discuss  bool
	dated    bool // the date comes from the sentence, not the article
	headline bool // found in a headline, which the story usually repeats
	absorbed bool
	sent     int
}

// actorLike reports whether a mention can act or be acted on.
func (m *mention) actorLike() bool {
	if m.Kind != kindName {
		return m.ID != "" || len(m.IDs) > 0 || m.Gov != ""
	}
	switch m.Type {
	case "person", "country", "nationality", "organization", "city", "other":
		return true
	}
	return false
}

// refs returns the references of a mention: a group gives one per member.
func (d *doc) refs(m *mention, actor bool) []Ref {
	if m.Kind == kindGroup {
		var out []Ref
		for _, id := range m.IDs {
			out = append(out, Ref{Text: d.nameOf(id, m.Text), ID: id})
		}
		if len(out) == 0 {
			out = append(out, Ref{Text: m.Text})
		}
		return out
	}
	text := m.Text
	id := m.ID
	if m.Kind == kindPronoun && id != "" {
		text = d.nameOf(id, text) // "He" acts as the person it stands for
	}
	if actor && m.Gov != "" {
		id = m.Gov // "the Kremlin said", "Tehran rejected": the government of the country
		if e := d.x.lex.countries[id]; e != nil {
			d.entity(id, e.Name, "country", "")
		}
	}
	if actor && (m.Type == "nationality" || m.Type == "other") {
		// "Hungarian officials", "Western states": the noun phrase the adjective heads.
		end := m.To
		for k := m.To; k < len(d.toks) && k < m.To+3 && d.toks[k].Word && !d.toks[k].Cap && !nonNames[d.toks[k].Lower] && !prepositions[d.toks[k].Lower] && !isTriggerWord(d, k); k++ {
			if w := d.toks[k].Lower; strings.HasSuffix(w, "s") || groupNouns[w] || w == "army" || w == "government" || w == "police" || w == "parliament" || w == "intelligence" {
				end = k + 1
			}
		}
		if end > m.To {
			text = d.text[m.Start:d.toks[end-1].End]
		}
	}
	return []Ref{{Text: text, ID: id}}
}

// verbTrigger reports a trigger word read as a verb: not after a determiner, and not the
// base form of a word that is mostly a noun ("aid", "support").
func (d *doc) verbTrigger(k int) bool {
	if k > 0 && determiners[d.toks[k-1].Lower] {
		return false
	}
	if fds, ok := d.x.single[d.toks[k].Lower]; ok {
		return !(fds[0].base && fds[0].def.noBase)
	}
	for _, fd := range d.x.multi[d.toks[k].Lower] {
		if fd.def.particle != "" && k+1 < len(d.toks) && d.toks[k+1].Lower == fd.def.particle {
			return true
		}
	}
	return speechVerbs[d.toks[k].Lower]
}

// nameOf returns an entity's canonical name, or def.
func (d *doc) nameOf(id, def string) string {
	if e := d.ents[id]; e != nil && e.name != "" {
		return e.name
	}
	return def
}

func isTriggerWord(d *doc, k int) bool {
	_, ok := d.x.single[d.toks[k].Lower]
	if !ok {
		_, ok = d.x.multi[d.toks[k].Lower]
	}
	return ok || speechVerbs[d.toks[k].Lower]
}

// sentenceEvents finds the events of sentence si. ms are its mentions (indices into d.ms).
func (d *doc) sentenceEvents(si int, ms []int, times []timex.Expr, artDate timex.Date, out []*evState) []*evState {
	s := d.sents[si]
	var fs []found
	for i := s.From; i < s.To; i++ {
		t := d.toks[i]
		if !t.Word {
			continue
		}
		if f, ok := d.triggerAt(i, s); ok {
			fs = append(fs, f)
			i = f.end - 1
		}
	}
	// Modifiers (the "Russian" of "Russian President Vladimir Putin") act for nobody.
	modifier := map[int]bool{}
	for k, mi := range ms {
		m := &d.ms[mi]
		if k+1 < len(ms) && (m.Type == "nationality" || m.Type == "country") {
			n := &d.ms[ms[k+1]]
			if n.Type == "person" && n.From-m.To <= 4 && n.title != "" && d.onlyTitleBetween(m.To, n.From) {
				modifier[mi] = true
			}
		}
	}
	d.markReporters(s, ms)
	var evs []*evState
	for fi, f := range fs {
		// An infinitive complement belongs to the trigger before it ("agreed to maintain
		// contact to coordinate", "urged Putin to support").
		if fi > 0 && d.complement(fs[fi-1], f) {
			// "threatened to ban X": X is the target of the threat.
			if len(evs) > 0 && len(evs[len(evs)-1].Target) == 0 && evs[len(evs)-1].sent == si {
				prev := evs[len(evs)-1]
				tg := d.groupAfter(ms, f.objFrom, s, modifier)
				if len(tg) == 0 {
					tg = d.placeAfter(ms, f.objFrom, s)
				}
				for _, mi := range tg {
					if !hasRef(prev.Source, d.ms[mi].ID) {
						prev.Target = append(prev.Target, d.refs(&d.ms[mi], true)...)
					}
				}
				if prev.Type == "AGREE" || prev.Type == "THREATEN" || prev.Type == "REJECT" {
					fs[fi].def = fs[fi-1].def // a chain "agreed to ... to" stays one event
				}
			}
			continue
		}
		ev := &evState{sent: si, headline: d.headline(s)}
		ev.Type = f.def.cat
		ev.Trigger = d.text[d.toks[f.at].Start:d.toks[f.end-1].End]
		ev.Mode = f.def.mode
		ev.Relation = f.def.rel
		ev.Symmetric = f.def.sym
		ev.discuss = f.def.kind == tkDiscuss
		ev.Sentence = d.text[s.Start:s.End]
		ev.Start, ev.End = s.Start, s.End
		passive := f.past && d.passiveAt(f.at, s.From) && !(f.end < s.To && d.toks[f.end].Lower == "to")
		var inherited *evState
		src, tgt := -1, -1
		var srcMs, tgtMs []int
		if f.def.kind == tkMust {
			tgtMs = d.groupBefore(ms, f.at, s, modifier)
			if len(tgtMs) == 0 || d.ms[tgtMs[len(tgtMs)-1]].To < f.at-3 {
				continue
			}
			for k, mi := range ms {
				m := &d.ms[mi]
				if m.To <= d.ms[tgtMs[0]].From && m.actorLike() && !modifier[mi] && !m.inner {
					srcMs = d.extendBack(ms, k, modifier)
					break
				}
			}
			if len(srcMs) == 0 {
				continue
			}
		} else if passive {
			tgtMs = d.groupBefore(ms, f.at, s, modifier)
			if b := d.byAgent(ms, f.end, s); len(b) > 0 {
				srcMs = b
			}
		} else {
			srcMs = d.groupBefore(ms, f.at, s, modifier)
			if f.ing && f.at > 0 && d.toks[f.at-1].Text == "," && len(evs) > 0 && evs[len(evs)-1].sent == si && hostile[evs[len(evs)-1].Type] {
				continue // "..., killing 12": the outcome of the attack just reported
			}
			if len(evs) > 0 && evs[len(evs)-1].sent == si && d.conditionBefore(fs[fi-1].end, f.at) {
				continue // "unless Baghdad accepted": the condition of the event before, not an event
			}
			if fi > 0 && len(evs) > 0 && d.sharesSubject(fs[fi-1], f, srcMs) {
				srcMs = nil
				prev := evs[len(evs)-1]
				ev.Source = append(ev.Source, prev.Source...)
				inherited = prev
			}
			if !ev.discuss && !f.def.noTarget {
				from := f.objFrom
				if from < s.To && d.toks[from].Lower == "that" {
					from++ // "demanded that the US cancel": the subject of the clause
				}
				tgtMs = d.groupAfter(ms, from, s, modifier)
				if len(tgtMs) > 0 && f.def.needObj && f.def.cat == "AID" && d.ms[tgtMs[0]].From > from+2 {
					tgtMs = nil // "gave the Ivory Coast 5 million dollars", not "giving a speech ... in X"
				}
				if len(tgtMs) == 0 && f.def.cat == "AID" {
					tgtMs = d.recipientAfter(ms, f.objFrom, s) // "provide food aid to refugees in Liberia"
				}
				if len(tgtMs) == 0 && len(srcMs) > 0 && (f.def.cat == "PROTEST" || f.def.cat == "COERCE" || f.def.cat == "ASSAULT" || f.def.cat == "RETREAT" || f.def.cat == "CONCEDE") {
					tgtMs = d.placeAfter(ms, f.objFrom, s) // "demonstrated in Serbia"
				}
				for k := from; len(tgtMs) == 0 && k < from+4 && k+1 < s.To; k++ {
					if d.toks[k].Lower == "to" && d.toks[k+1].Word && !d.toks[k+1].Cap {
						from = k // "threatened on Monday to break relations with Russia"
						break
					}
					if d.toks[k].Text == "," || clauseBreaks[d.toks[k].Lower] {
						break
					}
				}
				if len(tgtMs) == 0 && from+1 < s.To && d.toks[from].Lower == "to" && d.toks[from+1].Word {
					// "threatened to break relations with Russia", "to institute a curfew in Algiers"
					tgtMs = d.groupAfter(ms, from+2, s, modifier)
					if len(tgtMs) == 0 {
						tgtMs = d.placeAfter(ms, from+2, s)
					}
				}
			} else if ev.discuss && f.objFrom < s.To && d.toks[f.objFrom].Lower == "with" {
				tgtMs = d.groupAfter(ms, f.objFrom+1, s, modifier)
			}
		}
		if f.def.needObj && len(tgtMs) == 0 {
			continue
		}
		for _, mi := range srcMs {
			ev.Source = append(ev.Source, d.refs(&d.ms[mi], true)...)
			src = mi
		}
		for _, mi := range tgtMs {
			ev.Target = append(ev.Target, d.refs(&d.ms[mi], true)...)
			tgt = mi
		}
		_ = src
		_ = tgt
		// Topics: what else the clause after the trigger names.
		seen := map[string]bool{}
		for _, r := range append(append([]Ref(nil), ev.Source...), ev.Target...) {
			seen[r.ID] = true
		}
		for _, mi := range ms {
			m := &d.ms[mi]
			if m.From < f.end || m.reporter || m.inner || modifier[mi] || m.Kind == kindPronoun || m.ID == "" || seen[m.ID] || m.Gov != "" && seen[m.Gov] {
				continue
			}
			if m.Type == "person" && !ev.discuss {
				continue
			}
			seen[m.ID] = true
			ev.Topics = append(ev.Topics, Ref{Text: m.Text, ID: m.ID})
		}
		// Reporters of the sentence.
		for _, mi := range ms {
			m := &d.ms[mi]
			if m.reporter && !containsMention(srcMs, mi) && !hasRef(ev.Source, m.ID) && !hasRef(ev.Reporter, m.ID) {
				ev.Reporter = append(ev.Reporter, Ref{Text: m.Text, ID: m.ID})
			}
		}
		if (ev.Type == "ASSAULT" || ev.Type == "FIGHT") && d.hasScore(s) {
			continue // "beat Norway 1-0": a match, not an attack
		}
		ev.Negated = d.negatedAt(f.at, s.From)
		ev.Future = d.futureAt(f.at, s.From) || inherited != nil && inherited.Future && !f.past
		if !ev.Future && d.headline(s) && f.at > s.From && d.toks[f.at-1].Lower == "to" && len(srcMs) > 0 && d.ms[srcMs[len(srcMs)-1]].To == f.at-1 {
			ev.Future = true // headline "Modi to visit Washington"
		}
		ev.Date, ev.dated = eventDate(times, s, d.toks[f.at].Start, artDate, ev.Future)
		d.recodePromise(ev, f, s)
		if ev.Type == "ASSAULT" && armedForces(ev.Source) {
			ev.Type, ev.Relation = "FIGHT", "fought" // armed forces against armed forces or positions
		}
		for _, r := range ev.Source {
			if r.ID != "" {
				ev.srcIDs = append(ev.srcIDs, r.ID)
			}
		}
		if ev.discuss && len(ev.Source) < 2 && len(ev.Target) == 0 {
			// "addressed", "spoke": a discussion needs two sides.
			continue
		}
		if len(ev.Source) == 0 && len(ev.Target) == 0 {
			continue
		}
		if ev.Type == "CONSULT" && ev.Symmetric && len(ev.Source)+len(ev.Target) < 2 {
			continue // "the Council will meet": a meeting of one side relates nobody
		}
		evs = append(evs, ev)
	}
	evs = append(evs, d.impliedEvents(si, s, times, evs, out)...)
	return append(out, evs...)
}

func containsMention(ms []int, mi int) bool {
	for _, x := range ms {
		if x == mi {
			return true
		}
	}
	return false
}

// triggerAt matches a trigger at token i.
func (d *doc) triggerAt(i int, s sentence) (found, bool) {
	t := d.toks[i]
	w := t.Lower
	prevDet := i > s.From && determiners[d.toks[i-1].Lower]
	// "held a phone conversation", "held talks".
	if w == "held" || w == "hold" || w == "holds" || w == "holding" || w == "had" {
		for k := i + 1; k < s.To && k <= i+7; k++ {
			if mode, ok := contactNouns[d.toks[k].Lower]; ok {
				def := trigDef{cat: "CONSULT", rel: "met", mode: mode, sym: true, kind: tkContact}
				if mode == "phone" || d.hasWord(i, k, "phone") || d.hasWord(i, k, "telephone") {
					def.mode, def.rel = "phone", "called"
				}
				if mode == "" {
					def.rel = ""
				}
				return found{at: i, end: k + 1, def: def, past: w == "held", objFrom: k + 1}, true
			}
			if d.toks[k].Punct && d.toks[k].Text != "\"" && d.toks[k].Text != "“" && d.toks[k].Text != "”" {
				break
			}
		}
	}
	// "spoke by phone with X".
	if w == "spoke" || w == "speak" || w == "speaks" || w == "spoken" || w == "talked" || w == "talk" || w == "talks" || w == "speaking" {
		k := i + 1
		for k < s.To && k <= i+3 && (d.toks[k].Lower == "by" || d.toks[k].Lower == "on" || d.toks[k].Lower == "the" || d.toks[k].Lower == "over") {
			k++
		}
		if k > i+1 && k < s.To && (d.toks[k].Lower == "phone" || d.toks[k].Lower == "telephone") {
			end := k + 1
			obj := end
			return found{at: i, end: end, def: trigDef{cat: "CONSULT", rel: "called", mode: "phone", sym: true, kind: tkContact}, past: w == "spoke" || w == "talked", objFrom: obj}, true
		}
	}
	// "X said Y must return": a demand on Y by whoever says so.
	if w == "must" && i > s.From {
		return found{at: i, end: i + 1, def: trigDef{cat: "DEMAND", rel: "urged", kind: tkMust}, objFrom: i + 1}, true
	}
	// "lodged a protest with X": disapproval; "launched an investigation into X".
	if w == "lodged" || w == "lodge" || w == "filed" || w == "launched" || w == "opened" || w == "ordered" || w == "began" || w == "started" {
		for k := i + 1; k < s.To && k <= i+4; k++ {
			switch d.toks[k].Lower {
			case "protest", "complaint", "complaints":
				if w == "lodged" || w == "lodge" || w == "filed" {
					return found{at: i, end: k + 1, def: trigDef{cat: "DISAPPROVE", rel: "criticized"}, past: true, objFrom: k + 1}, true
				}
			case "investigation", "inquiry", "probe", "hearing", "investigations":
				return found{at: i, end: k + 1, def: trigDef{cat: "INVESTIGATE", rel: "investigated"}, past: true, objFrom: k + 1}, true
			}
		}
	}
	// "completed their withdrawal", "launched joint exercises", "shared evidence with".
	if w == "completed" || w == "began" || w == "started" || w == "announced" || w == "ordered" || w == "launched" || w == "held" || w == "staged" || w == "conducted" || w == "shared" || w == "share" || w == "shares" {
		for k := i + 1; k < s.To && k <= i+5; k++ {
			switch d.toks[k].Lower {
			case "withdrawal", "pullout", "pull-out", "retreat":
				if w != "shared" && w != "share" && w != "shares" {
					return found{at: i, end: k + 1, def: trigDef{cat: "RETREAT", rel: "withdrew_from"}, past: true, objFrom: k + 1}, true
				}
			case "exercises", "games", "drills", "maneuvers", "manoeuvres", "patrols", "operation":
				if k > i+1 && (d.toks[k-1].Lower == "joint" || d.toks[k-1].Lower == "war" || d.toks[k-1].Lower == "naval" || d.toks[k-1].Lower == "military") {
					return found{at: i, end: k + 1, def: trigDef{cat: "COOPERATE", rel: "cooperated_with", sym: true}, past: true, objFrom: k + 1}, true
				}
			case "with":
				if w == "shared" || w == "share" || w == "shares" {
					return found{at: i, end: i + 1, def: trigDef{cat: "COOPERATE", rel: "cooperated_with"}, past: true, objFrom: k}, true
				}
			}
			if d.toks[k].Punct {
				break
			}
		}
	}
	// "imposed sanctions on X", "imposed a curfew in X", "mounted an invasion of X".
	if w == "imposed" || w == "impose" || w == "imposes" || w == "imposing" || w == "mounted" || w == "launched" || w == "launch" || w == "announced" || w == "began" {
		for k := i + 1; k < s.To && k <= i+5; k++ {
			switch d.toks[k].Lower {
			case "sanctions", "embargo", "ban", "suspension", "boycott":
				if w != "mounted" {
					return found{at: i, end: k + 1, def: trigDef{cat: "SANCTION", rel: "sanctioned"}, past: strings.HasSuffix(w, "ed"), objFrom: k + 1}, true
				}
			case "curfew", "blockade", "crackdown":
				return found{at: i, end: k + 1, def: trigDef{cat: "COERCE", rel: "coerced"}, past: strings.HasSuffix(w, "ed"), objFrom: k + 1}, true
			case "invasion", "offensive", "incursion":
				if w != "announced" && w != "imposed" {
					return found{at: i, end: k + 1, def: trigDef{cat: "FIGHT", rel: "fought"}, past: strings.HasSuffix(w, "ed"), objFrom: k + 1}, true
				}
			case "attack", "attacks", "assault", "raid", "raids", "strikes", "airstrikes":
				if w != "announced" && w != "imposed" {
					return found{at: i, end: k + 1, def: trigDef{cat: "ASSAULT", rel: "attacked"}, past: strings.HasSuffix(w, "ed"), objFrom: k + 1}, true
				}
			}
			if d.toks[k].Punct {
				break
			}
		}
	}
	// Protest actions named by a noun: "staged demonstrations", "began a hunger strike".
	if w == "staged" || w == "stage" || w == "began" || w == "begun" || w == "continued" || w == "continuing" || w == "launched" || w == "held" {
		for k := i + 1; k < s.To && k <= i+4; k++ {
			switch d.toks[k].Lower {
			case "demonstration", "demonstrations", "protest", "protests", "strike", "strikes", "rally", "rallies", "march", "sit-in", "walkout":
				return found{at: i, end: k + 1, def: trigDef{cat: "PROTEST", rel: "protested_against"}, past: true, objFrom: k + 1}, true
			}
		}
	}
	// "talks with X" as a noun.
	if w == "talks" && i+1 < s.To && d.toks[i+1].Lower == "with" && prevDet {
		return found{at: i, end: i + 2, def: trigDef{cat: "CONSULT", rel: "met", mode: "meeting", sym: true}, objFrom: i + 2}, true
	}
	// "stressed the importance of" / "the need for".
	if emphasisVerbs[w] {
		k := i + 1
		if k < s.To && d.toks[k].Lower == "also" {
			k++
		}
		if k < s.To && d.toks[k].Lower == "the" {
			k++
		}
		if k+1 < s.To && d.toks[k].Lower == "importance" && d.toks[k+1].Lower == "of" {
			return found{at: i, end: k + 2, def: trigDef{cat: "SUPPORT", rel: "supported"}, objFrom: k + 2}, true
		}
		if k+1 < s.To && d.toks[k].Lower == "need" && d.toks[k+1].Lower == "for" {
			return found{at: i, end: k + 2, def: trigDef{cat: "DEMAND", rel: "urged", needObj: true}, objFrom: k + 2}, true
		}
		return found{}, false
	}
	// "a direct consequence of the policies of X": blame.
	if w == "consequence" || w == "fault" {
		k := i + 1
		if k < s.To && d.toks[k].Lower == "of" {
			k++
			for k < s.To && k < i+5 && (d.toks[k].Lower == "the" || d.toks[k].Lower == "policies" || d.toks[k].Lower == "policy" || d.toks[k].Lower == "actions" || d.toks[k].Lower == "of") {
				k++
			}
			return found{at: i, end: i + 2, def: trigDef{cat: "DISAPPROVE", rel: "blamed"}, objFrom: k}, true
		}
	}
	// "failed to reach an agreement": a refusal; "failed to attract crowds" is not.
	if (w == "failed" || w == "fail" || w == "fails" || w == "failing") && i+2 < s.To && d.toks[i+1].Lower == "to" {
		switch d.toks[i+2].Lower {
		case "reach", "agree", "approve", "accept", "ratify", "endorse", "comply", "honour", "honor", "implement", "resolve":
			return found{at: i, end: i + 2, def: trigDef{cat: "REJECT", rel: ""}, past: w == "failed", objFrom: i + 2}, true
		}
		return found{}, false
	}
	if w == "released" || w == "release" || w == "releases" || w == "releasing" || w == "freed" || w == "free" {
		// Releasing prisoners concedes; releasing a statement or figures does not.
		people := false
		for k := i + 1; k < s.To && k <= i+6; k++ {
			switch strings.TrimSuffix(d.toks[k].Lower, "s") {
			case "prisoner", "hostage", "detainee", "captive", "soldier", "journalist", "activist", "dissident", "opposition", "him", "her", "them", "worker", "sailor", "pilot", "citizen", "national", "leader", "suspect", "people":
				people = true
			}
			if d.toks[k].Cap && d.toks[k].Word {
				people = true
			}
		}
		if !people {
			return found{}, false
		}
	}
	// "fired four shells at targets in Jericho": firing at something, not firing someone.
	if w == "fired" || w == "fire" || w == "fires" || w == "firing" {
		for k := i + 1; k < s.To && k <= i+6; k++ {
			if l := d.toks[k].Lower; l == "at" || l == "on" || l == "into" || l == "upon" {
				if k == i+1 || !(i > s.From && determiners[d.toks[i-1].Lower]) {
					return found{at: i, end: i + 1, def: trigDef{cat: "ASSAULT", rel: "attacked"}, past: w == "fired", objFrom: k + 1}, true
				}
			}
			if d.toks[k].Punct {
				break
			}
		}
	}
	if w == "accepted" || w == "accept" || w == "accepts" || w == "accepting" {
		for k := i + 1; k < s.To && k <= i+3; k++ {
			switch d.toks[k].Lower {
			case "demands", "demand", "conditions", "terms", "ultimatum":
				return found{at: i, end: i + 1, def: trigDef{cat: "CONCEDE", rel: "conceded_to"}, past: w == "accepted", objFrom: k + 1}, true
			}
		}
	}
	if (w == "given" || w == "giving") && i+1 < s.To && d.toks[i+1].Lower == "that" {
		return found{}, false // "given that": a conjunction
	}
	if fds, ok := d.x.multi[w]; ok && i+1 < s.To {
		for _, fd := range fds {
			if fd.def.particle != "" && d.toks[i+1].Lower == fd.def.particle {
				return found{at: i, end: i + 2, def: fd.def, past: fd.past, ing: fd.ing, objFrom: i + 2}, true
			}
			if fd.def.particle == "" && !prevDet {
				return found{at: i, end: i + 1, def: fd.def, past: fd.past, ing: fd.ing, objFrom: i + 1}, true
			}
		}
	}
	fds, ok := d.x.single[w]
	if !ok {
		return found{}, false
	}
	fd := fds[0]
	for _, x := range fds {
		if !x.base {
			fd = x // "beat" is also a past form
			break
		}
	}
	if prevDet || (t.Cap && i > s.From && !s.Upper) {
		return found{}, false
	}
	if fd.base && fd.def.noBase && !(i > s.From && (d.toks[i-1].Lower == "to" || d.toks[i-1].Lower == "will" || d.toks[i-1].Lower == "not" || d.toks[i-1].Lower == "would" || d.toks[i-1].Lower == "t")) {
		// "support", "attack": nouns unless a verb context says otherwise, or a headline.
		if !d.headline(s) {
			return found{}, false
		}
	}
	// "shipping attacks": a plural noun, not a verb, after a lower-case word.
	if !fd.past && !fd.ing && !fd.base && strings.HasSuffix(w, "s") && i > s.From {
		p := d.toks[i-1]
		if p.Word && !p.Cap && !adverbs[p.Lower] {
			return found{}, false
		}
	}
	// A noun after an adjective-like word ("nuclear attack") or before "of".
	if i+1 < s.To && d.toks[i+1].Lower == "of" && !fd.past {
		return found{}, false
	}
	if fd.ing && i > s.From {
		p := d.toks[i-1]
		if prepositions[p.Lower] || p.Word && !p.Cap && strings.HasSuffix(p.Lower, "s") && !adverbs[p.Lower] && !auxiliaries[p.Lower] {
			return found{}, false // "of blowing up", "rebels fighting": a gerund or a modifier
		}
	}
	return found{at: i, end: i + 1, def: fd.def, past: fd.past, ing: fd.ing, objFrom: i + 1}, true
}

// armedForces reports a source that is a military force ("Israeli tanks").
func armedForces(rs []Ref) bool {
	for _, r := range rs {
		for _, w := range strings.Fields(strings.ToLower(r.Text)) {
			switch w {
			case "army", "troops", "forces", "tanks", "helicopters", "warplanes", "jets", "artillery", "navy", "military", "gunboats", "aircraft", "predator":
				return true
			}
		}
	}
	return false
}

// cooperative and hostile categories, for promises and threats.
var cooperative = map[string]bool{"SUPPORT": true, "AID": true, "CONCEDE": true, "RETREAT": true, "COOPERATE": true}
var hostile = map[string]bool{"SANCTION": true, "COERCE": true, "ASSAULT": true, "FIGHT": true, "PROTEST": true, "MOBILIZE": true}

// recodePromise codes what an actor says it will do as PLOVER does: a promise to help is
// AGREE, a conditional or announced harm is THREATEN. The event stays marked Future.
func (d *doc) recodePromise(ev *evState, f found, s sentence) {
	if ev.Negated && ev.Type == "AGREE" {
		ev.Type, ev.Relation, ev.Symmetric, ev.Negated = "REJECT", "rejected", false, false // "will not accept"
		return
	}
	if !ev.Future || ev.Negated {
		return
	}
	conditional := false
	for k := f.end; k < s.To; k++ {
		if w := d.toks[k].Lower; w == "unless" || w == "if" {
			conditional = true
		}
	}
	switch {
	case conditional && (hostile[ev.Type] || ev.Type == "RETREAT" || ev.Type == "REJECT"):
		ev.Type, ev.Relation = "THREATEN", "threatened"
	case cooperative[ev.Type]:
		ev.Type, ev.Relation, ev.Symmetric = "AGREE", "", false
	case hostile[ev.Type]:
		ev.Type, ev.Relation = "THREATEN", "threatened"
	}
}

// onlyTitleBetween reports whether tokens [a, b) are an office and a possessive: the
// "'s President" of "France's President Emmanuel Macron".
func (d *doc) onlyTitleBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if !(t.Cap && t.Word || t.Text == "'" || t.Text == "’" || t.Lower == "s" || t.Text == "-") {
			return false
		}
	}
	return true
}

// headline reports whether a sentence is a headline: no final punctuation.
func (d *doc) headline(s sentence) bool {
	if s.Cut {
		return false // a piece of an overlong sentence (tokenize), not a line of its own
	}
	last := d.toks[s.To-1]
	return !(last.Punct && (last.Text == "." || last.Text == "\"" || last.Text == "”" || last.Text == "?" || last.Text == "!"))
}

// complement reports whether trigger f is an infinitive or gerund complement of prev.
func (d *doc) complement(prev, f found) bool {
	if f.at-prev.end > 20 {
		return false
	}
	for k := prev.end; k < f.at; k++ {
		if d.toks[k].Text == ";" || d.toks[k].Lower == "but" || d.toks[k].Lower == "while" {
			return false
		}
	}
	for k := f.at - 1; k >= f.at-2 && k >= prev.at; k-- {
		switch d.toks[k].Lower {
		case "to", "must":
			return true
		case "continue", "keep", "stop":
			continue
		}
	}
	return false
}

// sharesSubject reports whether trigger f continues the subject of prev: a participle after
// a comma ("..., calling for") or a verb after "and" with no subject of its own.
func (d *doc) sharesSubject(prev, f found, src []int) bool {
	if f.at < 1 {
		return false
	}
	k := f.at - 1
	for k > 0 && (futureWords[d.toks[k].Lower] || d.toks[k].Lower == "also" || d.toks[k].Lower == "then" || d.toks[k].Lower == "later" || d.toks[k].Lower == "to") {
		k--
	}
	p := d.toks[k].Lower
	if f.ing && p == "," {
		return true
	}
	if p == "and" || p == "," {
		// The subject found lies inside prev's object: the verb has none of its own.
		for _, mi := range src {
			if d.ms[mi].From >= prev.end {
				return true
			}
		}
		return len(src) == 0
	}
	return false
}

// hasScore reports a sports score ("1-0", "6-3") in the sentence.
func (d *doc) hasScore(s sentence) bool {
	for k := s.From; k < s.To; k++ {
		t := d.toks[k].Text
		if h := strings.IndexByte(t, '-'); h > 0 && h < len(t)-1 && isDigitByte(t[0]) && isDigitByte(t[h+1]) && len(t) <= 7 {
			return true
		}
	}
	return false
}

// conditionBefore reports an "if" or "unless" between two triggers.
func (d *doc) conditionBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if w := d.toks[k].Lower; w == "unless" || w == "if" {
			return true
		}
	}
	return false
}

// passiveAt reports "was attacked": a form of be (or get) before a past participle.
func (d *doc) passiveAt(i, from int) bool {
	for k := i - 1; k >= from && k >= i-3; k-- {
		switch d.toks[k].Lower {
		case "was", "were", "been", "being", "is", "are", "be", "got", "get":
			return true
		case "not", "also", "reportedly", "allegedly", "later", "then", "reported", "said", "t":
			continue
		}
		return false
	}
	return false
}

func (d *doc) negatedAt(i, from int) bool {
	for k := i - 1; k >= from && k >= i-4; k-- {
		w := d.toks[k].Lower
		if negators[w] {
			if w == "t" && (k == 0 || d.toks[k-1].Text != "'" && d.toks[k-1].Text != "’") {
				continue
			}
			return true
		}
		if d.toks[k].Punct && w != "'" && w != "’" {
			return false
		}
	}
	return false
}

func (d *doc) futureAt(i, from int) bool {
	for k := i - 1; k >= from && k >= i-4; k-- {
		w := d.toks[k].Lower
		if futureWords[w] {
			return true
		}
		if d.toks[k].Punct && w != "'" && w != "’" {
			return false
		}
	}
	return false
}

// markReporters marks who a sentence attributes its content to: "..., the Kremlin said",
// "according to the Elysee Palace", "The Kremlin said (that) ...".
func (d *doc) markReporters(s sentence, ms []int) {
	for i := s.From; i < s.To; i++ {
		w := d.toks[i].Lower
		if w == "according" && i+1 < s.To && d.toks[i+1].Lower == "to" {
			for _, mi := range ms {
				m := &d.ms[mi]
				if m.From > i+1 && m.From <= i+4 {
					m.reporter = true
					break
				}
			}
			continue
		}
		if !speechVerbs[w] {
			continue
		}
		// The subject right before the verb ("the Kremlin said", "Putin told").
		for k := len(ms) - 1; k >= 0; k-- {
			m := &d.ms[ms[k]]
			if m.To <= i && i-m.To <= 2 {
				// "..., the statement noted" after an event: the speaker reports it. Only when
				// something else in the sentence acts.
				if d.otherActor(ms, ms[k]) {
					m.reporter = true
				}
				break
			}
			if m.To <= i {
				break
			}
		}
	}
}

func (d *doc) otherActor(ms []int, self int) bool {
	for _, mi := range ms {
		if mi != self && d.ms[mi].actorLike() && d.ms[mi].Type != "nationality" {
			return true
		}
	}
	return false
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "also": true, "been": true, "today": true, "yesterday": true,
	"reportedly": true, "then": true, "later": true, "could": true, "may": true, "might": true,
	"did": true, "does": true, "do": true, "not": true, "never": true, "bluntly": true, "again": true,
}

// groupBefore returns the coordinated mentions that are the subject of the trigger at token
// at: the nearest actor group before it, skipping an appositive ("Pakistan, a key U.S. ally,
// has refused"), objects of prepositions and reporters; failing that, a reporter ("Hungary
// said it will support") or the nearest name at all.
func (d *doc) groupBefore(ms []int, at int, s sentence, modifier map[int]bool) []int {
	// An appositive right before the verb: look before its opening comma.
	k := at - 1
	for k > s.From && auxiliaries[d.toks[k].Lower] {
		k--
	}
	if k > s.From && d.toks[k].Text == "," {
		for c := k - 1; c > s.From && c >= k-15; c-- {
			if d.toks[c].Text == "," {
				if g := d.groupEndingAt(ms, c, modifier); len(g) > 0 {
					return g
				}
				break
			}
		}
	}
	for pass := 0; pass < 3; pass++ {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &d.ms[ms[k]]
			if m.To > at || !m.actorLike() || modifier[ms[k]] || m.inner || m.Type == "other" && m.Kind == kindName && m.ID == "" && m.ev < evStrong {
				continue
			}
			switch pass {
			case 0:
				if m.reporter || d.objectPosition(m) && !d.possessiveSubject(m, at) {
					continue
				}
				if d.crossesClause(m.To, at) && !d.speakerOf(m.To, at) {
					return nil
				}
			case 1:
				if !m.reporter {
					continue
				}
			case 2:
				if p := d.toks[at-1]; p.Word && !p.Cap && strings.HasSuffix(p.Lower, "s") && !auxiliaries[p.Lower] && !adverbs[p.Lower] {
					return nil // "three soldiers wounded": the subject is a common noun
				}
				if m.From-s.From > 6 {
					continue // only the subject phrase: "Rebels in the Ivory Coast dismissed"
				}
			}
			return d.extendBack(ms, k, modifier)
		}
	}
	return nil
}

// groupEndingAt returns the group whose last mention ends right before token c.
func (d *doc) groupEndingAt(ms []int, c int, modifier map[int]bool) []int {
	for k := len(ms) - 1; k >= 0; k-- {
		m := &d.ms[ms[k]]
		if m.To == c && m.actorLike() && !modifier[ms[k]] && !m.inner && !m.reporter && !d.objectPosition(m) {
			return d.extendBack(ms, k, modifier)
		}
	}
	return nil
}

// possessiveSubject reports "Poland's parliament has demanded": a possessive name whose
// noun phrase runs up to the verb.
func (d *doc) possessiveSubject(m *mention, at int) bool {
	if m.To+1 >= len(d.toks) || d.toks[m.To+1].Lower != "s" || at-(m.To+2) > 4 {
		return false
	}
	for k := m.To + 2; k < at; k++ {
		t := d.toks[k]
		if !t.Word || prepositions[t.Lower] {
			return false
		}
	}
	return true
}

// extendBack adds the names coordinated before ms[k] ("Putin and Macron").
func (d *doc) extendBack(ms []int, k int, modifier map[int]bool) []int {
	g := []int{ms[k]}
	first := &d.ms[ms[k]]
	for k--; k >= 0; k-- {
		m := &d.ms[ms[k]]
		if modifier[ms[k]] && m.To <= first.From && first.From-m.To <= 3 {
			first = m // "and French President Emmanuel Macron": coordination starts before "French"
			continue
		}
		if modifier[ms[k]] || !m.actorLike() || m.reporter || m.inner {
			continue
		}
		if !d.coordinated(m.To, first.From) {
			break
		}
		g = append(g, ms[k])
		first = m
	}
	// Keep text order.
	for a, b := 0, len(g)-1; a < b; a, b = a+1, b-1 {
		g[a], g[b] = g[b], g[a]
	}
	return g
}

// objectPosition reports a mention that cannot be a subject: after a preposition ("support
// for Ukraine") or a possessive ("the UK's support").
func (d *doc) objectPosition(m *mention) bool {
	if m.From > 0 && prepositions[d.toks[m.From-1].Lower] {
		return true
	}
	if m.To+1 < len(d.toks) && (d.toks[m.To].Text == "'" || d.toks[m.To].Text == "’") && d.toks[m.To+1].Lower == "s" {
		return true
	}
	return false
}

// speakerOf reports "Putin reiterated that ...": the name before [from, to) said what
// follows, and no other clause starts in between.
func (d *doc) speakerOf(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.toks[k].Lower
		if w == "that" && k > from && (speechVerbs[d.toks[k-1].Lower] || emphasisVerbs[d.toks[k-1].Lower]) {
			return !d.crossesClause(k+1, to)
		}
	}
	return false
}

// crossesClause reports a clause boundary between a subject and its verb.
func (d *doc) crossesClause(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.toks[k].Lower
		if w == ";" || w == "that" || w == "which" || w == "who" || w == "but" || w == "whom" || w == ":" {
			return true
		}
	}
	return false
}

// coordinated reports whether tokens [from, to) join two names: "and", ",", "as well as",
// titles and modifiers of the next name.
func (d *doc) coordinated(from, to int) bool {
	if to-from > 8 || to <= from {
		return false
	}
	sawJoin := false
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.Lower == "and" || t.Text == "," || t.Lower == "both" || t.Lower == "&":
			sawJoin = true
		case t.Cap && titleish(t.Text):
		case t.Text == "'" || t.Text == "’" || t.Text == "s":
		default:
			return false
		}
	}
	return sawJoin
}

func titleish(w string) bool {
	_, ok := titles[w]
	return ok
}

// groupAfter returns the coordinated mentions that are the object of a trigger.
func (d *doc) groupAfter(ms []int, from int, s sentence, modifier map[int]bool) []int {
	var g []int
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.From < from || modifier[mi] || m.reporter || m.inner || !m.actorLike() && m.Type != "location" {
			continue
		}
		if len(g) == 0 {
			if m.From-from > 8 || d.objectBreak(from, m.From) {
				return nil
			}
			if m.From > 0 && placePreps[d.toks[m.From-1].Lower] && m.Type != "person" {
				return nil // "met in Beijing": a place, not a party
			}
			g = append(g, mi)
			continue
		}
		last := &d.ms[g[len(g)-1]]
		if !d.coordinated(last.To, m.From) {
			break
		}
		g = append(g, mi)
	}
	return g
}

func (d *doc) objectBreak(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if clauseBreaks[t.Lower] || t.Text == "," || d.verbTrigger(k) {
			return true
		}
	}
	return false
}

// adverbs that may stand between a subject and its verb.
var adverbs = map[string]bool{
	"also": true, "still": true, "now": true, "again": true, "often": true, "never": true,
	"reportedly": true, "allegedly": true, "repeatedly": true, "strongly": true, "formally": true,
	"publicly": true, "officially": true, "jointly": true, "later": true, "then": true, "who": true,
	"that": true, "which": true, "and": true, "or": true, "it": true, "he": true, "she": true, "they": true,
	"firmly": true, "sharply": true, "openly": true, "further": true, "already": true, "once": true,
}

// placePreps introduce where something happened.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "during": true, "outside": true, "inside": true}

// prepositions before a name make it an object, never a subject.
var prepositions = map[string]bool{
	"in": true, "at": true, "near": true, "during": true, "for": true, "of": true, "to": true,
	"with": true, "on": true, "against": true, "from": true, "by": true, "over": true, "about": true,
	"into": true, "between": true, "among": true, "toward": true, "towards": true, "under": true,
	"including": true, "like": true, "than": true, "across": true, "through": true, "via": true,
}

// placeAfter returns a place named right after a trigger ("in Kirkuk").
func (d *doc) placeAfter(ms []int, from int, s sentence) []int {
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.From < from || m.inner {
			continue
		}
		if m.From-from <= 6 && m.From > 0 && placePreps[d.toks[m.From-1].Lower] && !d.objectBreak(from, m.From-1) {
			return []int{mi}
		}
		break
	}
	return nil
}

// recipientAfter finds who receives: the first name after "to" within the clause.
func (d *doc) recipientAfter(ms []int, from int, s sentence) []int {
	to := -1
	for k := from; k < s.To && k < from+12; k++ {
		if d.toks[k].Lower == "to" {
			to = k
			break
		}
		if d.toks[k].Text == "," || clauseBreaks[d.toks[k].Lower] {
			return nil
		}
	}
	if to < 0 {
		return nil
	}
	for _, mi := range ms {
		m := &d.ms[mi]
		if m.From > to && m.From <= to+8 && m.actorLike() && !m.inner && !d.objectBreak(to+1, m.From) {
			return []int{mi}
		}
	}
	return nil
}

// byAgent finds "by X" after a passive trigger.
func (d *doc) byAgent(ms []int, from int, s sentence) []int {
	for k := from; k < s.To && k < from+4; k++ {
		if d.toks[k].Lower == "by" {
			return d.groupAfter(ms, k+1, s, nil)
		}
	}
	return nil
}

// eventDate is the date nearest the trigger in its sentence, else the article date for a
// report of something that happened.
func eventDate(times []timex.Expr, s sentence, at int, art timex.Date, future bool) (string, bool) {
	best, bestDist := "", -1
	for _, t := range times {
		if t.Start < s.Start || t.End > s.End || t.Since {
			continue
		}
		if t.Type != "" && t.Type != timex.TypeDate && t.Type != timex.TypeTime {
			continue
		}
		// The graph's <date> is a calendar date at its precision: a week gives its month,
		// a quarter its year; decades and vague references give none.
		d, ok := t.Date()
		if !ok {
			continue
		}
		dist := t.Start - at
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d.String(), dist
		}
	}
	if best != "" {
		return best, true
	}
	if future {
		return "", false
	}
	return art.String(), false
}

// impliedEvents finds an earlier contact the sentence implies: "their first call since
// 2022" means the same people were last in contact in 2022.
func (d *doc) impliedEvents(si int, s sentence, times []timex.Expr, evs, before []*evState) []*evState {
	var out []*evState
	for i := s.From; i < s.To; i++ {
		if d.toks[i].Lower != "first" {
			continue
		}
		mode, noun := "", -1
		for k := i + 1; k < s.To && k <= i+4; k++ {
			if m, ok := contactNouns[d.toks[k].Lower]; ok || d.toks[k].Lower == "contact" || d.toks[k].Lower == "visit" {
				mode, noun = m, k
				if d.toks[k].Lower == "visit" {
					mode = "visit"
				}
				if d.hasWord(i, k, "phone") {
					mode = "phone"
				}
			}
		}
		if noun < 0 || noun+1 >= s.To || d.toks[noun+1].Lower != "since" {
			continue
		}
		var since *timex.Expr
		for k := range times {
			if times[k].Start >= d.toks[noun+1].Start && times[k].Start <= d.toks[noun+1].End+12 && times[k].End <= s.End {
				since = &times[k]
				break
			}
		}
		end := d.toks[noun+1].End
		date := ""
		if since != nil {
			end, date = since.End, since.Value
		}
		// The same actors as the sentence's contact, else any of its events, else the last.
		var src []Ref
		for _, e := range evs {
			if e.Type == "CONSULT" && len(e.Source)+len(e.Target) >= 2 {
				src = append(append([]Ref(nil), e.Source...), e.Target...)
				break
			}
		}
		for k := len(before) - 1; k >= 0 && src == nil; k-- {
			if e := before[k]; e.Type == "CONSULT" && !e.Implied && len(e.Source)+len(e.Target) >= 2 {
				src = append(append([]Ref(nil), e.Source...), e.Target...)
			}
		}
		if src == nil {
			continue
		}
		ev := &evState{sent: si}
		ev.Type = "CONSULT"
		ev.Trigger = d.text[d.toks[i].Start:end]
		if mode == "phone" {
			ev.Mode = "phone"
		}
		ev.Relation = "contacted"
		ev.Symmetric = true
		ev.Implied = true
		ev.Source = src
		ev.Date = date
		ev.Sentence = d.text[s.Start:s.End]
		ev.Start, ev.End = s.Start, s.End
		out = append(out, ev)
	}
	return out
}

// mergeEvents folds each discussion into the contact it describes (the same actors,
// "the two presidents discussed ..." after "held a phone conversation"), and drops
// repeated implied contacts.
func mergeEvents(evs []*evState) []*evState {
	// Each rule below folds an event into the first earlier-or-later event of the same actors
	// that matches it. The first match for a key is looked up in a map, not searched for, so
	// an article of n events costs O(n) however many of them share actors.
	keys := make(map[*evState]string, len(evs))
	for _, e := range evs {
		keys[e] = actorKey(e)
	}
	var contact []*evState
	for _, e := range evs {
		if e.Type == "CONSULT" && !e.discuss && !e.Implied && !e.Negated && !e.Future && (e.Mode == "phone" || e.Mode == "meeting") {
			contact = append(contact, e)
		}
	}
	// The same contact reported twice (a headline, then the story): keep the dated report.
	datedContact := map[string]*evState{}
	for _, o := range contact {
		k := o.Mode + "\x00" + keys[o]
		if o.dated && datedContact[k] == nil {
			datedContact[k] = o
		}
	}
	for _, c := range contact {
		if c.dated {
			continue
		}
		if o := datedContact[c.Mode+"\x00"+keys[c]]; o != nil {
			for _, t := range c.Topics {
				if !hasRef(o.Topics, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			c.absorbed = true
		}
	}
	// A headline event the story reports again: keep the story's.
	storyKey := func(e *evState) string {
		flags := [2]byte{'-', '-'}
		if e.Negated {
			flags[0] = 'n'
		}
		if e.Future {
			flags[1] = 'f'
		}
		return e.Type + "\x00" + string(flags[:]) + "\x00" + keys[e]
	}
	story := map[string]*evState{}
	for _, o := range evs {
		if !o.headline && !o.absorbed && !o.Implied {
			if k := storyKey(o); story[k] == nil {
				story[k] = o
			}
		}
	}
	for _, h := range evs {
		if !h.headline || h.Implied || h.absorbed {
			continue
		}
		if o := story[storyKey(h)]; o != nil {
			for _, t := range h.Topics {
				if !hasRef(o.Topics, t.ID) && !hasRef(o.Source, t.ID) && !hasRef(o.Target, t.ID) {
					o.Topics = append(o.Topics, t)
				}
			}
			h.absorbed = true
		}
	}
	firstContact := map[string]*evState{}
	for _, c := range contact {
		if !c.absorbed && firstContact[keys[c]] == nil {
			firstContact[keys[c]] = c
		}
	}
	out := evs[:0]
	seenImplied := map[string]bool{}
	for _, e := range evs {
		if e.absorbed {
			continue
		}
		if e.Implied {
			k := keys[e] + "|" + e.Date
			if seenImplied[k] {
				continue
			}
			seenImplied[k] = true
		}
		if e.discuss && !e.Negated && !e.Future {
			if into := firstContact[keys[e]]; into != nil {
				for _, t := range e.Topics {
					if !hasRef(into.Topics, t.ID) && !hasRef(into.Source, t.ID) && !hasRef(into.Target, t.ID) {
						into.Topics = append(into.Topics, t)
					}
				}
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func hasRef(rs []Ref, id string) bool {
	for _, r := range rs {
		if r.ID == id && id != "" {
			return true
		}
	}
	return false
}

func actorKey(e *evState) string {
	var ids []string
	for _, r := range append(append([]Ref(nil), e.Source...), e.Target...) {
		if r.ID != "" && !containsStr(ids, r.ID) {
			ids = append(ids, r.ID)
		}
	}
	sortStrings(ids)
	return strings.Join(ids, ",")
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
