package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/relgraph/relgraph/ingest/syntax"
)

func readUD(tb testing.TB, split string) []*syntax.Sentence {
	path := sharedData(tb, "ud", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return s
}

// BenchmarkSyntax prints, in one run, the figures of the syntactic layer on the UD
// English EWT dev split: tagging, lemma and attachment scores with gold tokens and
// predicted tags, tokenization F1 against the split's raw text, words per second per
// core for tokenizing, tagging and parsing together, the models' size and load time.
//
//	go test ./bench -run '^$' -bench Syntax -benchtime 1x
func BenchmarkSyntax(b *testing.B) {
	dev := readUD(b, "dev")
	p, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		pred := syntax.Blank(dev)
		for _, s := range pred {
			p.Annotate(s)
		}
		sc := syntax.Score(dev, pred)

		raw := syntax.RawText(dev)
		t0 := time.Now()
		toks := syntax.Tokenize(raw)
		tokDur := time.Since(t0)
		ts := syntax.ScoreTokenization(dev, raw, toks)

		// Words per second, one goroutine: tokenize, tag, lemmatize and parse the raw
		// text, best of three passes.
		best := time.Duration(1 << 62)
		words := 0
		for r := 0; r < 3; r++ {
			t0 := time.Now()
			sents := p.Parse(raw)
			if d := time.Since(t0); d < best {
				best = d
			}
			words = 0
			for _, s := range sents {
				words += len(s.Words)
			}
		}

		var loads []time.Duration
		for r := 0; r < 5; r++ {
			runtime.GC()
			t0 := time.Now()
			if _, err := syntax.LoadEmbedded(); err != nil {
				b.Fatal(err)
			}
			loads = append(loads, time.Since(t0))
		}
		sort.Slice(loads, func(i, j int) bool { return loads[i] < loads[j] })
		var size int64
		var sizes string
		for _, name := range []string{"tagger.gz", "lemmatizer.gz", "parser.gz"} {
			st, err := os.Stat(filepath.Join("..", "ingest", "syntax", "models", name))
			if err != nil {
				b.Fatal(err)
			}
			size += st.Size()
			sizes += fmt.Sprintf(" %s %.1f MB", name, float64(st.Size())/1e6)
		}

		fmt.Printf("\nSyntax, UD English EWT dev (%d sentences, %d words), gold tokens, predicted tags\n", len(dev), sc.Words)
		fmt.Printf("UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f\n", sc.UPOS, sc.XPOS, sc.Lemmas, sc.UAS, sc.LAS)
		fmt.Printf("tokenization of the raw text (%d KB): tokens F1 %.4f  words F1 %.4f  sentences F1 %.4f (%.1f MB/s)\n",
			len(raw)/1000, ts.Tokens, ts.Words, ts.Sentences, float64(len(raw))/1e6/tokDur.Seconds())
		fmt.Printf("speed, one goroutine: %.0f words/s for tokenizing, tagging, lemmatizing and parsing (%d words in %v)\n",
			float64(words)/best.Seconds(), words, best.Round(time.Millisecond))
		fmt.Printf("models: %.1f MB on disk (%s); load %v (median of 5)\n", float64(size)/1e6, sizes[1:], loads[2].Round(time.Millisecond))
		b.ReportMetric(sc.UPOS, "UPOS")
		b.ReportMetric(sc.LAS, "LAS")
		b.ReportMetric(float64(words)/best.Seconds(), "words/s")
	}
}
