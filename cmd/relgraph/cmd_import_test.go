package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestImportBatches checks how import cuts a file into transactions: whole articles (the
// label), in the order their first quads appear, each article's quads in file order, about
// --batch quads a transaction, from a file read again in place and from a stream alike.
func TestImportBatches(t *testing.T) {
	// Article a comes in two pieces, with b between them; c has no label; x is longer than
	// a batch.
	const file = `<s1> <p> "a1" <article/a> .
# a comment

<s2> <p> "a2" <article/a> .
<s3> <p> "b1" <article/b> .
<s4> <p> "c1" .
<s5> <p> "a3" <article/a> .
<s6> <p> "x1" <article/x> .
<s7> <p> "x2" <article/x> .
<s8> <p> "x3" <article/x> .
<s9> <p> "x4" <article/x> .
<s10> <p> "c2" .
<s11> <p> "b2" <article/b> .`
	tests := []struct {
		batch int
		want  []string // each transaction's objects, in order
	}{
		{1, []string{"a1 a2 a3", "b1 b2", "c1 c2", "x1 x2 x3 x4"}},
		{3, []string{"a1 a2 a3", "b1 b2", "c1 c2", "x1 x2 x3 x4"}},
		{5, []string{"a1 a2 a3 b1 b2", "c1 c2", "x1 x2 x3 x4"}},
		{7, []string{"a1 a2 a3 b1 b2 c1 c2", "x1 x2 x3 x4"}},
		{100, []string{"a1 a2 a3 b1 b2 c1 c2 x1 x2 x3 x4"}},
	}
	path := filepath.Join(t.TempDir(), "in.nq")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := map[string]func() (*nquadsInput, error){
		"file": func() (*nquadsInput, error) {
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			t.Cleanup(func() { f.Close() })
			return checkNQuads(context.Background(), f, path)
		},
		"stream": func() (*nquadsInput, error) {
			return checkNQuads(context.Background(), strings.NewReader(file), "stdin")
		},
	}
	for name, open := range inputs {
		for _, tt := range tests {
			in, err := open()
			if err != nil {
				t.Fatal(err)
			}
			if in.quads != 11 {
				t.Errorf("%s: %d quads, want 11", name, in.quads)
			}
			var got []string
			err = in.eachBatch(context.Background(), tt.batch, func(qs []quad.Quad) error {
				var objs []string
				for _, q := range qs {
					objs = append(objs, quad.ToString(q.Object))
				}
				got = append(got, strings.Join(objs, " "))
				return nil
			})
			in.Close()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s, --batch %d:\ngot  %q\nwant %q", name, tt.batch, got, tt.want)
			}
		}
	}
}

// TestImportSetsItsMemoryLimit checks that import runs under its own soft memory limit,
// not ingest's, which is sized for the extraction models an import does not load.
func TestImportSetsItsMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	dir := t.TempDir()
	nq := filepath.Join(dir, "in.nq")
	if err := os.WriteFile(nq, []byte("<s> <p> \"o\" <article/a> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := relgraphRun(t, "", "--db", filepath.Join(dir, "db"), "import", nq); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if got := debug.SetMemoryLimit(-1); got != importMemoryLimit {
		t.Errorf("import ran under a soft memory limit of %d bytes, want %d", got, importMemoryLimit)
	}
}
