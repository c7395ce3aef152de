package syntax

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxSentenceWords is the most words a sentence from Tokenize holds. A longer stretch of
// text with no sentence end in it (a table, a list, a page without punctuation) is cut
// into pieces of at most this many words, each cut made after the last comma or
// semicolon of the second half of the piece where there is one, so that the stages after
// Tokenize (tagging, parsing) work on inputs of bounded length.
const MaxSentenceWords = 400

// Tokenize splits text into sentences and syntactic words following Universal
// Dependencies English (EWT) conventions:
//
//   - clitics are split off as the words of a multiword token: "don't" -> "do" + "n't",
//     "I'm" -> "I" + "'m", "Bush's" -> "Bush" + "'s", "can't" -> "ca" + "n't",
//     "cannot" -> "can" + "not", "gonna" -> "gon" + "na", "parents'" -> "parents" + "'";
//     each part carries its own span;
//   - hyphens are words ("15-year" -> "15" "-" "year") except after prefixes such as
//     non-, pre-, anti-, co- (lexicon/hyphen_prefixes.txt) and inside phone numbers and
//     dates; "--" and "..." are one token each;
//   - abbreviations keep their period ("U.S.", "Mr.", "Nov.", "e.g.", initials "M.");
//     numbers keep their commas and decimals ("1,283", "3.5") but "$" and "%" are words
//     of their own; URLs and e-mail addresses are one word; quotes and brackets are
//     words of their own.
//
// A sentence ends after . ! ? (and any closing quotes or brackets after them) unless the
// next word starts in lower case; after an abbreviation only when the next word clearly
// starts a sentence ("U.S. The ..."); at every blank line; at a single line break when the
// line ends in terminal punctuation or is a headline or title (a short or title-case
// line before a body) or the next line is a bulleted item, but not inside hard-wrapped
// prose; after a news dateline ("BEIJING, Nov. 2 (Xinhua) --"), which EWT makes a
// sentence; and around the timestamp line of an e-mail header ("08/16/2000 12:05 PM").
// An abbreviation that ends a sentence gives it its period as a word of its own ("U.S"
// "."), as EWT does. No sentence has more than MaxSentenceWords words.
//
// Every Sentence has ID "1", "2", ... in order, Start and End (byte offsets into text,
// End exclusive) and Text == text[Start:End]. Every word has ID, Form, Start and End
// (text[Start:End] == Form), SpaceAfter (true when white space or the sentence end
// follows it) and Head -1; the other columns are empty. The words of a multiword token
// have no space after but the last. White space only, or empty text, gives no sentences.
// Tokenize runs in time linear in len(text).
func Tokenize(text string) []*Sentence {
	z := &tokScanner{text: text, lx: tokenizerLists()}
	z.toks = make([]surfaceToken, 0, len(text)/6+1) // news and web text have about 5 bytes a token
	z.scan()
	return z.sentences()
}

// tokClass is what a surface token is to the sentence splitter.
type tokClass uint8

const (
	tokWord     tokClass = iota // letters, digits, URLs
	tokTerminal                 // a run of . ! ? …
	tokOpen                     // ( [ { “ and opening quotes
	tokClose                    // ) ] } ” and closing quotes
	tokPunct                    // other punctuation and symbols
)

// surfaceToken is one token of the text: a span with no white space in it, cut into
// two or three syntactic words when it is a multiword token.
type surfaceToken struct {
	start, end int
	cut        tokCuts
	class      tokClass
	abbr       abbrKind // for a word ending in an abbreviation's period
}

// tokCuts are where a multiword token is cut into words, as offsets from its start in
// increasing order, 0 after the last.
type tokCuts [2]int32

func (c tokCuts) n() int {
	switch {
	case c[0] == 0:
		return 0
	case c[1] == 0:
		return 1
	}
	return 2
}

// cutsAt returns cuts at the offsets at (increasing, after start), or none when they do
// not fit.
func cutsAt(start int, at ...int) tokCuts {
	var c tokCuts
	if len(at) > len(c) {
		return c
	}
	for i, a := range at {
		if a-start <= 0 || a-start > math.MaxInt32 {
			return tokCuts{}
		}
		c[i] = int32(a - start)
	}
	return c
}

// words counts the syntactic words of t, and one more for an abbreviation's period,
// which becomes a word of its own when t ends a sentence.
func (t *surfaceToken) words() int {
	if t.abbr != abbrNone {
		return 2
	}
	return t.cut.n() + 1
}

// tokScanner cuts a text into surface tokens and then into sentences.
type tokScanner struct {
	text string
	lx   *tokLexicon
	toks []surfaceToken
	seps []int // scratch: offsets of the hyphens and slashes inside a word

	openSingle bool // a single quote was opened and not yet closed in this paragraph
	openDouble bool // the same for a straight double quote

	// wrapped holds the [start, end) byte ranges of the paragraphs that show hard
	// wrapping; it is computed on first use.
	wrapped     [][2]int
	wrappedDone bool
}

// paragraphWrapped reports whether the paragraph holding byte offset at is hard-wrapped
// prose: some line break in it is followed by a line that starts in lower case, or ends a
// line on a comma, semicolon, colon, hyphen or a word that never ends a sentence ("the",
// "of"). A paragraph without such a break (a run of headlines, a headline over a short
// body, one paragraph a line) ends a sentence at every line break.
func (z *tokScanner) paragraphWrapped(at int) bool {
	if !z.wrappedDone {
		z.wrappedDone = true
		z.wrapped = z.findWrapped()
	}
	i := sort.Search(len(z.wrapped), func(i int) bool { return z.wrapped[i][1] > at })
	return i < len(z.wrapped) && z.wrapped[i][0] <= at
}

func (z *tokScanner) findWrapped() [][2]int {
	t := z.text
	var out [][2]int
	paraStart, evidence := 0, false
	var buf [8]byte
	for i := 0; i < len(t); i++ {
		if t[i] != '\n' {
			continue
		}
		// The line before the break, and what follows it.
		lineStart := strings.LastIndexByte(t[:i], '\n') + 1
		prev := strings.TrimRight(t[lineStart:i], " \t\r")
		rest := t[i+1:]
		next := strings.TrimLeft(rest, " \t\r")
		blank := strings.HasPrefix(next, "\n") || next == ""
		if blank {
			if evidence {
				out = append(out, [2]int{paraStart, i})
			}
			// skip the run of blank lines
			j := i + 1
			for j < len(t) && (t[j] == '\n' || t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
				j++
			}
			paraStart, evidence = j, false
			i = j - 1
			continue
		}
		if evidence || prev == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(r) && !tokBullet(next) {
			evidence = true
			continue
		}
		switch prev[len(prev)-1] {
		case ',', ';', ':', '-', '(':
			evidence = true
			continue
		}
		w := prev[strings.LastIndexAny(prev, " \t")+1:]
		if len(w) <= 8 && z.lx.continuations[string(tokLowerASCII(buf[:0], w))] {
			evidence = true
		}
	}
	if evidence {
		out = append(out, [2]int{paraStart, len(t)})
	}
	return out
}

// tokBullet reports whether a line starts with a list bullet.
func tokBullet(line string) bool {
	for _, b := range []string{"- ", "* ", "• ", "– ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// scan cuts the text into runs of non-space characters and each run into tokens.
func (z *tokScanner) scan() {
	t := z.text
	newlines := 0
	for i := 0; i < len(t); {
		r, n := tokRune(t, i)
		if isTokSpace(r) {
			newlines += tokNewlines(t, i, r)
			if newlines >= 2 { // a paragraph break ends any quotation
				z.openSingle, z.openDouble = false, false
			}
			i += n
			continue
		}
		newlines = 0
		j := i + n
		for j < len(t) {
			r, n := tokRune(t, j)
			if isTokSpace(r) {
				break
			}
			j += n
		}
		z.chunk(i, j)
		i = j
	}
}

// chunk tokenizes t[s:e], a run with no white space.
func (z *tokScanner) chunk(s, e int) {
	if us, ue, ok := z.urlCore(s, e); ok {
		z.run(s, us)
		z.emit(us, ue, tokWord)
		z.run(ue, e)
		return
	}
	z.run(s, e)
}

// urlCore finds a URL or e-mail address in t[s:e]: one with a scheme (http://...) or
// starting www., running to the end of the run but for punctuation after it, or an
// e-mail address (ann.lee@example.com, and joh...@example.com as Google Groups hides
// them) with the characters around it that cannot be part of it left out.
func (z *tokScanner) urlCore(s, e int) (int, int, bool) {
	c := z.text[s:e]
	if len(c) < 4 {
		return 0, 0, false
	}
	cs := strings.Index(c, "://")
	if cs >= 0 {
		for cs > 0 && isTokLetter(rune(c[cs-1])) {
			cs--
		}
		if strings.Index(c, "://")-cs < 2 {
			cs = -1
		}
	}
	if cs < 0 {
		if k := tokIndexFold(c, "www."); k >= 0 && (k == 0 || !isTokWordByte(c[k-1])) {
			cs = k
		}
	}
	if cs >= 0 {
		ce := trimURLEnd(c, cs)
		if ce-cs <= 5 || strings.HasSuffix(c[cs:ce], "://") {
			return 0, 0, false
		}
		return s + cs, s + ce, true
	}
	at := strings.IndexByte(c, '@')
	if at < 0 {
		return 0, 0, false
	}
	ls := at // the local part: letters, digits and . _ - + % '
	for ls > 0 && (isTokWordByte(c[ls-1]) || strings.IndexByte("._-+%'", c[ls-1]) >= 0 || c[ls-1] >= utf8.RuneSelf) {
		ls--
	}
	for ls < at && (c[ls] == '.' || c[ls] == '-' || c[ls] == '\'') {
		ls++
	}
	de := at + 1 // the domain: letters, digits, . and -
	for de < len(c) && (isTokWordByte(c[de]) || c[de] == '.' || c[de] == '-') {
		de++
	}
	for de > at+1 && (c[de-1] == '.' || c[de-1] == '-') {
		de--
	}
	if de == at+1 || !isTokWordByte(c[at+1]) {
		return 0, 0, false
	}
	if ls == at && (at > 0 || !strings.Contains(c[at:de], ".")) {
		return 0, 0, false // "@" alone starts no address but "@example.com"
	}
	return s + ls, s + de, true
}

// trimURLEnd returns where the URL starting at c[cs:] ends: at the end of c but for
// punctuation after it, keeping a closing bracket that one in the URL opened.
func trimURLEnd(c string, cs int) int {
	ce := len(c)
	opens, closes := strings.Count(c[cs:], "("), strings.Count(c[cs:], ")")
	for ce > cs {
		r, n := utf8.DecodeLastRuneInString(c[cs:ce])
		if r == ')' {
			if closes <= opens {
				break
			}
			closes--
		} else if !strings.ContainsRune(".,;:!?]}>\"'”’»", r) {
			break
		}
		ce -= n
	}
	return ce
}

// run tokenizes t[s:e], which has no white space and no URL in it.
func (z *tokScanner) run(s, e int) {
	t := z.text
	for i := s; i < e; {
		r, n := tokRune(t, i)
		switch {
		case isTokWordRune(r):
			i = z.word(i, i, e)
		case r < utf8.RuneSelf && z.lx.emoticonStart[r] && z.emoticonAt(i, e) > 0:
			j := i + z.emoticonAt(i, e)
			z.emit(i, j, tokPunct)
			i = j
		case isTokApostrophe(r):
			i = z.apostrophe(i, n, e)
		case r == '"':
			z.emit(i, i+n, z.doubleQuoteClass(i, i+n))
			i += n
		case r == '(' || r == '[' || r == '{' || r == '“' || r == '«' || r == '„':
			z.emit(i, i+n, tokOpen)
			i += n
		case r == ')' || r == ']' || r == '}' || r == '”' || r == '»':
			z.emit(i, i+n, tokClose)
			i += n
		case isTokTerminal(r):
			j := i + n
			for j < e {
				r2, n2 := tokRune(t, j)
				if !isTokTerminal(r2) {
					break
				}
				j += n2
			}
			z.emit(i, j, tokTerminal)
			i = j
		case r == '-' || r == '*' || r == '=' || r == '+' || r == '<' || r == '>' || r == '#' ||
			r == '~' || r == '|' || r == '^':
			j := i + n // a run of one symbol is one token: "--", "***", "<<"
			for j < e && t[j] == byte(r) {
				j++
			}
			z.emit(i, j, tokPunct)
			i = j
		default:
			z.emit(i, i+n, tokPunct)
			i += n
		}
	}
}

// emoticonAt returns the length of an emoticon at t[i:] that ends the run t[:e], or 0.
func (z *tokScanner) emoticonAt(i, e int) int {
	for _, em := range z.lx.emoticons {
		if i+len(em) == e && z.text[i:e] == em {
			return len(em)
		}
	}
	return 0
}

// apostrophe tokenizes from the apostrophe or single quote t[i:i+n].
func (z *tokScanner) apostrophe(i, n, e int) int {
	t := z.text
	r, _ := tokRune(t, i)
	if i+n < e {
		next, n2 := tokRune(t, i+n)
		switch {
		case isTokDigit(next) && z.quoteOpensAt(i): // '90s, '05
			return z.word(i, i+n, e)
		case isTokLetter(next) && z.quoteOpensAt(i) && z.elisionAt(i+n, e): // 'em, 'til
			return z.word(i, i+n, e)
		case isTokApostrophe(next): // '' ’’ ‘’ ``: one quote token
			class := tokClose
			if r == '`' || r == '‘' && next == '‘' {
				class = tokOpen
			} else if r == '‘' || z.quoteOpensAt(i) {
				class = tokOpen
			}
			z.emit(i, i+n+n2, class)
			return i + n + n2
		}
	}
	class := tokClose
	switch {
	case r == '‘' || r == '`':
		class = tokOpen
	case z.quoteOpensAt(i) && i+n < e:
		class = tokOpen
	}
	z.openSingle = class == tokOpen
	z.emit(i, i+n, class)
	return i + n
}

// quoteOpensAt reports whether a quote at t[i] stands where a quotation opens: at the
// start of a run or after an opening bracket or quote.
func (z *tokScanner) quoteOpensAt(i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(z.text[:i])
	return isTokSpace(r) || strings.ContainsRune("([{“‘«\"'-—–", r)
}

// elisionAt reports whether the letters at t[i:] up to the next non-letter form a word
// written after an apostrophe ('em) and end there.
func (z *tokScanner) elisionAt(i, e int) bool {
	j := i
	for j < e && j-i < 8 && isTokWordByte(z.text[j]) {
		j++
	}
	if j < e && isTokWordByte(z.text[j]) || j == i {
		return false
	}
	return z.lx.elisions[strings.ToLower(z.text[i:j])]
}

// doubleQuoteClass says whether the straight double quote at t[i:j] opens or closes.
func (z *tokScanner) doubleQuoteClass(i, j int) tokClass {
	t := z.text
	before := i == 0 || isTokSpace(tokLast(t[:i]))
	after := j == len(t) || isTokSpace(tokFirst(t[j:]))
	var class tokClass
	switch {
	case before && !after:
		class = tokOpen
	case after && !before:
		class = tokClose
	case z.quoteOpensAt(i) && !after:
		class = tokOpen
	case z.openDouble:
		class = tokClose
	default:
		class = tokOpen
	}
	z.openDouble = class == tokOpen
	return class
}

// word tokenizes the word starting at t[start:], whose letters and digits start at
// t[i] (start < i for a leading apostrophe), and returns where it ends. A word runs
// over letters, digits and the characters that join them: periods (U.S, 3.5, e-mail
// addresses without a scheme), commas and colons between digits (1,283, 12:05),
// apostrophes before a letter (don't), hyphens and slashes (cut again below), & and @.
func (z *tokScanner) word(start, i, e int) int {
	t := z.text
	z.seps = z.seps[:0]
	j := i
	var prev rune
	for j < e {
		r, n := tokRune(t, j)
		if isTokWordRune(r) {
			prev = r
			j += n
			continue
		}
		if j+n >= e {
			break
		}
		next, _ := tokRune(t, j+n)
		if !isTokWordRune(next) || !joinsWord(r, prev, next) {
			break
		}
		if r == '-' || r == '/' {
			z.seps = append(z.seps, j)
		}
		j += n
	}
	return z.emitWord(start, j, e)
}

// joinsWord reports whether the punctuation r between prev and next is inside a word.
func joinsWord(r, prev, next rune) bool {
	switch r {
	case '.', '@', '&', '-', '/':
		return true
	case ',', ':':
		return isTokDigit(prev) && isTokDigit(next)
	case '\'', '’', '`':
		return isTokLetter(next) && (isTokLetter(prev) || isTokDigit(prev))
	case '*', '$':
		return isTokLetter(prev) && isTokLetter(next)
	}
	return false
}

// emitWord emits the word t[s:e] found by word, cut at its hyphens and slashes where
// EWT cuts them, and returns where the word ends (after a period or apostrophe it took
// from the text after it). runEnd bounds the run of non-space characters.
func (z *tokScanner) emitWord(s, e, runEnd int) int {
	t := z.text
	if len(z.seps) == 0 {
		return z.emitPiece(s, e, runEnd)
	}
	var keepAll bool
	if onlyDigitsAndSeps(t[s:e]) {
		keepAll = numberKeepsSeps(t[s:e], len(z.seps))
	} else {
		keepAll = hasFileSuffix(t[z.seps[len(z.seps)-1]:e]) // shop-here-now.com, notes-3-5.doc
	}
	ps := s
	for k, sep := range z.seps {
		if keepAll {
			break
		}
		next := e
		if k+1 < len(z.seps) {
			next = z.seps[k+1]
		}
		left, right := t[ps:sep], t[sep+1:next]
		if z.sepJoins(t[sep], left, right) {
			continue
		}
		z.emitPiece(ps, sep, sep)
		z.emit(sep, sep+1, tokPunct)
		ps = sep + 1
	}
	return z.emitPiece(ps, e, runEnd)
}

// sepJoins reports whether the hyphen or slash sep between the segments left and right
// of a word stays inside it.
func (z *tokScanner) sepJoins(sep byte, left, right string) bool {
	if sep == '-' {
		// Only a known prefix keeps its hyphen: non-stop, e-mail, co-workers.
		if len(left) > 8 || !isTokASCIILetters(left) {
			return false
		}
		var buf [8]byte
		return z.lx.prefixes[string(tokLowerASCII(buf[:0], left))]
	}
	// A slash joins single letters (w/o, I/C) and the parts of a date (9/11, 10/15).
	if utf8.RuneCountInString(left) == 1 && utf8.RuneCountInString(right) == 1 && isTokLetter(tokFirst(left)) && isTokLetter(tokFirst(right)) {
		return true
	}
	return isTokDigits(left) && isTokDigits(right) && slashDateLike(left, right)
}

// emitPiece emits t[s:e], a part of a word with no hyphen or slash cut in it, as one
// token or more, and returns where it ends: after e when it takes an abbreviation's
// period or a possessive apostrophe from the text after it, below runEnd.
func (z *tokScanner) emitPiece(s, e, runEnd int) int {
	t := z.text
	if e < runEnd && t[e] == '.' {
		dots := 1
		for e+dots < runEnd && dots < 3 && t[e+dots] == '.' {
			dots++
		}
		if dots <= 2 {
			if kind := z.abbrevKind(s, e); kind != abbrNone {
				z.toks = append(z.toks, surfaceToken{start: s, end: e + 1, class: tokWord, abbr: kind})
				return e + 1
			}
		}
	}
	// A number with a unit written onto it: 5pm -> 5 pm, 35mm -> 35 mm.
	if isTokDigit(tokFirst(t[s:e])) {
		k := s
		for k < e && (isTokDigitByte(t[k]) || t[k] == '.' || t[k] == ',' || t[k] == ':') {
			k++
		}
		if k < e && k-s > 0 && e-k <= 4 && isTokASCIILetters(t[k:e]) {
			var buf [4]byte
			if z.lx.units[string(tokLowerASCII(buf[:0], t[k:e]))] {
				z.emit(s, k, tokWord)
				z.emit(k, e, tokWord)
				return e
			}
		}
	}
	// The plural possessive: parents' -> parents + '.
	if e < runEnd && !z.openSingle {
		if r, n := tokRune(t, e); (r == '\'' || r == '’') && (e+n == runEnd || !isTokWordRune(tokFirst(t[e+n:]))) {
			if last := tokLast(t[s:e]); last == 's' || last == 'S' || last == 'x' || last == 'z' {
				z.toks = append(z.toks, surfaceToken{start: s, end: e + n, class: tokWord, cut: cutsAt(s, e)})
				return e + n
			}
		}
	}
	z.toks = append(z.toks, surfaceToken{start: s, end: e, class: tokWord, cut: z.cliticCuts(s, e)})
	return e
}

// abbrevKind says whether the word t[s:e] followed by a period is an abbreviation that
// keeps it, and of what kind.
func (z *tokScanner) abbrevKind(s, e int) abbrKind {
	t := z.text
	w := t[s:e]
	if kind, ok := z.lx.abbrevs[t[s:e+1]]; ok {
		if kind == abbrNumber && !z.digitFollows(e+1) {
			return abbrNone
		}
		return kind
	}
	if r, n := tokRune(w, 0); n == len(w) && unicode.IsUpper(r) {
		return abbrInitial
	}
	if !strings.Contains(w, ".") {
		return abbrNone
	}
	// Letters with inner periods: U.S, e.g, a.m, Ph.D.
	seg := 0
	for _, r := range w {
		if r == '.' {
			if seg == 0 {
				return abbrNone
			}
			seg = 0
			continue
		}
		if !isTokLetter(r) {
			return abbrNone
		}
		if seg++; seg > 2 {
			return abbrNone
		}
	}
	return abbrDotted
}

// digitFollows reports whether the first non-space character at or after t[i] is a digit.
func (z *tokScanner) digitFollows(i int) bool {
	t := z.text
	for i < len(t) {
		r, n := tokRune(t, i)
		if !isTokSpace(r) {
			return isTokDigit(r)
		}
		i += n
	}
	return false
}

// cliticCuts returns where the word t[s:e] is cut into syntactic words: before n't and
// before 's 'm 're 've 'll 'd (with a straight, curly or grave apostrophe), or as a
// contraction written without an apostrophe says (cannot, gonna, dont); none when it is
// one word.
func (z *tokScanner) cliticCuts(s, e int) tokCuts {
	t := z.text
	if hasApostropheNearEnd(t[s:e]) {
		c1 := cliticStart(t[s:e])
		if c1 <= 0 {
			return tokCuts{}
		}
		if c2 := cliticStart(t[s : s+c1]); c2 > 0 { // I'd've
			return cutsAt(s, s+c2, s+c1)
		}
		return cutsAt(s, s+c1)
	}
	if e-s > 8 || e-s < 2 || !isTokASCIILetters(t[s:e]) {
		return tokCuts{}
	}
	var buf [8]byte
	low := tokLowerASCII(buf[:0], t[s:e])
	if string(low) == "its" && z.itsIsItIs(e) {
		return cutsAt(s, s+2)
	}
	lens, ok := z.lx.contractions[string(low)]
	if !ok {
		return tokCuts{}
	}
	if len(lens) == 2 {
		return cutsAt(s, s+lens[0])
	}
	return cutsAt(s, s+lens[0], s+lens[0]+lens[1])
}

// hasApostropheNearEnd reports whether one of the last five bytes of w is an apostrophe
// (', ` or the last byte of ’), where a clitic would start.
func hasApostropheNearEnd(w string) bool {
	for i := max(0, len(w)-5); i < len(w); i++ {
		if c := w[i]; c == '\'' || c == '`' || c == 0x99 {
			return true
		}
	}
	return false
}

// itsIsItIs reports whether an "its" ending at t[i] is "it's" without its apostrophe:
// whether the next word is one no possessive comes before (its a, its not).
func (z *tokScanner) itsIsItIs(i int) bool {
	t := z.text
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	j := i
	for j < len(t) && j-i <= 12 && isTokASCIILetters(t[j:j+1]) {
		j++
	}
	if j == i || j-i > 12 || j < len(t) && isTokWordByte(t[j]) {
		return false
	}
	var buf [12]byte
	return z.lx.itsFollowers[string(tokLowerASCII(buf[:0], t[i:j]))]
}

// cliticStart returns the length of w before a clitic at its end, or 0.
func cliticStart(w string) int {
	// n't
	if len(w) >= 4 && (w[len(w)-1] == 't' || w[len(w)-1] == 'T') {
		if a := apostropheBefore(w, len(w)-1); a > 0 && (w[a-1] == 'n' || w[a-1] == 'N') && a-1 > 0 && isTokLetter(tokLast(w[:a-1])) {
			return a - 1
		}
	}
	// 's 'm 'd 're 've 'll
	for _, suf := range [...]string{"s", "m", "d", "re", "ve", "ll"} {
		if len(w) < len(suf)+2 || !strings.EqualFold(w[len(w)-len(suf):], suf) {
			continue
		}
		if a := apostropheBefore(w, len(w)-len(suf)); a > 0 && isTokLetter(tokLast(w[:a])) {
			return a
		}
	}
	return 0
}

// apostropheBefore returns where an apostrophe ending at w[:i] starts, or -1.
func apostropheBefore(w string, i int) int {
	r, n := utf8.DecodeLastRuneInString(w[:i])
	if r == '\'' || r == '’' || r == '`' {
		return i - n
	}
	return -1
}

func (z *tokScanner) emit(s, e int, class tokClass) {
	z.toks = append(z.toks, surfaceToken{start: s, end: e, class: class})
}

// sentences groups the tokens into sentences.
func (z *tokScanner) sentences() []*Sentence {
	toks := z.toks
	var out []*Sentence
	first, lineFirst := 0, 0 // first token of the sentence, of its line
	words, commaWords := 0, 0
	lastComma := -1
	for k := range toks {
		if w := toks[k].words(); words+w > MaxSentenceWords && k > first {
			end := k
			if lastComma >= first && commaWords >= MaxSentenceWords/2 {
				end = lastComma + 1
				words -= commaWords
			} else {
				words = 0
			}
			out = append(out, z.sentence(len(out)+1, toks[first:end]))
			first, lastComma = end, -1
		}
		words += toks[k].words()
		if tx := z.text[toks[k].start:toks[k].end]; tx == "," || tx == ";" {
			lastComma, commaWords = k, words
		}
		if k+1 == len(toks) {
			break
		}
		newlines := z.newlinesBetween(k)
		if z.breakAfter(first, lineFirst, k, newlines) {
			out = append(out, z.sentence(len(out)+1, toks[first:k+1]))
			first, words, lastComma = k+1, 0, -1
		}
		if newlines > 0 {
			lineFirst = k + 1
		}
	}
	if first < len(toks) {
		out = append(out, z.sentence(len(out)+1, toks[first:]))
	}
	return out
}

// newlinesBetween counts the line breaks between token k and the next.
func (z *tokScanner) newlinesBetween(k int) int {
	t := z.text
	n := 0
	for i := z.toks[k].end; i < z.toks[k+1].start; {
		r, w := tokRune(t, i)
		n += tokNewlines(t, i, r)
		i += w
	}
	return n
}

// breakAfter reports whether a sentence that began at token first ends after token k;
// lineFirst is the first token of k's line and newlines the line breaks after k.
func (z *tokScanner) breakAfter(first, lineFirst, k, newlines int) bool {
	toks := z.toks
	if newlines >= 2 {
		return true
	}
	next := &toks[k+1]
	if next.class == tokClose {
		return false
	}
	m := k // the last token before any closing quotes and brackets
	for m > first && toks[m].class == tokClose {
		m--
	}
	last := &toks[m]
	switch {
	case last.class == tokTerminal:
		if newlines > 0 {
			return true
		}
		if m < k && z.startsLower(k+1) && z.quoteCloses(m+1, k) {
			return false // "Why?" he asked.
		}
		return z.terminalEnds(first, m, k+1)
	case last.abbr == abbrPlain || last.abbr == abbrInitial || last.abbr == abbrDotted:
		return z.startsSentence(k+1) || newlines > 0 && z.startsUpper(k+1)
	case last.abbr != abbrNone:
		return false
	}
	if z.datelineEnds(first, lineFirst, k) || z.timestampBounds(k) {
		return true
	}
	if last.class == tokPunct && z.lx.isEmoticon(z.text[last.start:last.end]) && z.startsCapital(k+1) {
		return true // an emoticon ends its sentence: "fun :) We"
	}
	if newlines == 1 {
		return z.lineEnds(first, lineFirst, k)
	}
	return false
}

// terminalEnds reports whether the terminal punctuation at token m (a sentence that
// began at first, followed on the same line by token next) ends a sentence. In EWT it
// does even before a lower-case word (web text often starts sentences in lower case), but
// an ellipsis does so only before a capital; and neither does before more punctuation of
// the same sentence (", " "!" ":)") or after the number of a numbered list ("1. The").
func (z *tokScanner) terminalEnds(first, m, next int) bool {
	t := z.text
	term, nx := &z.toks[m], &z.toks[next]
	switch nx.class {
	case tokTerminal:
		return false
	case tokPunct:
		if s := t[nx.start:nx.end]; s == "," || s == ";" || s == ":" || z.lx.isEmoticon(s) {
			return false
		}
	}
	if s := t[term.start:term.end]; strings.HasPrefix(s, "..") || strings.HasPrefix(s, "…") {
		return m > first && z.startsCapital(next) // "...Now" opens a sentence
	}
	if m == first+1 && t[term.start] == '.' && term.end-term.start == 1 {
		if n := t[z.toks[first].start:z.toks[first].end]; len(n) <= 2 && isTokDigits(n) && z.toks[first].end == term.start {
			return false // 1. The first point
		}
	}
	return true
}

// startsLower reports whether the token at k starts with a lower-case letter.
func (z *tokScanner) startsLower(k int) bool {
	return unicode.IsLower(tokFirst(z.text[z.toks[k].start:]))
}

// quoteCloses reports whether one of the closing tokens i..j is a quotation mark.
func (z *tokScanner) quoteCloses(i, j int) bool {
	for ; i <= j; i++ {
		if r := tokFirst(z.text[z.toks[i].start:]); r != ')' && r != ']' && r != '}' {
			return true
		}
	}
	return false
}

// startsCapital reports whether the token at k, or the word after an opening quote or
// bracket at k, starts with a capital letter.
func (z *tokScanner) startsCapital(k int) bool {
	if z.toks[k].class == tokOpen && k+1 < len(z.toks) {
		k++
	}
	return unicode.IsUpper(tokFirst(z.text[z.toks[k].start:]))
}

// startsUpper reports whether the token at k, or the word after an opening quote or
// bracket at k, starts with a capital letter or a digit.
func (z *tokScanner) startsUpper(k int) bool {
	if z.toks[k].class == tokOpen && k+1 < len(z.toks) {
		k++
	}
	r := tokFirst(z.text[z.toks[k].start:])
	return unicode.IsUpper(r) || isTokDigit(r)
}

// startsSentence reports whether the token at k (or after an opening quote at k) is a
// word that starts sentences (The, He, But).
func (z *tokScanner) startsSentence(k int) bool {
	if z.toks[k].class == tokOpen && k+1 < len(z.toks) {
		k++
	}
	tk := z.toks[k]
	return z.lx.starters[z.text[tk.start:tk.end]] || tk.cut.n() > 0 && z.lx.starters[z.text[tk.start:tk.start+int(tk.cut[0])]]
}

// datelineEnds reports whether token k is the dash closing a news dateline that opens a
// line: "BEIJING, Nov. 2 (Xinhua) --", "CAIRO (AFP) -". EWT makes the dateline a
// sentence of its own.
func (z *tokScanner) datelineEnds(first, lineFirst, k int) bool {
	t := z.text
	toks := z.toks
	if first != lineFirst || k-first < 1 || k-first > 12 {
		return false
	}
	if d := t[toks[k].start:toks[k].end]; d != "-" && d != "--" && d != "—" && d != "–" {
		return false
	}
	place := t[toks[first].start:toks[first].end]
	if utf8.RuneCountInString(place) < 2 || strings.ToUpper(place) != place || !isTokLetter(tokFirst(place)) {
		return false
	}
	// The place is followed by a comma (BEIJING, Nov. 2 --), the dash by an agency in
	// brackets (CAIRO (AFP) -), or the place is all there is (NEW DELHI -).
	if t[toks[first+1].start:toks[first+1].end] != "," && t[toks[k-1].start:toks[k-1].end] != ")" {
		if k-first < 2 {
			return false
		}
		for i := first + 1; i < k; i++ {
			if w := t[toks[i].start:toks[i].end]; toks[i].class != tokWord || strings.ToUpper(w) != w || !isTokLetter(tokFirst(w)) {
				return false
			}
		}
	}
	return z.startsCapital(k + 1)
}

// timestampBounds reports whether a sentence boundary falls after token k because of
// a timestamp line in an e-mail header: "Ann Lee 03/05/2019 10:15 AM I called ..." is
// three sentences in EWT, the date and time one of them (but not "sent on 03/05/2019").
func (z *tokScanner) timestampBounds(k int) bool {
	toks := z.toks
	t := z.text
	word := func(i int) string { return t[toks[i].start:toks[i].end] }
	if k >= 2 && isMeridiem(word(k)) && isClockTime(word(k-1)) && isSlashDate(word(k-2)) {
		return toks[k+1].class != tokPunct && toks[k+1].class != tokClose
	}
	if k+3 < len(toks) && isSlashDate(word(k+1)) && isClockTime(word(k+2)) && isMeridiem(word(k+3)) {
		return !unicode.IsLower(tokFirst(word(k)))
	}
	return false
}

func isMeridiem(s string) bool { return s == "AM" || s == "PM" || s == "am" || s == "pm" }

// isClockTime reports whether s is a time of day: 9:05, 11:21, 03:14:14.
func isClockTime(s string) bool {
	h, rest, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || !isTokDigits(h) {
		return false
	}
	m, sec, _ := strings.Cut(rest, ":")
	return len(m) == 2 && isTokDigits(m) && (sec == "" || len(sec) == 2 && isTokDigits(sec))
}

// isSlashDate reports whether s is a date written with slashes: 8/16/2000, 10/08/99.
func isSlashDate(s string) bool {
	if len(s) < 6 || len(s) > 10 {
		return false
	}
	m, rest, ok1 := strings.Cut(s, "/")
	d, y, ok2 := strings.Cut(rest, "/")
	return ok1 && ok2 && len(m) <= 2 && len(d) <= 2 && (len(y) == 2 || len(y) == 4) &&
		isTokDigits(m) && isTokDigits(d) && isTokDigits(y)
}

// lineEnds reports whether the line of tokens lineFirst..k, in a sentence that began at
// token first and followed by a single line break with no terminal punctuation before
// it, ends a sentence: when the line is a headline or title, or the next line is an item
// of a list, rather than prose hard-wrapped in mid-sentence.
func (z *tokScanner) lineEnds(first, lineFirst, k int) bool {
	t := z.text
	toks := z.toks
	lineStart := toks[lineFirst].start
	if lineFirst == k && toks[k].class == tokPunct {
		return true // a line of its own: a separator ("-", "*") between parts of a page
	}
	if !z.paragraphWrapped(toks[k].end) {
		return true // no line of this paragraph runs on into the next: a line is a sentence
	}
	// Hard-wrapped prose has lines no longer than its wrap width; news kept one paragraph
	// a line has longer ones, and there a line break ends a sentence unless the words say
	// it runs on (checked below).
	long := toks[k].end-lineStart > maxWrapWidth || z.lineLength(lineFirst-1) > maxWrapWidth
	if first != lineFirst && !long {
		return false // the sentence began on a line before: prose wrapped in mid-sentence
	}
	if next := toks[k+1]; next.end-next.start <= 3 && next.end < len(t) && isTokSpace(tokFirst(t[next.end:])) {
		if b := t[next.start:next.end]; b == "-" || b == "*" || b == "•" || b == "–" || b == "·" {
			return true // a bulleted item on the next line
		}
	}
	if !z.startsUpper(k+1) && toks[k+1].class != tokOpen {
		return false
	}
	lastTok := toks[k]
	last := t[lastTok.start:lastTok.end]
	if lastTok.class == tokPunct || lastTok.class == tokOpen {
		return false // a line ending in , ; : - ( runs on
	}
	if lastTok.class == tokWord && len(last) <= 8 {
		var buf [8]byte
		if z.lx.continuations[string(tokLowerASCII(buf[:0], last))] {
			return false
		}
	}
	if long {
		return true
	}
	if k-lineFirst+1 > 30 {
		return false
	}
	// Title case: every word but short function words capitalized.
	var buf [8]byte
	caps, lower := 0, 0
	for i := lineFirst; i <= k; i++ {
		if toks[i].class != tokWord {
			continue
		}
		w := t[toks[i].start:toks[i].end]
		r := tokFirst(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r) && !(len(w) <= 8 && z.lx.continuations[string(tokLowerASCII(buf[:0], w))]):
			lower++
		}
	}
	if caps >= 2 && lower == 0 {
		return true
	}
	// A line much shorter than the line after it, where that one is longer than a wrap
	// width or this one opens a paragraph: a headline before its body (hard-wrapped prose
	// fills its first line).
	opensParagraph := lineFirst == 0 || z.newlinesBetween(lineFirst-1) >= 2
	nextLen := z.lineLength(k + 1)
	if !opensParagraph && nextLen <= maxWrapWidth {
		return false
	}
	return 4*(lastTok.end-lineStart) < 3*nextLen
}

// maxWrapWidth is the longest line, in bytes, that hard-wrapped prose is taken to have
// (mail and plain-text wrapping stay under 80 columns; 100 leaves room for wide text).
const maxWrapWidth = 100

// lineLength is the length in bytes of the line that holds token k, 0 for none.
func (z *tokScanner) lineLength(k int) int {
	if k < 0 || k >= len(z.toks) {
		return 0
	}
	t := z.text
	at := z.toks[k].start
	start := strings.LastIndexByte(t[:at], '\n') + 1
	end := strings.IndexByte(t[at:], '\n')
	if end < 0 {
		end = len(t) - at
	}
	return at + end - start
}

// sentence makes a Sentence of tokens.
func (z *tokScanner) sentence(id int, toks []surfaceToken) *Sentence {
	t := z.text
	s := &Sentence{ID: strconv.Itoa(id), Start: toks[0].start, End: toks[len(toks)-1].end}
	s.Text = t[s.Start:s.End]
	n := 0
	for i := range toks {
		n += toks[i].words()
	}
	s.Words = make([]Word, 0, n+1)
	for i, tk := range toks {
		space := i == len(toks)-1 || tk.end < len(t) && isTokSpace(tokFirst(t[tk.end:]))
		if i == len(toks)-1 && tk.abbr != abbrNone && tk.end-tk.start > 1 {
			// An abbreviation ending the sentence gives its period to the sentence, as
			// in EWT: "in the U.S." -> "U.S" ".".
			s.Words = append(s.Words,
				Word{ID: len(s.Words) + 1, Form: t[tk.start : tk.end-1], Head: -1, Start: tk.start, End: tk.end - 1},
				Word{ID: len(s.Words) + 2, Form: ".", Head: -1, Start: tk.end - 1, End: tk.end, SpaceAfter: true})
			continue
		}
		cuts := tk.cut.n()
		if cuts == 0 {
			s.Words = append(s.Words, Word{ID: len(s.Words) + 1, Form: t[tk.start:tk.end], Head: -1,
				Start: tk.start, End: tk.end, SpaceAfter: space})
			continue
		}
		firstWord := len(s.Words) + 1
		b := tk.start
		for p := 0; p <= cuts; p++ {
			e := tk.end
			if p < cuts {
				e = tk.start + int(tk.cut[p])
			}
			s.Words = append(s.Words, Word{ID: len(s.Words) + 1, Form: t[b:e], Head: -1,
				Start: b, End: e, SpaceAfter: p == cuts && space})
			b = e
		}
		s.Multiwords = append(s.Multiwords, MultiwordToken{First: firstWord, Last: len(s.Words),
			Form: t[tk.start:tk.end], Start: tk.start, End: tk.end})
	}
	return s
}

// Characters.

func tokRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func tokFirst(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := tokRune(s, 0)
	return r
}

func tokLast(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isTokSpace reports whether r separates tokens: Unicode white space and the zero-width
// space and byte order mark.
func isTokSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// tokNewlines counts the line breaks that the space r at t[i] makes: one for \n, \r not
// before \n, NEL and the line separator, two for the paragraph separator.
func tokNewlines(t string, i int, r rune) int {
	switch r {
	case '\n', '\u0085', '\u2028':
		return 1
	case '\r':
		if i+1 < len(t) && t[i+1] == '\n' {
			return 0
		}
		return 1
	case '\u2029':
		return 2
	}
	return 0
}

func isTokWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isTokWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isTokWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

func isTokLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isTokDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isTokDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isTokApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

func isTokTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isTokASCIILetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isTokDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// tokLowerASCII appends s in lower case to buf.
func tokLowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// tokIndexFold returns the index of the first ASCII-case-insensitive match of sub, which
// starts with an ASCII letter, in s, or -1.
func tokIndexFold(s, sub string) int {
	c := sub[0] | 0x20
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == c && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func onlyDigitsAndSeps(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isTokDigitByte(c) && c != '-' && c != '/' {
			return false
		}
	}
	return true
}

// numberKeepsSeps reports whether a number with seps hyphens or slashes in it is one
// token, as EWT keeps phone numbers, ZIP+4 codes and dates (555-201-3344, 555-2013,
// 10001-2345, 12/03/2019, 9/11), and not a range or fraction (1987-1988, 3/4).
func numberKeepsSeps(s string, seps int) bool {
	if seps >= 2 {
		return true
	}
	k := strings.IndexAny(s, "-/")
	left, right := s[:k], s[k+1:]
	if s[k] == '/' {
		return slashDateLike(left, right)
	}
	return len(right) == 4 && (len(left) == 1 || len(left) == 3 || len(left) == 5)
}

// hasFileSuffix reports whether s ends in a file extension or top-level domain: a
// period and two to four ASCII letters after a letter or digit (.doc, .com, .pdf).
func hasFileSuffix(s string) bool {
	k := strings.LastIndexByte(s, '.')
	return k > 0 && len(s)-k-1 >= 2 && len(s)-k-1 <= 4 && isTokASCIILetters(s[k+1:]) && isTokWordByte(s[k-1])
}

// slashDateLike reports whether the digits left/right read as a month and day (9/11, 10/15)
// rather than a fraction (3/4, 1/250) or a score (18/20).
func slashDateLike(left, right string) bool {
	m, err1 := strconv.Atoi(left)
	d, err2 := strconv.Atoi(right)
	if err1 != nil || err2 != nil || len(left) > 2 || len(right) > 2 {
		return false
	}
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && (d >= 10 || len(right) == 2)
}

// The tokenizer's word lists (and the lemmatizer's exceptions, lemmas.txt): data, not
// code, embedded and read by one loader.

//go:embed lexicon/*.txt
var tokLexiconFS embed.FS

// WordListError is a bad entry in one of the tokenizer's embedded word lists.
type WordListError struct {
	File string // e.g. "lexicon/abbreviations.txt"
	Line int    // 1-based
	Msg  string
}

func (e *WordListError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// readWordList calls entry with the fields (separated by white space) of every line of
// lexicon/name but blank lines and comments ("#" first). An error from entry comes back
// as a *WordListError naming the file and line.
func readWordList(name string, entry func(fields []string) error) error {
	path := "lexicon/" + name
	f, err := tokLexiconFS.Open(path)
	if err != nil {
		return fmt.Errorf("word list %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !utf8.ValidString(s) {
			return &WordListError{File: path, Line: line, Msg: "not UTF-8"}
		}
		if err := entry(strings.Fields(s)); err != nil {
			return &WordListError{File: path, Line: line, Msg: err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("word list %s: %w", path, err)
	}
	return nil
}

// abbrKind is what an abbreviation's period says about the sentence.
type abbrKind uint8

const (
	abbrNone    abbrKind = iota
	abbrPlain            // may end a sentence (Inc., etc.)
	abbrTitle            // comes before a name and never ends a sentence (Mr.)
	abbrNumber           // an abbreviation only before a number (No. 5)
	abbrInitial          // a capital initial (M.)
	abbrDotted           // letters with inner periods (U.S., e.g.)
)

// tokLexicon holds the tokenizer's word lists.
type tokLexicon struct {
	abbrevs       map[string]abbrKind // with the period, as written and in capitals: "Mr.", "MR."
	prefixes      map[string]bool     // hyphen prefixes, lower case: "non", "e"
	contractions  map[string][]int    // lower-case word -> byte lengths of its words
	units         map[string]bool     // lower case: "pm", "k"
	starters      map[string]bool     // as written at a sentence start: "The", "He"
	continuations map[string]bool     // lower case: "the", "of"
	elisions      map[string]bool     // lower case, without the apostrophe: "em"
	itsFollowers  map[string]bool     // lower case: "a", "not"
	emoticons     []string            // longest first
	emoticonStart [utf8.RuneSelf]bool // first bytes of emoticons
	lemmas        map[string]string   // lower-case form -> lemma the model gets wrong: "aides" -> "aide"
}

func (lx *tokLexicon) isEmoticon(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf || !lx.emoticonStart[s[0]] {
		return false
	}
	for _, e := range lx.emoticons {
		if e == s {
			return true
		}
	}
	return false
}

var loadTokLexicon = sync.OnceValues(readTokLexicon)

// tokenizerLists returns the embedded word lists, read on first use. They are part of
// the program, so a bad entry is a bug that the package's tests catch: it panics here.
func tokenizerLists() *tokLexicon {
	lx, err := loadTokLexicon()
	if err != nil {
		panic("syntax: " + err.Error())
	}
	return lx
}

func readTokLexicon() (*tokLexicon, error) {
	lx := &tokLexicon{
		abbrevs:       map[string]abbrKind{},
		prefixes:      map[string]bool{},
		contractions:  map[string][]int{},
		units:         map[string]bool{},
		starters:      map[string]bool{},
		continuations: map[string]bool{},
		elisions:      map[string]bool{},
		itsFollowers:  map[string]bool{},
		lemmas:        map[string]string{},
	}
	err := readWordList("abbreviations.txt", func(f []string) error {
		if len(f) > 2 {
			return fmt.Errorf("want an abbreviation and an optional kind, got %d fields", len(f))
		}
		a := f[0]
		if len(a) < 2 || !strings.HasSuffix(a, ".") {
			return fmt.Errorf("abbreviation %q does not end in a period", a)
		}
		kind := abbrPlain
		if len(f) == 2 {
			switch f[1] {
			case "title":
				kind = abbrTitle
			case "number":
				kind = abbrNumber
			default:
				return fmt.Errorf("unknown kind %q (want title or number)", f[1])
			}
		}
		lx.abbrevs[a] = kind
		if up := strings.ToUpper(a); len(a) > 2 && lx.abbrevs[up] == abbrNone {
			lx.abbrevs[up] = kind
		}
		if r, n := utf8.DecodeRuneInString(a); unicode.IsLower(r) {
			if c := string(unicode.ToUpper(r)) + a[n:]; lx.abbrevs[c] == abbrNone {
				lx.abbrevs[c] = kind
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readWordList("contractions.txt", func(f []string) error {
		if len(f) < 3 || len(f) > 4 {
			return fmt.Errorf("want a word and two or three parts, got %d fields", len(f))
		}
		if strings.Join(f[1:], "") != f[0] {
			return fmt.Errorf("parts %q do not spell %q", f[1:], f[0])
		}
		if f[0] != strings.ToLower(f[0]) || !isTokASCIILetters(f[0]) || len(f[0]) > 8 {
			return fmt.Errorf("%q is not a lower-case ASCII word of at most 8 letters", f[0])
		}
		var lens []int
		for _, p := range f[1:] {
			lens = append(lens, len(p))
		}
		lx.contractions[f[0]] = lens
		return nil
	})
	if err != nil {
		return nil, err
	}
	sets := []struct {
		file   string
		set    map[string]bool
		maxLen int // for a lower-case list: the longest entry looked up, in bytes
	}{
		{"hyphen_prefixes.txt", lx.prefixes, 8},
		{"units.txt", lx.units, 4},
		{"sentence_starters.txt", lx.starters, 0},
		{"line_continuations.txt", lx.continuations, 8},
		{"elisions.txt", lx.elisions, 8},
		{"its_contraction.txt", lx.itsFollowers, 12},
	}
	for _, s := range sets {
		err := readWordList(s.file, func(f []string) error {
			if len(f) != 1 {
				return fmt.Errorf("want one word a line, got %d", len(f))
			}
			if s.maxLen > 0 && (f[0] != strings.ToLower(f[0]) || len(f[0]) > s.maxLen) {
				return fmt.Errorf("%q is not a lower-case word of at most %d bytes", f[0], s.maxLen)
			}
			s.set[f[0]] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = readWordList("emoticons.txt", func(f []string) error {
		if len(f) != 1 {
			return fmt.Errorf("want one emoticon a line, got %d fields", len(f))
		}
		e := f[0]
		if e[0] >= utf8.RuneSelf || isTokWordByte(e[0]) {
			return fmt.Errorf("emoticon %q does not start with an ASCII symbol", e)
		}
		lx.emoticons = append(lx.emoticons, e)
		lx.emoticonStart[e[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(lx.emoticons, func(i, j int) bool { return len(lx.emoticons[i]) > len(lx.emoticons[j]) })
	err = readWordList("lemmas.txt", func(f []string) error {
		if len(f) != 2 || f[0] != strings.ToLower(f[0]) {
			return fmt.Errorf("want a lower-case form and its lemma, got %q", strings.Join(f, " "))
		}
		lx.lemmas[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}
