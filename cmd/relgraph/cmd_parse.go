package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/ingest/syntax"
)

// maxParseInput bounds the plain text parse reads at once (its offsets are into the
// whole input, so it is read whole).
const maxParseInput = 64 << 20

type parseOptions struct {
	g      *globalOptions
	conllu bool
}

func newParseCommand(g *globalOptions) *cobra.Command {
	opts := &parseOptions{g: g}
	cmd := &cobra.Command{
		Use:   "parse [FILE|-]",
		Short: "Print the syntax of plain text as CoNLL-U: words, lemmas, tags and dependency trees",
		Long: `parse splits plain text (a file, or - or nothing for stdin) into sentences and words following
Universal Dependencies English conventions, and prints each sentence as CoNLL-U: the sentence id
and text as comments, then one line a word with its lemma, UPOS and Penn Treebank tags, its head
and its UD relation (nsubj, obj, obl, acl:relcl...). MISC gives every word's UTF-8 byte offsets
into the input as TokenRange=start:end, and SpaceAfter=No where no space follows.

With --conllu it reads CoNLL-U instead, keeps its words exactly as given (only ID and FORM need
be filled; other columns may be _), and fills UPOS, XPOS, LEMMA, HEAD and DEPREL: the way a
treebank is scored. A malformed sentence is named by line on stderr and skipped; the others are
written (exit 3).

The models are trained on the Universal Dependencies English Web Treebank (CC BY-SA 4.0).` + exitCodesHelp,
		Example: `  relgraph parse article.txt
  echo "Putin called Macron on Tuesday." | relgraph parse
  relgraph parse --conllu < blind.conllu > parsed.conllu`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd.Context(), opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.conllu, "conllu", false, "read CoNLL-U words (ID and FORM) and fill the other columns")
	return cmd
}

func runParse(ctx context.Context, opts *parseOptions, args []string) error {
	in, name, closeIn, err := openInput(ctx, opts.g.io, args, "text")
	if err != nil {
		return err
	}
	defer closeIn()
	p, err := syntax.Default()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(opts.g.io.Out, 1<<16)
	defer out.Flush()
	if opts.conllu {
		return parseCoNLLU(ctx, p, in, name, out, opts.g.io.ErrOut)
	}
	b, err := io.ReadAll(io.LimitReader(in, maxParseInput+1))
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe
		}
		return fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > maxParseInput {
		return fmt.Errorf("%s: more than %d MiB of text; split it into smaller files", name, maxParseInput>>20)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%s: binary data (a NUL byte at offset %d), not text; parse reads UTF-8 text", name, i)
	}
	if !utf8.Valid(b) {
		at := validPrefix(b)
		return fmt.Errorf("%s: not UTF-8 (byte 0x%02x at offset %d); convert it first, e.g. iconv -f latin1 -t utf-8", name, b[at], at)
	}
	text := string(b)
	n := 0
	for _, c := range parseChunks(text, parseChunk) {
		// A chunk at a time: memory stays a small multiple of the chunk, not of the input.
		for _, s := range syntax.Tokenize(text[c[0]:c[1]]) {
			if err := ctx.Err(); err != nil {
				return err
			}
			n++
			shiftSentence(s, c[0], n)
			p.Annotate(s)
			if err := syntax.WriteCoNLLU(out, []*syntax.Sentence{s}); err != nil {
				return err
			}
		}
	}
	return nil
}

// parseChunk is the most text parse tokenizes at once.
const parseChunk = 1 << 20

// parseChunks cuts text into pieces of at most max bytes (but for a line that has no
// space in it), each cut where a sentence surely ends if it can be: at a blank line, else
// at a line break, else at a space.
func parseChunks(text string, max int) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := len(text)
		if end-start > max {
			end = start + max
			window := text[start:end]
			cut := -1
			for _, sep := range []string{"\n\n", "\n", " "} {
				if i := strings.LastIndex(window, sep); i > max/2 {
					cut = start + i + len(sep)
					break
				}
			}
			if cut < 0 {
				if i := strings.IndexAny(text[end:], " \n"); i >= 0 {
					cut = end + i + 1
				} else {
					cut = len(text)
				}
			}
			end = cut
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// shiftSentence moves a chunk's sentence to the offsets of the whole input and numbers it.
func shiftSentence(s *syntax.Sentence, by, n int) {
	s.ID = strconv.Itoa(n)
	s.Start += by
	s.End += by
	for i := range s.Words {
		if s.Words[i].Start >= 0 {
			s.Words[i].Start += by
			s.Words[i].End += by
		}
	}
	for i := range s.Multiwords {
		if s.Multiwords[i].Start >= 0 {
			s.Multiwords[i].Start += by
			s.Multiwords[i].End += by
		}
	}
}

// validPrefix returns the length of b's longest valid UTF-8 prefix.
func validPrefix(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// parseCoNLLU streams CoNLL-U sentences through the pipeline, keeping their words.
func parseCoNLLU(ctx context.Context, p *syntax.Pipeline, in io.Reader, name string, out io.Writer, errOut io.Writer) error {
	r := syntax.NewCoNLLUReader(in)
	failed, n := 0, 0 // n counts every sentence read, the skipped ones too
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		var ce *syntax.CoNLLUError
		if errors.As(err, &ce) {
			failed++
			n++
			fmt.Fprintf(errOut, "relgraph: %s:%d: %s; fix the sentence or remove it (it was skipped)\n", name, ce.Line, ce.Msg)
			continue
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		n++
		if s.ID == "" {
			s.ID = strconv.Itoa(n)
		}
		p.Annotate(s)
		if err := syntax.WriteCoNLLU(out, []*syntax.Sentence{s}); err != nil {
			return err
		}
	}
	if failed > 0 {
		return &partialError{failed: failed}
	}
	return nil
}
