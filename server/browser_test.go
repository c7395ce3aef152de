package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/relgraph/relgraph/graph"
)

// diplomacyDocuments is a season of invented reports about Iran and its counterparts,
// written for the browser test: enough events, categories and counterparts to fill the
// timeline. Each row is one article with one event.
func diplomacyDocuments() []*graph.Document {
	ents := map[string]graph.Entity{
		"iran":             {ID: "iran", Name: "Iran", Type: graph.TypeCountry, Aliases: []string{"Tehran"}},
		"emmanuel-macron":  {ID: "emmanuel-macron", Name: "Emmanuel Macron", Type: graph.TypePerson, Aliases: []string{"Macron"}},
		"vladimir-putin":   {ID: "vladimir-putin", Name: "Vladimir Putin", Type: graph.TypePerson, Aliases: []string{"Putin"}},
		"united-nations":   {ID: "united-nations", Name: "United Nations", Type: graph.TypeOrganization, Aliases: []string{"UN"}},
		"iaea":             {ID: "iaea", Name: "International Atomic Energy Agency", Type: graph.TypeOrganization, Aliases: []string{"IAEA"}},
		"european-union":   {ID: "european-union", Name: "European Union", Type: graph.TypeOrganization, Aliases: []string{"EU"}},
		"united-states":    {ID: "united-states", Name: "United States", Type: graph.TypeCountry, Aliases: []string{"Washington"}},
		"china":            {ID: "china", Name: "China", Type: graph.TypeCountry, Aliases: []string{"Beijing"}},
		"oman":             {ID: "oman", Name: "Oman", Type: graph.TypeCountry},
		"abbas-araghchi":   {ID: "abbas-araghchi", Name: "Abbas Araghchi", Type: graph.TypePerson, Aliases: []string{"Araghchi"}},
		"antonio-guterres": {ID: "antonio-guterres", Name: "António Guterres", Type: graph.TypePerson, Aliases: []string{"Guterres"}},
		"rafael-grossi":    {ID: "rafael-grossi", Name: "Rafael Grossi", Type: graph.TypePerson, Aliases: []string{"Grossi"}},
		"kaja-kallas":      {ID: "kaja-kallas", Name: "Kaja Kallas", Type: graph.TypePerson, Aliases: []string{"Kallas"}},
		"sergei-lavrov":    {ID: "sergei-lavrov", Name: "Sergei Lavrov", Type: graph.TypePerson, Aliases: []string{"Lavrov"}},
		"wang-yi":          {ID: "wang-yi", Name: "Wang Yi", Type: graph.TypePerson},
		"badr-albusaidi":   {ID: "badr-albusaidi", Name: "Badr Albusaidi", Type: graph.TypePerson},
		"strait-of-hormuz": {ID: "strait-of-hormuz", Name: "Strait of Hormuz", Type: graph.TypeLocation},
	}
	rows := []struct {
		date, typ, mode, trigger, rel string
		actors, targets               []string
		topic, sentence, title        string
	}{
		{"2025-01-08", "CONSULT", "phone", "spoke by telephone with", "called", []string{"emmanuel-macron"}, []string{"iran"}, "nuclear negotiations",
			"Macron spoke by telephone with Iranian officials on Wednesday about reviving the nuclear negotiations.", "Paris and Tehran resume contact"},
		{"2025-01-21", "DEMAND", "statement", "called on", "urged", []string{"iaea"}, []string{"iran"}, "uranium enrichment",
			"The IAEA called on Iran to restore camera access at its enrichment sites.", "Watchdog presses for access"},
		{"2025-02", "REJECT", "statement", "dismissed", "rejected", []string{"iran"}, []string{"iaea"}, "",
			"Tehran dismissed the agency's report as politically motivated.", "Iran rejects watchdog report"},
		{"2025-02-14", "CONSULT", "meeting", "met", "met", []string{"abbas-araghchi"}, []string{"sergei-lavrov"}, "nuclear negotiations",
			"Araghchi met Lavrov in Moscow to coordinate positions before the talks.", "Moscow talks"},
		{"2025-02-27", "SANCTION", "statement", "imposed sanctions on", "sanctioned", []string{"european-union"}, []string{"iran"}, "",
			"The European Union imposed new sanctions on Iranian drone makers.", "EU widens sanctions"},
		{"2025-03-05", "DISAPPROVE", "statement", "condemned", "condemned", []string{"iran"}, []string{"european-union"}, "",
			"Iran condemned the new European measures and summoned diplomats.", "Tehran summons envoys"},
		{"2025-03-19", "CONSULT", "visit", "visited", "visited", []string{"rafael-grossi"}, []string{"iran"}, "uranium enrichment",
			"Grossi visited Tehran for two days of talks on inspections.", "Grossi in Tehran"},
		{"2025-04", "AGREE", "statement", "agreed with", "agreed_with", []string{"iran"}, []string{"iaea"}, "uranium enrichment",
			"Iran agreed with the agency on a timetable to reinstall monitoring equipment.", "Inspection deal"},
		{"2025-04-12", "CONSULT", "meeting", "held talks with", "met", []string{"abbas-araghchi"}, []string{"badr-albusaidi"}, "nuclear negotiations",
			"Araghchi held talks with Oman's foreign minister in Muscat.", "Muscat round"},
		{"2025-04-26", "COOPERATE", "meeting", "signed a cooperation accord with", "cooperated_with", []string{"iran"}, []string{"china"}, "",
			"Iran signed a cooperation accord with China on port construction.", "Beijing accord"},
		{"2025-05-09", "THREATEN", "statement", "threatened", "threatened", []string{"iran"}, []string{"united-states"}, "strait-of-hormuz",
			"Iran threatened to close the Strait of Hormuz if strikes were carried out.", "Warning on Hormuz"},
		{"2025-05-15", "DEMAND", "statement", "urged", "urged", []string{"antonio-guterres"}, []string{"iran"}, "strait-of-hormuz",
			"Guterres urged Iran and its neighbours to keep shipping lanes open.", "UN chief appeals for calm"},
		{"2025-05-30", "SUPPORT", "statement", "backed", "supported", []string{"vladimir-putin"}, []string{"iran"}, "",
			"Putin backed Iran's right to a civilian nuclear programme.", "Kremlin support"},
		{"2025-06-03", "CONSULT", "phone", "spoke with", "called", []string{"wang-yi"}, []string{"abbas-araghchi"}, "",
			"Wang Yi spoke with Araghchi by phone about regional tensions.", "Beijing call"},
		{"2025-06-18", "SANCTION", "statement", "sanctioned", "sanctioned", []string{"united-states"}, []string{"iran"}, "",
			"Washington sanctioned a network shipping Iranian oil.", "New US sanctions"},
		{"2025-07-01", "CONSULT", "phone", "held a phone conversation with", "called", []string{"emmanuel-macron"}, []string{"iran"}, "nuclear negotiations",
			"Macron held a phone conversation with Iran's president about the nuclear file.", "Macron calls Tehran"},
		{"2025-07-10", "REJECT", "statement", "rejected", "rejected", []string{"iran"}, []string{"united-states"}, "nuclear negotiations",
			"Iran rejected direct talks with the United States.", "No direct talks"},
		{"2025-07-24", "CONSULT", "meeting", "met", "met", []string{"abbas-araghchi"}, []string{"kaja-kallas"}, "nuclear negotiations",
			"Araghchi met Kallas in Istanbul, the first meeting in months.", "Istanbul meeting"},
		{"2025-08", "INVESTIGATE", "statement", "opened an inquiry into", "investigated", []string{"united-nations"}, []string{"iran"}, "",
			"The UN opened an inquiry into the seizure of a tanker.", "Tanker inquiry"},
		{"2025-08-19", "AID", "statement", "sent aid to", "aided", []string{"china"}, []string{"iran"}, "",
			"China sent emergency aid to Iran after the earthquake.", "Quake aid"},
		{"2025-09-02", "DEMAND", "statement", "demanded", "urged", []string{"european-union"}, []string{"iran"}, "uranium enrichment",
			"The EU demanded that Iran halt enrichment above civilian levels.", "EU demand"},
		{"2025-09-20", "CONSULT", "meeting", "met", "met", []string{"emmanuel-macron"}, []string{"iran"}, "",
			"Macron met Iran's president on the sidelines of the General Assembly.", "New York meeting"},
	}
	docs := make([]*graph.Document, 0, len(rows))
	for i, r := range rows {
		d := &graph.Document{Article: graph.Article{
			ID: fmt.Sprintf("story-%02d", i+1), Title: r.title, URL: fmt.Sprintf("https://news.example.org/story-%02d", i+1),
			Published: r.date, Hash: fmt.Sprint(i),
		}}
		seen := map[string]bool{}
		for _, id := range append(append(append([]string{}, r.actors...), r.targets...), r.topic) {
			if _, ok := ents[id]; ok && !seen[id] {
				seen[id] = true
				d.Entities = append(d.Entities, ents[id])
			}
		}
		ev := graph.Event{ID: fmt.Sprintf("ev-%02d", i+1), Type: r.typ, Mode: r.mode, Trigger: r.trigger, Relation: r.rel,
			Symmetric: r.typ == "CONSULT", Actors: r.actors, Targets: r.targets, Date: r.date, Evidence: r.sentence}
		switch _, ok := ents[r.topic]; {
		case ok:
			ev.Topics = []graph.Topic{{Entity: r.topic}}
		case r.topic != "":
			ev.Topics = []graph.Topic{{Text: r.topic}}
		}
		d.Events = []graph.Event{ev}
		docs = append(docs, d)
	}
	return docs
}

// chromium finds the browser, or skips the test; on CI (CI=true) a missing browser fails it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium binary; install Debian's chromium package")
	}
	t.Skip("no chromium binary; apt-get install chromium to run the browser test")
	return ""
}

// startBrowser starts a headless Chromium, stopped when the test ends, with extra flags
// (chromedp.Flag) after the usual ones, and returns a function that gives a context for one
// step of a test, bounded to a minute, in its only tab.
func startBrowser(t *testing.T, exe string, extra ...chromedp.ExecAllocatorOption) func(*testing.T) context.Context {
	t.Helper()
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1360, 1000),
	}, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(cancelBrowser)
	// Start the browser on a context without a deadline (a deadline there would stop it),
	// then bound each step so that a page that never becomes ready fails the test.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return func(t *testing.T) context.Context {
		ctx, cancel := context.WithTimeout(bctx, time.Minute)
		t.Cleanup(cancel)
		return ctx
	}
}

func TestBrowser(t *testing.T) {
	exe := chromium(t)
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(ctx, append(diplomacyDocuments(), testDocuments()...)); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: st, QueryTimeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	bounded := startBrowser(t, exe)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	t.Run("web console runs a Gizmo query", func(t *testing.T) {
		ctx := bounded(t)
		err := chromedp.Do(ctx,
			chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitVisible(css("textarea.relgraph-editor")),
			chromedp.SetValue(css("textarea.relgraph-editor"), `g.V("<entity/emmanuel-macron>").Out("<name>").All()`),
		)
		if err != nil {
			t.Fatalf("web console: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
			`(() => { const b = Array.from(document.querySelectorAll("button")).find(b => b.textContent.trim().endsWith("Run")); if (b) { b.click(); } return !!b; })()`)); err != nil {
			t.Fatalf("no Run button: %v", err)
		}
		// The results appear in the console's read-only result editor.
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`Array.from(document.querySelectorAll("main textarea")).some(a => a.readOnly && a.value.includes("Emmanuel Macron"))`)); err != nil {
			text, _ := chromedp.Run(ctx, chromedp.Text(css("body")))
			t.Fatalf("the result never showed: %v; page: %s", err, text)
		}
		screenshot(t, ctx, "console.png")
	})

	t.Run("timeline draws an entity's events", func(t *testing.T) {
		ctx := bounded(t)
		// The events the page should draw: Iran's dated events, one mark each in the
		// category lanes.
		code, body, _ := do(t, h, "GET", "/api/timeline?entity=iran", "")
		if code != 200 {
			t.Fatalf("api: %d %s", code, body)
		}
		want := 0
		for _, e := range decode[timelineAnswer](t, body).Events {
			if e.Date != "" {
				want++
			}
		}
		if want < 10 {
			t.Fatalf("the test graph has only %d dated events for Iran", want)
		}
		if err := chromedp.Do(ctx,
			chromedp.Navigate(srv.URL+"/timeline?entity=iran"),
			chromedp.WaitVisible(css("#chart g.ev")),
		); err != nil {
			t.Fatalf("timeline: %v", err)
		}
		count := func(sel string) int {
			t.Helper()
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		marks := count("#chart g.ev")
		if marks != want {
			t.Errorf("%d events drawn, want %d", marks, want)
		}
		if n := count("#legend button"); n < 8 {
			t.Errorf("legend has %d categories", n)
		}
		if err := chromedp.Do(ctx,
			chromedp.Click(css(`#chart g.ev[data-event="ev-11"]`)),
			chromedp.WaitVisible(css("#detail")),
		); err != nil {
			t.Fatal(err)
		}
		detail, err := chromedp.Run(ctx, chromedp.Text(css("#detail")))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(detail, "threatened to close the Strait of Hormuz") || !strings.Contains(detail, "Warning on Hormuz") {
			t.Errorf("the clicked event shows %q, not its sentence and article", detail)
		}

		// Hiding a category in the legend hides its events.
		if err := chromedp.Do(ctx, chromedp.Click(css(`#legend button[data-type="CONSULT"]`))); err != nil {
			t.Fatal(err)
		}
		if after := count("#chart g.ev"); after >= marks || after == 0 {
			t.Errorf("hiding CONSULT left %d of %d events", after, marks)
		}
		if err := chromedp.Do(ctx, chromedp.Click(css(`#legend button[data-type="CONSULT"]`))); err != nil {
			t.Fatal(err)
		}

		screenshot(t, ctx, "timeline.png")

		// Lanes by counterpart: one per entity Iran dealt with; hovering shows details.
		if err := chromedp.Do(ctx,
			chromedp.Click(css(`.lanes-by button[data-lanes="counterpart"]`)),
			chromedp.WaitVisible(css("#chart g.ev")),
		); err != nil {
			t.Fatal(err)
		}
		labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
			`Array.from(document.querySelectorAll("#chart .lane-label")).map(e => e.dataset.name)`))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(labels, "United States") || !slices.Contains(labels, "International Atomic Energy Agency") || slices.Contains(labels, "Iran") {
			t.Errorf("counterpart lanes %q", labels)
		}
		at, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](
			`(() => { const r = document.querySelector('#chart g.ev[data-event="ev-15"]').getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx,
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at[0], at[1]),
			chromedp.WaitVisible(css("#tip")),
		); err != nil {
			t.Fatal(err)
		}
		tip, err := chromedp.Run(ctx, chromedp.Text(css("#tip")))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(tip, "United States") || !strings.Contains(tip, "SANCTION") {
			t.Errorf("hover shows %q", tip)
		}
		screenshot(t, ctx, "timeline-counterparts.png")
	})

	t.Run("search box finds an entity", func(t *testing.T) {
		ctx := bounded(t)
		err := chromedp.Do(ctx,
			chromedp.Navigate(srv.URL+"/timeline"),
			chromedp.WaitVisible(css("#q")),
			chromedp.SendKeys(css("#q"), "macr"),
			chromedp.WaitVisible(css(`#suggest li[data-id="emmanuel-macron"]`)),
			chromedp.Click(css(`#suggest li[data-id="emmanuel-macron"]`)),
			chromedp.WaitVisible(css("#chart g.ev")),
		)
		if err != nil {
			t.Fatalf("search: %v", err)
		}
		name, err := chromedp.Run(ctx, chromedp.Text(css("#entity-name")))
		if err != nil {
			t.Fatal(err)
		}
		if name != "Emmanuel Macron" {
			t.Errorf("chose %q", name)
		}
	})
}

// screenshot saves a PNG of the page in $RELGRAPH_SCREENSHOT_DIR, else in a temporary
// directory.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("RELGRAPH_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}
