package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// Number suffixes: "1990s", "4th".
const (
	sufNone uint8 = iota
	sufS
	sufOrd
)

// token is one word, number or punctuation mark of the text, with its lexicon entry.
type token struct {
	start, end int32
	num        int32 // value of a number token
	kind       uint8
	cls        uint8 // lexicon class, cNone for unknown words
	val        int16
	nd         uint8 // digits of a number token
	suf        uint8 // suffix of a number token
	ch         byte  // the byte of a punctuation token
	plural     bool
	abbr       bool
	capital    bool
}

// is reports whether t is the keyword k.
func (t *token) is(k int) bool { return t.cls == cKey && int(t.val) == k }

// tokenize appends the tokens of text to toks in one pass. Words are runs of letters,
// numbers runs of ASCII digits (with an "s" or ordinal suffix folded in), and every other
// non-space character is a punctuation token of its own.
func tokenize(text string, toks []token) []token {
	var buf [16]byte
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := i
			v := int32(0)
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int32(text[j]-'0')
				}
				j++
			}
			t := token{start: int32(i), kind: tNum, num: v, nd: uint8(min(j-i, 255))}
			// Fold a suffix when the letters stop right after it.
			if j < n && isASCIILetter(text[j]) {
				k := j
				for k < n && isASCIILetter(text[k]) {
					k++
				}
				switch lower2(text[j:k]) {
				case "s":
					t.suf, j = sufS, k
				case "th", "st", "nd", "rd":
					t.suf, j = sufOrd, k
				}
			} else if j+1 < n && text[j] == '\'' && text[j+1] == 's' && (j+2 >= n || !isASCIILetter(text[j+2])) && t.nd == 4 {
				t.suf, j = sufS, j+2 // "1990's"
			}
			t.end = int32(j)
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, ch: c})
			i++
		default:
			j := i
			ascii := true
			for j < n {
				b := text[j]
				if b < utf8.RuneSelf {
					if !isASCIILetter(b) {
						break
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				j += size
			}
			if j == i { // a non-letter rune: punctuation of its own
				_, size := utf8.DecodeRuneInString(text[i:])
				toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tPunct, ch: '?'})
				i += size
				continue
			}
			t := token{start: int32(i), end: int32(j), kind: tWord, capital: c >= 'A' && c <= 'Z'}
			if ascii && j-i <= len(buf) {
				for k := i; k < j; k++ {
					b := text[k]
					if b >= 'A' && b <= 'Z' {
						b += 'a' - 'A'
					}
					buf[k-i] = b
				}
				if e, ok := lexicon[string(buf[:j-i])]; ok {
					t.cls, t.val, t.plural, t.abbr = e.cls, e.val, e.plural, e.abbr
				}
			}
			toks = append(toks, t)
			i = j
		}
	}
	return toks
}

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// lower2 lower-cases a short ASCII suffix; longer strings come back as "".
func lower2(s string) string {
	switch len(s) {
	case 1:
		if s[0]|0x20 == 's' {
			return "s"
		}
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		switch {
		case a == 't' && b == 'h':
			return "th"
		case a == 's' && b == 't':
			return "st"
		case a == 'n' && b == 'd':
			return "nd"
		case a == 'r' && b == 'd':
			return "rd"
		}
	}
	return ""
}
