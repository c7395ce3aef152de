package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/relgraph/relgraph/ingest/timex"
	"github.com/relgraph/relgraph/internal/testtext"
)

// TestRunOnSentenceIsCut checks that the tokenizer bounds every sentence it hands to the
// event rules, and that a real long sentence is left whole.
func TestRunOnSentenceIsCut(t *testing.T) {
	text, _ := testtext.RunOn(200 << 10)
	toks, sents := tokenize(text, nil, nil)
	if len(sents) < len(toks)/hardSentence {
		t.Fatalf("%d tokens in %d sentences: not cut", len(toks), len(sents))
	}
	for i, s := range sents {
		if n := s.To - s.From; n > hardSentence {
			t.Fatalf("sentence %d has %d tokens, more than %d", i, n, hardSentence)
		}
		last := i == len(sents)-1
		if s.Cut == last {
			t.Errorf("sentence %d of %d: Cut %v", i, len(sents), s.Cut)
		}
	}

	// A long but ordinary sentence (about 110 tokens, longer than any in the corpora) stays one.
	long := strings.Repeat("The minister, who spoke in Geneva on Tuesday, said that talks would resume, ", 7) + "and nobody objected."
	_, sents = tokenize(long, nil, nil)
	if len(sents) != 1 || sents[0].Cut {
		t.Errorf("a %d-byte sentence became %d sentences (cut %v)", len(long), len(sents), sents[0].Cut)
	}
}

// TestRunOnSentenceIsLinear extracts a one-megabyte sentence. Before sentences were cut, the
// event rules scanned it from every trigger and this took minutes and tens of gigabytes;
// now it takes a few seconds. The deadline only keeps a regression from hanging the suite;
// what the test checks is that the clauses still yield events and names. The parser reads
// a 250-word comma splice as one long chain of clauses and loses some of their subjects,
// and "the mayor of Lyon met protesters" names no one met, so about half the clauses give
// an event: fewer than a third would mean the pieces are no longer parsed.
func TestRunOnSentenceIsLinear(t *testing.T) {
	text, clauses := testtext.RunOn(1 << 20)
	done := make(chan Result, 1)
	go func() { done <- New().Extract("run-on", text, timex.Date{}) }()
	var r Result
	select {
	case r = <-done:
	case <-time.After(60 * time.Second):
		t.Fatalf("extracting a %d-byte sentence did not finish within a minute", len(text))
	}
	if len(r.Events) < clauses/3 || len(r.Events) > clauses {
		t.Errorf("%d events from %d clauses with one trigger each", len(r.Events), clauses)
	}
	if len(r.Entities) < clauses*18/10 || len(r.Entities) > 3*clauses {
		t.Errorf("%d mentions from %d clauses naming two or three actors each", len(r.Entities), clauses)
	}
	for _, e := range r.Events {
		if len(e.Sentence) > 64<<10 {
			t.Fatalf("an event carries a %d-byte sentence", len(e.Sentence))
		}
	}
}

// TestExtractStopsWhenCancelled checks that a cancelled context ends extraction of a long
// article between sentences instead of running it to the end.
func TestExtractStopsWhenCancelled(t *testing.T) {
	text, _ := testtext.RunOn(1 << 20)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := New().ExtractContext(ctx, "run-on", text, timex.Date{})
	if !errors.Is(err, context.Canceled) || len(r.Events) != 0 {
		t.Fatalf("cancelled extraction: err %v, %d events; want context.Canceled and none", err, len(r.Events))
	}
}

// BenchmarkRunOnSentence extracts run-on sentences of 100, 200 and 400 KB; ns/op and MB/s
// show whether the cost grows linearly with the input.
func BenchmarkRunOnSentence(b *testing.B) {
	x := New()
	for _, kb := range []int{100, 200, 400} {
		text, _ := testtext.RunOn(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				x.Extract("run-on", text, timex.Date{})
			}
		})
	}
}
