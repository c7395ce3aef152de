package syntax

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// toy is a small treebank written for these tests: enough for the trainers to learn
// their own examples, and for the formats to round-trip.
const toy = `# sent_id = t1
# text = Ministers met envoys.
1	Ministers	minister	NOUN	NNS	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	envoys	envoy	NOUN	NNS	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t2
# text = The envoy called ministers on Monday.
1	The	the	DET	DT	_	2	det	_	_
2	envoy	envoy	NOUN	NN	_	3	nsubj	_	_
3	called	call	VERB	VBD	_	0	root	_	_
4	ministers	minister	NOUN	NNS	_	3	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Monday	Monday	PROPN	NNP	_	3	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t3
# text = Envoys don't meet.
1	Envoys	envoy	NOUN	NNS	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	meet	meet	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`

func readToy(t *testing.T) []*Sentence {
	t.Helper()
	s, err := ReadCoNLLU(strings.NewReader(toy))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCoNLLURead(t *testing.T) {
	s := readToy(t)
	if len(s) != 3 {
		t.Fatalf("%d sentences, want 3", len(s))
	}
	if s[1].ID != "t2" || s[1].Text != "The envoy called ministers on Monday." {
		t.Errorf("sentence 2: id %q text %q", s[1].ID, s[1].Text)
	}
	w := s[1].Words[2]
	if w.Form != "called" || w.Lemma != "call" || w.UPOS != "VERB" || w.XPOS != "VBD" || w.Head != 0 || w.DepRel != "root" {
		t.Errorf("word 3 of t2 = %+v", w)
	}
	if s[0].Words[2].SpaceAfter || !s[0].Words[1].SpaceAfter {
		t.Errorf("SpaceAfter=No not read")
	}
	if len(s[2].Multiwords) != 1 || s[2].Multiwords[0].Form != "don't" || s[2].Multiwords[0].First != 2 || s[2].Multiwords[0].Last != 3 {
		t.Errorf("multiword = %+v", s[2].Multiwords)
	}
	for _, x := range s {
		if err := x.Validate(); err != nil {
			t.Errorf("%s: %v", x.ID, err)
		}
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	s := readToy(t)
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, s); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(&b)
	if err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	WriteCoNLLU(&b2, again)
	var b1 bytes.Buffer
	WriteCoNLLU(&b1, s)
	if b1.String() != b2.String() {
		t.Errorf("round trip changed the text:\n%s\n---\n%s", b1.String(), b2.String())
	}
}

func TestCoNLLUErrors(t *testing.T) {
	cases := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"out of sequence", "1\ta\n3\tb\n", 2, "out of sequence"},
		{"bad head", "1\ta\t_\t_\t_\t_\tx\t_\t_\t_\n", 1, "bad HEAD"},
		{"no tabs", "1 a b c\n", 1, "columns"},
		{"bad range", "2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "multiword"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := NewCoNLLUReader(strings.NewReader(c.in + "\n1\tfine\n\n"))
			_, err := r.Next()
			var ce *CoNLLUError
			if !errors.As(err, &ce) || ce.Line != c.line || !strings.Contains(ce.Msg, c.msg) {
				t.Fatalf("err = %v, want line %d: %s", err, c.line, c.msg)
			}
			// Reading goes on with the next sentence.
			s, err := r.Next()
			if err != nil || len(s.Words) != 1 || s.Words[0].Form != "fine" {
				t.Fatalf("after the error: %v, %+v", err, s)
			}
			if _, err := r.Next(); err != io.EOF {
				t.Fatalf("want EOF, got %v", err)
			}
		})
	}
	if err := (&Sentence{Words: []Word{{ID: 1, Head: 2}, {ID: 2, Head: 1}}}).Validate(); err == nil {
		t.Error("a cycle validated")
	}
	if err := (&Sentence{Words: []Word{{ID: 1, Head: 0}, {ID: 2, Head: 0}}}).Validate(); err == nil {
		t.Error("two roots validated")
	}
}

// TestTrainToy trains every model on the toy treebank: the models learn their own
// training sentences, and a model written and read back gives the same annotations.
func TestTrainToy(t *testing.T) {
	train := readToy(t)
	var sents []*Sentence
	for i := 0; i < 4; i++ { // enough sentences for the jackknife's folds
		sents = append(sents, train...)
	}
	opt := TrainOptions{Epochs: 10, Seed: 1, Folds: 2}
	tagger, jack := TrainTagger(sents, opt)
	if len(jack) != len(sents) || len(jack[0]) != len(sents[0].Words) {
		t.Fatalf("jackknifed tags: %d sentences", len(jack))
	}
	lem := TrainLemmatizer(sents)
	for _, beam := range []int{1, 4} {
		parser := TrainParser(sents, nil, ParserTrainOptions{TrainOptions: opt, ExploreFrom: 1, Explore: 0.9, Beam: beam})

		var tb, pb, lb bytes.Buffer
		tagger.WriteTo(&tb)
		parser.WriteTo(&pb)
		lem.WriteTo(&lb)
		tagger2, err := ReadTagger(&tb)
		if err != nil {
			t.Fatal(err)
		}
		parser2, err := ReadParser(&pb)
		if err != nil {
			t.Fatal(err)
		}
		lem2, err := ReadLemmatizer(&lb)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []*Pipeline{{tagger, lem, parser}, {tagger2, lem2, parser2}} {
			pred := Blank(train)
			for _, s := range pred {
				p.Annotate(s)
			}
			sc := Score(train, pred)
			if sc.UPOS != 1 || sc.XPOS != 1 || sc.Lemmas != 1 || sc.LAS != 1 {
				t.Errorf("beam %d: toy training set scored %+v, want every word right", beam, sc)
			}
		}
	}
	if _, err := ReadParser(strings.NewReader("RGPARSE2\nbeam 1\n3\na\nb\n")); err == nil {
		t.Error("a truncated parser model was read")
	}
	if _, err := ReadTagger(strings.NewReader("not a model")); err == nil {
		t.Error("garbage read as a tagger")
	}
}

// TestParseOddInputs: whatever the text, every sentence gets one well-formed tree.
func TestParseOddInputs(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("and the talks went on ", 200)
	for _, text := range []string{"", "   \n\n ", "Yes", "!!!", "…", "A", "(", long, "Putin\nMacron\nTalks",
		"The U.S. said so. Mr. Smith didn't agree; he'd called it \"odd\" -- twice."} {
		for _, s := range p.Parse(text) {
			if len(s.Words) == 0 {
				t.Errorf("%.20q: empty sentence", text)
			}
			if len(s.Words) > MaxSentenceWords {
				t.Errorf("%.20q: a sentence of %d words", text, len(s.Words))
			}
			if err := s.Validate(); err != nil {
				t.Errorf("%.20q: %v", text, err)
			}
			for _, w := range s.Words {
				if w.UPOS == "" || w.XPOS == "" || w.Lemma == "" || w.DepRel == "" {
					t.Errorf("%.20q: word %q not annotated: %+v", text, w.Form, w)
				}
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Putin called Macron on Tuesday.", "He didn't, and won't.", "U.S. envoy -- met (twice)",
		`a "sham" truce "`, `" " "x" ''`, `“a”“b” said “”`} {
		f.Add(s)
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range p.Parse(text) {
			if err := s.Validate(); err != nil {
				t.Fatalf("%q: %v", text, err)
			}
		}
	})
}

// TestWordShape: the shape feature of the tagger, ASCII and not.
func TestWordShape(t *testing.T) {
	for w, want := range map[string]string{
		"Putin": "Xxx", "U.S.": "X.X.", "1,283": "d,dd", "x": "x", "NATO-led": "XX-xx", "e-mail": "x-xx",
		"--": "--", "I": "X", "aaaaaaaaaaaaaaaaaaaaaaaa": "xx", "A1b2C3d4E5f6G7h8": "XdxdXdxdXdxdX",
		"Élysée": "Xxx", "٣٤": "dd",
	} {
		if got := wordShape(w); got != want {
			t.Errorf("wordShape(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCoNLLUHostile: an over-long line is one error and reading goes on; comments with
// no sentence go to the next one; a range past the last word is an error; a BOM is skipped.
func TestCoNLLUHostile(t *testing.T) {
	long := "1\t" + strings.Repeat("x", maxCoNLLULine+10) + "\n2\tend\n\n"
	r := NewCoNLLUReader(strings.NewReader("1\tfirst\n\n" + long + "1\tlast\n\n"))
	var forms []string
	errs := 0
	for {
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var ce *CoNLLUError
			if !errors.As(err, &ce) || ce.Line != 3 || !strings.Contains(ce.Msg, "longer than") {
				t.Fatalf("err = %v, want line 3 too long", err)
			}
			errs++
			if errs > 1 {
				t.Fatal("the long line was reported more than once")
			}
			continue
		}
		forms = append(forms, s.Words[0].Form)
	}
	if strings.Join(forms, " ") != "first last" || errs != 1 {
		t.Errorf("read %q with %d errors, want first and last with 1", forms, errs)
	}

	s, err := ReadCoNLLU(strings.NewReader("\xef\xbb\xbf# newdoc id = d1\n\n1\tHello\n\n# only a comment\n"))
	if err != nil || len(s) != 1 || s[0].Words[0].Form != "Hello" || len(s[0].Comments) != 1 || s[0].Comments[0] != "newdoc id = d1" {
		t.Errorf("BOM and comment-only block: %v, %+v", err, s)
	}

	_, err = ReadCoNLLU(strings.NewReader("1-3\tabc\n1\ta\n2\tb\n\n"))
	var ce *CoNLLUError
	if !errors.As(err, &ce) || !strings.Contains(ce.Msg, "runs past") {
		t.Errorf("a range past the last word: err = %v", err)
	}
}
