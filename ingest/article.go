package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article is one article as read from a file, a line of a JSONL file, a feed item or stdin.
type Article struct {
	// ID is stable: derived from the URL when there is one, else from the content.
	ID        string
	Title     string
	Text      string
	URL       string
	Source    string // publisher, e.g. "AFP"
	Published string // ISO 8601 date from the article's metadata or dateline, "" if none
	// Origin names where the article came from, for messages: "path", "path:line" or "-".
	Origin string
	// InputID is the id the input gave the article (a JSON "id" field), "" if none. It is
	// kept for messages and exports; ID stays derived from URL or content.
	InputID string
	// Notes are messages for the user about how the article was read, such as a date taken
	// from a modified time or a date tag whose value could not be read.
	Notes []string
}

// Body is the text extraction reads: the title as the first paragraph, then the text, so
// that the entities and events a headline states are found too. The title is left out when
// the text already starts with it, and Body is the text alone when there is no title; it is
// the title alone for a title-only record (a NewsAPI or GDELT listing). A headline in Title
// Case or in capitals is put in sentence case first (see sentenceCase), so that its
// capitalized words are not taken for names. Offsets of what is extracted count in bytes
// from the start of Body.
//
// A hyphen that a line break left apart from the rest of its word in the copy ("Ban Ki-
// moon", "non- governmental") is joined to it again, so that the name is one name.
func (a *Article) Body() string {
	text := joinBrokenHyphens(strings.TrimSpace(a.Text))
	title := sentenceCase(joinBrokenHyphens(strings.TrimSpace(a.Title)), text)
	switch {
	case title == "":
		return text
	case text == "":
		return title
	case strings.HasPrefix(text, title):
		return text
	}
	return title + "\n\n" + text
}

// joinBrokenHyphens removes the space after a hyphen that ends a word when a lower-case
// word follows ("Ki- moon" -> "Ki-moon", "cross- border" -> "cross-border"), or a capital
// follows an Arabic name's particle ("Al- Salem"): wire copy keeps the space where a line
// was broken at the hyphen. A hyphen before "and", "or", "nor" or "to" is a suspended one
// ("Pakistani- and Indian-backed", "short- to medium-range") and stays, and so does one
// before a function word, which is a dash ("South Korea- which it called a puppet- of").
// s is returned as it is, without a copy, when it has none.
func joinBrokenHyphens(s string) string {
	broken := func(i int) bool { // s[i] is '-' and s[i+1] is ' '
		if i == 0 || i+2 >= len(s) || s[i+1] != ' ' {
			return false
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+2:])
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			return false
		}
		if !unicode.IsLower(next) {
			// "Sheikh Sabah Al-Ahmad Al- Salem Al-Sabah": an Arabic name's particle before
			// a capital.
			return unicode.IsUpper(next) && nameParticle(s[:i])
		}
		w := s[i+2:]
		if j := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			w = w[:j]
		}
		return !notJoined[w]
	}
	first := -1
	for i := strings.Index(s, "- "); i >= 0; {
		if broken(i) {
			first = i
			break
		}
		j := strings.Index(s[i+1:], "- ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first+1])
	for i := first + 2; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '-' && broken(i) {
			i++
		}
	}
	return b.String()
}

// trimPublisher drops the publisher's name that news sites and APIs append to a headline
// ("Scholz meets Rutte - Example News"), so that it is not read as part of the sentence.
func trimPublisher(title, source string) string {
	source = strings.TrimSpace(source)
	if source == "" {
		return title
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+source); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// smallWords are the words a headline in Title Case capitalizes and a sentence does not.
var smallWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("a an and as at but by for from in into nor of off on onto or over per " +
		"than the to up upon via vs with within without after before amid among against about " +
		"is are was were be been will would could should may might can has have had its his her their our") {
		m[w] = true
	}
	return m
}()

// headlineWord is a word of a headline: letters, with apostrophes and hyphens inside.
var headlineWord = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’-]*`)

// sentenceCase rewrites a headline in Title Case ("Scholz Meets Rutte In The Hague") or in
// capitals as a sentence would case it, so that extraction does not read its capitalized
// words as one long name. A headline already in sentence case is returned as it is; so is
// every word the text capitalizes inside a sentence (a name). Other words are lower-cased
// when the text writes them lower-case or they are small words (in, and, the...); in a
// headline in capitals, the rest keep only their first capital. Only words whose case
// change keeps their length in bytes are changed, so Body's offsets stay those of the
// words as written.
func sentenceCase(title, text string) string {
	words := headlineWord.FindAllStringIndex(title, -1)
	if len(words) < 3 {
		return title
	}
	// Title Case capitalizes a small word other than "the" (which names such as The Hague
	// keep), or nearly every word.
	allCaps, titleCase, caps := true, false, 0
	for i, w := range words {
		word := title[w[0]:w[1]]
		if strings.ToUpper(word) != word {
			allCaps = false
		}
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) {
			continue
		}
		caps++
		if lw := strings.ToLower(word); i > 0 && smallWords[lw] && lw != "the" {
			titleCase = true
		}
	}
	titleCase = titleCase || len(words) >= 4 && caps*5 >= len(words)*4
	if !allCaps && !titleCase {
		return title
	}
	lower, named := textCasing(text)
	b := []byte(title)
	for i, w := range words {
		word := title[w[0]:w[1]]
		lw := strings.ToLower(word)
		var repl string
		switch {
		case named[word] && !allCaps:
			continue
		case i > 0 && (lower[lw] || smallWords[lw]) && !named[word]:
			repl = lw
		case allCaps:
			r, size := utf8.DecodeRuneInString(word)
			repl = string(unicode.ToUpper(r)) + strings.ToLower(word[size:])
		default:
			continue
		}
		if len(repl) == len(word) {
			copy(b[w[0]:w[1]], repl)
		}
	}
	return string(b)
}

// textCasing returns the words text writes in lower case, and those it capitalizes inside
// a sentence (not after a period, a question or exclamation mark, or a line break): names.
func textCasing(text string) (lower, named map[string]bool) {
	lower, named = map[string]bool{}, map[string]bool{}
	for _, w := range headlineWord.FindAllStringIndex(text, -1) {
		word := text[w[0]:w[1]]
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) {
			lower[word] = true
			continue
		}
		before := strings.TrimRight(text[:w[0]], " \t\"'“‘(")
		if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n:") {
			named[word] = true
		}
	}
	return lower, named
}

// nameParticle reports whether s ends with a word that joins an Arabic name to the next by
// a hyphen: "Al", "al", "El", "el", "Bin", "bin", "Abu", "Abd", "Ibn".
func nameParticle(s string) bool {
	w := s[strings.LastIndexAny(s, " \n\t(")+1:]
	switch w {
	case "Al", "al", "El", "el", "Bin", "bin", "Abu", "Abd", "Ibn", "ibn":
		return true
	}
	return false
}

// notJoined are the words after "- " that keep the space: a suspended hyphen's "and",
// "or", "nor", "to", or the function words after a dash written as a hyphen.
var notJoined = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "which": true,
	"who": true, "whom": true, "whose": true, "that": true, "of": true, "the": true, "a": true, "an": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "as": true, "is": true,
	"was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "but": true,
	"not": true, "already": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"from": true, "into": true, "if": true, "when": true, "while": true, "after": true, "before": true}
