package bench

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// eventMatches reports whether a predicted event matches a PLOVER record: the gold
// category, a source overlapping a gold source actor (where gold names one: a few records
// have none), and, where gold has a target, a
// target overlapping a gold target. Both sides of a symmetric event may stand for either.
func eventMatches(e extract.Event, r PloverRecord) bool {
	if e.Type != r.Event {
		return false
	}
	src, tgt := e.Source, e.Target
	if e.Symmetric {
		src = append(append([]extract.Ref(nil), e.Source...), e.Target...)
		tgt = src
	}
	if len(r.Source) > 0 && !anyOverlap(src, r.Source) {
		return false
	}
	return len(r.Target) == 0 || anyOverlap(tgt, r.Target)
}

func anyOverlap(refs []extract.Ref, gold []string) bool {
	for _, p := range refs {
		for _, g := range gold {
			if ActorOverlap(p.Text, g) {
				return true
			}
		}
	}
	return false
}

// BenchmarkEvents scores relgraph's events on the PLOVER gold-standard records: recall is
// the share of records with a matching event, precision the share of predicted events that
// match their record. Set RELGRAPH_EVENT_ERRORS to a file name to write the misses there.
func BenchmarkEvents(b *testing.B) {
	recs, err := LoadPlover(sharedData(b, "plover", "plover-gsr-even.json"))
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New()
	type cat struct{ recs, hit, pred, predOK int }
	var byCat map[string]*cat
	var pred, predOK, hit int
	var errs strings.Builder
	for b.Loop() {
		byCat = map[string]*cat{}
		pred, predOK, hit = 0, 0, 0
		errs.Reset()
		for _, r := range recs {
			c := byCat[r.Event]
			if c == nil {
				c = &cat{}
				byCat[r.Event] = c
			}
			c.recs++
			date, _ := timex.ParseDate(r.Date)
			res := x.Extract(r.ID, r.Text, date)
			matched := false
			for _, e := range res.Events {
				pred++
				pc := byCat[e.Type]
				if pc == nil {
					pc = &cat{}
					byCat[e.Type] = pc
				}
				pc.pred++
				if eventMatches(e, r) {
					predOK++
					pc.predOK++
					matched = true
				}
			}
			if matched {
				hit++
				c.hit++
				for _, e := range res.Events {
					if !eventMatches(e, r) {
						fmt.Fprintf(&errs, "EXTRA %s %q src=%v tgt=%v (gold %s)\n  %s\n", e.Type, e.Trigger, refTexts(e.Source), refTexts(e.Target), r.Event, r.Text)
					}
				}
			} else {
				fmt.Fprintf(&errs, "MISS %s src=%q tgt=%q\n  %s\n", r.Event, r.Source, r.Target, r.Text)
				for _, e := range res.Events {
					fmt.Fprintf(&errs, "  got %s %q src=%v tgt=%v\n", e.Type, e.Trigger, refTexts(e.Source), refTexts(e.Target))
				}
			}
		}
	}
	if path := os.Getenv("RELGRAPH_EVENT_ERRORS"); path != "" {
		if err := os.WriteFile(path, []byte(errs.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	p, r := ratio(predOK, pred), ratio(hit, len(recs))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Printf("\nEvents, PLOVER gold records (%d): category with overlapping source (and target)\n", len(recs))
	fmt.Printf("%-12s %5s %5s %6s %6s\n", "category", "gold", "pred", "P", "R")
	cats := make([]string, 0, len(byCat))
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		c := byCat[k]
		fmt.Printf("%-12s %5d %5d %6.3f %6.3f\n", k, c.recs, c.pred, ratio(c.predOK, c.pred), ratio(c.hit, c.recs))
	}
	fmt.Printf("%-12s %5d %5d %6.3f %6.3f  F1 %.3f, %.2f predicted events per record\n", "all", len(recs), pred, p, r, f, float64(pred)/float64(len(recs)))
	b.ReportMetric(f, "F1")
	b.ReportMetric(float64(pred)/float64(len(recs)), "events/record")
}

func refTexts(rs []extract.Ref) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Text
	}
	return out
}
