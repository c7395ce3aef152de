package extract

import (
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/relgraph/relgraph/graph/plover"
)

// The trigger lexicon (stage 1's data): lexicon/frames.txt, lexicon/light.txt,
// lexicon/speech.txt, lexicon/consequence.txt, lexicon/evaluation.txt and
// lexicon/sports.txt, whose headers give their formats.
//
//go:embed lexicon/frames.txt lexicon/light.txt lexicon/speech.txt lexicon/consequence.txt lexicon/sports.txt lexicon/regions.txt lexicon/evaluation.txt
var lexiconFiles embed.FS

// frame is one sense of a trigger: what selects it, where its target is, and how it is
// coded.
type frame struct {
	lemma    string
	noun     bool
	adj      bool   // a predicate adjective ("critical of"), read like a verb
	selects  []slot // all must be present
	targets  []slot // in order of preference
	cat      string // PLOVER category
	rel      string // direct edge verb, "" for none
	mode     string
	sym      bool
	discuss  bool
	need     bool
	noTarget bool
	light    bool
	line     int // line in frames.txt, for messages and tests
}

// slot is a dependent of a predicate: its kind and, for "prep", "prt" and "objlemma",
// the word(s).
type slot struct {
	kind  string // obj, oneobj, iobj, prep, prt, xcomp, ccomp, noccomp, objlemma, objnot, noobj, noxcomp
	words []string
}

// frameLexicon is the trigger lexicon, built once per process.
type frameLexicon struct {
	verbs, nouns map[string][]*frame // by lemma, in file order
	adjs         map[string][]*frame // predicate adjectives by lemma
	light        map[string]bool     // light verb lemmas -> reverse
	gathering    map[string]bool     // light verbs of taking part ("attend", "host"): only for contacts, protests and joint work
	growth       map[string]bool     // light verbs of growing ("strengthen", "boost"): only for contacts and joint work
	speech       map[string]bool     // speech verb lemmas
	verbForms    map[string]string   // surface forms of trigger verbs -> lemma
	nounForms    map[string]bool     // surface forms of trigger nouns
	nounOnly     map[string]bool     // forms of trigger nouns that no trigger or speech verb shares ("withdrawal")
	lightLemmas  map[string]string   // surface forms of light verbs ("held", "paid") -> lemma
	speechForms  map[string]bool     // surface forms of speech verbs
	consequence  map[string]bool     // lemmas that make a conditional statement a threat
	evaluation   map[string]string   // lemmas of worth -> SUPPORT or DISAPPROVE (lexicon/evaluation.txt)
	evalForms    map[string]bool     // their surface forms, for the quick sentence filter
	sports       map[string]bool     // words of sports reports, as written -> strong (see lexicon/sports.txt)
}

// loadFrames reads the embedded lexicon. A malformed line is an error naming the file and
// line: the lexicon is data, and a bad edit must not pass silently.
func loadFrames() (*frameLexicon, error) {
	lx := &frameLexicon{verbs: map[string][]*frame{}, nouns: map[string][]*frame{}, adjs: map[string][]*frame{}, light: map[string]bool{}, gathering: map[string]bool{}, growth: map[string]bool{}, speech: map[string]bool{},
		verbForms: map[string]string{}, nounForms: map[string]bool{}, speechForms: map[string]bool{}, consequence: map[string]bool{}, lightLemmas: map[string]string{}, sports: map[string]bool{}}
	if err := eachLine("lexicon/frames.txt", func(n int, f []string) error {
		if len(f) != 8 {
			return fmt.Errorf("want 8 fields (lemma pos select targets category relation mode flags), got %d", len(f))
		}
		lemmas := strings.Split(f[0], "/")
		fr := &frame{lemma: lemmas[0], line: n}
		switch f[1] {
		case "V":
		case "A":
			fr.adj = true
		case "N":
			fr.noun = true
		default:
			return fmt.Errorf("pos %q: want V, A or N", f[1])
		}
		var err error
		if fr.selects, err = parseSlots(f[2], "+"); err != nil {
			return err
		}
		if fr.targets, err = parseSlots(f[3], ","); err != nil {
			return err
		}
		if _, ok := plover.Lookup(f[4]); !ok || f[4] != strings.ToUpper(f[4]) {
			return fmt.Errorf("category %q is not a PLOVER category (%s)", f[4], strings.Join(plover.Names(), ", "))
		}
		fr.cat = f[4]
		fr.rel = dash(f[5])
		fr.mode = dash(f[6])
		if fr.mode != "" && !slices.Contains(Modes, fr.mode) {
			return fmt.Errorf("mode %q: want one of %s, or -", f[6], strings.Join(Modes, ", "))
		}
		if f[7] != "-" {
			for _, fl := range strings.Split(f[7], ",") {
				switch fl {
				case "sym":
					fr.sym = true
				case "discuss":
					fr.discuss = true
				case "need":
					fr.need = true
				case "notarget":
					fr.noTarget = true
				case "light":
					fr.light = true
				default:
					return fmt.Errorf("unknown flag %q (sym, discuss, need, notarget, light)", fl)
				}
			}
		}
		m := lx.verbs
		switch {
		case fr.noun:
			m = lx.nouns
		case fr.adj:
			m = lx.adjs
		}
		m[fr.lemma] = append(m[fr.lemma], fr)
		if fr.noun || fr.adj {
			lx.addForms(lemmas, true, lx.nounForms)
		} else {
			vf := map[string]bool{}
			lx.addForms(lemmas, false, vf)
			for f := range vf {
				if _, ok := lx.verbForms[f]; !ok {
					lx.verbForms[f] = fr.lemma
				}
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/light.txt", func(n int, f []string) error {
		if len(f) != 2 || f[1] != "-" && f[1] != "reverse" && f[1] != "gathering" && f[1] != "growth" {
			return fmt.Errorf("want: lemma[/forms] and -, reverse, gathering or growth")
		}
		lemmas := strings.Split(f[0], "/")
		lx.light[lemmas[0]] = f[1] == "reverse"
		lx.gathering[lemmas[0]] = f[1] == "gathering"
		lx.growth[lemmas[0]] = f[1] == "growth"
		forms := map[string]bool{}
		lx.addForms(lemmas, false, forms)
		for f := range forms {
			if _, ok := lx.lightLemmas[f]; !ok {
				lx.lightLemmas[f] = lemmas[0]
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/speech.txt", func(n int, f []string) error {
		if len(f) != 1 {
			return fmt.Errorf("want one lemma[/forms] a line")
		}
		lemmas := strings.Split(f[0], "/")
		lx.speech[lemmas[0]] = true
		lx.addForms(lemmas, false, lx.speechForms)
		return nil
	}); err != nil {
		return nil, err
	}
	lx.nounOnly = map[string]bool{}
	for l, frs := range lx.nouns {
		forms := map[string]bool{}
		lx.addForms([]string{l}, true, forms)
		for f := range forms {
			if _, verb := lx.verbForms[f]; !verb && !lx.speechForms[f] && lx.adjs[f] == nil && frs != nil {
				lx.nounOnly[f] = true
			}
		}
	}
	if err := eachLine("lexicon/sports.txt", func(n int, f []string) error {
		if len(f) != 2 || f[1] != "strong" && f[1] != "weak" {
			return fmt.Errorf("want a word and strong or weak")
		}
		lx.sports[f[0]] = f[1] == "strong"
		return nil
	}); err != nil {
		return nil, err
	}
	lx.evaluation, lx.evalForms = map[string]string{}, map[string]bool{}
	if err := eachLine("lexicon/evaluation.txt", func(n int, f []string) error {
		if len(f) != 2 || f[1] != "SUPPORT" && f[1] != "DISAPPROVE" {
			return fmt.Errorf("want a lemma and SUPPORT or DISAPPROVE")
		}
		lx.evaluation[f[0]] = f[1]
		lx.addForms([]string{f[0]}, true, lx.evalForms)
		lx.addForms([]string{f[0]}, false, lx.evalForms)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/consequence.txt", func(n int, f []string) error {
		if len(f) != 1 || strings.Contains(f[0], "/") {
			return fmt.Errorf("want one lemma a line")
		}
		lx.consequence[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	return lx, nil
}

// themeSubject reports a verb of giving whose passive subject, with no object left after
// the verb, is what is given, not whom it goes to: "EU food aid could be sent to Albania",
// "aid was provided to Chad" (its target is a "to" phrase or a second object, never the
// direct object).
func (fr *frame) themeSubject() bool {
	if fr.noun || len(fr.targets) == 0 || fr.cat != "AID" {
		return false
	}
	for _, sl := range fr.targets {
		if sl.kind == "obj" {
			return false
		}
	}
	return true
}

// contact reports whether lemma has a CONSULT frame, as a verb or a noun ("meet",
// "talks").
func (lx *frameLexicon) contact(lemma string) bool {
	for _, frs := range [][]*frame{lx.verbs[lemma], lx.nouns[lemma]} {
		for _, fr := range frs {
			if fr.cat == "CONSULT" {
				return true
			}
		}
	}
	return false
}

// targetsPrep reports whether the frame finds its target in a phrase with preposition p
// ("mediation between A and B").
func (fr *frame) targetsPrep(p string) bool {
	for _, sl := range fr.targets {
		if sl.kind == "prep" && containsStr(sl.words, p) {
			return true
		}
	}
	return false
}

// joint reports whether lemma is a noun of joint work between two sides ("cooperation",
// "ties", "relations", "exchanges"): a noun with a COOPERATE frame.
func (lx *frameLexicon) joint(lemma string) bool {
	for _, fr := range lx.nouns[lemma] {
		if fr.cat == "COOPERATE" {
			return true
		}
	}
	return false
}

// addForms adds the surface forms of a lemma (given irregular forms first) to also.
func (lx *frameLexicon) addForms(lemmas []string, noun bool, also map[string]bool) {
	add := func(f string) { also[f] = true }
	l := lemmas[0]
	for _, f := range lemmas {
		add(f)
	}
	if noun {
		add(l + "s")
		add(third(l))
		return
	}
	past := l + "ed"
	if strings.HasSuffix(l, "e") {
		past = l + "d"
	}
	if len(lemmas) > 1 {
		past = lemmas[1]
	}
	add(third(l))
	add(past)
	add(gerund(l, past))
	// Doubled final consonant ("expelled", "planned") and y -> ied ("denied").
	if n := len(l); n > 2 {
		add(l + l[n-1:] + "ed")
		add(l + l[n-1:] + "ing")
		if l[n-1] == 'y' {
			add(l[:n-1] + "ied")
		}
	}
}

func parseSlots(s, sep string) ([]slot, error) {
	if s == "-" {
		return nil, nil
	}
	var out []slot
	for _, p := range strings.Split(s, sep) {
		kind, words, _ := strings.Cut(p, ":")
		sl := slot{kind: kind}
		if words != "" {
			sl.words = strings.Split(words, "|")
		}
		switch kind {
		case "lightverb":
			// "lightverb" alone, or "lightverb:a|b": under one of these light verbs only.
		case "obj", "oneobj", "iobj", "objparty", "xcomp", "ccomp", "noccomp", "mandative":
			if words != "" {
				return nil, fmt.Errorf("slot %q takes no words", p)
			}
		case "prep", "prepname", "prt", "objlemma", "objnot", "noobj", "noxcomp", "mod", "label":
			if words == "" {
				return nil, fmt.Errorf("slot %q needs a word: %s:X", p, kind)
			}
		default:
			return nil, fmt.Errorf("unknown slot %q (obj, oneobj, iobj, objparty, xcomp, ccomp, noccomp, mandative, lightverb[:X], prep:X, prepname:X, prt:X, objlemma:X, objnot:X, noobj:X, noxcomp:X, mod:X, label:X)", p)
		}
		out = append(out, sl)
	}
	return out, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// eachLine calls fn with the fields of every line of an embedded lexicon file that is not
// blank or a comment; an error from fn comes back naming the file and line.
func eachLine(name string, fn func(line int, fields []string) error) error {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		return err
	}
	for i, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if err := fn(i+1, strings.Fields(ln)); err != nil {
			return fmt.Errorf("ingest/extract/%s:%d: %w", name, i+1, err)
		}
	}
	return nil
}
