package extract

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/timex"
)

var update = flag.Bool("update", false, "rewrite the golden want.json files of testdata/extract")

// TestGolden runs every case of testdata/extract/<case>/{article.txt,date,want.json} and
// compares the result exactly.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases in testdata/extract: %v", err)
	}
	x := New()
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, "article.txt"))
			if err != nil {
				t.Fatal(err)
			}
			var date timex.Date
			if b, err := os.ReadFile(filepath.Join(dir, "date")); err == nil {
				if date, err = timex.ParseDate(string(b)); err != nil {
					t.Fatal(err)
				}
			}
			got, err := json.MarshalIndent(x.Extract(filepath.Base(dir), string(text), date), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest/extract -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("result differs from %s; review the diff and rerun with -update\n%s", wantPath, firstDiff(string(want), string(got)))
			}
		})
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n want " + a + "\n  got " + b
		}
	}
	return ""
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// seedPath is the seed article in the shared evaluation data beside the repository.
func seedPath(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "seed", "putin-macron-call.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed article not found at %s (the shared evaluation data sits beside the repository)", p)
	}
	return p
}

func refIDs(rs []Ref) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		m[r.ID] = true
	}
	return m
}

func hasIDs(rs []Ref, ids ...string) bool {
	m := refIDs(rs)
	for _, id := range ids {
		if !m[id] {
			return false
		}
	}
	return true
}

// TestSeedArticle checks what relgraph was designed from: the Putin-Macron call.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, day := range []string{"2025-07-01", "2025-07-03"} {
		t.Run(day, func(t *testing.T) {
			date, _ := timex.ParseDate(day)
			text := string(b)
			r := New().Extract("seed", text, date)
			ents := map[string]Entity{}
			for _, e := range r.Resolved {
				ents[e.ID] = e
			}
			for id, typ := range map[string]string{
				"vladimir-putin": "person", "emmanuel-macron": "person", "russia": "country",
				"france": "country", "iran": "country", "israel": "country", "ukraine": "country",
				"united-states": "country", "kremlin": "organization", "elysee-palace": "organization",
				"international-atomic-energy-agency": "organization", "united-nations-security-council": "organization",
			} {
				if e, ok := ents[id]; !ok || e.Type != typ {
					t.Errorf("resolved %s: got %+v, want type %s", id, e, typ)
				}
			}
			wantRole := map[string]Role{"vladimir-putin": {"President", "russia"}, "emmanuel-macron": {"President", "france"}}
			for id, role := range wantRole {
				found := false
				for _, r := range ents[id].Roles {
					found = found || r == role
				}
				if !found {
					t.Errorf("%s roles %+v, want %+v", id, ents[id].Roles, role)
				}
			}
			// Mentions that must link.
			links := map[string][]string{
				"the French president": {"emmanuel-macron"}, "The French president": {"emmanuel-macron"},
				"the two presidents": {"vladimir-putin", "emmanuel-macron"}, "The leaders": {"vladimir-putin", "emmanuel-macron"},
				"both leaders": {"vladimir-putin", "emmanuel-macron"}, "He": {"vladimir-putin"},
				"Russian": {"russia"}, "Iranian": {"iran"}, "Israeli": {"israel"}, "French": {"france"},
				"US": {"united-states"}, "IAEA": {"international-atomic-energy-agency"}, "Kremlin": {"kremlin"},
				"Putin": {"vladimir-putin"}, "Macron": {"emmanuel-macron"},
			}
			seen := map[string]map[string]bool{}
			for _, m := range r.Entities {
				if text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q at %d:%d does not match the text", m.Text, m.Start, m.End)
				}
				if seen[m.Text] == nil {
					seen[m.Text] = map[string]bool{}
				}
				seen[m.Text][m.ID] = true
			}
			for text, ids := range links {
				if !strings.Contains(string(b), text) {
					continue
				}
				for _, id := range ids {
					if !seen[text][id] {
						t.Errorf("mention %q not linked to %s (links %v)", text, id, seen[text])
					}
				}
			}

			var call, implied, demand, agree, support, disapprove bool
			for _, e := range r.Events {
				both := hasIDs(append(append([]Ref(nil), e.Source...), e.Target...), "vladimir-putin", "emmanuel-macron")
				switch {
				case e.Type == "CONSULT" && e.Implied:
					if both && e.Date == "2022" && (e.Mode == "" || e.Mode == "phone") {
						implied = true
					}
				case e.Type == "CONSULT" && e.Mode == "phone" && e.Relation == "called":
					if both && e.Symmetric && e.Date == "2025-07-01" && hasIDs(e.Topics, "iran", "ukraine") &&
						hasIDs(e.Reporter, "kremlin") && !refIDs(e.Source)["kremlin"] && strings.Contains(e.Trigger, "phone conversation") {
						call = true
					} else {
						t.Errorf("call event incomplete: %+v", e)
					}
				case e.Type == "DEMAND" && e.Relation == "urged" && hasIDs(e.Source, "emmanuel-macron") && hasIDs(e.Target, "vladimir-putin"):
					demand = true
				case e.Type == "AGREE" && e.Relation == "agreed_with" && e.Symmetric && both:
					agree = true
				case e.Type == "SUPPORT" && both:
					support = true
				case e.Type == "DISAPPROVE" && hasIDs(e.Source, "vladimir-putin"):
					disapprove = true
				}
			}
			for name, ok := range map[string]bool{"phone call": call, "implied 2022 contact": implied, "Macron urged Putin": demand,
				"agreement to keep talking": agree, "support for Iran's rights": support, "blame of Western policies": disapprove} {
				if !ok {
					t.Errorf("no %s event", name)
				}
			}
			if t.Failed() {
				out, _ := json.MarshalIndent(r.Events, "", " ")
				t.Logf("events: %s", out)
			}
		})
	}
}

// TestConcurrentExtract runs one Extractor from several goroutines: each must get what a
// lone caller gets (run with -race to check the sharing).
func TestConcurrentExtract(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*", "article.txt"))
	if len(dirs) == 0 {
		t.Skip("no golden articles in testdata/extract")
	}
	x := New()
	var texts []string
	var want []string
	for _, p := range dirs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		got, _ := json.Marshal(x.Extract("c", string(b), timex.Date{Year: 2024, Month: 3, Day: 5}))
		want = append(want, string(got))
	}
	errs := make(chan string, 4*len(texts))
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := range texts {
				k := (i + g) % len(texts)
				got, _ := json.Marshal(x.Extract("c", texts[k], timex.Date{Year: 2024, Month: 3, Day: 5}))
				if string(got) != want[k] {
					errs <- dirs[k]
				}
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for p := range errs {
		t.Errorf("%s: a concurrent run differs from a lone one", p)
	}
}

// TestWireInvariants extracts the shared wire corpus (../shared/data/news; skipped
// without it) and checks what every event must keep on news of any kind: no actor is its
// own target, and no event is dated more than a year from its article unless its sentence
// states a date.
func TestWireInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole wire corpus")
	}
	p := filepath.Join("..", "..", "..", "shared", "data", "news", "agency-wire-1997-2005.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("no wire corpus at %s", p)
	}
	defer f.Close()
	x := New()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		var a struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		date, err := timex.ParseDate(a.Date)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		r := x.Extract(a.ID, a.Text, date)
		for _, e := range r.Events {
			n++
			for _, s := range e.Source {
				if s.ID != "" && hasRef(e.Target, s.ID) {
					t.Errorf("%s: %s %q has %s as actor and target: %s", a.ID, e.Type, e.Trigger, s.ID, e.Sentence)
				}
			}
			if len(e.Date) >= 4 && !(len(e.Date) >= 7 && monthsApart(e.Date[:7], a.Date[:7]) <= 12 || e.Date[:4] == a.Date[:4]) {
				stated := false // a date expression of the sentence gives the event's year
				for _, tm := range r.Times {
					stated = stated || tm.Start >= e.Start && tm.End <= e.End && strings.HasPrefix(tm.Value, e.Date[:4])
				}
				if !stated {
					t.Errorf("%s: %s %q dated %s, an article of %s, with no date stated: %s", a.ID, e.Type, e.Trigger, e.Date, a.Date, e.Sentence)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Errorf("%d events on the wire corpus, want over 1000", n)
	}
}

// monthsApart returns how many months lie between two "YYYY-MM" values.
func monthsApart(a, b string) int {
	ya, ma := atoi2(a[:4]), atoi2(a[5:7])
	yb, mb := atoi2(b[:4]), atoi2(b[5:7])
	d := (ya*12 + ma) - (yb*12 + mb)
	if d < 0 {
		d = -d
	}
	return d
}

func atoi2(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// TestBugIsOneArticlesError checks that a panic in the extraction of one article (here an
// extractor whose lexicon was never loaded) comes back as an error wrapping ErrInternal
// that names the article, not as a crash of the process.
func TestBugIsOneArticlesError(t *testing.T) {
	sound := New()
	x := &Extractor{lex: sound.lex, syn: sound.syn} // no frames: the extraction panics
	x.pool.New = func() any { return &buffers{} }
	_, err := x.ExtractContext(t.Context(), "broken-1", "Vladimir Putin called Emmanuel Macron on Tuesday.", timex.Date{})
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "broken-1") || !strings.Contains(err.Error(), ".go:") {
		t.Fatalf("err = %v, want ErrInternal naming the article and where it broke", err)
	}
	if r := sound.Extract("ok-1", "Vladimir Putin called Emmanuel Macron on Tuesday.", timex.Date{}); len(r.Events) == 0 {
		t.Errorf("a sound extractor found no event")
	}
}
