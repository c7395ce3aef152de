package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/syntax"
)

// parseText runs "relgraph parse -" on text and reads its CoNLL-U back.
func parseText(t *testing.T, text string) []*syntax.Sentence {
	t.Helper()
	io, out, errOut := testStreams(text)
	if code := run(context.Background(), []string{"parse", "-"}, io); code != 0 {
		t.Fatalf("relgraph parse: exit %d: %s", code, errOut)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out.String()))
	if err != nil {
		t.Fatalf("relgraph parse printed bad CoNLL-U: %v\n%s", err, out)
	}
	for _, s := range sents {
		if err := s.Validate(); err != nil {
			t.Fatalf("sentence %q: %v", s.Text, err)
		}
		for _, w := range s.Words {
			if w.Start < 0 || text[w.Start:w.End] != w.Form && !strings.Contains(w.Misc, "TokenRange") {
				t.Fatalf("word %q has no offsets into the input", w.Form)
			}
		}
	}
	return sents
}

// word returns the first word of s with the form, or fails.
func word(t *testing.T, s *syntax.Sentence, form string) *syntax.Word {
	t.Helper()
	for i := range s.Words {
		if s.Words[i].Form == form {
			return &s.Words[i]
		}
	}
	t.Fatalf("no word %q in %q", form, s.Text)
	return nil
}

// phrase is the word and its flat, compound and nmod:desc dependents: the name the word heads.
func phrase(s *syntax.Sentence, id int) string {
	var parts []string
	for _, w := range s.Words {
		if w.ID == id || w.Head == id && (w.DepRel == "flat" || w.DepRel == "compound" || w.DepRel == "nmod:desc") {
			parts = append(parts, w.Form)
		}
	}
	return strings.Join(parts, " ")
}

// subjects returns the name phrases of the nsubj dependents of word id, with their conjuncts.
func subjects(s *syntax.Sentence, id int) []string {
	var out []string
	for _, w := range s.Words {
		if w.Head == id && w.DepRel == "nsubj" {
			out = append(out, phrase(s, w.ID))
			for _, c := range s.Words {
				if c.Head == w.ID && c.DepRel == "conj" {
					out = append(out, phrase(s, c.ID))
				}
			}
		}
	}
	return out
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if strings.Contains(n, name) {
			return true
		}
	}
	return false
}

// TestParseSeedArticle: in the seed article, Putin is a subject of the verbs of contact,
// in the headline and in the body.
func TestParseSeedArticle(t *testing.T) {
	b, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents := parseText(t, text)
	checked := 0
	for _, s := range sents {
		for _, verb := range []string{"held", "discuss"} {
			if !strings.Contains(s.Text, "Putin") || !strings.Contains(s.Text, " "+verb+" ") {
				continue
			}
			if !strings.HasPrefix(s.Text, "Russian President") && !strings.HasPrefix(s.Text, "Putin, Macron discuss Iran") {
				continue
			}
			v := word(t, s, verb)
			subj := subjects(s, v.ID)
			if !containsName(subj, "Putin") || !containsName(subj, "Macron") {
				t.Errorf("%q: subjects of %q are %q, want Putin and Macron", s.Text, verb, subj)
			}
			checked++
		}
	}
	if checked != 2 {
		t.Fatalf("found %d of the 2 sentences with a verb of contact", checked)
	}
}

// TestParseRelativeClauseSubject: a relative clause between a subject and its verb hangs
// off the subject, and the main verb's subject is the person, not the place the relative
// clause names (sentences of the shape that gave "the islands met the prime minister").
func TestParseRelativeClauseSubject(t *testing.T) {
	cases := []struct {
		text, verb, subject, relVerb string
		notSubject                   string
	}{
		{"Denmark's Queen Ingrid, who hopes one day to visit the remote islands of Greenland, on Thursday met Indian Prime Minister Arun Mehta in Copenhagen.",
			"met", "Ingrid", "hopes", "Greenland"},
		{"The Dutch foreign minister, who plans to travel to the Arctic island of Svalbard next year, met his Norwegian counterpart in Oslo on Monday.",
			"met", "minister", "plans", "Svalbard"},
		{"Kenya's President Samuel Otieno, who wants to see the disputed border region of Turkana, on Friday received the Ethiopian envoy in Nairobi.",
			"received", "Otieno", "wants", "Turkana"},
	}
	// A known miss, left out: a long ditransitive relative clause ("The Chilean senator,
	// who had promised voters in the mountain town of Putre a new road, spoke with the
	// minister ...") ends the greedy parser's reach, and "spoke" becomes a clause of
	// "road". Rewritten relative clauses of up to 20 words did not fix it; a parser trained
	// for a beam of 8 on EWT alone parsed it right but missed the Queen Ingrid sentence,
	// at eight times the parsing time (beam and rewritten trees together are untried).
	for _, c := range cases {
		s := parseText(t, c.text)[0]
		v := word(t, s, c.verb)
		if v.Head != 0 {
			t.Errorf("%q: %q is not the root (head %d)", c.text, c.verb, v.Head)
		}
		subj := subjects(s, v.ID)
		if !containsName(subj, c.subject) || containsName(subj, c.notSubject) {
			t.Errorf("%q: subjects of %q are %q, want %q", c.text, c.verb, subj, c.subject)
		}
		rel := word(t, s, c.relVerb)
		if rel.DepRel != "acl:relcl" || !strings.Contains(phrase(s, rel.Head), c.subject) {
			t.Errorf("%q: %q is %s of word %d, want acl:relcl of %q", c.text, c.relVerb, rel.DepRel, rel.Head, c.subject)
		}
	}
}

// TestParseCoNLLUHostile: an over-long line is one error naming its line, the sentences
// after it are written, and sentence ids count the skipped sentence.
func TestParseCoNLLUHostile(t *testing.T) {
	in := "1\tRain\n2\tfell\n\n1\t" + strings.Repeat("x", 2<<20) + "\n2\tend\n\n1\tWind\n2\trose\n\n"
	io, out, errOut := testStreams(in)
	if code := run(context.Background(), []string{"parse", "--conllu", "-"}, io); code != exitPartial {
		t.Fatalf("exit %d, want %d (partial); stderr: %.300s", code, exitPartial, errOut)
	}
	if n := strings.Count(errOut.String(), "\n"); n != 2 || !strings.Contains(errOut.String(), "-:4: line longer than") {
		t.Errorf("stderr has %d lines, want the long line named once and the summary:\n%.500s", n, errOut)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out.String()))
	if err != nil || len(sents) != 2 || sents[1].Words[0].Form != "Wind" || sents[1].ID != "3" {
		t.Errorf("output: %v, %d sentences:\n%s", err, len(sents), out)
	}
}

func TestParseChunks(t *testing.T) {
	text := "One line.\n\nA second paragraph here.\nAnd a line. " + strings.Repeat("word ", 30) + strings.Repeat("z", 50)
	for _, max := range []int{8, 16, 40, 1000} {
		chunks := parseChunks(text, max)
		at := 0
		for _, c := range chunks {
			if c[0] != at || c[1] <= c[0] {
				t.Fatalf("max %d: chunks %v do not tile the text", max, chunks)
			}
			at = c[1]
		}
		if at != len(text) {
			t.Fatalf("max %d: chunks end at %d of %d", max, at, len(text))
		}
	}
	if c := parseChunks(text, 16); text[c[0][1]-2:c[0][1]] != "\n\n" {
		t.Errorf("the first cut is not at the blank line: %v", c)
	}
}

// TestParseRefusesNonText: binary data and text that is not UTF-8 get an error naming the
// file and what to do, not CoNLL-U of garbage.
func TestParseRefusesNonText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Rain\x00fell", "binary data (a NUL byte at offset 4)"},
		{"The caf\xe9 closed.", "not UTF-8 (byte 0xe9 at offset 7); convert it first"},
	} {
		io, out, errOut := testStreams(c.in)
		if code := run(context.Background(), []string{"parse", "-"}, io); code != exitError || !strings.Contains(errOut.String(), c.want) || out.Len() != 0 {
			t.Errorf("%q: exit %d, stderr %q, %d bytes out; want exit 1 and %q", c.in, code, errOut, out.Len(), c.want)
		}
	}
}
