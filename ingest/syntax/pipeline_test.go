package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// readSplit reads a split of the UD English EWT treebank (CC BY-SA 4.0) from
// ../shared/data, or skips the test without it. Only train and dev are read: the test
// split is held out.
func readSplit(t testing.TB, split string) []*Sentence {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "ud", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no treebank (%v); the test reads ../shared/data", err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}

// TestEmbeddedModelsDev checks what CI must know of the committed models: they load, and
// they score above a floor on the EWT dev split with gold tokens and predicted tags. The
// floors sit a little under the figures the committed models print in the benchmark, so
// a broken model or a broken feature function fails, not a retrain's noise.
func TestEmbeddedModelsDev(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dev := readSplit(t, "dev")
	pred := Blank(dev)
	for _, s := range pred {
		p.Annotate(s)
		if err := s.Validate(); err != nil {
			t.Fatalf("sentence %s: not a tree: %v", s.ID, err)
		}
	}
	sc := Score(dev, pred)
	t.Logf("EWT dev: UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f", sc.UPOS, sc.XPOS, sc.Lemmas, sc.UAS, sc.LAS)
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", sc.UPOS, 0.945},
		{"XPOS", sc.XPOS, 0.935},
		{"lemma", sc.Lemmas, 0.96},
		{"UAS", sc.UAS, 0.84},
		{"LAS", sc.LAS, 0.80},
	} {
		if c.got < c.floor {
			t.Errorf("%s %.4f, want >= %.3f", c.name, c.got, c.floor)
		}
	}
}

// TestAnnotateFixed checks that tags known beforehand stay and help: a surname the tagger
// does not know, given as a proper noun, is the subject of the verb after it; and on the
// EWT dev split, fixing the gold tags of proper nouns (what a name recognizer gives) does
// not make the parse of the sentence around them worse.
func TestAnnotateFixed(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := Tokenize("Biden met Xi in Bali.")[0]
	fixed := []string{"PROPN/NNP", "", "PROPN/NNP", "", "PROPN/NNP", ""}
	p.AnnotateFixed(s, fixed)
	if w := s.Words[0]; w.UPOS != "PROPN" || w.XPOS != "NNP" || w.DepRel != "nsubj" || w.Head != 2 {
		t.Errorf("Biden: %s/%s %s of %d, want PROPN/NNP nsubj of 2", w.UPOS, w.XPOS, w.DepRel, w.Head)
	}
	if w := s.Words[1]; w.UPOS != "VERB" || w.DepRel != "root" {
		t.Errorf("met: %s %s, want VERB root", w.UPOS, w.DepRel)
	}

	dev := readSplit(t, "dev")
	free, guided := Blank(dev), Blank(dev)
	for i, s := range dev {
		p.Annotate(free[i])
		fixed := make([]string, len(s.Words))
		for k, w := range s.Words {
			if w.UPOS == "PROPN" {
				fixed[k] = w.UPOS + "/" + w.XPOS
			}
		}
		p.AnnotateFixed(guided[i], fixed)
		for k, w := range s.Words {
			if fixed[k] != "" && guided[i].Words[k].UPOS != w.UPOS {
				t.Fatalf("sentence %s word %d: fixed tag %s not kept (%s)", s.ID, k+1, fixed[k], guided[i].Words[k].UPOS)
			}
		}
	}
	a, b := Score(dev, free), Score(dev, guided)
	t.Logf("EWT dev, free / proper nouns fixed: UPOS %.4f / %.4f, LAS %.4f / %.4f", a.UPOS, b.UPOS, a.LAS, b.LAS)
	if b.LAS < a.LAS {
		t.Errorf("LAS with proper nouns fixed %.4f < %.4f without", b.LAS, a.LAS)
	}
}
