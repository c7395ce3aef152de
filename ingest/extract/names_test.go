package extract

import (
	"errors"
	"testing"
	"testing/fstest"
)

// TestLoadNameWordsBadLine checks that a bad line of a word list is reported with its file
// and line, so whoever edits a list can find the mistake.
func TestLoadNameWordsBadLine(t *testing.T) {
	tests := []struct {
		name, words, given string
		wantFile           string
		wantLine           int
	}{
		{"unknown kind", "# kinds\norg-suffix Agency\nnoun Table\n", "John\n", "names/words.txt", 3},
		{"missing word", "\nrank\n", "John\n", "names/words.txt", 2},
		{"two given names on a line", "rank Sgt\n", "John\nMary Ann\n", "names/given.txt", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"names/words.txt": {Data: []byte(tc.words)},
				"names/given.txt": {Data: []byte(tc.given)},
			}
			var w nameWords
			err := loadNameWords(fsys, &w, map[string]bool{})
			var we *WordListError
			if !errors.As(err, &we) {
				t.Fatalf("got %v, want a *WordListError", err)
			}
			if we.File != tc.wantFile || we.Line != tc.wantLine {
				t.Errorf("got %s:%d, want %s:%d (%v)", we.File, we.Line, tc.wantFile, tc.wantLine, err)
			}
		})
	}
}

// TestLoadNameWordsEmbedded checks the shipped lists load and hold what the rules rely on.
func TestLoadNameWordsEmbedded(t *testing.T) {
	var w nameWords
	given := map[string]bool{}
	if err := loadNameWords(namesFS, &w, given); err != nil {
		t.Fatal(err)
	}
	if !given["Victoria"] || !w.rank["Sgt"] || !w.particle["al"] || !w.orgSuffix["Cooperation"] {
		t.Errorf("embedded lists lack entries the rules rely on: given[Victoria]=%v rank[Sgt]=%v particle[al]=%v orgSuffix[Cooperation]=%v",
			given["Victoria"], w.rank["Sgt"], w.particle["al"], w.orgSuffix["Cooperation"])
	}
}
