package extract

import (
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark. Start and End are byte offsets.
//
// An article keeps one token per word and mark while it is processed (a dense text has one
// every four bytes or so), so the token keeps no copy of its text: text returns it.
type token struct {
	Start, End int
	Lower      string // lower-cased text, shared with the source when already lower case
	Cap        bool   // starts with an upper-case letter
	Upper      bool   // all letters upper case (and at least two letters)
	Word       bool   // starts with a letter
	Punct      bool
}

// sentence is a run of tokens [From, To) and its byte span.
type sentence struct {
	From, To   int
	Start, End int
	Upper      bool // a headline in capitals: case says nothing there
	Cut        bool // ended by its length (softSentence, hardSentence), not by punctuation
}

// abbreviations whose period does not end a sentence.
var abbrev = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Col": true,
	"Lt": true, "Sgt": true, "Capt": true, "Gov": true, "Sen": true, "Rep": true, "St": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "Inc": true, "Corp": true,
	"Co": true, "Ltd": true, "No": true, "vs": true, "Jr": true, "Sr": true, "Adm": true,
	"Maj": true, "Rev": true, "Mt": true, "Ft": true, "U.S": true, "U.N": true, "U.K": true,
}

// A sentence longer than softSentence tokens ends at its next comma or semicolon, and one
// longer than hardSentence tokens ends there, whatever follows. The event rules look across a
// sentence from each trigger and mention, so their work grows with the square of its length.
// News sentences stay far below these bounds (the longest in the 1,457 wire articles, PLOVER
// records and golden articles of the shared data is 104 tokens), while a run-on "sentence" of
// a megabyte is cut into pieces that the rules handle in linear time overall. A piece is
// marked Cut so that it is not taken for a headline (no final punctuation).
const (
	softSentence = 250
	hardSentence = 500
)

// tokenize splits text into tokens and sentences in one pass. A newline always ends a
// sentence (headlines carry no final punctuation), and so does a comma past softSentence
// tokens or any token at hardSentence.
func tokenize(text string, toks []token, sents []sentence) ([]token, []sentence) {
	toks = toks[:0]
	sents = sents[:0]
	sentFrom := 0
	cut := false
	endSentence := func() {
		if len(toks) > sentFrom {
			s := sentence{From: sentFrom, To: len(toks), Start: toks[sentFrom].Start, End: toks[len(toks)-1].End}
			up, letters := 0, 0
			for _, t := range toks[sentFrom:] {
				if t.Word {
					letters++
					if t.Upper || len(t.text(text)) == 1 && t.Cap {
						up++
					}
				}
			}
			s.Upper = letters >= 3 && up*10 >= letters*7
			s.Cut = cut
			sents = append(sents, s)
		}
		sentFrom = len(toks)
		cut = false
	}
	i := 0
	for i < len(text) {
		if len(toks)-sentFrom >= hardSentence {
			cut = true
			endSentence()
		}
		c := text[i]
		if c == '\n' {
			endSentence()
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		start := i
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				d := text[j]
				var rr rune
				sz := 1
				if d < utf8.RuneSelf {
					rr = rune(d)
				} else {
					rr, sz = utf8.DecodeRuneInString(text[j:])
				}
				if unicode.IsLetter(rr) || unicode.IsDigit(rr) {
					j += sz
					continue
				}
				// Inner hyphen, apostrophe-less dot (U.S.), inner comma/dot of numbers.
				if (d == '-' || d == '.' || d == '&') && j+1 < len(text) {
					n := text[j+1]
					if d == '.' && isAlnumByte(n) && (j+2 >= len(text) || text[j+2] == '.' || !isLowerByte(n)) {
						j++
						continue
					}
					if d == '-' && isAlnumByte(n) {
						j++
						continue
					}
					if d == '&' && isUpperByte(n) && j > 0 && isUpperByte(text[j-1]) {
						j++
						continue
					}
				}
				// "Xi'an", "Wu Xiao'ai": in a capitalized word, an apostrophe before a
				// lowercase a, e or o parts two pinyin syllables of one name ("Kofi's",
				// "Gov't" and "Jones'" part nothing).
				if d == '\'' && isUpperByte(text[start]) && j+2 < len(text) && (text[j+1] == 'a' || text[j+1] == 'e' || text[j+1] == 'o') && isLowerByte(text[j+2]) {
					j++
					continue
				}
				// "O'Neill", "D'Alema": an apostrophe after a single capital joins a name.
				if (d == '\'' || d == 0xe2) && j == start+1 && isUpperByte(text[start]) {
					if d == '\'' && j+1 < len(text) && isUpperByte(text[j+1]) {
						j++
						continue
					}
				}
				if (d == ',' || d == '.') && j+1 < len(text) && isDigitByte(text[j+1]) && isDigitByte(text[j-1]) {
					j++
					continue
				}
				break
			}
			// A final dot of an initialism (U.S.) belongs to the word.
			if j < len(text) && text[j] == '.' && j-start >= 3 && text[j-2] == '.' {
				j++
			}
			toks = append(toks, newWord(text[start:j], start, j, r))
			i = j
		default:
			j := i + size
			toks = append(toks, token{Start: start, End: j, Lower: text[start:j], Punct: true})
			i = j
			if (c == ',' || c == ';') && len(toks)-sentFrom >= softSentence {
				cut = true
				endSentence()
				continue
			}
			if c == '.' || c == '!' || c == '?' {
				// A period after an abbreviation or an initial ends no sentence.
				if c == '.' && len(toks) >= 2 {
					p := toks[len(toks)-2]
					if p.End == start && (abbrev[p.text(text)] || (len(p.text(text)) == 1 && p.Cap)) {
						continue
					}
				}
				// Close quotes and brackets stay with the sentence.
				for i < len(text) {
					q, qs := utf8.DecodeRuneInString(text[i:])
					if q == '"' || q == '\'' || q == '”' || q == '’' || q == ')' {
						toks = append(toks, token{Start: i, End: i + qs, Lower: text[i : i+qs], Punct: true})
						i += qs
						continue
					}
					break
				}
				if i >= len(text) || text[i] == ' ' || text[i] == '\n' {
					endSentence()
				}
			}
		}
	}
	endSentence()
	return toks, sents
}

// text returns the token as written in src, the text it was read from.
func (t token) text(src string) string { return src[t.Start:t.End] }

func newWord(s string, start, end int, first rune) token {
	t := token{Start: start, End: end, Word: unicode.IsLetter(first)}
	t.Cap = unicode.IsUpper(first)
	lower := true
	letters, uppers := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				lower = false
			}
		}
	}
	t.Upper = letters >= 2 && uppers == letters
	if lower {
		t.Lower = s
	} else {
		t.Lower = toLower(s)
	}
	return t
}

func toLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		b := make([]rune, 0, len(s))
		for _, r := range s {
			b = append(b, unicode.ToLower(r))
		}
		return string(b)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
