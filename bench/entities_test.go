package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"

	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// conllType maps relgraph's mention types to CoNLL's.
func conllType(t string) string {
	switch t {
	case "person":
		return "PER"
	case "country", "city", "location":
		return "LOC"
	case "organization":
		return "ORG"
	}
	return "MISC"
}

// proseType maps prose's entity labels to CoNLL's. Its model labels organizations
// ORGANIZATION (checked on its output), not ORG.
func proseType(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "GPE", "LOCATION":
		return "LOC"
	case "ORGANIZATION", "ORG":
		return "ORG"
	}
	return "MISC"
}

// relgraphSpans returns the name mentions relgraph finds, as CoNLL spans.
func relgraphSpans(x *extract.Extractor, text string) []Span {
	r := x.Extract("", text, timex.Date{})
	var out []Span
	for _, m := range r.Entities {
		if m.Kind != "" {
			continue // nominals, pronouns and groups are not names
		}
		out = append(out, Span{m.Start, m.End, conllType(m.Type)})
	}
	return out
}

// proseSpans runs prose's NER and finds its entities in the text, in order.
func proseSpans(tb testing.TB, text string) []Span {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		tb.Fatal(err)
	}
	var out []Span
	cursor := 0
	for _, e := range doc.Entities() {
		k := strings.Index(text[cursor:], e.Text)
		if k < 0 {
			continue
		}
		start := cursor + k
		cursor = start + len(e.Text)
		out = append(out, Span{start, cursor, proseType(e.Label)})
	}
	return out
}

// BenchmarkEntities scores relgraph and prose on CoNLL-2003 valid.txt rebuilt as text:
// precision, recall and F1 on PER, LOC and ORG with exact span and type. Set
// RELGRAPH_NER_ERRORS to a file name to write relgraph's errors there, and
// RELGRAPH_SKIP_PEERS=1 to leave prose out (it runs at a few KB/s).
// RELGRAPH_CONLL_SPLIT=train scores the train split instead (evaluation only: no rule or
// model learns from it, so it tells how the rules tuned on valid carry over to text they
// were not read against), and RELGRAPH_CONLL_DOCS=N keeps the first N documents.
func BenchmarkEntities(b *testing.B) {
	split := "valid"
	if s := os.Getenv("RELGRAPH_CONLL_SPLIT"); s != "" {
		split = s
	}
	if split != "valid" && split != "train" {
		b.Fatalf("RELGRAPH_CONLL_SPLIT=%q: want valid or train (the test split is held out)", split)
	}
	docs, err := LoadCoNLL(sharedData(b, "conll2003", split+".txt"))
	if err != nil {
		b.Fatal(err)
	}
	if n, err := strconv.Atoi(os.Getenv("RELGRAPH_CONLL_DOCS")); err == nil && n > 0 && n < len(docs) {
		docs = docs[:n]
	}
	x := extract.New()
	var ours, peer NERScore
	var oursDur, peerDur time.Duration
	size := 0
	var errs strings.Builder
	for b.Loop() {
		ours, peer, oursDur, peerDur, size = NERScore{}, NERScore{}, 0, 0, 0
		errs.Reset()
		for _, d := range docs {
			size += len(d.Text)
			start := time.Now()
			pred := relgraphSpans(x, d.Text)
			oursDur += time.Since(start)
			ours.Add(d.Gold, pred)
			writeNERErrors(&errs, d, pred)

			if os.Getenv("RELGRAPH_SKIP_PEERS") == "" {
				start = time.Now()
				pp := proseSpans(b, d.Text)
				peerDur += time.Since(start)
				peer.Add(d.Gold, pp)
			}
		}
	}
	if path := os.Getenv("RELGRAPH_NER_ERRORS"); path != "" {
		if err := os.WriteFile(path, []byte(errs.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	fmt.Printf("\nEntities, CoNLL-2003 %s (%d documents, %.0f KB), exact span and type\n", split, len(docs), float64(size)/1e3)
	fmt.Printf("%-10s %-5s %6s %6s %6s\n", "system", "type", "P", "R", "F1")
	for _, sys := range []struct {
		name string
		s    *NERScore
	}{{"relgraph", &ours}, {"prose", &peer}} {
		if sys.s.ByType == nil {
			continue
		}
		for _, t := range []string{"PER", "LOC", "ORG"} {
			p := sys.s.ByType[t]
			fmt.Printf("%-10s %-5s %6.3f %6.3f %6.3f\n", sys.name, t, p.P(), p.R(), p.F1())
		}
		a := sys.s.All()
		fmt.Printf("%-10s %-5s %6.3f %6.3f %6.3f\n", sys.name, "all", a.P(), a.R(), a.F1())
	}
	fmt.Printf("speed: relgraph %.2f MB/s, prose %.3f MB/s\n", mbps(size, oursDur), mbps(size, peerDur))
	b.ReportMetric(ours.All().F1(), "relgraph-F1")
	b.ReportMetric(peer.All().F1(), "prose-F1")
}

func mbps(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / 1e6 / d.Seconds()
}

func writeNERErrors(w *strings.Builder, d NERDoc, pred []Span) {
	gold := map[Span]bool{}
	for _, g := range d.Gold {
		gold[g] = true
	}
	got := map[Span]bool{}
	for _, p := range pred {
		got[p] = true
		if p.Type != "MISC" && !gold[p] {
			fmt.Fprintf(w, "FP %s %q\t%s\n", p.Type, d.Text[p.Start:p.End], lineAt(d.Text, p.Start))
		}
	}
	for _, g := range d.Gold {
		if g.Type != "MISC" && !got[g] {
			fmt.Fprintf(w, "FN %s %q\t%s\n", g.Type, d.Text[g.Start:g.End], lineAt(d.Text, g.Start))
		}
	}
}

func lineAt(text string, at int) string {
	s := strings.LastIndexByte(text[:at], '\n') + 1
	e := strings.IndexByte(text[at:], '\n')
	if e < 0 {
		e = len(text) - at
	}
	return text[s : at+e]
}

// wireArticle is one story of the wire corpus.
type wireArticle struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	Text string `json:"text"`
}

func loadWire(tb testing.TB) []wireArticle {
	f, err := os.Open(sharedData(tb, "news", "agency-wire-1997-2005.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []wireArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		var a wireArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkThroughput measures extraction speed on the wire corpus with one goroutine:
// MB/s of article text per core, and allocations per run over the whole corpus. It
// prints the rate by the wall clock and by the process's CPU time (which counts the
// garbage collector's work on other cores too, and which a busy machine disturbs less).
func BenchmarkThroughput(b *testing.B) {
	arts := loadWire(b)
	x := extract.New()
	size := 0
	dates := make([]timex.Date, len(arts))
	for i, a := range arts {
		size += len(a.Text)
		dates[i], _ = timex.ParseDate(a.Date)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start, cpu := time.Now(), cpuTime()
	n := 0
	for b.Loop() {
		n++
		for i, a := range arts {
			x.Extract(a.ID, a.Text, dates[i])
		}
	}
	el, cpu := time.Since(start), cpuTime()-cpu
	mb := float64(size*n) / 1e6
	fmt.Printf("\nThroughput, wire corpus (%d articles, %.1f MB), one goroutine: %.2f MB/s (%.2f MB per CPU second)\n",
		len(arts), float64(size)/1e6, mb/el.Seconds(), mb/cpu.Seconds())
}
