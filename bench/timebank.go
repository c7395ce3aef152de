package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Timex is a gold TIMEX3 annotation: its span in the document's plain text (UTF-8 byte
// offsets, End exclusive), type and value.
type Timex struct {
	Start, End int
	Type       string
	Value      string
	Creation   bool // functionInDocument="CREATION_TIME"
}

// TimeMLDoc is one TimeML document: the plain text of its TEXT element with the gold
// annotations inside it, and the value of its creation time.
type TimeMLDoc struct {
	Name    string
	Created string // e.g. "1998-02-13T14:26:00"
	Text    string
	Timexes []Timex
}

// LoadTimeML reads every *.tml file in dir. Tags are stripped from the TEXT element and the
// XML entities decoded, so the gold offsets point into Text.
func LoadTimeML(dir string) ([]TimeMLDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", dir)
	}
	sort.Strings(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := parseTimeML(string(raw))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		d.Name = strings.TrimSuffix(filepath.Base(p), ".tml")
		docs = append(docs, d)
	}
	return docs, nil
}

func parseTimeML(raw string) (TimeMLDoc, error) {
	var d TimeMLDoc
	// The creation time is the TIMEX3 marked CREATION_TIME, usually in DCT.
	for rest := raw; ; {
		k := strings.Index(rest, "<TIMEX3 ")
		if k < 0 {
			break
		}
		e := strings.IndexByte(rest[k:], '>')
		if e < 0 {
			break
		}
		tag := rest[k : k+e]
		if timemlAttr(tag, "functionInDocument") == "CREATION_TIME" {
			d.Created = timemlAttr(tag, "value")
			break
		}
		rest = rest[k+e:]
	}
	if d.Created == "" {
		return d, fmt.Errorf("no CREATION_TIME")
	}
	s := strings.Index(raw, "<TEXT>")
	e := strings.Index(raw, "</TEXT>")
	if s < 0 || e < s {
		return d, fmt.Errorf("no TEXT element")
	}
	body := raw[s+len("<TEXT>") : e]
	var b strings.Builder
	b.Grow(len(body))
	var open []Timex
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return d, fmt.Errorf("unclosed tag at %d", i)
			}
			tag := body[i+1 : i+j]
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				open = append(open, Timex{Start: b.Len(), Type: timemlAttr(tag, "type"), Value: timemlAttr(tag, "value"),
					Creation: timemlAttr(tag, "functionInDocument") == "CREATION_TIME"})
			case tag == "/TIMEX3" && len(open) > 0:
				t := open[len(open)-1]
				open = open[:len(open)-1]
				t.End = b.Len()
				d.Timexes = append(d.Timexes, t)
			}
			i += j + 1
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 0 && j < 8 {
				if r, ok := xmlEntities[body[i+1:i+j]]; ok {
					b.WriteString(r)
					i += j + 1
					continue
				}
			}
			b.WriteByte(c)
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	d.Text = b.String()
	sort.Slice(d.Timexes, func(a, b int) bool { return d.Timexes[a].Start < d.Timexes[b].Start })
	return d, nil
}

var xmlEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// timemlAttr returns the value of name="..." in an XML start tag.
func timemlAttr(tag, name string) string {
	k := strings.Index(tag, " "+name+`="`)
	if k < 0 {
		return ""
	}
	v := tag[k+len(name)+3:]
	if e := strings.IndexByte(v, '"'); e >= 0 {
		return v[:e]
	}
	return ""
}

// DateSpan is a predicted date or time expression.
type DateSpan struct {
	Start, End int
	Value      string
}

// DateScore counts TempEval-3 style matches on DATE and TIME expressions: relaxed extent
// (a predicted and a gold span overlap) and value (they overlap and the values are equal).
type DateScore struct {
	Gold, Pred               int
	GoldFound, PredFound     int // extent matches
	GoldValueOK, PredValueOK int // value matches
	Bytes                    int
}

// Add scores one document. Only DATE and TIME gold expressions other than the creation
// time count; a prediction overlapping only gold that does not count (a DURATION, a SET,
// the creation time) is left out rather than called wrong, since its type, not its place,
// is at issue.
func (s *DateScore) Add(doc TimeMLDoc, pred []DateSpan) {
	s.Bytes += len(doc.Text)
	scored := func(t Timex) bool { return !t.Creation && (t.Type == "DATE" || t.Type == "TIME") }
	overlaps := func(a, b, c, d int) bool { return a < d && c < b }
	for _, g := range doc.Timexes {
		if !scored(g) {
			continue
		}
		s.Gold++
		found, ok := false, false
		for _, p := range pred {
			if overlaps(g.Start, g.End, p.Start, p.End) {
				found = true
				if p.Value == g.Value {
					ok = true
				}
			}
		}
		if found {
			s.GoldFound++
		}
		if ok {
			s.GoldValueOK++
		}
	}
	for _, p := range pred {
		inScored, inOther, ok := false, false, false
		for _, g := range doc.Timexes {
			if !overlaps(g.Start, g.End, p.Start, p.End) {
				continue
			}
			if scored(g) {
				inScored = true
				if p.Value == g.Value {
					ok = true
				}
			} else {
				inOther = true
			}
		}
		if !inScored && inOther {
			continue
		}
		s.Pred++
		if inScored {
			s.PredFound++
		}
		if ok {
			s.PredValueOK++
		}
	}
}

// Extent returns relaxed extent precision, recall and F1.
func (s DateScore) Extent() (p, r, f float64) {
	return datePRF(s.PredFound, s.Pred, s.GoldFound, s.Gold)
}

// Value returns value precision, recall and F1.
func (s DateScore) Value() (p, r, f float64) {
	return datePRF(s.PredValueOK, s.Pred, s.GoldValueOK, s.Gold)
}

func datePRF(pOK, pN, rOK, rN int) (p, r, f float64) {
	if pN > 0 {
		p = float64(pOK) / float64(pN)
	}
	if rN > 0 {
		r = float64(rOK) / float64(rN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
