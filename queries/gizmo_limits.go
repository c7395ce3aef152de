package queries

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on the source of a Gizmo query, checked by CheckGizmo before the source reaches
// the JavaScript parser. The parser and compiler (goja) recurse once per level of nesting
// with about 2 KB of stack each, and a stack overflow is not a panic but the end of the
// process: 600 KB of "[" killed a server. Nesting is counted on the source's tokens, so
// that no shape of it (brackets, operators, statements) reaches the parser deeper than
// MaxGizmoDepth; the size limit alone keeps even a source the count misjudged within half
// of Go's 1 GB stack.
const (
	// MaxGizmoBytes is the largest source accepted.
	MaxGizmoBytes = 128 << 10
	// MaxGizmoDepth is the deepest nesting accepted: a bracket, a prefix or infix operator,
	// a keyword that opens a statement or an expression (if, else, function, return, new...),
	// each counts one level until the expression or statement it is in ends.
	MaxGizmoDepth = 256
	// MaxGizmoConstantLogic is the longest run of &&, || or ?? between constants (1 && 0 ||
	// "a" ...) accepted: goja folds such a run at compile time, before the query's timeout
	// can stop it, in a time that doubles with each operator.
	MaxGizmoConstantLogic = 10
)

// ErrQueryLimit is what the errors of CheckGizmo wrap, for errors.Is.
var ErrQueryLimit = errors.New("query over a limit")

// QueryLimitError is a Gizmo source that CheckGizmo refused: where and why.
type QueryLimitError struct {
	Line, Column int // 1-based position of the token that passed the limit; 0 for the size
	Msg          string
}

func (e *QueryLimitError) Error() string { return e.Msg }

func (e *QueryLimitError) Unwrap() error { return ErrQueryLimit }

// CheckGizmo returns a *QueryLimitError when src is larger than MaxGizmoBytes, nests deeper
// than MaxGizmoDepth, chains more than MaxGizmoConstantLogic logical operators between
// constants, or has a "/" whose meaning depends on grammar the check does not follow (after
// a "}", or after yield, await or of). It reads src once, as JavaScript's lexer does: strings,
// templates, regular expressions and comments do not nest. A source it accepts may still be
// wrong JavaScript; the parser says so.
func CheckGizmo(src string) error {
	if len(src) > MaxGizmoBytes {
		return &QueryLimitError{Msg: fmt.Sprintf(
			"query of %d bytes is over the %d KiB limit on a query's size; split it into smaller queries",
			len(src), MaxGizmoBytes>>10)}
	}
	s := &gizmoScanner{src: src, frames: []gizmoFrame{{konst: true}}}
	return s.scan()
}

// gizmoFrame is one open bracket (or the top level) while scanning.
type gizmoFrame struct {
	open byte // '(', '[', '{', '$' for a template's ${, 0 for the top level
	// count is the levels opened in this frame's current expression or statement: reset at
	// "," and ";" and where a new statement begins, as those end everything nested before.
	count int
	// elses counts "else" not followed by a block: each nests an if in the last one's
	// alternative, across the ";" between them, so no statement boundary resets it.
	elses  int
	header bool // a "(" right after if, while, for or with: its ")" is followed by a statement
	call   bool // a "(" after a value: a call, whose result is never a constant
	konst  bool // only constants and operators since the frame opened
	logic  int  // &&, || and ?? between constants in the current expression
}

// Token kinds, as far as the scanner needs them: what may follow each decides whether
// "/" starts a regular expression and whether a line break ends a statement.
const (
	tokStart     = iota // nothing yet, or an operator or keyword: an expression may start here
	tokValue            // a name, number, string, regular expression, ")" or "]": "/" divides
	tokBrace            // a "}" that ends a block or an object: "/" is ambiguous
	tokAmbig            // yield, await, of: a name or a keyword, "/" is ambiguous
	tokHeaderEnd        // the ")" of if (...), while (...), for (...), with (...): a statement follows
	tokIncDec           // ++ or --: "/" divides, a line break before a name ends the statement
	tokKeyword          // a keyword that may end a statement (return, break, continue)
	tokDot              // "." or "?.": a property name follows, never a keyword
)

type gizmoScanner struct {
	src    string
	i      int // byte offset of the next character
	frames []gizmoFrame
	depth  int // the sum of count and elses over frames
	prev   int // kind of the previous token
	// prevWord and prevWord2 are the previous two tokens when they were words (else ""), to
	// tell an if (...) header.
	prevWord, prevWord2 string
	newline             bool // a line break since the previous token
}

func (s *gizmoScanner) top() *gizmoFrame { return &s.frames[len(s.frames)-1] }

// fail returns the error for the token at byte offset at: what, where, then advice.
func (s *gizmoScanner) fail(at int, what, advice string) error {
	line, col := 1, 1
	for _, r := range s.src[:at] {
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return &QueryLimitError{Line: line, Column: col,
		Msg: fmt.Sprintf("%s at line %d, column %d%s", what, line, col, advice)}
}

// tooDeep is the error for nesting past MaxGizmoDepth at byte offset at.
func (s *gizmoScanner) tooDeep(at int) error {
	return s.fail(at, fmt.Sprintf("query nested deeper than %d levels", MaxGizmoDepth),
		" (brackets, operators and statements each count); simplify the query or split it")
}

// ambiguous is the error for a "/" whose meaning the check cannot tell.
func (s *gizmoScanner) ambiguous(at int, after string) error {
	return s.fail(at, "query has a / after "+after+" that could start a regular expression or divide",
		"; put the regular expression or the division in parentheses")
}

// nest counts one more level in the current frame.
func (s *gizmoScanner) nest(at int) error {
	s.top().count++
	s.depth++
	if s.depth > MaxGizmoDepth {
		return s.tooDeep(at)
	}
	return nil
}

// logic counts n more &&, || or ?? in the current run of constants.
func (s *gizmoScanner) logic(at, n int) error {
	f := s.top()
	f.logic += n
	if f.logic > MaxGizmoConstantLogic {
		return s.fail(at, fmt.Sprintf("query chains more than %d &&, || or ?? between constants", MaxGizmoConstantLogic),
			"; goja would spend minutes compiling it; compute the constant part before writing the query")
	}
	return nil
}

// reset ends the current expression or statement of the current frame.
func (s *gizmoScanner) reset() {
	f := s.top()
	s.depth -= f.count
	f.count = 0
	f.logic = 0
}

// nonConstant marks a token that makes the current expression not a constant.
func (s *gizmoScanner) nonConstant() {
	f := s.top()
	f.logic = 0
	f.konst = false
}

func (s *gizmoScanner) scan() error {
	for {
		s.skipSpace()
		if s.i >= len(s.src) {
			return nil
		}
		start := s.i
		c := s.src[s.i]
		switch {
		case c == '/' && s.peek(1) == '/':
			s.skipLine()
			continue
		case c == '/' && s.peek(1) == '*':
			s.skipBlockComment()
			continue
		}
		s.statementBreak(c)
		s.newline = false
		word := ""
		var err error
		switch {
		case c == '"' || c == '\'':
			s.skipString(c)
			s.prev = tokValue
		case c == '`':
			err = s.template(start)
		case c >= '0' && c <= '9' || c == '.' && isDigit(s.peek(1)):
			s.skipNumber()
			s.prev = tokValue
		case c == '/':
			err = s.slash(start)
		case isWordStart(s.src[s.i:]):
			word = s.word()
			err = s.keyword(start, word)
		case c == '(' || c == '[' || c == '{':
			err = s.open(start, c)
		case c == ')' || c == ']' || c == '}':
			err = s.close(c)
		default:
			err = s.punctuator(start)
		}
		if err != nil {
			return err
		}
		s.prevWord2, s.prevWord = s.prevWord, word
	}
}

// statementBreak resets the current frame where a new statement starts without a ";":
// after a line break (automatic semicolon insertion) or a "}", when the previous token can
// end a statement and the next one, c, cannot continue an expression.
func (s *gizmoScanner) statementBreak(c byte) {
	if !s.newline && s.prev != tokBrace {
		return
	}
	switch s.prev {
	case tokValue, tokBrace, tokIncDec, tokKeyword, tokAmbig:
	default:
		return
	}
	switch {
	case c == '"' || c == '\'' || c == '{' || c == '!' || c == '~' || c >= '0' && c <= '9':
	case (c == '+' || c == '-') && s.peek(1) == c:
	case isWordStart(s.src[s.i:]):
		w := s.src[s.i : s.i+wordLen(s.src[s.i:])]
		if w == "in" || w == "instanceof" || w == "of" {
			return
		}
	default:
		return
	}
	s.reset()
}

func (s *gizmoScanner) peek(n int) byte {
	if s.i+n < len(s.src) {
		return s.src[s.i+n]
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// skipSpace skips white space, noting line breaks.
func (s *gizmoScanner) skipSpace() {
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch c {
		case ' ', '\t', '\v', '\f':
			s.i++
			continue
		case '\n', '\r':
			s.newline = true
			s.i++
			continue
		}
		if c < utf8.RuneSelf {
			return
		}
		r, n := utf8.DecodeRuneInString(s.src[s.i:])
		switch {
		case r == '\u2028' || r == '\u2029':
			s.newline = true
		case r == '\ufeff' || unicode.IsSpace(r):
		default:
			return
		}
		s.i += n
	}
}

func isLineBreak(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' }

// skipLine skips a // comment up to its line break.
func (s *gizmoScanner) skipLine() {
	for s.i < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[s.i:])
		if isLineBreak(r) {
			return
		}
		s.i += n
	}
}

// skipBlockComment skips a /* */ comment; a line break in it counts as one.
func (s *gizmoScanner) skipBlockComment() {
	s.i += 2
	for s.i < len(s.src) {
		if strings.HasPrefix(s.src[s.i:], "*/") {
			s.i += 2
			return
		}
		r, n := utf8.DecodeRuneInString(s.src[s.i:])
		if isLineBreak(r) {
			s.newline = true
		}
		s.i += n
	}
}

// skipString skips a string quoted by q. A line break ends it, as it ends the parser's
// (with an error), unless escaped.
func (s *gizmoScanner) skipString(q byte) {
	s.i++
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == q:
			s.i++
			return
		case c == '\n' || c == '\r':
			return
		case c == '\\':
			s.i++
			if strings.HasPrefix(s.src[s.i:], "\r\n") {
				s.i++
			}
			if s.i < len(s.src) {
				_, n := utf8.DecodeRuneInString(s.src[s.i:])
				s.i += n
			}
			continue
		}
		s.i++
	}
}

// template scans a template literal from its backquote. A ${ opens a frame, and its "}"
// (in close) comes back here through templateText.
func (s *gizmoScanner) template(start int) error {
	s.i++
	return s.templateText(start)
}

// templateText scans template text up to the closing backquote or a ${.
func (s *gizmoScanner) templateText(at int) error {
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '`':
			s.i++
			s.prev = tokValue
			s.nonConstant()
			return nil
		case c == '\\':
			s.i += 2
			continue
		case c == '$' && s.peek(1) == '{':
			s.i += 2
			if err := s.nest(at); err != nil {
				return err
			}
			s.nonConstant()
			s.frames = append(s.frames, gizmoFrame{open: '$', konst: true})
			s.prev = tokStart
			return nil
		}
		s.i++
	}
	s.prev = tokValue
	return nil
}

// skipNumber skips a numeric literal: decimal, hex, octal, binary, BigInt, with _ separators.
func (s *gizmoScanner) skipNumber() {
	hex := s.src[s.i] == '0' && (s.peek(1) == 'x' || s.peek(1) == 'X')
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case isDigit(c) || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			s.i++
			if !hex && (c == 'e' || c == 'E') && (s.peek(0) == '+' || s.peek(0) == '-') {
				s.i++
			}
		default:
			return
		}
	}
}

// slash scans a "/" (comments are handled before): a regular expression where an
// expression may start, a division after a value.
func (s *gizmoScanner) slash(at int) error {
	switch s.prev {
	case tokValue, tokIncDec, tokDot:
		return s.punctuator(at)
	case tokBrace:
		return s.ambiguous(at, "a }")
	case tokAmbig:
		return s.ambiguous(at, fmt.Sprintf("%q", s.prevWord))
	}
	// A regular expression: up to a "/" outside a [class], not past the line.
	s.i++
	class := false
	for s.i < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[s.i:])
		if isLineBreak(r) {
			break
		}
		s.i += n
		switch {
		case r == '\\' && s.i < len(s.src):
			r, n := utf8.DecodeRuneInString(s.src[s.i:])
			if isLineBreak(r) {
				break
			}
			s.i += n
			continue
		case r == '[':
			class = true
		case r == ']':
			class = false
		case r == '/' && !class:
			for s.i < len(s.src) && wordLen(s.src[s.i:]) > 0 {
				s.i += wordLen(s.src[s.i:])
			}
			s.prev = tokValue
			s.nonConstant()
			return nil
		}
	}
	s.prev = tokValue
	s.nonConstant()
	return nil
}

// isWordStart reports whether src starts a name: a letter, $, _, #, \ (an escape) or any
// other character beyond ASCII that is not white space.
func isWordStart(src string) bool {
	c := src[0]
	if c >= '0' && c <= '9' {
		return false
	}
	return wordLen(src) > 0
}

// wordLen returns the length of the name that src starts with, 0 if none.
func wordLen(src string) int {
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$' || c == '_' || c == '#':
			i++
		case c == '\\':
			i++
			if i < len(src) {
				i++
			}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(src[i:])
			if isLineBreak(r) || r == '\ufeff' || unicode.IsSpace(r) {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

func (s *gizmoScanner) word() string {
	n := wordLen(s.src[s.i:])
	w := s.src[s.i : s.i+n]
	s.i += n
	return w
}

// keyword classifies a name: after "." (a property) or an ordinary name it is a value;
// keywords that build statements and expressions nest.
func (s *gizmoScanner) keyword(at int, w string) error {
	if s.prev == tokDot {
		s.prev = tokValue
		s.nonConstant()
		return nil
	}
	switch w {
	case "true", "false", "null":
		s.prev = tokValue
	case "this", "super", "undefined", "NaN", "Infinity", "let", "async", "get", "set", "static":
		s.prev = tokValue
		s.nonConstant()
	case "else":
		s.prev = tokStart
		if s.nextNonSpace() == '{' {
			return nil
		}
		s.top().elses++
		s.depth++
		if s.depth > MaxGizmoDepth {
			return s.tooDeep(at)
		}
	case "return", "break", "continue":
		s.prev = tokKeyword
		return s.nest(at)
	case "yield", "await", "of":
		s.prev = tokAmbig
		return s.nest(at)
	case "if", "for", "while", "do", "with", "switch", "case", "default", "try", "catch", "finally",
		"function", "class", "extends", "new", "delete", "typeof", "void", "instanceof", "in",
		"throw", "var", "const", "import", "export", "debugger":
		s.prev = tokStart
		if w == "var" || w == "const" || w == "debugger" {
			return nil
		}
		if w == "function" || w == "class" {
			s.nonConstant()
		}
		return s.nest(at)
	default:
		s.prev = tokValue
		s.nonConstant()
	}
	return nil
}

// nextNonSpace returns the next character that is not white space, or 0.
func (s *gizmoScanner) nextNonSpace() byte {
	for j := s.i; j < len(s.src); j++ {
		switch s.src[j] {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			continue
		}
		return s.src[j]
	}
	return 0
}

// open opens a bracket: one level in the current frame, and a frame of its own.
func (s *gizmoScanner) open(at int, c byte) error {
	s.i++
	header := c == '(' && (s.prev == tokStart && isHeaderWord(s.prevWord) ||
		s.prev == tokAmbig && s.prevWord == "await" && s.prevWord2 == "for")
	call := c == '(' && (s.prev == tokValue || s.prev == tokDot)
	if err := s.nest(at); err != nil {
		return err
	}
	if c != '(' || call {
		s.nonConstant()
	}
	s.frames = append(s.frames, gizmoFrame{open: c, header: header, call: call, konst: true})
	s.prev = tokStart
	return nil
}

func isHeaderWord(w string) bool { return w == "if" || w == "while" || w == "for" || w == "with" }

// close closes the innermost frame if c matches it; a stray closing bracket is left to the
// parser, which reports it, and closes nothing here.
func (s *gizmoScanner) close(c byte) error {
	s.i++
	f := s.top()
	want := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
	switch {
	case len(s.frames) > 1 && f.open == '$' && c == '}':
		s.pop()
		return s.templateText(s.i)
	case len(s.frames) == 1 || f.open != want:
		if c == '}' {
			s.prev = tokBrace
		} else {
			s.prev = tokValue
		}
		return nil
	}
	inner := *f
	s.pop()
	switch c {
	case ')':
		s.prev = tokValue
		if inner.header {
			s.prev = tokHeaderEnd
		}
		// A constant in parentheses is still a constant: its && and || run on.
		if inner.call || !inner.konst {
			s.nonConstant()
		} else if err := s.logic(s.i-1, inner.logic); err != nil {
			return err
		}
	case ']':
		s.prev = tokValue
	case '}':
		s.prev = tokBrace
	}
	return nil
}

func (s *gizmoScanner) pop() {
	f := s.top()
	s.depth -= f.count + f.elses
	s.frames = s.frames[:len(s.frames)-1]
}

// punctuators, longest first.
var punctuators = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
	"%=", "&=", "|=", "^=", "<<", ">>", "**",
}

// punctuator scans an operator or other punctuation.
func (s *gizmoScanner) punctuator(at int) error {
	p := s.src[s.i : s.i+1]
	for _, q := range punctuators {
		if strings.HasPrefix(s.src[s.i:], q) {
			p = q
			break
		}
	}
	if p == "?." && isDigit(s.peek(2)) {
		p = "?" // a ? b.5 : c is a conditional, not an optional chain
	}
	s.i += len(p)
	switch p {
	case ",", ";":
		s.reset()
		s.prev = tokStart
		return nil
	case ".":
		s.prev = tokDot
		return nil
	case "?.":
		// Each optional link wraps the chain in the syntax tree, unlike a plain ".".
		s.prev = tokDot
		return s.nest(at)
	case "++", "--":
		s.prev = tokIncDec
	case "&&", "||", "??":
		// Counted since the last operand that is not a constant: goja folds a run of them
		// in a time that doubles with each.
		s.prev = tokStart
		if err := s.logic(at, 1); err != nil {
			return err
		}
	default:
		s.prev = tokStart
	}
	return s.nest(at)
}
