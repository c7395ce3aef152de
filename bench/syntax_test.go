package bench

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
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

// BenchmarkParser prints, in one run, the speed of each model-driven stage on the UD
// English EWT dev split with gold tokens (tagger, lemmatizer and parser, the parser
// reading predicted tags), in words and sentences per second of the process's CPU time
// with one goroutine (best of three passes), the heap the loaded models hold and what loading them allocates, and a
// digest of the annotations, which changes when any tag, lemma, head or relation does.
//
//	go test ./bench -run '^$' -bench Parser -benchtime 1x
func BenchmarkParser(b *testing.B) {
	dev := readUD(b, "dev")
	words := 0
	for _, s := range dev {
		words += len(s.Words)
	}

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before, allocBefore := ms.HeapAlloc, ms.TotalAlloc
	p, err := syntax.LoadEmbedded()
	if err != nil {
		b.Fatal(err)
	}
	runtime.ReadMemStats(&ms)
	allocated := ms.TotalAlloc - allocBefore
	runtime.GC()
	runtime.ReadMemStats(&ms)
	resident := ms.HeapAlloc - before

	for i := 0; i < b.N; i++ {
		sents := syntax.Blank(dev)
		// The best of three passes by the process's CPU time, which a busy machine
		// disturbs less than the wall clock.
		best := func(stage func(*syntax.Sentence)) time.Duration {
			d := time.Duration(1 << 62)
			for r := 0; r < 3; r++ {
				t0 := cpuTime()
				for _, s := range sents {
					stage(s)
				}
				d = min(d, cpuTime()-t0)
			}
			return d
		}
		tag := best(p.Tagger.Tag)
		lemma := best(p.Lemmatizer.Lemmatize)
		parse := best(p.Parser.Parse)

		h := fnv.New64a()
		for _, s := range sents {
			for _, w := range s.Words {
				fmt.Fprintf(h, "%s\t%s\t%s\t%d\t%s\n", w.UPOS, w.XPOS, w.Lemma, w.Head, w.DepRel)
			}
		}
		rate := func(d time.Duration) string {
			return fmt.Sprintf("%.0f words/s, %.0f sentences/s", float64(words)/d.Seconds(), float64(len(sents))/d.Seconds())
		}
		fmt.Printf("\nStages on UD English EWT dev (%d sentences, %d words), one goroutine, per CPU second, best of 3\n", len(sents), words)
		fmt.Printf("tagger     %s\nlemmatizer %s\nparser     %s\n", rate(tag), rate(lemma), rate(parse))
		fmt.Printf("models: %.1f MB of heap once loaded, %.1f MB allocated while loading; annotations digest %016x\n",
			float64(resident)/1e6, float64(allocated)/1e6, h.Sum64())
		b.ReportMetric(float64(words)/parse.Seconds(), "parsed-words/s")
		b.ReportMetric(float64(words)/tag.Seconds(), "tagged-words/s")
		b.ReportMetric(float64(resident)/1e6, "model-MB")
	}
	runtime.KeepAlive(p)
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWireRoots prints how often the parser, on the wire corpus's stories split
// into sentences by the syntactic tokenizer, roots a sentence on a word that is neither a
// verb nor an auxiliary nor a predicate with a copula ("He is president" is rooted on
// "president" in UD) while a finite verb (a VERB with VerbForm=Fin, or the tag VBD, VBZ
// or VBP) is in it: such a sentence's event is lost or read off the wrong word. It prints
// the count by the root's UPOS and the first RELGRAPH_ROOT_EXAMPLES of the sentences
// (default 10), each with the root's word and tags.
//
//	go test ./bench -run '^$' -bench WireRoots -benchtime 1x
//	RELGRAPH_ROOT_EXAMPLES=60 go test ./bench -run '^$' -bench WireRoots -benchtime 1x
func BenchmarkWireRoots(b *testing.B) {
	arts := loadWire(b)
	p, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	show := 10
	if n, err := strconv.Atoi(os.Getenv("RELGRAPH_ROOT_EXAMPLES")); err == nil && n >= 0 {
		show = n
	}
	for i := 0; i < b.N; i++ {
		sents, bad, byRoot := 0, 0, map[string]int{}
		var examples []string
		for _, a := range arts {
			for _, s := range p.Parse(a.Text) {
				sents++
				root, ok := nonVerbRoot(s)
				if !ok {
					continue
				}
				bad++
				byRoot[root.UPOS]++
				if len(examples) < show {
					examples = append(examples, fmt.Sprintf("  [%s %s/%s] %s", root.Form, root.UPOS, root.XPOS, s.Text))
				}
			}
		}
		fmt.Printf("\nWire corpus (%d stories, %d sentences): %d (%.2f%%) rooted on a non-verb with a finite verb present\n",
			len(arts), sents, bad, 100*float64(bad)/float64(sents))
		var tags []string
		for t := range byRoot {
			tags = append(tags, t)
		}
		sort.Slice(tags, func(i, j int) bool {
			return byRoot[tags[i]] > byRoot[tags[j]] || byRoot[tags[i]] == byRoot[tags[j]] && tags[i] < tags[j]
		})
		fmt.Print("root's UPOS:")
		for _, t := range tags {
			fmt.Printf(" %s %d", t, byRoot[t])
		}
		fmt.Println()
		for _, e := range examples {
			fmt.Println(e)
		}
		b.ReportMetric(float64(bad), "nonverb-roots")
	}
}

// nonVerbRoot returns the root of s when it is not a VERB or AUX, has no copula, and s
// has a finite VERB; and whether it is such a root.
func nonVerbRoot(s *syntax.Sentence) (syntax.Word, bool) {
	var root syntax.Word
	finite, roots := false, 0
	for _, w := range s.Words {
		if w.Head == 0 {
			root = w
			roots++
		}
		if w.UPOS == "VERB" && (strings.Contains(w.Feats, "VerbForm=Fin") || w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP") {
			finite = true
		}
	}
	if roots == 0 || !finite || root.UPOS == "VERB" || root.UPOS == "AUX" {
		return syntax.Word{}, false
	}
	for _, w := range s.Words {
		if w.Head == root.ID && w.DepRel == "cop" {
			return syntax.Word{}, false
		}
	}
	return root, true
}
