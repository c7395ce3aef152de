package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRemoveEditedArticle ingests a text file, edits and ingests it again (a file with no
// URL is known by its content, so the edit is a second article), and removes the first
// with the id relations prints: one event stays, from the edited text, and an id that is
// not stored is reported by name with exit code 3 while the others are removed.
func TestRemoveEditedArticle(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	art := filepath.Join(dir, "call.txt")
	write := func(text string) {
		if err := os.WriteFile(art, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, errOut := relgraphRun(t, "", "--db", db, "ingest", "--quiet", art); code != 0 {
			t.Fatalf("ingest: exit %d: %s", code, errOut)
		}
	}
	type event struct {
		Sources []struct{ Article, Sentence string }
	}
	events := func() []event {
		code, out, errOut := relgraphRun(t, "", "--db", db, "relations", "Vladimir Putin", "--format", "json")
		if code != 0 {
			t.Fatalf("relations: exit %d: %s", code, errOut)
		}
		var evs []event
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatalf("relations: %v: %s", err, out)
		}
		return evs
	}
	write("Vladimir Putin called Emmanuel Macron to discuss Ukraine.\n")
	first := events()
	if len(first) != 1 || len(first[0].Sources) != 1 {
		t.Fatalf("after the first ingest: %+v", first)
	}
	old := first[0].Sources[0].Article
	write("Vladimir Putin called Emmanuel Macron to discuss Iran.\n")
	if n := len(events()); n != 2 {
		t.Fatalf("after the edited ingest: %d events, want the old and the new", n)
	}

	code, out, errOut := relgraphRun(t, "", "--db", db, "remove", "article/"+old, "0000000000000000")
	if code != exitPartial || !strings.Contains(out, "removed article "+old) || !strings.Contains(errOut, "no article 0000000000000000") {
		t.Fatalf("remove: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	left := events()
	if len(left) != 1 || !strings.Contains(left[0].Sources[0].Sentence, "Iran") {
		t.Fatalf("after remove: %+v, want only the edited article's call", left)
	}
	if code, _, errOut := relgraphRun(t, "", "--db", db, "remove", old); code != exitError || !strings.Contains(errOut, "nothing removed") {
		t.Errorf("removing it again: exit %d, %q; want exit 1, nothing removed", code, errOut)
	}
}

// TestRemoveFromNoStore checks that remove on a store that is not there says so and makes
// none: a mistyped --db must not leave an empty store behind.
func TestRemoveFromNoStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	code, _, errOut := relgraphRun(t, "", "--db", db, "remove", "9d1c5e0f7b2a4c68")
	if code != exitError || !strings.Contains(errOut, "no store there") {
		t.Errorf("exit %d, stderr %q; want exit 1 and \"no store there\"", code, errOut)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("remove made a store at %s (%v)", db, err)
	}
}
