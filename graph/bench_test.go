package graph_test

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// syntheticDocs builds n articles shaped like real ones: a dozen entities drawn from a
// shared pool of 2,000 (so entity nodes recur across articles, as they do in news) and a
// few events each.
func syntheticDocs(n int) []*graph.Document {
	docs := make([]*graph.Document, n)
	types := []string{graph.TypePerson, graph.TypeCountry, graph.TypeOrganization, graph.TypeLocation}
	plover := []string{"CONSULT", "DEMAND", "AGREE", "SUPPORT", "DISAPPROVE", "THREATEN"}
	for i := range docs {
		d := &graph.Document{Article: graph.Article{
			ID: fmt.Sprintf("a%06d", i), Title: fmt.Sprintf("Article %d", i),
			Published: fmt.Sprintf("2005-%02d-%02d", i%12+1, i%28+1), Hash: fmt.Sprintf("h%d", i),
		}}
		var ids []string
		for j := range 12 {
			k := (i*7 + j*131) % 2000
			id := fmt.Sprintf("entity-%d", k)
			ids = append(ids, id)
			d.Entities = append(d.Entities, graph.Entity{ID: id, Name: fmt.Sprintf("Entity %d", k),
				Type: types[k%4], Aliases: []string{fmt.Sprintf("E%d", k)}})
		}
		for j := range 4 {
			d.Events = append(d.Events, graph.Event{
				ID: fmt.Sprintf("%s-%d", d.Article.ID, j), Type: plover[(i+j)%len(plover)], Mode: "meeting",
				Trigger: "met", Relation: "met", Symmetric: true, Actors: []string{ids[j]}, Targets: []string{ids[j+1]},
				Topics: []graph.Topic{{Entity: ids[j+2]}}, Date: d.Article.Published,
				Evidence: fmt.Sprintf("Entity %d met Entity %d on the day, officials said in sentence %d.", j, j+1, i),
			})
		}
		docs[i] = d
	}
	return docs
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkEmbeddedWrite writes the same ~200,000 quads into each embedded backend (relgraph's
// leveldb, Cayley's leveldb with goleveldb's default options, and bolt), through
// relgraph's Put (batches of 128 articles a transaction) and through Cayley's own quad
// writer, and reports quads/s and the store's size on disk. Run it with
//
//	go test ./graph -run '^$' -bench EmbeddedWrite -benchtime 1x
func BenchmarkEmbeddedWrite(b *testing.B) {
	docs := syntheticDocs(2000)
	var all []quad.Quad
	for _, d := range docs {
		all = append(all, d.Quads()...)
	}
	for _, backend := range []string{graph.DefaultBackend, "leveldb", "bolt"} {
		b.Run(backend+"/relgraph-put", func(b *testing.B) {
			for range b.N {
				dir := b.TempDir()
				s, err := graph.OpenLocation(context.Background(), graph.Location{Backend: backend, Address: dir + "/db"}, graph.OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				for i := 0; i < len(docs); i += 128 {
					if _, err := s.Put(context.Background(), docs[i:min(i+128, len(docs))]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				s.Close()
				b.ReportMetric(float64(len(all))/b.Elapsed().Seconds(), "quads/s")
				b.ReportMetric(float64(dirSize(dir))/1e6, "MB-on-disk")
			}
		})
		b.Run(backend+"/cayley-writer", func(b *testing.B) {
			for range b.N {
				dir := b.TempDir()
				s, err := graph.OpenLocation(context.Background(), graph.Location{Backend: backend, Address: dir + "/db"}, graph.OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				w, err := cgraph.NewQuadWriter("single", s.QuadStore(), cgraph.Options{"ignore_duplicate": true})
				if err != nil {
					b.Fatal(err)
				}
				bw := cgraph.NewWriter(w)
				b.ResetTimer()
				if _, err := quad.CopyBatch(bw, quad.NewReader(all), quad.DefaultBatch); err != nil {
					b.Fatal(err)
				}
				if err := bw.Close(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s.Close()
				b.ReportMetric(float64(len(all))/b.Elapsed().Seconds(), "quads/s")
				b.ReportMetric(float64(dirSize(dir))/1e6, "MB-on-disk")
			}
		})
	}
	b.Logf("%d articles, %d quads", len(docs), len(all))
}

// BenchmarkLongArticleWrite writes one long article (longDocument: 240,000 quads, what a
// run-on article of a few megabytes yields) into a new store of each embedded backend
// through Put, in the one transaction an article is written in, and reports quads/s. bolt
// used to take time that grew with the square of the article here (every key of the
// transaction inserted into one in-memory node per bucket); see boltBatch.
//
//	go test ./graph -run '^$' -bench LongArticleWrite -benchtime 1x
func BenchmarkLongArticleWrite(b *testing.B) {
	d := longDocument(30000)
	quads := len(d.Quads())
	for _, backend := range []string{graph.DefaultBackend, "bolt"} {
		b.Run(backend, func(b *testing.B) {
			for range b.N {
				s, err := graph.OpenLocation(context.Background(), graph.Location{Backend: backend, Address: b.TempDir() + "/db"}, graph.OpenOptions{NoSync: true})
				if err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				if _, err := s.Put(context.Background(), []*graph.Document{d}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s.Close()
				b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
			}
		})
	}
}
