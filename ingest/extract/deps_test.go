package extract

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoStoreInExtraction checks that extraction, and every relgraph package it imports,
// imports no store: the graph model comes from graph/model, so a program that only
// extracts does not build Cayley, leveldb, bolt or a PostgreSQL driver.
func TestNoStoreInExtraction(t *testing.T) {
	const module = "github.com/relgraph/relgraph/"
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	stores := []string{"github.com/cayleygraph/cayley", "github.com/syndtr/goleveldb", "go.etcd.io/bbolt",
		"github.com/lib/pq", "github.com/jackc/", module + "graph"}
	seen := map[string]bool{}
	var walk func(dir, path string)
	walk = func(dir, path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, imp := range pkg.Imports {
			for _, s := range stores {
				if imp == s || strings.HasPrefix(imp, s) && !strings.HasPrefix(imp, module+"graph/") {
					t.Errorf("%s imports %s", path, imp)
				}
			}
			if strings.HasPrefix(imp, module) {
				walk(filepath.Join(root, strings.TrimPrefix(imp, module)), imp)
			}
		}
	}
	walk(".", module+"ingest/extract")
	if !seen[module+"graph/model"] {
		t.Errorf("extraction no longer reads the graph model from graph/model: %v", seen)
	}
}
