package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"runtime"
	"strings"
	"testing"
)

// TestJSONArticleCopiesItsTextOnce: reading an article object allocates its text once, the
// decoded string, and not first a copy of the raw field as well: the JSONL line of issue
// 16's 60 MB article was held three times over while it was read (the line, the raw field,
// the text), past the soft memory limit of the read.
func TestJSONArticleCopiesItsTextOnce(t *testing.T) {
	text := strings.Repeat("Putin met Macron in Paris and the talks with officials of the government went on. ", 50000)
	line, err := json.Marshal(map[string]any{"id": 7, "title": "Talks", "text": text, "date": "2025-07-01",
		"source": map[string]any{"id": nil, "name": "Wire"}, "tags": []string{"a", "b"}, "n": 1.5, "ok": true})
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{ctx: context.Background()}
	if _, err := r.jsonArticle(line); err != nil { // first use: lazy tables
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	a, err := r.jsonArticle(line)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != text || a.Title != "Talks" || a.InputID != "7" || a.Source != "Wire" || a.Published != "2025-07-01" {
		t.Fatalf("read %q, %q, %q, %q and a text of %d bytes; want the line's fields", a.Title, a.InputID, a.Source, a.Published, len(a.Text))
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("a text of %d bytes: %d bytes allocated", len(text), alloc)
	if limit := uint64(len(text)) * 5 / 4; alloc > limit {
		t.Errorf("reading an article of %d bytes allocated %d bytes; want at most %d (its text once)", len(text), alloc, limit)
	}
}

// TestJSONObjectIsUnmarshal: jsonObject reads an object's fields as json.Unmarshal into a
// map of raw messages does: keys unescaped, the last of a repeated key, values without the
// space around them, and the same errors for what is not an object.
func TestJSONObjectIsUnmarshal(t *testing.T) {
	for _, in := range []string{
		`{}`, ` { } `, `{"a":1}`, `{"a" : -1.5e3 , "b":true,"c":null}`, "{\n\t\"a\":\r\n\"x\"\n}",
		`{"t\u0065xt":"a \"quoted\" \\ word","text":"second"}`, `{"a":{"b":[1,{"c":"}]"}],"d":"{"},"e":[]}`,
		`{"a":"\\","b":"\\\""}`, `{"a":[ ] , "b" : { } }`, `{"\u00e9":"é","a":"\ud83d\ude00"}`, `{"a":0,"a":1}`,
		`[1]`, `"text"`, `12`, `null`, `{"a":}`, `{"a":1`, `{"a" 1}`, ``, `  `,
	} {
		var want map[string]json.RawMessage
		werr := json.Unmarshal([]byte(in), &want)
		got, gerr := jsonObject([]byte(in))
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Errorf("%s: error %v, want %v", in, gerr, werr)
			continue
		}
		if len(got) != len(want) || (got == nil) != (want == nil) {
			t.Errorf("%s: %d fields %v, want %d %v", in, len(got), got, len(want), want)
			continue
		}
		for k, v := range want {
			if string(got[k]) != string(v) {
				t.Errorf("%s: field %q is %s, want %s", in, k, got[k], v)
			}
		}
	}
}

// TestArticleIDReadsTheTextInPlace: an article's ID, the hash of its text where it has no
// URL, is the same as ever and does not copy the text: a 60 MB copy for issue 16's 60 MB
// line, made while the line and the text were held.
func TestArticleIDReadsTheTextInPlace(t *testing.T) {
	a := &Article{Title: "Talks", Text: strings.Repeat("Putin met Macron in Paris. ", 150000) + "The end."}
	sum := sha256.Sum256([]byte("text\x00Talks\x00" + a.Text))
	want := hex.EncodeToString(sum[:])[:16]
	ArticleID(a) // first use
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := ArticleID(a)
	runtime.ReadMemStats(&after)
	if got != want {
		t.Fatalf("ArticleID = %q, want %q", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<10 { // the runtime's own allocations count too
		t.Errorf("the ID of an article of %d bytes allocated %d bytes; want its text read in place", len(a.Text), alloc)
	}
}
