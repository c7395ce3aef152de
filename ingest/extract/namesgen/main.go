// Command namesgen writes ingest/extract/names/common.txt: the common words of English,
// learned from a Universal Dependencies treebank. A word is common when the treebank writes
// it at least -min times and tags it a proper noun (PROPN) less than one time in ten, so
// that a capitalized word at the opening of a sentence that is one of them ("Sales",
// "Peace") is not taken for a name.
//
// The list shipped is built from the UD English EWT train split (CC BY-SA 4.0; see
// ../shared/data/README.md), and is shared under the same licence:
//
//	go run ./ingest/extract/namesgen -conllu ../shared/data/ud/en_ewt-ud-train.conllu \
//	    -out ingest/extract/names/common.txt
//
// The output depends only on the treebank: words are counted and written in sorted order.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("namesgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conllu := fs.String("conllu", "", "the treebank to learn from, CoNLL-U (required)")
	out := fs.String("out", "", "the list to write (default: standard output)")
	minCount := fs.Int("min", 3, "how many times a word must occur, in any case, to be listed")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *conllu == "" {
		fmt.Fprintln(stderr, "namesgen: -conllu is required; give the UD English EWT train file")
		return 2
	}
	words, err := commonWords(*conllu, *minCount)
	if err != nil {
		fmt.Fprintf(stderr, "namesgen: %v\n", err)
		return 1
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "namesgen: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Common words of English, one a line in lower case: words the UD English EWT treebank")
	fmt.Fprintln(bw, "# (train split; Universal Dependencies, CC BY-SA 4.0) writes at least", *minCount, "times and tags PROPN")
	fmt.Fprintln(bw, "# less than one time in ten. Built by ingest/extract/namesgen; shared under CC BY-SA 4.0.")
	fmt.Fprintln(bw, "# Read by ingest/extract/names.go. Do not edit: rebuild.")
	for _, x := range words {
		fmt.Fprintln(bw, x)
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "namesgen: %v\n", err)
		return 1
	}
	return 0
}

// commonWords counts the alphabetic word forms of a CoNLL-U file in lower case, apart for
// PROPN and for every other tag, and returns those common enough and seldom proper, sorted.
func commonWords(path string, minCount int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	other, proper := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%s:%d: want 10 columns, got %d", path, n, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") || !alphabetic(cols[1]) {
			continue // multiword tokens, empty nodes, numbers and punctuation
		}
		w := strings.ToLower(cols[1])
		if cols[3] == "PROPN" {
			proper[w]++
		} else {
			other[w]++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []string
	for w, c := range other {
		if c >= minCount && proper[w]*10 < c {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out, nil
}

func alphabetic(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
