// Command train builds relgraph's syntax models from the Universal Dependencies English
// EWT treebank: the two-pass tagger (jackknifed), the lemmatizer and the parser (trained
// on the jackknifed tags), scores each on the dev split as it goes, and writes them,
// gzip-compressed, where package syntax embeds them.
//
//	go run ./ingest/syntax/train                     # from the repository's root
//	go run ./ingest/syntax/train -data ../shared/data/ud -out ingest/syntax/models -seed 1
//
// It is deterministic for a seed (the jackknife's folds run in parallel but each is
// trained alone). The treebank is CC BY-SA 4.0, and so are the models built from it.
package main

import (
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/relgraph/relgraph/ingest/syntax"
)

type options struct {
	data, out      string
	seed           int64
	tagEpochs      int
	parseEpochs    int
	folds          int
	exploreFrom    int
	explore, prune float64
	augment        float64
	beam           int
	dumpAugmented  string
}

func main() {
	var o options
	flag.StringVar(&o.data, "data", "../shared/data/ud", "folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	flag.StringVar(&o.out, "out", "ingest/syntax/models", "folder the models are written to")
	flag.Int64Var(&o.seed, "seed", 1, "random seed (shuffling, exploration)")
	flag.IntVar(&o.tagEpochs, "tag-epochs", 8, "tagger epochs")
	flag.IntVar(&o.parseEpochs, "parse-epochs", 15, "parser epochs (the best on dev LAS is kept)")
	flag.IntVar(&o.folds, "folds", 5, "jackknife folds")
	flag.IntVar(&o.exploreFrom, "explore-from", 1, "first epoch (0-based) with error exploration")
	flag.Float64Var(&o.explore, "explore", 0.9, "probability of following a wrong transition")
	flag.Float64Var(&o.prune, "prune", 1, "drop averaged weights below this magnitude")
	flag.IntVar(&o.beam, "beam", 1, "train the parser for beam search of this width (1: greedy, the default; see ../beam.go)")
	flag.Float64Var(&o.augment, "augment", 0.6, "add news-shaped rewrites of this fraction of the training trees (see augment.go)")
	flag.StringVar(&o.dumpAugmented, "dump-augmented", "", "write the news-shaped trees to this CoNLL-U file and stop")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func readSplit(dir, split string) ([]*syntax.Sentence, error) {
	path := filepath.Join(dir, "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w; give the treebank's folder with -data", err)
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func run(ctx context.Context, o options) error {
	start := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "[%6.1fs] "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
	}
	train, err := readSplit(o.data, "train")
	if err != nil {
		return err
	}
	dev, err := readSplit(o.data, "dev")
	if err != nil {
		return err
	}
	logf("read %d training and %d dev sentences", len(train), len(dev))
	news, err := augmentNews(train, o.augment, o.seed)
	if err != nil {
		return err
	}
	logf("%d news-shaped trees rewritten from the training trees", len(news))
	if o.dumpAugmented != "" {
		f, err := os.Create(o.dumpAugmented)
		if err != nil {
			return err
		}
		defer f.Close()
		return syntax.WriteCoNLLU(f, news)
	}
	treebank := train
	train = append(append([]*syntax.Sentence(nil), train...), news...)
	topt := syntax.TrainOptions{Epochs: o.tagEpochs, Seed: o.seed, Folds: o.folds}

	tagger, jack := syntax.TrainTagger(train, topt)
	devPred := syntax.Blank(dev)
	for _, s := range devPred {
		tagger.Tag(s)
	}
	sc := syntax.Score(dev, devPred)
	logf("tagger: dev UPOS %.4f XPOS %.4f", sc.UPOS, sc.XPOS)
	if ctx.Err() != nil {
		return ctx.Err()
	}

	lem := syntax.TrainLemmatizer(treebank)
	for _, s := range devPred {
		lem.Lemmatize(s)
	}
	logf("lemmatizer: dev lemma accuracy %.4f (predicted tags)", syntax.Score(dev, devPred).Lemmas)

	best, bestLAS := []byte(nil), -1.0
	popt := syntax.ParserTrainOptions{
		TrainOptions: syntax.TrainOptions{Epochs: o.parseEpochs, Seed: o.seed, Log: os.Stderr},
		ExploreFrom:  o.exploreFrom, Explore: o.explore, Prune: o.prune, Beam: o.beam,
		Eval: func(ep int, p *syntax.Parser) {
			for _, s := range devPred {
				p.Parse(s)
			}
			sc := syntax.Score(dev, devPred)
			note := ""
			if sc.LAS > bestLAS {
				bestLAS, best, note = sc.LAS, encode(p), " (best so far)"
			}
			logf("parser epoch %d: dev UAS %.4f LAS %.4f%s", ep+1, sc.UAS, sc.LAS, note)
		},
	}
	syntax.TrainParser(train, jack, popt)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	for _, m := range []struct {
		name string
		data []byte
	}{{"tagger.gz", encode(tagger)}, {"lemmatizer.gz", encode(lem)}, {"parser.gz", best}} {
		if err := writeGzip(filepath.Join(o.out, m.name), m.data); err != nil {
			return err
		}
		st, _ := os.Stat(filepath.Join(o.out, m.name))
		logf("wrote %s: %d bytes (%d uncompressed)", filepath.Join(o.out, m.name), st.Size(), len(m.data))
	}
	logf("done: dev UPOS %.4f, best parser dev LAS %.4f", sc.UPOS, bestLAS)
	return nil
}

func encode(m io.WriterTo) []byte {
	var b bytesBuffer
	if _, err := m.WriteTo(&b); err != nil {
		panic(err) // writing to memory does not fail
	}
	return b.b
}

type bytesBuffer struct{ b []byte }

func (w *bytesBuffer) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

// writeGzip writes data gzip-compressed to path through a temporary file, so a failed
// run never leaves a truncated model behind.
func writeGzip(path string, data []byte) error {
	if data == nil {
		return errors.New("no model to write for " + path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	zw, _ := gzip.NewWriterLevel(tmp, gzip.BestCompression)
	zw.ModTime = time.Unix(0, 0) // the same model gives the same bytes
	if _, err := zw.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
