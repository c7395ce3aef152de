// Package syntax gives the syntax of English news: sentences, tokens with UTF-8 byte
// offsets, lemmas, Universal Dependencies part-of-speech tags (UPOS) and Penn Treebank
// tags (XPOS), and labeled dependency trees in Universal Dependencies relations (nsubj,
// obj, obl:tmod, acl:relcl, ...).
//
// The pipeline is the one UDPipe and spaCy run, in stages a reader can follow, each in its
// own file with a small typed input and output:
//
//	text -> Tokenize (tokenize.go)     -> []Sentence with Words and their offsets
//	     -> Tagger.Tag (tagger.go)      -> UPOS and XPOS for every word
//	     -> Lemmatizer.Lemmatize (lemma.go) -> LEMMA
//	     -> Parser.Parse (parser.go)    -> HEAD and DEPREL
//
// Default().Parse runs them all with the embedded models (models/*.gz), loaded once per process
// on first use. A quoted phrase inside a sentence (scare quotes: a "sham" truce) is tagged
// and parsed without its marks, which then hang on the phrase's head (quotes.go); the marks
// of quoted speech stay in the models' view. On the EWT dev split this gains 0.03 LAS
// points; on news, where such phrases are common, it keeps whole sentences from being
// hung on the marks.
//
// The method is the non-neural one the field uses without a GPU: an averaged perceptron
// tagger (Collins 2002; Honnibal's "A good part-of-speech tagger in about 200 lines of
// Python") in two passes, the second reading the first pass's tags to the right, and a
// greedy arc-hybrid transition parser (Kuhlmann, Gómez-Rodríguez and Satta 2011) trained
// with the dynamic oracle and error exploration of Goldberg and Nivre (2013) on jackknifed
// tags, with feature templates after Zhang and Nivre (2011). Lemmas are suffix edit rules
// learned from the treebank per tag, with the treebank's irregular forms as a dictionary.
// Weights are stored sparse, quantized to 16 bits (perceptron.go).
//
// Beam search with a globally trained model (beam.go; max-violation updates, Huang et al.
// 2012) is there as a training option (train -beam K): on the EWT dev split a beam of 8
// gained about 0.4 UAS over the greedy parser for eight times the parsing time, so the
// embedded parser is greedy.
//
// The models are trained by `go run ./ingest/syntax/train` on the Universal Dependencies
// English Web Treebank (EWT) training split in ../shared/data/ud (CC BY-SA 4.0), widened
// with news-shaped trees rewritten from its own (train/augment.go), and the trained models
// are shared under the same licence. Nothing here reads the store: this package imports
// nothing of relgraph but itself.
//
// CoNLL-U (conllu.go) is read and written here too: it is how the treebank is read for
// training and how held-out treebanks are scored.
package syntax
