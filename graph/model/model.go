// Package model is relgraph's graph model without a store: the node ID prefixes, the
// predicates users type in the Gizmo console, the node types, and how names become entity
// IDs. Extraction imports it without pulling in Cayley, leveldb or PostgreSQL; package graph
// re-exports it beside the Cayley adapter.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sort"
	"strings"
	"unicode"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Node IRI prefixes of the graph model.
const (
	EntityPrefix  = "entity/"
	EventPrefix   = "event/"
	ArticlePrefix = "article/"
)

// Predicates of the graph model. Users type these names in the Gizmo console, so they are
// part of relgraph's interface: change none of them without a migration.
const (
	PredType        = "type"
	PredName        = "name"
	PredAlias       = "alias"
	PredRole        = "role"
	PredRoleOf      = "role_of"
	PredMentionedIn = "mentioned_in"

	PredPlover   = "plover"
	PredMode     = "mode"
	PredTrigger  = "trigger"
	PredActor    = "actor"
	PredTarget   = "target"
	PredTopic    = "topic"
	PredDate     = "date"
	PredSource   = "source"
	PredEvidence = "evidence"
	PredNegated  = "negated"
	PredFuture   = "future"
	PredStatedBy = "stated_by"

	PredTitle     = "title"
	PredPublished = "published"
	PredURL       = "url"
	PredPublisher = "publisher"
	PredHash      = "content_hash"
)

// Node types, the objects of <type>.
const (
	TypePerson       = "person"
	TypeCountry      = "country"
	TypeOrganization = "organization"
	TypeLocation     = "location"
	TypeEvent        = "event"
	TypeArticle      = "article"
)

// Slug turns a name into an entity ID: lower case ASCII letters and digits joined by single
// hyphens, accents folded ("Élysée Palace" -> "elysee-palace").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// HashID returns a short stable ID for the given parts: the first 16 hex digits of their
// SHA-256. Only those 16 bytes are allocated to hold it: a slice of the whole hex digest
// kept its 64 bytes alive, and a long article's document holds an ID for each of its
// hundreds of thousands of events (17.5 MB of digests at the write of issue 16's 60 MB
// line).
func HashID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		WriteString(h, p)
		h.Write([]byte{0})
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}

// WriteString hands s to h in place. h.Write([]byte(s)) copied s first (the hash is an
// interface, so the bytes escape): 60 MB for the hash of issue 16's 60 MB article, made
// while the article's line and text were held. A hash reads what it is given and keeps
// none of it.
func WriteString(h hash.Hash, s string) {
	h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// SortedKeys returns a map's keys in order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
