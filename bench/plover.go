package bench

import (
	"encoding/json"
	"os"
	"strings"
	"unicode"
)

// PloverRecord is one PLOVER gold-standard record: a sentence, its event category and
// the actors' text.
type PloverRecord struct {
	ID     string
	Date   string
	Event  string
	Text   string
	Source []string
	Target []string
}

// LoadPlover reads PLOVER gold-standard records (a JSON array). Source and target are
// lists of {"actorText": ...}; an empty target is "" or absent.
func LoadPlover(path string) ([]PloverRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		ID     string          `json:"id"`
		Date   string          `json:"date"`
		Event  string          `json:"event"`
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	actors := func(m json.RawMessage) []string {
		var list []struct {
			ActorText string `json:"actorText"`
		}
		if json.Unmarshal(m, &list) != nil {
			return nil
		}
		var out []string
		for _, a := range list {
			if strings.TrimSpace(a.ActorText) != "" {
				out = append(out, a.ActorText)
			}
		}
		return out
	}
	recs := make([]PloverRecord, 0, len(raw))
	for _, r := range raw {
		recs = append(recs, PloverRecord{ID: r.ID, Date: r.Date, Event: r.Event, Text: r.Text,
			Source: actors(r.Source), Target: actors(r.Target)})
	}
	return recs, nil
}

// ActorOverlap reports whether a predicted actor's text and a gold actor's text share a
// content word (case-insensitive): "the Hungarian officials" and "Hungarian" do.
func ActorOverlap(pred, gold string) bool {
	pw := contentWords(pred)
	for w := range contentWords(gold) {
		if pw[w] {
			return true
		}
	}
	return false
}

var stopWords = map[string]bool{"the": true, "of": true, "and": true, "a": true, "an": true, "in": true, "for": true, "to": true}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' }) {
		w = strings.ReplaceAll(w, ".", "") // "U.S." and "US" are one word
		if len(w) >= 2 && !stopWords[w] {
			m[w] = true
		}
	}
	return m
}
