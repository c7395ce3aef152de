package syntax

// Word is one syntactic word of a sentence, the unit of a CoNLL-U word line.
//
// Start and End are UTF-8 byte offsets of the word's surface text in the text given to
// Tokenize (End exclusive); both are -1 for a word that has no span of its own there
// (words read from CoNLL-U without TokenRange). The words of a multiword token ("don't"
// -> "do" + "n't") each carry the span of their part of it when the split is a plain cut
// of the surface, else all of them carry the whole token's span.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // the word as written (for a multiword part, the part: "do", "n't")
	Lemma  string // "_" or empty when not known
	UPOS   string // Universal POS tag: NOUN, VERB, PROPN...
	XPOS   string // Penn Treebank tag: NN, VBD, NNP...
	Feats  string // morphological features, "_" when none
	Head   int    // ID of the head word, 0 for the root, -1 when not parsed
	DepRel string // UD relation with subtype: nsubj, obl:tmod, acl:relcl...
	Misc   string // the MISC column as read ("_" when empty)

	Start, End int  // byte offsets into the source text, -1 when unknown
	SpaceAfter bool // whether the source has white space after the word
}

// MultiwordToken is a CoNLL-U range line: one surface token ("don't") covering the
// words First..Last.
type MultiwordToken struct {
	First, Last int
	Form        string
	Misc        string
	Start, End  int
}

// Sentence is one sentence: its words in order, and what CoNLL-U says of it.
type Sentence struct {
	ID         string           // sent_id
	Text       string           // the sentence's text as in the source
	Start, End int              // byte offsets of the sentence in the source text, -1 when unknown
	Words      []Word           // Words[i].ID == i+1
	Multiwords []MultiwordToken // range lines, in order
	Comments   []string         // comment lines other than sent_id and text, without "# "
}
