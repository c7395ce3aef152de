package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/graph/storetest"
)

func opener(backend string) storetest.Opener {
	return func(t *testing.T) graph.Store {
		db := "memory:"
		if backend != "memstore" {
			db = backend + ":" + filepath.Join(t.TempDir(), "test.db")
		}
		s, err := graph.Open(context.Background(), db, graph.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
}

func TestStoreLevelDB(t *testing.T)  { storetest.RunAll(t, opener("leveldb")) }
func TestStoreBolt(t *testing.T)     { storetest.RunAll(t, opener("bolt")) }
func TestStoreMemstore(t *testing.T) { storetest.RunAll(t, opener("memstore")) }

func TestReopenKeepsQuads(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "relgraph.db")
	s, err := graph.Open(ctx, path, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, []*graph.Document{storetest.Doc("art1", "h1")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = graph.Open(ctx, path, graph.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if h, ok, err := s.ArticleHash(ctx, "art1"); err != nil || !ok || h != "h1" {
		t.Fatalf("after reopening: hash %q stored %v err %v", h, ok, err)
	}
}

// TestSecondOpenFailsFastAsLocked opens each embedded store twice. The second open must
// give up with ErrLocked; bolt's used to wait in flock for as long as the first held it,
// deaf to Ctrl-C. The deadline only keeps such a wait from hanging the suite.
func TestSecondOpenFailsFastAsLocked(t *testing.T) {
	for _, backend := range []string{"leveldb", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			db := backend + ":" + filepath.Join(t.TempDir(), "relgraph.db")
			s, err := graph.Open(ctx, db, graph.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			second := make(chan error, 1)
			go func() {
				s2, err := graph.Open(ctx, db, graph.OpenOptions{})
				if err == nil {
					s2.Close()
				}
				second <- err
			}()
			select {
			case err = <-second:
			case <-time.After(30 * time.Second):
				t.Fatalf("second open of %s still waiting for the lock after 30s", db)
			}
			if !errors.Is(err, graph.ErrLocked) || !strings.Contains(err.Error(), "locked by another relgraph process; wait") {
				t.Fatalf("second open: %v, want ErrLocked", err)
			}
		})
	}
}

func TestReadOnlyMissingStore(t *testing.T) {
	_, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "none.db"), graph.OpenOptions{ReadOnly: true})
	if err == nil {
		t.Fatal("opening a missing store read-only succeeded")
	}
}

func TestParseLocation(t *testing.T) {
	for _, c := range []struct{ in, backend, addr string }{
		{"relgraph.db", graph.DefaultBackend, "relgraph.db"},
		{"leveldb:x.db", graph.DefaultBackend, "x.db"},
		{"bolt:/tmp/x", "bolt", "/tmp/x"},
		{"postgres://u:p@localhost/db", "postgres", "postgres://u:p@localhost/db"},
		{"postgresql://localhost/db", "postgres", "postgresql://localhost/db"},
		{"cockroach://root@localhost:26257/db", "cockroach", "postgresql://root@localhost:26257/db"},
	} {
		l, err := graph.ParseLocation(c.in)
		if err != nil || l.Backend != c.backend || l.Address != c.addr {
			t.Errorf("ParseLocation(%q) = %+v, %v; want %s %s", c.in, l, err, c.backend, c.addr)
		}
	}
	if _, err := graph.ParseLocation("mysql://x"); err == nil {
		t.Error("an unknown scheme was accepted")
	}
}

// TestStoresKeepMentionCounts writes two articles that mention Anna Berg to each store that
// keeps entity records, then removes one: EachEntity must answer from the kept records
// (so that `entities --sort mentions` reads no quads), with her mentions as the stored
// articles give them after each write.
func TestStoresKeepMentionCounts(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memstore", "leveldb", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := opener(backend)(t)
			mentions := func() (int, bool) {
				t.Helper()
				n := -1
				kept, err := s.EachEntity(ctx, func(f graph.EntityFacts) error {
					if f.ID == "anna-berg" {
						n = f.Mentions
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				return n, kept
			}
			if _, err := s.Put(ctx, []*graph.Document{storetest.Doc("art1", "h1"), storetest.Doc("art2", "h1")}); err != nil {
				t.Fatal(err)
			}
			if n, kept := mentions(); !kept || n != 2 {
				t.Fatalf("two articles: kept %v, anna-berg mentioned in %d, want kept and 2", kept, n)
			}
			if _, err := s.RemoveArticle(ctx, "art1"); err != nil {
				t.Fatal(err)
			}
			if n, _ := mentions(); n != 1 {
				t.Errorf("one article removed: anna-berg mentioned in %d, want 1", n)
			}
		})
	}
}

// TestOpenFolderThatIsNoStore checks what --db does with a path that exists but is no
// store: an empty folder becomes a new store; a folder of other files and a regular file
// are refused with a message that says so, and nothing is written into them.
func TestOpenFolderThatIsNoStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := graph.Open(ctx, empty, graph.OpenOptions{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "no store there") {
		t.Errorf("read-only open of an empty folder: %v, want \"no store there\"", err)
	}
	s, err := graph.Open(ctx, empty, graph.OpenOptions{})
	if err != nil {
		t.Fatalf("an empty folder should become a new store: %v", err)
	}
	s.Close()

	other := filepath.Join(dir, "other")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file.db")
	if err := os.WriteFile(file, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{other: "not a relgraph store", file: "a file, not a store folder"} {
		for _, ro := range []bool{true, false} {
			_, err := graph.Open(ctx, path, graph.OpenOptions{ReadOnly: ro})
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
				t.Errorf("open %s (read-only %v): %v, want an error naming it with %q", path, ro, err, want)
			}
		}
	}
	entries, err := os.ReadDir(other)
	if err != nil || len(entries) != 1 {
		t.Errorf("the folder that is no store was written into: %v %v", entries, err)
	}
}
