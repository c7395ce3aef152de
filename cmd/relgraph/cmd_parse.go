package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/ingest"
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
	in := opts.g.io.In
	name := "-"
	if len(args) == 1 && args[0] != "-" {
		f, err := ingest.OpenFile(ctx, args[0], "an article")
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		defer f.Close()
		in, name = f, args[0]
	}
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
		return fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > maxParseInput {
		return fmt.Errorf("%s: more than %d MiB of text; split it into smaller files", name, maxParseInput>>20)
	}
	for _, s := range syntax.Tokenize(string(b)) {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Annotate(s)
		if err := syntax.WriteCoNLLU(out, []*syntax.Sentence{s}); err != nil {
			return err
		}
	}
	return nil
}

// parseCoNLLU streams CoNLL-U sentences through the pipeline, keeping their words.
func parseCoNLLU(ctx context.Context, p *syntax.Pipeline, in io.Reader, name string, out io.Writer, errOut io.Writer) error {
	r := syntax.NewCoNLLUReader(in)
	failed, n := 0, 0
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
