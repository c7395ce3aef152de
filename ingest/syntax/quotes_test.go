package syntax

import (
	"strings"
	"testing"
)

// arcs renders a parsed sentence as form/head/relation, the quotation marks left out.
func arcs(s *Sentence) []string {
	var out []string
	for _, w := range s.Words {
		if quoteMark(w.Form) {
			continue
		}
		h := "root"
		if w.Head > 0 {
			h = s.Words[w.Head-1].Form
		}
		out = append(out, w.Form+"<-"+w.DepRel+"-"+h)
	}
	return out
}

// TestScareQuotesParsedAsThePhrase: a quoted phrase inside a sentence parses as the
// sentence without its marks would, and the marks hang on the phrase. Read with its marks
// the parser made the plan a clause ("plan" ccomp of "put") and "said" a conj of it.
func TestScareQuotesParsedAsThePhrase(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	quoted := `The ministry put forward the "two-plus-two" plan at the meeting in Geneva on Monday, officials said.`
	plain := strings.ReplaceAll(quoted, `"`, "")
	q, u := p.Parse(quoted), p.Parse(plain)
	if len(q) != 1 || len(u) != 1 {
		t.Fatalf("%d and %d sentences, want one each", len(q), len(u))
	}
	if err := q[0].Validate(); err != nil {
		t.Fatalf("not a tree: %v", err)
	}
	if got, want := strings.Join(arcs(q[0]), " "), strings.Join(arcs(u[0]), " "); got != want {
		t.Errorf("with the marks:\n %s\nwithout them:\n %s", got, want)
	}
	var plan, root string
	for _, w := range q[0].Words {
		if w.Form == "plan" {
			plan = w.DepRel
		}
		if w.Head == 0 {
			root = w.Form
		}
		if quoteMark(w.Form) {
			if w.DepRel != "punct" || w.Head < 1 || !strings.Contains("two-plus", q[0].Words[w.Head-1].Form) {
				t.Errorf("mark %s at %d hangs %s on %d, want punct on a word of the phrase", w.Form, w.ID, w.DepRel, w.Head)
			}
		}
	}
	if plan != "obj" || root != "said" {
		t.Errorf(`"plan" is %s and the root %q, want the object of "put" and "said"`, plan, root)
	}
}

// TestSpeechQuotesStay: the marks of quoted speech are no phrase of the sentence; the
// parser keeps reading them (they end the speech before its speaker).
func TestSpeechQuotesStay(t *testing.T) {
	for _, text := range []string{
		`"We will stay," said Kim.`,
		`Kim said: "We will stay."`,
		`"We will stay" in the talks, Kim said.`,
		`He called them "a group of men who want to wreck the talks in Geneva" and left.`,
		`The envoy said it was "a good day, a very good day" for the region.`,
	} {
		for _, s := range Tokenize(text) {
			if got := scareQuotes(s); len(got) != 0 {
				t.Errorf("%s: marks %v read as a phrase's", text, got)
			}
		}
	}
	for _, text := range []string{`Rebels branded the truce a "sham" on Tuesday.`, `It was a “reckless” move.`} {
		s := Tokenize(text)[0]
		if got := scareQuotes(s); len(got) != 2 {
			t.Errorf("%s: marks %v, want the pair", text, got)
		}
	}
}

// TestScareQuotesShortFixed: fixed tags shorter than the sentence are allowed, as
// TagFixed allows them, with quotes to leave out too.
func TestScareQuotesShortFixed(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := Tokenize(`Rebels branded the truce a "sham" on Tuesday.`)[0]
	p.AnnotateFixed(s, []string{"PROPN/NNP"})
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}
