package syntax

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sync"
)

// The models trained by ./train on the UD English EWT training split (CC BY-SA 4.0), and
// shared under that licence.
//
//go:embed models/tagger.gz models/lemmatizer.gz models/parser.gz
var models embed.FS

// Pipeline runs the stages in order: Tokenize, Tagger, Lemmatizer, Parser. Its methods
// are safe for concurrent use: the models are read-only.
type Pipeline struct {
	Tagger     *Tagger
	Lemmatizer *Lemmatizer
	Parser     *Parser
}

var loaded struct {
	once sync.Once
	p    *Pipeline
	err  error
}

// Default returns the pipeline of the embedded models, decoding them on the first call
// (once per process; about a hundred milliseconds). The error, which only a broken
// build can give, names the model.
func Default() (*Pipeline, error) {
	loaded.once.Do(func() { loaded.p, loaded.err = LoadEmbedded() })
	return loaded.p, loaded.err
}

// LoadEmbedded decodes the embedded models afresh (Default keeps one copy; this is for
// measuring the load).
func LoadEmbedded() (*Pipeline, error) {
	var p Pipeline
	var errs [3]error
	var wg sync.WaitGroup
	load := func(i int, name string, read func(io.Reader) error) {
		defer wg.Done()
		f, err := models.Open("models/" + name) // read in place: ReadFile would copy it
		if err == nil {
			var zr *gzip.Reader
			if zr, err = gzip.NewReader(f); err == nil {
				err = read(zr)
			}
		}
		if err != nil {
			errs[i] = fmt.Errorf("syntax model %s: %w", name, err)
		}
	}
	wg.Add(3)
	go load(0, "tagger.gz", func(r io.Reader) (err error) { p.Tagger, err = ReadTagger(r); return })
	go load(1, "lemmatizer.gz", func(r io.Reader) (err error) { p.Lemmatizer, err = ReadLemmatizer(r); return })
	load(2, "parser.gz", func(r io.Reader) (err error) { p.Parser, err = ReadParser(r); return })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return &p, nil
}

// Parse splits text into sentences and words and gives every word its tags, lemma,
// head and relation. Offsets are UTF-8 byte offsets into text.
func (p *Pipeline) Parse(text string) []*Sentence {
	sents := Tokenize(text)
	for _, s := range sents {
		p.Annotate(s)
	}
	return sents
}

// Annotate fills UPOS, XPOS, LEMMA, HEAD and DEPREL of the words of s, keeping the
// words themselves as they are.
func (p *Pipeline) Annotate(s *Sentence) { p.AnnotateFixed(s, nil) }

// AnnotateFixed is Annotate with some words' joint tags ("UPOS/XPOS") known beforehand,
// as Tagger.TagFixed takes them: a caller that has recognized names ("Biden", "Xi
// Jinping") gives their words "PROPN/NNP", and the parser reads the sentence around them.
func (p *Pipeline) AnnotateFixed(s *Sentence, fixed []string) {
	if len(s.Words) == 0 || p.annotateUnquoted(s, fixed) {
		return
	}
	p.Tagger.TagFixed(s, fixed)
	p.Lemmatizer.Lemmatize(s)
	p.Parser.Parse(s)
}
