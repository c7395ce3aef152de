package bench

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData returns the path of a file under ../shared/data, found from the module root,
// and skips the benchmark when it is absent.
func sharedData(tb testing.TB, rel ...string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "data"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not found (see ../shared/data/README.md): %v", p, err)
	}
	return p
}

// Span is an entity span in a document's text: byte offsets, end exclusive, and a CoNLL
// type (PER, LOC, ORG, MISC).
type Span struct {
	Start, End int
	Type       string
}

// NERDoc is a CoNLL document rebuilt as text: tokens joined by spaces, sentences by
// newlines.
type NERDoc struct {
	Text string
	Gold []Span
}

// LoadCoNLL reads a CoNLL-2003 file (token POS chunk NER, IOB tags) and rebuilds its
// documents, split at -DOCSTART-.
func LoadCoNLL(path string) ([]NERDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []NERDoc
	var b strings.Builder
	var gold []Span
	var open *Span
	lineStart := true
	closeSpan := func() {
		if open != nil {
			gold = append(gold, *open)
			open = nil
		}
	}
	flush := func() {
		closeSpan()
		if strings.TrimSpace(b.String()) != "" {
			docs = append(docs, NERDoc{Text: b.String(), Gold: gold})
		}
		b.Reset()
		gold = nil
		lineStart = true
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			continue
		}
		if strings.TrimSpace(line) == "" {
			closeSpan()
			if !lineStart {
				b.WriteByte('\n')
				lineStart = true
			}
			continue
		}
		cols := strings.Fields(line)
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		tok, tag := cols[0], cols[len(cols)-1]
		if !lineStart {
			b.WriteByte(' ')
		}
		lineStart = false
		start := b.Len()
		b.WriteString(tok)
		end := b.Len()
		switch {
		case tag == "O":
			closeSpan()
		case strings.HasPrefix(tag, "B-") || open == nil || open.Type != tag[2:]:
			closeSpan()
			open = &Span{Start: start, End: end, Type: tag[2:]}
		default:
			open.End = end
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return docs, nil
}

// PRF counts true positives, predictions and gold items.
type PRF struct{ TP, Pred, Gold int }

func (s PRF) P() float64 { return ratio(s.TP, s.Pred) }
func (s PRF) R() float64 { return ratio(s.TP, s.Gold) }
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScore scores PER, LOC and ORG spans, exact span and type; MISC is not scored.
type NERScore struct {
	ByType map[string]*PRF
}

// Add scores one document's predictions.
func (s *NERScore) Add(gold, pred []Span) {
	if s.ByType == nil {
		s.ByType = map[string]*PRF{}
	}
	for _, t := range []string{"PER", "LOC", "ORG"} {
		if s.ByType[t] == nil {
			s.ByType[t] = &PRF{}
		}
	}
	g := map[Span]bool{}
	for _, sp := range gold {
		if sp.Type == "MISC" {
			continue
		}
		g[sp] = true
		s.ByType[sp.Type].Gold++
	}
	seen := map[Span]bool{}
	for _, sp := range pred {
		if sp.Type == "MISC" || sp.Type == "" || seen[sp] {
			continue
		}
		seen[sp] = true
		s.ByType[sp.Type].Pred++
		if g[sp] {
			s.ByType[sp.Type].TP++
		}
	}
}

// All sums the scored types.
func (s *NERScore) All() PRF {
	var a PRF
	for _, p := range s.ByType {
		a.TP += p.TP
		a.Pred += p.Pred
		a.Gold += p.Gold
	}
	return a
}
