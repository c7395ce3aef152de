package extract

import "strings"

// Closed word classes the word-order helpers read (events.go): the trigger lexicon itself
// is data (lexicon/*.txt, frames.go).

// contactNouns name a contact, with its mode, for "their first call since 2022"
// (impliedEvents).
var contactNouns = map[string]string{
	"talks": "meeting", "conversation": "phone", "call": "phone", "meeting": "meeting",
	"discussions": "meeting", "consultations": "meeting", "summit": "meeting", "negotiations": "meeting",
	"conversations": "phone", "calls": "phone", "meetings": "meeting", "contacts": "",
}

// emphasisVerbs before "that" end an object phrase like a speech verb.
var emphasisVerbs = map[string]bool{
	"stress": true, "stressed": true, "stresses": true, "stressing": true, "underscore": true, "underscored": true,
	"underscores": true, "underscoring": true, "emphasize": true, "emphasized": true, "emphasizes": true,
	"emphasizing": true, "emphasise": true, "emphasised": true, "highlight": true, "highlighted": true,
	"highlights": true, "highlighting": true, "reiterate": true, "reiterated": true, "reiterates": true,
	"reiterating": true, "affirm": true, "affirmed": true, "reaffirmed": true, "reaffirm": true,
}

// determiners before a word make it a noun ("a visit", "the attack").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "of": true, "any": true, "no": true, "s": true,
	"every": true, "each": true, "such": true, "first": true, "new": true, "recent": true, "further": true,
}

// clauseBreaks end the search for an object.
var clauseBreaks = map[string]bool{
	";": true, ":": true, ".": true, "that": true, "which": true, "who": true, "but": true, "while": true,
	"because": true, "although": true, "after": true, "before": true, "when": true, "as": true, "if": true,
	"where": true, "whose": true, "whom": true, "whereas": true,
}

// third is the third person singular of a verb lemma.
func third(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") && !strings.HasSuffix(v, "ey") && !strings.HasSuffix(v, "oy"):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// gerund is the -ing form of a verb lemma whose past is past.
func gerund(v, past string) string {
	// Doubled consonant in the past doubles in the gerund: "expelled" -> "expelling".
	if strings.HasSuffix(past, "ed") && len(past) == len(v)+3 && past[len(v)] == v[len(v)-1] {
		return v + v[len(v)-1:] + "ing"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}
