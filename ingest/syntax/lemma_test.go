package syntax

import (
	"bytes"
	"compress/gzip"
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var ewtLemmatizer struct {
	once  sync.Once
	train []*Sentence
	l     *Lemmatizer
	took  time.Duration
}

// ewtTrainedLemmatizer returns the lemmatizer trained on the EWT train split, trained
// once per test binary, and the split.
func ewtTrainedLemmatizer(t *testing.T) (*Lemmatizer, []*Sentence) {
	t.Helper()
	train := readSplit(t, "train")
	ewtLemmatizer.once.Do(func() {
		start := time.Now()
		ewtLemmatizer.l = TrainLemmatizer(train)
		ewtLemmatizer.took = time.Since(start)
		ewtLemmatizer.train = train
	})
	return ewtLemmatizer.l, ewtLemmatizer.train
}

// TestLemmatizerDev scores the lemmatizer trained on EWT train on EWT dev with gold tags,
// overall and on the words whose lower-cased form training never saw. Words EWT gives no
// lemma ("_": the parts of a split word, relation goeswith) are not scored.
func TestLemmatizerDev(t *testing.T) {
	l, train := ewtTrainedLemmatizer(t)
	dev := readSplit(t, "dev")
	t.Logf("trained on %d sentences in %v", len(train), ewtLemmatizer.took.Round(time.Millisecond))

	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[strings.ToLower(w.Form)] = true
		}
	}
	var all, right, unseen, unseenRight, noLemma int
	errs := map[string]int{}
	for _, s := range dev {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				noLemma++
				continue
			}
			got := l.Lemma(w.Form, w.UPOS, w.XPOS)
			all++
			if got == w.Lemma {
				right++
			} else {
				errs[w.UPOS+"/"+w.XPOS+" "+w.Form+" -> "+got+", want "+w.Lemma]++
			}
			if !seen[strings.ToLower(w.Form)] {
				unseen++
				if got == w.Lemma {
					unseenRight++
				}
			}
		}
	}
	acc := float64(right) / float64(all)
	t.Logf("dev lemma accuracy, gold tags: %.4f of %d words; %.4f of the %d unseen in training (%d words without a lemma not scored)",
		acc, all, float64(unseenRight)/float64(unseen), unseen, noLemma)
	if testing.Verbose() {
		logLemmaErrors(t, errs, 30)
	}
	if acc < 0.988 {
		t.Errorf("dev lemma accuracy %.4f, want >= 0.988", acc)
	}

	// The encoding: its size, and that it reads back to the same lemmas.
	var raw bytes.Buffer
	if _, err := l.WriteTo(&raw); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw.Bytes())
	zw.Close()
	t.Logf("model: %d bytes, %d gzip-compressed", raw.Len(), gz.Len())
	if gz.Len() > 1<<20 {
		t.Errorf("gzip-compressed model is %d bytes, want well under 1 MB", gz.Len())
	}
	back, err := ReadLemmatizer(&raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range dev {
		for _, w := range s.Words {
			if got, want := back.Lemma(w.Form, w.UPOS, w.XPOS), l.Lemma(w.Form, w.UPOS, w.XPOS); got != want {
				t.Fatalf("read back: %s/%s %q -> %q, trained gives %q", w.UPOS, w.XPOS, w.Form, got, want)
			}
		}
	}
}

func logLemmaErrors(t *testing.T, errs map[string]int, n int) {
	keys := make([]string, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if errs[keys[i]] != errs[keys[j]] {
			return errs[keys[i]] > errs[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:min(n, len(keys))] {
		t.Logf("%3d× %s", errs[k], k)
	}
}

// TestLemmaEWT checks regular, irregular and unseen words against the lemmatizer trained
// on EWT train. The words named unseen are in neither EWT train nor dev.
func TestLemmaEWT(t *testing.T) {
	l, _ := ewtTrainedLemmatizer(t)
	tests := []struct {
		name, form, upos, xpos, want string
	}{
		// Unseen regular words: the ending rules.
		{"unseen -ed", "tweeted", "VERB", "VBD", "tweet"},
		{"unseen -ed, title case", "Tweeted", "VERB", "VBD", "tweet"},
		{"unseen -ed participle", "indicted", "VERB", "VBN", "indict"},
		{"unseen -oed", "vetoed", "VERB", "VBD", "veto"},
		{"unseen -ing", "livestreaming", "VERB", "VBG", "livestream"},
		{"unseen -s verb", "retweets", "VERB", "VBZ", "retweet"},
		{"unseen plural", "ceasefires", "NOUN", "NNS", "ceasefire"},
		{"unseen -ied", "lobbied", "VERB", "VBD", "lobby"},
		{"unseen proper noun", "Zelensky", "PROPN", "NNP", "Zelensky"},
		// Regular words, seen or not.
		{"participle", "sanctioned", "VERB", "VBN", "sanction"},
		{"-ing drops e", "hoping", "VERB", "VBG", "hope"},
		{"plural noun", "talks", "NOUN", "NNS", "talk"},
		{"-ied", "denied", "VERB", "VBD", "deny"},
		{"doubled consonant", "stopped", "VERB", "VBD", "stop"},
		{"-es plural", "taxes", "NOUN", "NNS", "tax"},
		{"plural proper noun", "Russians", "PROPN", "NNPS", "Russian"},
		{"proper noun", "Putin", "PROPN", "NNP", "Putin"},
		{"abbreviation", "U.S.", "PROPN", "NNP", "U.S."},
		{"acronym", "NATO", "PROPN", "NNP", "NATO"},
		{"capitals to the seen case", "BAGHDAD", "PROPN", "NNP", "Baghdad"},
		{"sentence-initial determiner", "The", "DET", "DT", "the"},
		{"pronoun I", "I", "PRON", "PRP", "I"},
		// Irregular words: the dictionary.
		{"met", "met", "VERB", "VBD", "meet"},
		{"went", "went", "VERB", "VBD", "go"},
		{"was", "was", "AUX", "VBD", "be"},
		{"better", "better", "ADJ", "JJR", "good"},
		{"women", "women", "NOUN", "NNS", "woman"},
		{"children", "children", "NOUN", "NNS", "child"},
		{"n't", "n't", "PART", "RB", "not"},
		{"'s is", "'s", "AUX", "VBZ", "be"},
		{"'s possessive", "'s", "PART", "POS", "'s"},
		{"wo", "wo", "AUX", "MD", "will"},
		{"ca", "ca", "AUX", "MD", "can"},
		{"'m", "'m", "AUX", "VBP", "be"},
		{"'re", "'re", "AUX", "VBP", "be"},
		{"'ll", "'ll", "AUX", "MD", "will"},
		{"'d would", "'d", "AUX", "MD", "would"},
		{"'d had", "'d", "AUX", "VBD", "have"},
		// Numbers, punctuation and addresses.
		{"number", "3.5", "NUM", "CD", "3.5"},
		{"year", "2024", "NUM", "CD", "2024"},
		{"grouped number", "1,000", "NUM", "CD", "1000"},
		{"URL", "https://example.org/News/Items", "X", "ADD", "https://example.org/News/Items"},
		{"e-mail", "Press@Example.org", "X", "ADD", "Press@Example.org"},
		{"comma", ",", "PUNCT", ",", ","},
		{"curly quote", "“", "PUNCT", "``", `"`},
		// Tags not seen together in training.
		{"unseen tag pair", "talks", "NOUN", "VBZ", "talk"},
		{"XPOS missing", "Kyiv", "PROPN", "_", "Kyiv"},
		{"no tags known", "Flurbs", "FOO", "BAR", "Flurbs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.Lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tt.form, tt.upos, tt.xpos, got, tt.want)
			}
		})
	}
}

// lemmaSentence makes a sentence from "form/UPOS/XPOS/lemma" words.
func lemmaSentence(words ...string) *Sentence {
	s := &Sentence{Start: -1, End: -1}
	for i, w := range words {
		f := strings.Split(w, "/")
		s.Words = append(s.Words, Word{ID: i + 1, Form: f[0], UPOS: f[1], XPOS: f[2], Lemma: f[3], Head: -1, Start: -1, End: -1})
	}
	return s
}

// lemmaToyTreebank is a treebank small enough to read: regular past tenses and plurals,
// an irregular verb, a proper noun and sentence-initial capitals.
func lemmaToyTreebank() []*Sentence {
	return []*Sentence{
		lemmaSentence("The/DET/DT/the", "gardeners/NOUN/NNS/gardener", "planted/VERB/VBD/plant", "beans/NOUN/NNS/bean", "./PUNCT/./."),
		lemmaSentence("Maria/PROPN/NNP/Maria", "painted/VERB/VBD/paint", "two/NUM/CD/two", "boats/NOUN/NNS/boat", "./PUNCT/./."),
		lemmaSentence("The/DET/DT/the", "dogs/NOUN/NNS/dog", "barked/VERB/VBD/bark", "and/CCONJ/CC/and", "ran/VERB/VBD/run", "./PUNCT/./."),
		lemmaSentence("We/PRON/PRP/we", "counted/VERB/VBD/count", "the/DET/DT/the", "cups/NOUN/NNS/cup", "in/ADP/IN/in", "Oslo/PROPN/NNP/Oslo", "./PUNCT/./."),
		lemmaSentence("Birds/NOUN/NNS/bird", "landed/VERB/VBD/land", "near/ADP/IN/near", "the/DET/DT/the", "lakes/NOUN/NNS/lake", "./PUNCT/./."),
	}
}

// TestLemmatizerToy needs no treebank: trained on a few sentences, the rules generalize
// to words not in them, and the model reads back to the same lemmas.
func TestLemmatizerToy(t *testing.T) {
	l := TrainLemmatizer(lemmaToyTreebank())
	tests := []struct {
		name, form, upos, xpos, want string
	}{
		{"seen plural", "beans", "NOUN", "NNS", "bean"},
		{"unseen plural", "kites", "NOUN", "NNS", "kite"},
		{"unseen plural, capitals", "Kites", "NOUN", "NNS", "kite"},
		{"unseen past tense", "jumped", "VERB", "VBD", "jump"},
		{"seen irregular", "ran", "VERB", "VBD", "run"},
		{"unseen proper noun", "Bergen", "PROPN", "NNP", "Bergen"},
		{"sentence-initial", "The", "DET", "DT", "the"},
		{"number", "12,500", "NUM", "CD", "12500"},
		{"unknown tag", "zorbs", "X", "FW", "zorbs"},
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
			t.Errorf("%s: Lemma(%q, %s, %s) = %q, want %q", tt.name, tt.form, tt.upos, tt.xpos, got, tt.want)
		}
	}

	s := lemmaSentence("Cats/NOUN/NNS/_", "jumped/VERB/VBD/_")
	l.Lemmatize(s)
	if s.Words[0].Lemma != "cat" || s.Words[1].Lemma != "jump" {
		t.Errorf("Lemmatize: %q %q, want cat jump", s.Words[0].Lemma, s.Words[1].Lemma)
	}

	var enc bytes.Buffer
	n, err := l.WriteTo(&enc)
	if err != nil || n != int64(enc.Len()) {
		t.Fatalf("WriteTo: %d, %v; wrote %d bytes", n, err, enc.Len())
	}
	back, err := ReadLemmatizer(bytes.NewReader(enc.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got, want := back.Lemma(tt.form, tt.upos, tt.xpos), l.Lemma(tt.form, tt.upos, tt.xpos); got != want {
			t.Errorf("read back: Lemma(%q) = %q, trained gives %q", tt.form, got, want)
		}
	}
	var again bytes.Buffer
	back.WriteTo(&again)
	if !bytes.Equal(again.Bytes(), enc.Bytes()) {
		t.Error("the model read back encodes differently")
	}
	var retrained bytes.Buffer
	TrainLemmatizer(lemmaToyTreebank()).WriteTo(&retrained)
	if !bytes.Equal(retrained.Bytes(), enc.Bytes()) {
		t.Error("training twice gives different models")
	}
}

// TestReadLemmatizerBad checks that input other than a whole model is an error, not a
// panic or a half-read model.
func TestReadLemmatizerBad(t *testing.T) {
	var enc bytes.Buffer
	TrainLemmatizer(lemmaToyTreebank()).WriteTo(&enc)
	b := enc.Bytes()
	for n := 0; n < len(b); n++ {
		if _, err := ReadLemmatizer(bytes.NewReader(b[:n])); err == nil {
			t.Fatalf("reading the first %d of %d bytes: no error", n, len(b))
		} else if !errors.Is(err, errBadLemmatizer) {
			t.Fatalf("reading the first %d of %d bytes: %v, want errBadLemmatizer", n, len(b), err)
		}
	}
	if _, err := ReadLemmatizer(strings.NewReader("RGTAG1\nnot a lemmatizer")); !errors.Is(err, errBadLemmatizer) {
		t.Errorf("another model: %v, want errBadLemmatizer", err)
	}
}

// TestLemmaTypographicApostrophe: clitics written with ’ get the lemmas of their ' forms.
func TestLemmaTypographicApostrophe(t *testing.T) {
	l, _ := ewtTrainedLemmatizer(t)
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"’ll", "AUX", "MD", "will"},
		{"’re", "AUX", "VBP", "be"},
		{"n’t", "PART", "RB", "not"},
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

// TestLemmaExceptions: the forms of lexicon/lemmas.txt get their listed lemma, whatever the
// model learned ("aides" is not "aid": staff are no aid).
func TestLemmaExceptions(t *testing.T) {
	l, _ := ewtTrainedLemmatizer(t)
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"aides", "NOUN", "NNS", "aide"},
		{"Aides", "NOUN", "NNS", "aide"},
		{"forbade", "VERB", "VBD", "forbid"},
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}
