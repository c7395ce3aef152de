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
