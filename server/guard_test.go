package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// mallory is the quad the refused writes below try to store.
const mallory = "<entity/mallory> <name> \"Mallory\" .\n"

// storedMallory reports whether a write of mallory got through.
func storedMallory(t *testing.T, st graph.Store) bool {
	t.Helper()
	vals, err := st.Out(context.Background(), graph.EntityIRI("mallory"), graph.PredName)
	if err != nil {
		t.Fatal(err)
	}
	return len(vals) > 0
}

// TestCrossSiteRequests sends the requests a page on another site can make a browser send
// unasked (text/plain and form bodies, another Origin) to a server that allows writes:
// each is refused and stores nothing; the same write as a program sends it is stored.
func TestCrossSiteRequests(t *testing.T) {
	st := testStore(t)
	h := testHandler(t, Config{Store: st, AllowWrites: true})
	for _, c := range []struct {
		name, target, body string
		hdr                http.Header
		want               int
	}{
		{"text/plain write", "/api/v2/write", mallory, http.Header{"Content-Type": {"text/plain;charset=UTF-8"}}, http.StatusUnsupportedMediaType},
		{"form write", "/api/v2/write", "a=" + mallory, http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, http.StatusUnsupportedMediaType},
		{"multipart write", "/api/v2/write", mallory, http.Header{"Content-Type": {"multipart/form-data; boundary=x"}}, http.StatusUnsupportedMediaType},
		{"write without a type", "/api/v2/write", mallory, http.Header{}, http.StatusUnsupportedMediaType},
		{"text/plain delete", "/api/v2/delete", mallory, http.Header{"Content-Type": {"text/plain"}}, http.StatusUnsupportedMediaType},
		{"text/plain query", "/api/v2/query?lang=gizmo", `g.V().All()`, http.Header{"Content-Type": {"text/plain"}}, http.StatusUnsupportedMediaType},
		{"text/plain shape", "/api/v1/shape/gizmo", `g.V().All()`, http.Header{"Content-Type": {"text/plain"}}, http.StatusUnsupportedMediaType},
		{"another site's write", "/api/v2/write", mallory,
			http.Header{"Content-Type": {"application/n-quads"}, "Origin": {"http://news.example"}}, http.StatusForbidden},
		{"another port's write", "/api/v2/write", mallory,
			http.Header{"Content-Type": {"application/n-quads"}, "Origin": {"http://127.0.0.1:8000"}}, http.StatusForbidden},
		{"a sandboxed page's write", "/api/v2/write", mallory,
			http.Header{"Content-Type": {"application/n-quads"}, "Origin": {"null"}}, http.StatusForbidden},
	} {
		code, body, _ := doWith(t, h, "POST", "http://127.0.0.1:64210"+c.target, c.body, c.hdr)
		if code != c.want || !strings.Contains(body, "error") {
			t.Errorf("%s: %d %s, want %d", c.name, code, body, c.want)
		}
	}
	if storedMallory(t, st) {
		t.Fatal("a refused write was stored")
	}
	// The server's own page (same Origin) and a program (no Origin) are served.
	for _, hdr := range []http.Header{
		{"Content-Type": {"application/json"}, "Origin": {"http://127.0.0.1:64210"}},
		{"Content-Type": {"application/json"}},
		{"Content-Type": {"application/javascript"}},
	} {
		code, body, _ := doWith(t, h, "POST", "http://127.0.0.1:64210/api/v2/query?lang=gizmo", `g.V("<entity/iran>").Out("<name>").All()`, hdr)
		if code != 200 || !strings.Contains(body, "Iran") {
			t.Errorf("query with %v: %d %s", hdr, code, body)
		}
	}
	if code, body, _ := doWith(t, h, "POST", "/api/v2/write", mallory, http.Header{"Content-Type": {"application/n-quads"}}); code != 200 {
		t.Fatalf("a program's write: %d %s", code, body)
	}
	if !storedMallory(t, st) {
		t.Error("a program's write was not stored")
	}
}

// TestHostChecked sends requests whose Host is not the server's, as a page whose domain
// name was re-pointed at 127.0.0.1 (DNS rebinding) makes the browser send them.
func TestHostChecked(t *testing.T) {
	h := testHandler(t, Config{})
	for _, c := range []struct {
		host string
		want int
	}{
		{"rebind.example:64210", http.StatusMisdirectedRequest},
		{"rebind.example", http.StatusMisdirectedRequest},
		{"localhost.rebind.example:64210", http.StatusMisdirectedRequest},
		{"127.0.0.1:64210", 200},
		{"localhost:64210", 200},
		{"[::1]:64210", 200},
		{"192.168.1.10", 200},
	} {
		code, body, _ := doWith(t, h, "GET", "http://"+c.host+"/api/entities?q=iran", "", http.Header{})
		if code != c.want {
			t.Errorf("Host %s: %d %.200s, want %d", c.host, code, body, c.want)
		}
		if c.want != 200 && !strings.Contains(body, "--allowed-host") {
			t.Errorf("Host %s: the refusal does not name --allowed-host: %s", c.host, body)
		}
	}
	// Behind a reverse proxy, its name is allowed.
	h = testHandler(t, Config{AllowedHosts: []string{"graph.newsroom.example"}})
	if code, body, _ := doWith(t, h, "GET", "http://graph.newsroom.example/api/entities?q=iran", "", http.Header{}); code != 200 {
		t.Errorf("an allowed host: %d %s", code, body)
	}
	if code, _, _ := doWith(t, h, "GET", "http://rebind.example/api/entities", "", http.Header{}); code != http.StatusMisdirectedRequest {
		t.Errorf("another host beside an allowed one: %d", code)
	}
	// A proxy that passes its own Host to the server, and pages it serves: their Origin is
	// the proxy's name.
	hdr := http.Header{"Content-Type": {"application/json"}, "Origin": {"https://graph.newsroom.example"}}
	if code, body, _ := doWith(t, h, "POST", "http://127.0.0.1:64210/api/v2/query?lang=gizmo", `g.V("<entity/iran>").All()`, hdr); code != 200 {
		t.Errorf("a POST from the proxy's page: %d %s", code, body)
	}
}

// TestToken: with a token, every API request needs it, as a header or as the cookie that
// opening a page with ?token= once sets.
func TestToken(t *testing.T) {
	h := testHandler(t, Config{Token: "s3cret-token"})
	const q = "/api/entities?q=iran"
	if code, body, _ := doWith(t, h, "GET", q, "", http.Header{}); code != http.StatusUnauthorized || !strings.Contains(body, "Authorization: Bearer") {
		t.Errorf("no token: %d %s", code, body)
	}
	if code, _, _ := doWith(t, h, "GET", q, "", http.Header{"Authorization": {"Bearer wrong"}}); code != http.StatusUnauthorized {
		t.Errorf("a wrong token: %d", code)
	}
	if code, _, _ := doWith(t, h, "GET", q, "", http.Header{"Authorization": {"Bearer s3cret-token"}}); code != 200 {
		t.Errorf("the token: %d", code)
	}
	// The pages themselves load without it; ?token= sets the cookie and leaves the address.
	code, _, hdr := doWith(t, h, "GET", "/timeline?entity=iran&token=s3cret-token", "", http.Header{})
	if code != http.StatusSeeOther || hdr.Get("Location") != "/timeline?entity=iran" {
		t.Fatalf("?token=: %d, Location %q", code, hdr.Get("Location"))
	}
	resp := http.Response{Header: hdr}
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == TokenCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookie %+v", cookie)
	}
	if code, _, _ := doWith(t, h, "GET", q, "", http.Header{"Cookie": {cookie.String()}}); code != 200 {
		t.Errorf("with the cookie: %d", code)
	}
	if code, _, _ := doWith(t, h, "GET", "/timeline", "", http.Header{}); code != 200 {
		t.Errorf("the page without a token: %d", code)
	}
}

// TestGzipBodyCap posts a write whose gzip body is small and whose quads are not: the cap
// on bodies counts decompressed bytes, so it is refused whole and stores nothing.
func TestGzipBodyCap(t *testing.T) {
	st := testStore(t)
	h := testHandler(t, Config{Store: st, AllowWrites: true})
	gz := func(s string) string {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.String()
	}
	big := "<entity/mallory> <name> \"" + strings.Repeat("M", 8*MaxBodyBytes) + "\" .\n"
	body := gz(big)
	if len(body) > MaxBodyBytes/10 {
		t.Fatalf("the compressed body is %d bytes; the test needs it well under the cap", len(body))
	}
	hdr := http.Header{"Content-Type": {"application/n-quads"}, "Content-Encoding": {"gzip"}}
	code, resp, _ := doWith(t, h, "POST", "/api/v2/write", body, hdr)
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(resp, "decompressed") {
		t.Errorf("%d bytes of gzip holding %d: %d %s", len(body), len(big), code, resp)
	}
	if storedMallory(t, st) {
		t.Fatal("the over-size literal was stored")
	}
	// A gzip body under the cap is decompressed once, and a gzip delete is read too
	// (Cayley's delete ignored the encoding).
	if code, resp, _ := doWith(t, h, "POST", "/api/v2/write", gz(mallory), hdr); code != 200 || !storedMallory(t, st) {
		t.Fatalf("a small gzip write: %d %s", code, resp)
	}
	// (A quad outside relgraph's model: those of its entities are not deleted one by one.)
	const note = "<note/mallory> <says> \"Mallory\" .\n"
	if code, resp, _ := doWith(t, h, "POST", "/api/v2/write", gz(note), hdr); code != 200 {
		t.Fatalf("a small gzip write: %d %s", code, resp)
	}
	if code, resp, _ := doWith(t, h, "POST", "/api/v2/delete", gz(note), hdr); code != 200 {
		t.Errorf("a gzip delete: %d %s", code, resp)
	}
	if vals, err := st.Out(context.Background(), quad.IRI("note/mallory"), "says"); err != nil || len(vals) != 0 {
		t.Errorf("after a gzip delete: %v %v", vals, err)
	}
	if code, _, _ := doWith(t, h, "POST", "/api/v2/write", mallory, http.Header{"Content-Type": {"application/n-quads"}, "Content-Encoding": {"br"}}); code != http.StatusUnsupportedMediaType {
		t.Errorf("an unread encoding: %d", code)
	}
}
