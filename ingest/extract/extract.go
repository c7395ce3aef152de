package extract

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/relgraph/relgraph/ingest/syntax"
	"github.com/relgraph/relgraph/ingest/timex"
)

// Extractor finds entities, dates and events in news text. It is safe for concurrent use.
type Extractor struct {
	lex    *lexicon
	frames *frameLexicon
	syn    *syntax.Pipeline
	pool   sync.Pool
}

var (
	sharedOnce sync.Once
	shared     *Extractor
)

// New returns an Extractor. Its lexicons are built once per process and shared.
func New() *Extractor {
	sharedOnce.Do(func() {
		x := &Extractor{lex: buildLexicon()}
		var err error
		if x.lex.regionWords, err = loadRegions(); err != nil {
			panic(err) // embedded data, as below
		}
		if x.frames, err = loadFrames(); err != nil {
			panic(err) // embedded data: only a broken build gets here, and the tests load it
		}
		if x.syn, err = syntax.Default(); err != nil {
			panic(err)
		}
		x.pool.New = func() any { return &buffers{} }
		shared = x
	})
	return shared
}

// pooledTokens is the largest token buffer (in tokens, about 300 KB of text) kept for
// reuse between articles.
const pooledTokens = 64 << 10

type buffers struct {
	toks  []token
	sents []sentence
}

// Extract returns what the article says: entity mentions, dates, events and the entities
// they resolve to. date is the article's date (zero when unknown); relative dates are
// resolved against it.
//
// Extract panics on an internal error (ErrInternal), as ExtractContext, which callers that
// must go on past one bad article use, does not.
func (x *Extractor) Extract(id, text string, date timex.Date) Result {
	r, err := x.ExtractContext(context.Background(), id, text, date)
	if err != nil {
		panic(err)
	}
	return r
}

// ExtractContext is Extract that gives up between sentences once ctx is done, returning
// ctx.Err() and an empty Result, so that a long article does not outlive Ctrl-C. An
// article longer than PartBytes is extracted in parts (see PartBytes).
func (x *Extractor) ExtractContext(ctx context.Context, id, text string, date timex.Date) (Result, error) {
	if len(text) > PartBytes {
		return x.extractParts(ctx, id, text, date)
	}
	return x.extractWhole(ctx, id, text, date)
}

// ErrInternal is the error of an article whose extraction met a bug in relgraph (a
// runtime panic): the article is left out, and the rest of the work goes on.
var ErrInternal = errors.New("internal error in extraction")

// extractWhole is ExtractContext for one text in one piece, whatever its size. A panic in
// the extraction of this one text is returned as an error wrapping ErrInternal, naming the
// article and the panic, so that one article that meets a bug does not end a whole run.
func (x *Extractor) extractWhole(ctx context.Context, id, text string, date timex.Date) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = Result{}, fmt.Errorf("%w on article %q: %v at %s (the article was left out; please report it with the article)", ErrInternal, id, p, panicSite())
		}
	}()
	// The dates first: their scan holds a token array of its own, freed before the
	// extraction's tokens and mentions are built.
	times := timex.Find(text, date)
	buf := x.pool.Get().(*buffers)
	defer func() {
		// A large article's buffers go to the collector: the pool would keep them for the
		// next, small, article.
		if cap(buf.toks) <= pooledTokens {
			x.pool.Put(buf)
		}
	}()
	buf.toks, buf.sents = tokenize(text, buf.toks, buf.sents)
	d := &doc{x: x, text: text, toks: buf.toks, sents: buf.sents, lower: map[string]bool{}, ents: map[string]*entState{}, acros: map[string]string{}}
	d.wordLowerSeen()
	if err := d.findMentions(ctx); err != nil {
		return Result{}, err
	}
	d.dropTimeMentions(times)
	d.dropByline()
	sort.SliceStable(d.ms, func(a, b int) bool { return d.ms[a].Start < d.ms[b].Start })
	d.link()

	res = Result{ID: id, Entities: []Mention{}, Times: []Time{}, Events: []Event{}, Resolved: []Entity{}}
	for _, t := range times {
		res.Times = append(res.Times, Time{Text: t.Text, Start: t.Start, End: t.End, Value: t.Value})
	}

	// Events, sentence by sentence; a report of games has none (its attacks, defences and
	// withdrawals are plays).
	var evs []*evState
	mi := 0
	var ms []int
	sents := d.sents
	if d.sportsStory() {
		sents = nil
	}
	for si := range sents {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		ms = ms[:0]
		for mi < len(d.ms) && d.ms[mi].Sent < si {
			mi++
		}
		for k := mi; k < len(d.ms) && d.ms[k].Sent == si; k++ {
			ms = append(ms, k)
		}
		evs = d.treeEvents(si, ms, times, date, evs)
	}
	// The tokens are done with: the entities below are read off the mentions.
	d.toks, d.sents = nil, nil
	if cap(buf.toks) > pooledTokens {
		buf.toks, buf.sents = nil, nil
	}
	evs = mergeEvents(evs)
	res.Events = make([]Event, 0, len(evs))
	for i, e := range evs {
		evs[i] = nil // the working state goes as its event is copied out
		ev := e.Event
		if ev.Source == nil {
			ev.Source = []Ref{}
		}
		if ev.Target == nil {
			ev.Target = []Ref{}
		}
		if ev.Topics == nil {
			ev.Topics = []Ref{}
		}
		res.Events = append(res.Events, ev)
	}

	n := 0
	for k := range d.ms {
		if m := &d.ms[k]; m.Kind == kindGroup {
			n += len(m.ids())
		} else if m.Kind == kindName || m.ID != "" {
			n++
		}
	}
	res.Entities = make([]Mention, 0, n)
	for k := range d.ms {
		m := &d.ms[k]
		kind := "" // a name's kind is left out
		if m.Kind != kindName {
			kind = m.Kind.String()
		}
		if m.Kind == kindGroup {
			for _, id := range m.ids() {
				res.Entities = append(res.Entities, Mention{Text: m.Text, Start: m.Start, End: m.End, Type: m.Type, ID: id, Kind: kind})
			}
			continue
		}
		if m.Kind != kindName && m.ID == "" {
			continue
		}
		res.Entities = append(res.Entities, Mention{Text: m.Text, Start: m.Start, End: m.End, Type: m.Type, ID: m.ID, Kind: kind})
	}
	for _, id := range d.order {
		e := d.ents[id]
		res.Resolved = append(res.Resolved, Entity{ID: e.id, Name: e.name, Type: e.typ, Aliases: e.aliases, Roles: e.roles})
	}
	return res, nil
}

// dropByline removes the writer's name that agency headlines end with ("Clinton meets Hong
// Kong democrat Lee by Gretchen Cook"): a person named after a final "by" of the first
// line, with two words or more, whose surname the story never uses again. An agent named
// in the story ("Iraqi minister killed by Abu Musab al-Zarqawi" and the story on him)
// stays.
//
// So are the lines that credit the story's writers: "By John Smith" alone on a line, and
// "Reporting by Jane Doe; Editing by Mark Heinrich".
func (d *doc) dropByline() {
	if len(d.sents) == 0 {
		return
	}
	credit := make([]bool, len(d.sents))
	for si, s := range d.sents {
		credit[si] = d.creditLine(s)
	}
	s := d.sents[0]
	head := d.headline(s)
	out := d.ms[:0]
	for _, m := range d.ms {
		if credit[m.Sent] {
			continue
		}
		if head && m.Sent == 0 && m.Kind == kindName && m.To == s.To && m.To-m.From >= 2 && m.From > s.From && d.toks[m.From-1].Lower == "by" &&
			!strings.Contains(d.text[s.End:], d.toks[m.To-1].text(d.text)) {
			continue
		}
		out = append(out, m)
	}
	d.ms = out
}

// creditWords open a line that credits the story's writers and editors.
var creditWords = map[string]bool{"reporting": true, "editing": true, "writing": true, "compiled": true, "additional": true, "edited": true, "written": true}

// creditLine reports whether sentence s is a line of credits: "By John Smith" with no
// verb, or a line opening with "Reporting by", "Editing by", "Additional reporting by".
func (d *doc) creditLine(s sentence) bool {
	n := s.To - s.From
	if n < 3 {
		return false
	}
	first := d.toks[s.From]
	if first.Lower == "by" && first.Cap && n <= 7 {
		for k := s.From + 1; k < s.To; k++ {
			if t := d.toks[k]; t.Word && !t.Cap && t.Lower != "and" {
				return false // "By Tuesday the talks had ended": a sentence
			}
		}
		return true
	}
	if !creditWords[first.Lower] || !first.Cap {
		return false
	}
	for k := s.From + 1; k < s.From+4 && k < s.To; k++ {
		if d.toks[k].Lower == "by" {
			return true
		}
	}
	return false
}

// dropTimeMentions removes name mentions inside a date or time expression: "Nov." in
// "Nov. 4" or "Tuesday" are dates, not places or organizations.
func (d *doc) dropTimeMentions(times []timex.Expr) {
	if len(times) == 0 {
		return
	}
	out := d.ms[:0]
	for _, m := range d.ms {
		inside := false
		for _, t := range times {
			if (t.Type == timex.TypeDate || t.Type == timex.TypeTime) && m.Start >= t.Start && m.End <= t.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	d.ms = out
}

// panicSite returns where the panic being recovered was raised, as "function file:line":
// the first frame below runtime's own, called from a deferred function.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	past := false // past runtime.gopanic
	for {
		f, more := frames.Next()
		if past && !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line)
		}
		past = past || f.Function == "runtime.gopanic"
		if !more {
			return "an unknown place"
		}
	}
}
