package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	textunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"

	"github.com/relgraph/relgraph/graph/model"
)

// Default caps of ReadOptions.
const (
	DefaultMaxDecompressed int64 = 1 << 30  // 1 GiB
	DefaultMaxArticle      int64 = 64 << 20 // 64 MiB
)

// ReadOptions says how Read interprets its input.
type ReadOptions struct {
	// Format is "" to detect each file's format from its extension and content, else one of
	// text, markdown, html, json, jsonl, rss (rss also reads Atom).
	Format string
	// Fields renames JSON and JSONL fields: {"text": "body", "date": "published"} reads the
	// article text from "body" and its date from "published".
	Fields map[string]string
	// MaxDecompressed caps the decompressed size of a gzip file (0 = DefaultMaxDecompressed).
	MaxDecompressed int64
	// MaxArticle caps what is held in memory at once: one article, one JSONL line, one HTML
	// page or one feed (0 = DefaultMaxArticle).
	MaxArticle int64
	// Skipped, when set, is called for each file found in a folder that is not an article,
	// with what it is instead ("script (.js)", "image (.png)", "binary file"):
	// by its extension (scripts, stylesheets, images, fonts, archives, office files...) or
	// by its content (binary data, a script or a stylesheet, under a name that is not an
	// article's). Such a file is neither read nor reported to onErr. A file named in paths
	// itself is always read, and is an error when it is not an article.
	Skipped func(path, why string)
	// Consumed, when set, counts the bytes read from the inputs as they are read (compressed
	// bytes for a gzipped file), for progress against InputSize.
	Consumed *atomic.Int64
}

// InputSize sums the sizes of the regular files that Read would read from paths (folders
// recursively, hidden entries skipped); known is false when a path is stdin, a pipe or a
// device, whose size cannot be known in advance.
func InputSize(paths []string) (size int64, known bool) {
	known = true
	for _, p := range paths {
		if p == "-" {
			known = false
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") || d.IsDir() && storeFolder(path) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			info, err := os.Stat(path) // follows symlinks, as Read does
			if err != nil {
				return nil
			}
			if info.Mode().IsRegular() {
				size += info.Size()
			} else if !info.IsDir() {
				known = false
			}
			return nil
		})
	}
	return size, known
}

// countingReader adds what it reads to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// Formats lists the values ReadOptions.Format accepts besides "".
var Formats = []string{"text", "markdown", "html", "json", "jsonl", "rss"}

// ReadError is a file, line or item that could not be read. Reading goes on after it.
type ReadError struct {
	Path string // the file, "-" for stdin
	Line int    // 1-based line of a JSONL line or JSON item, 0 for the whole file
	Err  error
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	if e.Path == "-" {
		// Standard input is no file to remove: say what to pipe instead.
		switch e.Err {
		case ErrBinary:
			return "-: binary data, not an article; pipe the article's text, or name its file"
		case ErrEmpty:
			return "-: empty, no article in it; pipe an article's text, or name its file"
		}
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// Errors a ReadError may wrap, for errors.Is.
var (
	ErrBinary   = errors.New("binary file, not an article; remove it or point relgraph at the articles")
	ErrEmpty    = errors.New("empty, no article in it; remove it or add the article")
	ErrTooLarge = errors.New("too large")
)

// ArticleID returns a stable ID for a: a hash of its normalized URL when it has one (so the
// same story fetched twice is one article), else a hash of its title and text.
func ArticleID(a *Article) string {
	h := sha256.New()
	if u := normalizeURL(a.URL); u != "" {
		h.Write([]byte("url\x00"))
		model.WriteString(h, u)
	} else {
		h.Write([]byte("text\x00"))
		model.WriteString(h, strings.TrimSpace(a.Title))
		h.Write([]byte{0})
		model.WriteString(h, strings.TrimSpace(a.Text)) // not copied: it may be the whole of a long article
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}

// normalizeURL lower-cases the scheme and host, drops the fragment, default ports, a
// trailing slash and common tracking parameters, so that variants of one URL agree.
func normalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https"
	}
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ":443")
	host = strings.TrimSuffix(host, ":80")
	host = strings.TrimPrefix(host, "www.")
	u.Host = host
	u.Fragment = ""
	u.RawFragment = ""
	u.User = nil
	if q := u.Query(); len(q) > 0 {
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// Read walks paths in order and calls emit for each article it finds. A path is a file, a
// folder (read recursively in name order, hidden files and folders skipped, symlink loops
// detected) or "-" for stdin. Files are streamed: a JSONL file or JSON array is read one
// line or item at a time. A file, line or item that cannot be read is passed to onErr as a
// *ReadError and reading goes on with the rest. Read returns ctx.Err() when ctx is
// cancelled, or the first error emit returns.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts ReadOptions, emit func(*Article) error, onErr func(error)) error {
	if opts.MaxDecompressed <= 0 {
		opts.MaxDecompressed = DefaultMaxDecompressed
	}
	if opts.MaxArticle <= 0 {
		opts.MaxArticle = DefaultMaxArticle
	}
	if onErr == nil {
		onErr = func(error) {}
	}
	r := &reader{ctx: ctx, opts: opts, emit: emit, onErr: onErr}
	if err := CheckFormat(opts.Format); err != nil {
		return err
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = r.stream("-", "", io.NopCloser(ContextReader(ctx, stdin)), false)
		} else {
			err = r.walk(p, nil)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// CheckFormat returns an error naming the formats Read accepts when f ("" for detecting
// it) is not one of them; "atom" is read as "rss".
func CheckFormat(f string) error {
	if f == "" || f == "atom" || slices.Contains(Formats, f) {
		return nil
	}
	return fmt.Errorf("format %q: want one of %s, or atom", f, strings.Join(Formats, ", "))
}

// errStop marks an error that ends Read: cancellation or an error from emit.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

type reader struct {
	ctx   context.Context
	opts  ReadOptions
	emit  func(*Article) error
	onErr func(error)
}

// fail reports a ReadError for path (and line).
func (r *reader) fail(path string, line int, err error) {
	r.onErr(&ReadError{Path: path, Line: line, Err: err})
}

// article completes a and passes it to emit. Its error ends Read.
func (r *reader) article(a *Article) error {
	if err := r.ctx.Err(); err != nil {
		return errStop{err}
	}
	a.Title = trimPublisher(strings.TrimSpace(a.Title), a.Source)
	a.Text = strings.TrimSpace(a.Text)
	a.ID = ArticleID(a)
	if err := r.emit(a); err != nil {
		return errStop{err}
	}
	return nil
}

// walk reads path, a file or a folder. ancestors holds the real paths of the folders above
// it, to detect symlink loops.
func (r *reader) walk(path string, ancestors []string) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	fi, err := os.Stat(path)
	if err != nil {
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
			err = errors.New("broken symlink; fix its target or remove it")
		} else {
			err = statError(err, len(ancestors) > 0)
		}
		r.fail(path, 0, err)
		return nil
	}
	if !fi.IsDir() {
		inFolder := len(ancestors) > 0
		if why := notArticleName(path); why != "" && r.opts.Format == "" {
			if inFolder {
				r.skip(path, why)
			} else {
				r.fail(path, 0, notArticleError(why))
			}
			return nil
		}
		return r.file(path, inFolder)
	}
	if storeFolder(path) {
		// "relgraph ingest ." run where the store is: its files are no articles.
		if len(ancestors) > 0 {
			r.skip(path, "database folder (a leveldb store)")
		} else {
			r.fail(path, 0, errors.New("a database folder (a leveldb store), not articles; point relgraph at the articles"))
		}
		return nil
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		r.fail(path, 0, statError(err, true))
		return nil
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, a := range ancestors {
		if a == real {
			r.fail(path, 0, fmt.Errorf("symlink loop back to %s; skipped", a))
			return nil
		}
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		r.fail(path, 0, statError(err, true))
		// ReadDir returns what it could read; go on with those.
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	ancestors = append(ancestors, real)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := r.walk(filepath.Join(path, e.Name()), ancestors); err != nil {
			return err
		}
	}
	return nil
}

// storeFolder reports a leveldb database folder (relgraph's default store): one holding
// the files CURRENT and LOCK and a MANIFEST.
func storeFolder(path string) bool {
	for _, name := range []string{"CURRENT", "LOCK"} {
		if fi, err := os.Lstat(filepath.Join(path, name)); err != nil || !fi.Mode().IsRegular() {
			return false
		}
	}
	m, err := filepath.Glob(filepath.Join(path, "MANIFEST-*"))
	return err == nil && len(m) > 0
}

// file reads path, which is not a folder, opened by OpenFile: a named pipe, a device or a
// socket is skipped with an error, never opened. inFolder says it was found in a folder,
// where a file whose content is not an article's is skipped rather than an error.
func (r *reader) file(path string, inFolder bool) error {
	f, err := OpenFile(r.ctx, path, "an article")
	if err != nil {
		r.fail(path, 0, err)
		return nil
	}
	return r.stream(path, path, f, inFolder)
}

func (r *reader) skip(path, why string) {
	if r.opts.Skipped != nil {
		r.opts.Skipped(path, why)
	}
}

// nonArticleExts are the extensions of what sits beside articles in a saved site or an
// export: code, styles, images, fonts, media, archives and office files.
var nonArticleExts = func() map[string]string {
	m := map[string]string{}
	for why, exts := range map[string]string{
		"script":                        ".js .mjs .cjs .ts .jsx .tsx .map .wasm .py .pyc .rb .php .sh .class .jar",
		"stylesheet":                    ".css .scss .sass .less",
		"image":                         ".png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .avif .heic",
		"font":                          ".woff .woff2 .ttf .otf .eot",
		"media file":                    ".mp3 .mp4 .m4a .webm .mov .avi .wav .ogg .flac .mkv",
		"archive":                       ".zip .tar .7z .rar .bz2 .xz .zst",
		"document relgraph cannot read": ".pdf .doc .docx .xls .xlsx .ppt .pptx .odt .epub",
		"program or database":           ".exe .dll .so .dylib .bin .db .sqlite .lock",
	} {
		for _, e := range strings.Fields(exts) {
			m[e] = why
		}
	}
	return m
}()

// articleExts are the extensions relgraph reads as articles.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true,
	".xhtml": true, ".json": true, ".jsonl": true, ".ndjson": true, ".rss": true, ".atom": true, ".xml": true, ".gz": true}

// notArticleName says why the file at path is not an article by its name ("script (.js)"),
// or "" when it may be one.
func notArticleName(path string) string {
	if why, ok := nonArticleExts[strings.ToLower(filepath.Ext(path))]; ok {
		return why + " (" + strings.ToLower(filepath.Ext(path)) + ")"
	}
	return ""
}

// codeStart is how scripts and stylesheets begin (a "#!/bin/sh" line included).
var codeStart = regexp.MustCompile(`^(?:#!/|"use strict"|'use strict'|(?:function|var|const|let|import|export)\s|\(function|!function|window\.|document\.|@charset|@import|@media|@font-face|[.#]?[A-Za-z][\w-]*(?:\s*,\s*[.#]?[A-Za-z][\w-]*)*\s*\{\s*[a-z-]+\s*:)`)

// notArticleContent says why a file whose first bytes are head is not an article by its
// content ("binary file"), or "" when it may be one.
func notArticleContent(head []byte) string {
	if isBinary(head) {
		return "binary file"
	}
	if codeStart.Match(bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")) {
		return "script or stylesheet"
	}
	return ""
}

// notArticleError is the error for a file named on the command line that is not an article.
func notArticleError(why string) error {
	return fmt.Errorf("%s, not an article; relgraph reads text, Markdown, HTML, JSON, JSONL, RSS and Atom (pass --format to read it as one of them)", why)
}

// errNotArticle is a file in a folder whose content is not an article's: it is skipped.
type errNotArticle struct{ why string }

func (e errNotArticle) Error() string { return "not an article: " + e.why }

// statError says why a path cannot be read. listed is true for a path found in a folder
// or already looked at, which must have vanished since.
func statError(err error, listed bool) error {
	switch {
	case errors.Is(err, fs.ErrNotExist) && listed:
		return errors.New("no such file any more (moved or deleted while relgraph was reading); read it again if it is back")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder; check the path")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied; make it readable or leave it out")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%v; check the path", err)
}

// stream reads one file (or stdin) from rc, which it closes. name is the file name used for
// format detection ("" for stdin).
func (r *reader) stream(origin, name string, rc io.ReadCloser, inFolder bool) error {
	defer rc.Close()
	err := r.readFile(origin, name, rc, inFolder)
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	var skip errNotArticle
	if errors.As(err, &skip) {
		r.skip(origin, skip.why)
		return nil
	}
	if err != nil {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var re *ReadError
		if errors.As(err, &re) && re.Path == "" {
			re.Path = origin
			r.onErr(re)
			return nil
		}
		r.fail(origin, 0, err)
	}
	return nil
}

const sniffSize = 4096

func (r *reader) readFile(origin, name string, in io.Reader, inFolder bool) error {
	if r.opts.Consumed != nil {
		in = countingReader{in, r.opts.Consumed}
	}
	br := bufio.NewReaderSize(ctxReader{r.ctx, in}, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return readErr(err)
	}
	ext := strings.ToLower(filepath.Ext(name))
	if isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("gzip: %v; the file is damaged or not gzip", err)
		}
		defer zr.Close()
		if ext == ".gz" || ext == ".tgz" {
			name = strings.TrimSuffix(name, filepath.Ext(name))
			ext = strings.ToLower(filepath.Ext(name))
		}
		br = bufio.NewReaderSize(&capReader{r: gzipEnd{zr}, left: r.opts.MaxDecompressed, max: r.opts.MaxDecompressed}, 64<<10)
		head, err = br.Peek(sniffSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return readErr(err)
		}
	} else if ext == ".gz" {
		return errors.New("named .gz but not gzip data; rename it or recompress it")
	}
	decoded := false
	if enc := bomEncoding(head); enc != nil {
		// UTF-16 or UTF-32 text: read it as UTF-8 from here on, its BOM dropped.
		decoded = true
		br = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 64<<10)
		head, err = br.Peek(sniffSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return readErr(err)
		}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, bom))) == 0 {
		if len(head) == 0 {
			return ErrEmpty
		}
		// Only blank lines in the first bytes: look further before calling it empty.
		if _, err := br.Peek(len(head) + 1); err == io.EOF {
			return ErrEmpty
		}
	}
	if r.opts.Format == "" && !articleExts[ext] {
		// No article's extension: skip what is plainly not one in a folder; named on the
		// command line, a script or a stylesheet is an error (binary data is ErrBinary).
		if why := notArticleContent(head); inFolder && why != "" {
			return errNotArticle{why}
		} else if why == "script or stylesheet" {
			return notArticleError(why)
		}
	}
	if isBinary(head) || decoded && !plausibleText(head) {
		return ErrBinary
	}
	format := r.opts.Format
	if format == "" {
		format = detectFormat(ext, head)
	}
	switch format {
	case "jsonl":
		return r.readJSONL(origin, br)
	case "json":
		return r.readJSON(origin, br)
	case "html":
		return r.readHTML(origin, br)
	case "rss", "atom":
		return r.readFeed(origin, br, decoded)
	case "markdown":
		return r.readMarkdown(origin, br)
	case "xml":
		return errors.New("xml without an rss or atom feed root; relgraph reads feeds, not other xml")
	}
	return r.readText(origin, br)
}

var bom = []byte("\xef\xbb\xbf")

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// bomEncoding returns the encoding that head's byte order mark announces, UTF-16 or UTF-32
// in either byte order, or nil. A UTF-32 little-endian mark starts like UTF-16's, so it is
// looked for first.
func bomEncoding(head []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0, 0, 0xfe, 0xff}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		return textunicode.UTF16(textunicode.LittleEndian, textunicode.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return textunicode.UTF16(textunicode.BigEndian, textunicode.ExpectBOM)
	}
	return nil
}

// CheckText returns ErrEmpty for text with nothing but white space in it and ErrBinary for
// bytes that are not text (isBinary on the first KB), else nil: what ingest checks before
// reading a plain-text article, for callers that read the text themselves.
func CheckText(b []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, bom))) == 0 {
		return ErrEmpty
	}
	if isBinary(b) {
		return ErrBinary
	}
	return nil
}

// isBinary reports whether head, the first bytes of a file, looks like something other than
// text: a NUL byte or many invalid UTF-8 sequences in the first KB. A few invalid bytes are
// tolerated and repaired later with U+FFFD, as text in a legacy encoding often has them.
func isBinary(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad, n := 0, 0
	for i := 0; i < len(head); {
		c, size := utf8.DecodeRune(head[i:])
		if c == utf8.RuneError && size <= 1 {
			if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
				break // a rune cut by the window
			}
			bad++
		} else if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			bad++
		}
		n++
		i += size
	}
	return n > 0 && bad*10 > n
}

// plausibleText reports whether head, the first bytes of a file decoded to UTF-8 from
// UTF-16 or UTF-32, reads as text: at most one character in ten is a replacement, a control
// or format character, a private-use or unassigned code point. Any bytes decode to UTF-16
// after a BOM; those of a binary file decode mostly to such characters.
func plausibleText(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	bad, n := 0, 0
	for i := 0; i < len(head); {
		c, size := utf8.DecodeRune(head[i:])
		if c == utf8.RuneError && size <= 1 && !utf8.FullRune(head[i:]) {
			break // a rune cut by the window
		}
		if c == utf8.RuneError || !unicode.IsGraphic(c) && !unicode.IsSpace(c) {
			bad++
		}
		n++
		i += size
	}
	return bad*10 <= n
}

// detectFormat guesses a file's format from its extension, then from its first bytes.
func detectFormat(ext string, head []byte) string {
	switch ext {
	case ".txt", ".text":
		return "text"
	case ".md", ".markdown":
		return "markdown"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".rss", ".atom":
		return "rss"
	}
	s := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	lower := bytes.ToLower(s)
	switch {
	case len(s) == 0:
		return "text"
	case s[0] == '[':
		return "json"
	case s[0] == '{':
		// One object a line, or one object spread over many lines.
		if i := bytes.IndexByte(s, '\n'); i > 0 && jsonValid(s[:i]) {
			return "jsonl"
		}
		return "json"
	case s[0] == '<':
		if isFeed(lower) {
			return "rss"
		}
		if bytes.Contains(lower, []byte("<html")) || bytes.HasPrefix(lower, []byte("<!doctype html")) ||
			bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<p>")) {
			return "html"
		}
		if ext == ".xml" || bytes.HasPrefix(lower, []byte("<?xml")) {
			return "xml"
		}
	case bytes.HasPrefix(s, []byte("---")):
		return "markdown"
	}
	if ext == ".xml" {
		return "xml"
	}
	return "text"
}

func isFeed(lower []byte) bool {
	return bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) ||
		bytes.Contains(lower, []byte("<rdf:rdf"))
}

func readErr(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return errStop{err}
	}
	return fmt.Errorf("read: %v", err)
}

// gzipEnd names a gzip stream that stops before its end: the file was cut short in a
// download or a copy, which gzip reports only as an unexpected EOF.
type gzipEnd struct{ r io.Reader }

func (g gzipEnd) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("the gzip data stops before its end: the file was cut short; copy or download it again")
	}
	return n, err
}

// ctxReader stops reading when ctx is cancelled, so a slow or endless input (a pipe, a huge
// file) does not hold Read past cancellation.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// capReader fails once more than max bytes came out of r: the guard against gzip bombs.
// Its error is sticky: past the cap it reads nothing more, so a file stops there.
type capReader struct {
	r         io.Reader
	left, max int64
	err       error
}

// capError is a gzipped file that decompresses to more than ReadOptions.MaxDecompressed.
type capError struct{ max int64 }

func (e *capError) Error() string {
	return fmt.Sprintf("decompresses to more than %s: %v; stopped there, the articles before were read; raise --max-decompressed if the file is genuine",
		size(e.max), ErrTooLarge)
}

func (e *capError) Unwrap() error { return ErrTooLarge }

func (c *capReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if c.left <= 0 {
		// Only an error if there is more to come.
		var one [1]byte
		n, err := c.r.Read(one[:])
		if n == 0 && err != nil {
			c.err = err
			return 0, err
		}
		c.err = &capError{c.max}
		return 0, c.err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// readAll reads all of r into memory, failing past max bytes.
func readAll(r io.Reader, max int64, what string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, readErr(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s larger than %s: %w; split it or raise --max-article", what, size(max), ErrTooLarge)
	}
	return b, nil
}

func size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// validText turns b into a string, replacing invalid UTF-8 with U+FFFD and dropping a BOM.
func validText(b []byte) string {
	b = bytes.TrimPrefix(b, bom)
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}
