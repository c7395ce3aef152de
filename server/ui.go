package server

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/ui"
)

// assets are relgraph's own pages: the timeline and the editor the web console uses.
//
//go:embed assets
var assets embed.FS

// The built Cayley console asks a fixed server for its queries and loads its editor
// (Monaco) from a CDN. Served here it asks the server it came from, and finds an editor
// already defined by assets/editor.js, so it works offline and on any address.
const (
	cayleyServerURL = `"http://localhost:64210"`
	// The icon font comes from a CDN too: without it the icons' names would show as text.
	editorScript = `<script src="/assets/editor.js"></script><style>.material-icons{display:none!important}</style>`
	relgraphNav  = `<a href="/timeline" id="relgraph-timeline-link" style="position:fixed;right:16px;bottom:12px;z-index:10;font:14px system-ui,sans-serif;color:#1f5f8b">Timeline &rarr;</a>`
)

// jsonPosts are the console's two POSTs (a query, its shape), each given the JSON body type
// the server requires of a POST (see checkStateChanging).
var jsonPosts = [][2]string{
	{`headers:{Accept:"application/ld+json"}`, `headers:{Accept:"application/ld+json","Content-Type":"application/json"}`},
	{`{method:"POST",body:a}`, `{method:"POST",headers:{"Content-Type":"application/json"},body:a}`},
}

// routeAssets serves Cayley's web console at / and relgraph's pages under /timeline and
// /assets/.
func (h *Handler) routeAssets() error {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return fmt.Errorf("server: cayley ui: %w", err)
	}
	patched := map[string][]byte{}
	index, err := fs.ReadFile(web, "index.html")
	if err != nil {
		return fmt.Errorf("server: cayley ui: %w", err)
	}
	if !bytes.Contains(index, []byte("</head>")) {
		return fmt.Errorf("server: cayley ui: index.html has no </head>")
	}
	index = bytes.Replace(index, []byte("</head>"), []byte(editorScript+"</head>"), 1)
	index = bytes.Replace(index, []byte("</body>"), []byte(relgraphNav+"</body>"), 1)
	patched["index.html"] = index
	scripts, err := fs.Glob(web, "static/js/main.*.js")
	if err != nil {
		return err
	}
	for _, name := range scripts {
		b, err := fs.ReadFile(web, name)
		if err != nil {
			return err
		}
		if !bytes.Contains(b, []byte(cayleyServerURL)) {
			continue
		}
		b = bytes.ReplaceAll(b, []byte(cayleyServerURL), []byte("window.location.origin"))
		for _, p := range jsonPosts {
			if !bytes.Contains(b, []byte(p[0])) {
				return fmt.Errorf("server: cayley ui: %s has no %s to give a JSON type", name, p[0])
			}
			b = bytes.ReplaceAll(b, []byte(p[0]), []byte(p[1]))
		}
		patched[name] = b
	}
	files := http.FileServer(http.FS(web))
	started := time.Now()
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "%s %s: only GET is served here", r.Method, r.URL.Path)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		if b, ok := patched[name]; ok {
			http.ServeContent(w, r, name, started, bytes.NewReader(b))
			return
		}
		files.ServeHTTP(w, r)
	})

	own, err := fs.Sub(assets, "assets")
	if err != nil {
		return err
	}
	h.mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServer(http.FS(own))))
	timeline, err := fs.ReadFile(own, "timeline.html")
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	h.mux.HandleFunc("GET /timeline", func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "timeline.html", started, bytes.NewReader(timeline))
	})
	return nil
}
