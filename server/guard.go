package server

import (
	"compress/gzip"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// TokenCookie is the cookie that carries the token for a browser: opening any page with
// ?token=TOKEN once sets it (HttpOnly, SameSite=Strict, so no other site's page sends it).
const TokenCookie = "relgraph_token"

// guardError is a request refused before it reaches a handler.
type guardError struct {
	code int
	msg  string
}

// checkHost refuses a request whose Host header does not name this server: a web page on
// another site that had its domain name re-pointed at 127.0.0.1 (DNS rebinding) sends its
// own name as the Host, which only an IP literal, localhost or a name in AllowedHosts
// passes.
func (h *Handler) checkHost(r *http.Request) *guardError {
	host := strings.ToLower(r.Host)
	name := host
	if n, _, err := net.SplitHostPort(host); err == nil {
		name = n
	}
	name = strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	if name == "localhost" || net.ParseIP(name) != nil {
		return nil
	}
	if h.allowedHost(name, host) {
		return nil
	}
	return &guardError{http.StatusMisdirectedRequest, fmt.Sprintf(
		"Host %q is not an address of this server, so the request is refused (a web page can reach a local server through its own domain name); use http://127.0.0.1 or http://localhost, or start relgraph serve with --allowed-host %s when it is behind a reverse proxy",
		r.Host, name)}
}

// allowedHost reports whether a host name (or host:port) is one of AllowedHosts.
func (h *Handler) allowedHost(name, hostport string) bool {
	for _, a := range h.cfg.AllowedHosts {
		if strings.EqualFold(a, name) || strings.EqualFold(a, hostport) {
			return true
		}
	}
	return false
}

// checkToken refuses an API request without the token when one is set. The token comes as
// "Authorization: Bearer TOKEN" or in the TokenCookie.
func (h *Handler) checkToken(r *http.Request) *guardError {
	if h.cfg.Token == "" || !strings.HasPrefix(r.URL.Path, "/api/") {
		return nil
	}
	got := ""
	if a := r.Header.Get("Authorization"); a != "" {
		scheme, tok, _ := strings.Cut(a, " ")
		if strings.EqualFold(scheme, "Bearer") {
			got = strings.TrimSpace(tok)
		}
	} else if c, err := r.Cookie(TokenCookie); err == nil {
		got = c.Value
	}
	if got == "" {
		return &guardError{http.StatusUnauthorized,
			"this server needs its token: send the header \"Authorization: Bearer TOKEN\", or open /?token=TOKEN once in the browser"}
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(h.cfg.Token)) != 1 {
		return &guardError{http.StatusUnauthorized, "the token is wrong; use the one given to relgraph serve with --token or --token-file"}
	}
	return nil
}

// setTokenCookie answers a page request carrying ?token= (and the right token) by storing
// the token in the TokenCookie and redirecting to the same page without it, so the token
// leaves the address bar and the history. It reports whether it answered.
func (h *Handler) setTokenCookie(w http.ResponseWriter, r *http.Request) bool {
	tok := r.URL.Query().Get("token")
	if h.cfg.Token == "" || tok == "" || r.Method != http.MethodGet || strings.HasPrefix(r.URL.Path, "/api/") {
		return false
	}
	if subtle.ConstantTimeCompare([]byte(tok), []byte(h.cfg.Token)) != 1 {
		writeError(w, http.StatusUnauthorized, "the token is wrong; use the one given to relgraph serve with --token or --token-file")
		return true
	}
	http.SetCookie(w, &http.Cookie{Name: TokenCookie, Value: tok, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	u := *r.URL
	q := u.Query()
	q.Del("token")
	u.RawQuery = q.Encode()
	u.Scheme, u.Host = "", ""
	http.Redirect(w, r, u.String(), http.StatusSeeOther)
	return true
}

// checkStateChanging refuses a request other than GET or HEAD (a write, a delete, a POSTed
// query) that a page on another site could have sent: one whose Origin is another site's
// (not the Host, nor an AllowedHosts name: a reverse proxy may rewrite the Host),
// or whose body is not of a JSON content type (or its own type: application/javascript for a
// Gizmo query, a quad format's for the writes and deletes). Browsers send text/plain, form and multipart bodies to any site
// without asking it first; any other type makes them ask (a CORS preflight), which this
// server never grants.
func (h *Handler) checkStateChanging(r *http.Request) *guardError {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return nil
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if o == "null" || err != nil || !(strings.EqualFold(u.Host, r.Host) || h.allowedHost(u.Hostname(), u.Host)) {
			return &guardError{http.StatusForbidden, fmt.Sprintf(
				"%s %s from the page of another site (Origin %s) is refused; send it from this server's own pages or from a program",
				r.Method, r.URL.Path, o)}
		}
	}
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json")) {
		return nil
	}
	if err == nil && mt == "application/javascript" && r.URL.Query().Get("lang") == "gizmo" {
		return nil
	}
	if err == nil && quadWritePath(r.URL.Path) {
		if f := quad.FormatByMime(mt); f != nil && !safelisted(mt) {
			return nil
		}
	}
	if ct == "" {
		ct = "none"
	}
	return &guardError{http.StatusUnsupportedMediaType, fmt.Sprintf(
		"%s %s needs a JSON body type (Content-Type: application/json), which a web page cannot send to another site unasked; Content-Type was %s",
		r.Method, r.URL.Path, ct)}
}

// quadWritePath reports whether path is one of the endpoints that read quads (or a node) in
// a quad format from the body.
func quadWritePath(path string) bool {
	switch strings.TrimSuffix(path, "/") {
	case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete", "/api/store/add":
		return true
	}
	return false
}

// safelisted reports the media types a browser sends across sites without a preflight.
func safelisted(mt string) bool {
	switch mt {
	case "text/plain", "application/x-www-form-urlencoded", "multipart/form-data":
		return true
	}
	return false
}

// bodyLimit is the largest body r may have: MaxStoreWriteBytes for the store API's writes
// on a server that writes (whose requests carry its token), MaxBodyBytes otherwise.
func (h *Handler) bodyLimit(r *http.Request) int64 {
	switch r.URL.Path {
	case "/api/store/put", "/api/store/add":
		if h.cfg.AllowWrites {
			return MaxStoreWriteBytes
		}
	}
	return MaxBodyBytes
}

// readBody reads r's body whole, at most bodyLimit(r) bytes of it once decoded: a gzip body
// (Content-Encoding: gzip) is decompressed here and counted by its decompressed bytes, so
// that 200 KB of gzip cannot carry 200 MB; the handlers then see a plain body. Other
// encodings are refused. The read stops after timeout.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request, timeout time.Duration) ([]byte, *guardError) {
	limit := h.bodyLimit(r)
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding")))
	if enc != "" && enc != "identity" && enc != "gzip" {
		return nil, &guardError{http.StatusUnsupportedMediaType, fmt.Sprintf(
			"Content-Encoding %q is not read; send the body plain or gzip-compressed", enc)}
	}
	// The deadline is the connection's, for the body only: lifted once the body is in
	// (net/http lifts it too when it starts watching for a closed connection), so a long
	// query is not cut short. A ResponseWriter without a connection cannot take one.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(timeout))
	defer rc.SetReadDeadline(time.Time{})
	var body io.Reader = http.MaxBytesReader(w, r.Body, limit)
	if enc == "gzip" {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, bodyError(err, timeout, limit)
		}
		defer zr.Close()
		body = zr
	}
	b, err := io.ReadAll(io.LimitReader(body, limit+1))
	r.Body.Close()
	if err != nil {
		return nil, bodyError(err, timeout, limit)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(limit)
	}
	r.Header.Del("Content-Encoding")
	r.ContentLength = int64(len(b))
	return b, nil
}

func tooLarge(limit int64) *guardError {
	return &guardError{http.StatusRequestEntityTooLarge, fmt.Sprintf(
		"the request body is larger than %d bytes (counted decompressed); send less at once", limit)}
}

func bodyError(err error, timeout time.Duration, limit int64) *guardError {
	var tooLargeErr *http.MaxBytesError
	switch {
	case errors.As(err, &tooLargeErr):
		return tooLarge(limit)
	case isTimeout(err):
		return &guardError{http.StatusRequestTimeout, fmt.Sprintf("the request body did not arrive within %v; send it whole, at once", timeout)}
	}
	return &guardError{http.StatusBadRequest, fmt.Sprintf("read the request body: %v", err)}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
