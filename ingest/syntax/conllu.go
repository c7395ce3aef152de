package syntax

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxCoNLLULine bounds one line of CoNLL-U input; a longer line is an error, not a crash.
const maxCoNLLULine = 1 << 20

// CoNLLUError is a malformed line of CoNLL-U input.
type CoNLLUError struct {
	Line int    // 1-based line number
	Msg  string // what is wrong with it
}

func (e *CoNLLUError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// CoNLLUReader reads sentences from CoNLL-U (https://universaldependencies.org/format.html)
// one at a time. Empty nodes (decimal IDs, enhanced graphs only) are skipped; the DEPS
// column is not kept. Columns other than ID and FORM may be "_" or left out: a word whose
// HEAD is "_" gets Head -1. A UTF-8 byte order mark before the first line is skipped.
type CoNLLUReader struct {
	br   *bufio.Reader
	line int
	eof  bool
	// pending holds comments of a block that had no words (a "# newdoc" line followed by
	// a blank line): they belong to the next sentence.
	pending []string
}

// NewCoNLLUReader returns a reader of r.
func NewCoNLLUReader(r io.Reader) *CoNLLUReader {
	return &CoNLLUReader{br: bufio.NewReaderSize(r, 64<<10)}
}

// readLine returns the next line without its line ending. A line longer than
// maxCoNLLULine is read to its end and dropped, and reported with tooLong.
func (r *CoNLLUReader) readLine() (line string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, isPrefix, err := r.br.ReadLine()
		if err != nil {
			if err == io.EOF && (len(buf) > 0 || tooLong) {
				break
			}
			return "", false, err
		}
		if !tooLong {
			if len(buf)+len(chunk) > maxCoNLLULine {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if !isPrefix {
			break
		}
	}
	r.line++
	if r.line == 1 {
		buf = bytes.TrimPrefix(buf, []byte("\xef\xbb\xbf"))
	}
	return string(buf), tooLong, nil
}

// Next returns the next sentence, or io.EOF after the last. A malformed line gives a
// *CoNLLUError naming it, and the rest of its sentence is skipped; reading may go on
// with the next sentence.
func (r *CoNLLUReader) Next() (*Sentence, error) {
	var s *Sentence
	var bad error
	for {
		line, tooLong, err := r.readLine()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" && !tooLong {
			if bad != nil {
				return nil, bad
			}
			if s == nil {
				continue
			}
			if len(s.Words) == 0 {
				r.pending = append(r.pending, s.Comments...) // comments with no sentence
				s = nil
				continue
			}
			return s, r.finish(s)
		}
		if s == nil {
			s = &Sentence{Start: -1, End: -1, Comments: r.pending}
			r.pending = nil
		}
		if bad != nil {
			continue // skip the rest of a bad sentence
		}
		if tooLong {
			bad = &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("line longer than %d bytes", maxCoNLLULine)}
			continue
		}
		if strings.HasPrefix(line, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(line, "#"))
			switch {
			case strings.HasPrefix(c, "sent_id ="):
				s.ID = strings.TrimSpace(strings.TrimPrefix(c, "sent_id ="))
			case strings.HasPrefix(c, "text ="):
				s.Text = strings.TrimSpace(strings.TrimPrefix(c, "text ="))
			default:
				s.Comments = append(s.Comments, c)
			}
			continue
		}
		if err := r.word(s, line); err != nil {
			bad = err
		}
	}
	if bad != nil {
		return nil, bad
	}
	if s == nil || len(s.Words) == 0 {
		return nil, io.EOF
	}
	return s, r.finish(s)
}

// finish checks what can only be checked at the end of a sentence.
func (r *CoNLLUReader) finish(s *Sentence) error {
	for _, m := range s.Multiwords {
		if m.Last > len(s.Words) {
			return &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("multiword range %d-%d runs past the sentence's last word %d", m.First, m.Last, len(s.Words))}
		}
	}
	return nil
}

func (r *CoNLLUReader) word(s *Sentence, line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		if len(cols) >= 2 && len(cols) < 10 {
			// Tolerate ID and FORM only, the rest left out (the pre-tokenized input of
			// "parse --conllu"), but not a line that has lost its tabs.
			for len(cols) < 10 {
				cols = append(cols, "_")
			}
		} else {
			return &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("want ID and FORM and at most 10 tab-separated columns, got %d column(s)", len(cols))}
		}
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // an empty node of the enhanced graph
	}
	if i := strings.IndexByte(id, '-'); i > 0 {
		first, err1 := strconv.Atoi(id[:i])
		last, err2 := strconv.Atoi(id[i+1:])
		if err1 != nil || err2 != nil || last < first || first != len(s.Words)+1 {
			return &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("bad multiword range %q", id)}
		}
		s.Multiwords = append(s.Multiwords, MultiwordToken{First: first, Last: last, Form: cols[1], Misc: cols[9], Start: -1, End: -1})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("word ID %q out of sequence (want %d)", id, len(s.Words)+1)}
	}
	if cols[1] == "" {
		return &CoNLLUError{Line: r.line, Msg: "empty FORM"}
	}
	w := Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: -1, DepRel: cols[7], Misc: cols[9], Start: -1, End: -1, SpaceAfter: true}
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return &CoNLLUError{Line: r.line, Msg: fmt.Sprintf("bad HEAD %q", cols[6])}
		}
		w.Head = h
	}
	for _, m := range strings.Split(cols[9], "|") {
		switch {
		case m == "SpaceAfter=No":
			w.SpaceAfter = false
		case strings.HasPrefix(m, "TokenRange="):
			if a, b, ok := strings.Cut(strings.TrimPrefix(m, "TokenRange="), ":"); ok {
				x, e1 := strconv.Atoi(a)
				y, e2 := strconv.Atoi(b)
				if e1 == nil && e2 == nil && x <= y {
					w.Start, w.End = x, y
				}
			}
		}
	}
	s.Words = append(s.Words, w)
	return nil
}

// Validate checks that every head is in range and that the heads form one tree rooted
// at 0. It returns nil for a sentence whose heads are unset (all -1).
func (s *Sentence) Validate() error {
	roots := 0
	for _, w := range s.Words {
		if w.Head < 0 {
			return nil
		}
		if w.Head > len(s.Words) || w.Head == w.ID {
			return fmt.Errorf("word %d: head %d out of range", w.ID, w.Head)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots, want 1", roots)
	}
	for _, w := range s.Words {
		seen := 0
		for h := w.Head; h != 0; h = s.Words[h-1].Head {
			if seen++; seen > len(s.Words) {
				return fmt.Errorf("word %d: cycle", w.ID)
			}
		}
	}
	return nil
}

// WriteCoNLLU writes sentences as CoNLL-U: sent_id and text comments, multiword range
// lines, and for every token and word with a source span TokenRange=start:end in MISC
// (UTF-8 byte offsets, end exclusive; with SpaceAfter=No where it applies, on the
// multiword token's line for its words). Empty fields are written "_".
func WriteCoNLLU(w io.Writer, sents []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, s)
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString("# " + c + "\n")
	}
	if s.ID != "" {
		bw.WriteString("# sent_id = " + s.ID + "\n")
	}
	if s.Text != "" {
		bw.WriteString("# text = " + oneLine(s.Text) + "\n")
	}
	mw := 0
	for i := range s.Words {
		wd := &s.Words[i]
		for mw < len(s.Multiwords) && s.Multiwords[mw].First == wd.ID {
			m := s.Multiwords[mw]
			misc := m.Misc
			if m.Start >= 0 {
				misc = tokenMisc(misc, m.Start, m.End, !hasSpaceAfterNo(misc) && s.Words[m.Last-1].SpaceAfter)
			}
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), field(misc))
			mw++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		misc := wd.Misc
		if wd.Start >= 0 {
			if inMultiword(s, wd.ID) {
				// The part's own span; spacing belongs to the multiword token's line.
				misc = tokenMisc(misc, wd.Start, wd.End, !hasSpaceAfterNo(misc))
			} else {
				misc = tokenMisc(misc, wd.Start, wd.End, wd.SpaceAfter)
			}
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", wd.ID, field(wd.Form), field(wd.Lemma),
			field(wd.UPOS), field(wd.XPOS), field(wd.Feats), head, field(wd.DepRel), field(misc))
	}
	bw.WriteString("\n")
}

func inMultiword(s *Sentence, id int) bool {
	for _, m := range s.Multiwords {
		if id >= m.First && id <= m.Last {
			return true
		}
	}
	return false
}

func hasSpaceAfterNo(misc string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == "SpaceAfter=No" {
			return true
		}
	}
	return false
}

// tokenMisc sets TokenRange and SpaceAfter in a MISC value, keeping its other items.
func tokenMisc(misc string, start, end int, spaceAfter bool) string {
	var keep []string
	for _, m := range strings.Split(misc, "|") {
		if m == "" || m == "_" || strings.HasPrefix(m, "TokenRange=") || m == "SpaceAfter=No" {
			continue
		}
		keep = append(keep, m)
	}
	if !spaceAfter {
		keep = append(keep, "SpaceAfter=No")
	}
	keep = append(keep, fmt.Sprintf("TokenRange=%d:%d", start, end))
	return strings.Join(keep, "|")
}

// field is a CoNLL-U column value: "_" for empty, and no tab or newline inside.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ReadCoNLLU reads every sentence of r; an error names the line.
func ReadCoNLLU(r io.Reader) ([]*Sentence, error) {
	cr := NewCoNLLUReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}
