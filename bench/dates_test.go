package bench

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/relgraph/relgraph/ingest/timex"
)

// BenchmarkDates scores timex.Find and go-dateparser on TimeBank, TempEval-3 style: relaxed
// extent and value precision/recall/F1 on DATE and TIME expressions other than the creation
// time, each document's creation time given as the reference date. Set
// RELGRAPH_DATES_MISSES to a file name to write relgraph's misses there.
func BenchmarkDates(b *testing.B) {
	docs, err := LoadTimeML(sharedData(b, "timeml", "TimeBank"))
	if err != nil {
		b.Fatal(err)
	}
	var ours, peer DateScore
	var oursDur, peerDur time.Duration
	var misses strings.Builder
	for b.Loop() {
		ours, peer, oursDur, peerDur = DateScore{}, DateScore{}, 0, 0
		misses.Reset()
		for _, d := range docs {
			ref, err := timex.ParseDate(d.Created)
			if err != nil {
				b.Fatalf("%s: creation time: %v", d.Name, err)
			}
			start := time.Now()
			found := timex.Find(d.Text, ref)
			oursDur += time.Since(start)
			var pred []DateSpan
			for _, e := range found {
				if e.Type == timex.TypeDate || e.Type == timex.TypeTime {
					pred = append(pred, DateSpan{e.Start, e.End, e.Value})
				}
			}
			ours.Add(d, pred)
			writeMisses(&misses, d, pred)

			start = time.Now()
			pp := dateparserSpans(d.Text, d.Created)
			peerDur += time.Since(start)
			peer.Add(d, pp)
		}
	}
	if path := os.Getenv("RELGRAPH_DATES_MISSES"); path != "" {
		if err := os.WriteFile(path, []byte(misses.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	mbps := func(s DateScore, d time.Duration) float64 { return float64(s.Bytes) / 1e6 / d.Seconds() }
	ep, er, ef := ours.Extent()
	vp, vr, vf := ours.Value()
	qep, qer, qef := peer.Extent()
	qvp, qvr, qvf := peer.Value()
	fmt.Printf("\nTimeBank dates: %d documents, %d gold DATE/TIME expressions\n", len(docs), ours.Gold)
	fmt.Printf("%-14s %6s %6s %6s   %6s %6s %6s   %8s\n", "system", "ext-P", "ext-R", "ext-F1", "val-P", "val-R", "val-F1", "MB/s")
	fmt.Printf("%-14s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %8.2f\n", "relgraph", ep, er, ef, vp, vr, vf, mbps(ours, oursDur))
	fmt.Printf("%-14s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %8.2f\n", "go-dateparser", qep, qer, qef, qvp, qvr, qvf, mbps(peer, peerDur))
	b.ReportMetric(ef, "extent-F1")
	b.ReportMetric(vf, "value-F1")
	b.ReportMetric(mbps(ours, oursDur), "MB/s")
	b.ReportMetric(qvf, "dateparser-value-F1")
	b.ReportMetric(mbps(peer, peerDur), "dateparser-MB/s")
}

// dateparserSpans runs go-dateparser's search over text with created as the relative base
// and formats each value at the precision it reports. Its results carry no offsets, so each
// is located after the previous one.
func dateparserSpans(text, created string) []DateSpan {
	base, err := time.Parse("2006-01-02T15:04:05", created)
	if err != nil {
		if base, err = time.Parse("2006-01-02T15:04", created); err != nil {
			if base, err = time.Parse("2006-01-02", created[:min(10, len(created))]); err != nil {
				return nil
			}
		}
	}
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: base, ReturnTimeAsPeriod: true}
	_, res, err := dps.Search(cfg, text)
	if err != nil {
		return nil
	}
	var out []DateSpan
	at := 0
	for _, r := range res {
		k := strings.Index(text[at:], r.Text)
		if k < 0 {
			continue
		}
		s := at + k
		out = append(out, DateSpan{s, s + len(r.Text), dateparserValue(r.Date)})
		at = s + len(r.Text)
	}
	return out
}

func dateparserValue(d date.Date) string {
	t := d.Time
	switch d.Period {
	case date.Year:
		return t.Format("2006")
	case date.Month:
		return t.Format("2006-01")
	case date.Day:
		return t.Format("2006-01-02")
	case date.Hour, date.Minute, date.Second:
		return t.Format("2006-01-02T15:04")
	}
	return ""
}

// writeMisses lists, for one document, the gold DATE/TIME expressions relaxed extent or
// value missed, and the predictions that hit no gold expression.
func writeMisses(w *strings.Builder, d TimeMLDoc, pred []DateSpan) {
	ctx := func(s, e int) string {
		a, z := max(0, s-40), min(len(d.Text), e+40)
		return strings.ReplaceAll(d.Text[a:s]+"["+d.Text[s:e]+"]"+d.Text[e:z], "\n", " ")
	}
	for _, g := range d.Timexes {
		if g.Creation || (g.Type != "DATE" && g.Type != "TIME") {
			continue
		}
		got := "-"
		for _, p := range pred {
			if p.Start < g.End && g.Start < p.End {
				got = p.Value
				if got == g.Value {
					break
				}
			}
		}
		if got != g.Value {
			fmt.Fprintf(w, "MISS\t%s\t%s\tgold=%s\tgot=%s\t%s\n", d.Name, d.Created, g.Value, got, ctx(g.Start, g.End))
		}
	}
	for _, p := range pred {
		hit := false
		for _, g := range d.Timexes {
			if p.Start < g.End && g.Start < p.End {
				hit = true
				break
			}
		}
		if !hit {
			fmt.Fprintf(w, "SPURIOUS\t%s\t%s\tgot=%s\t%s\n", d.Name, d.Created, p.Value, ctx(p.Start, p.End))
		}
	}
}
