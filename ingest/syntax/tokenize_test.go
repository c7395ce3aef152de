package syntax

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// tokRender shows sentences as a test wants them: one string a sentence, its words joined
// by spaces, the words of a multiword token in brackets ("I [do n't] know .").
func tokRender(sents []*Sentence) []string {
	var out []string
	for _, s := range sents {
		var b strings.Builder
		mw := 0
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			if mw < len(s.Multiwords) && s.Multiwords[mw].First == w.ID {
				b.WriteByte('[')
			}
			b.WriteString(w.Form)
			if mw < len(s.Multiwords) && s.Multiwords[mw].Last == w.ID {
				b.WriteByte(']')
				mw++
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"empty", "", nil},
		{"white space only", " \n\t \r\n  \u00a0", nil},
		{"clitics", "I'm sure they don't know what Bush's aides can't say.",
			[]string{"[I 'm] sure they [do n't] know what [Bush 's] aides [ca n't] say ."}},
		{"cannot won't gonna", "We cannot wait, we won't wait and we're gonna go.",
			[]string{"We [can not] wait , we [wo n't] wait and [we 're] [gon na] go ."}},
		{"more clitics", "You'll see I'd've called; they've gone, he'd left, y'all.",
			[]string{"[You 'll] see [I 'd 've] called ; [they 've] gone , [he 'd] left , y'all ."}},
		{"curly apostrophes", "It’s Maria’s car and she didn’t lend it.",
			[]string{"[It ’s] [Maria ’s] car and she [did n’t] lend it ."}},
		{"no apostrophe", "I dont think its a good idea, but its price is fine.",
			[]string{"I [do nt] think [it s] a good idea , but its price is fine ."}},
		{"plural possessive", "The players' union met in Lyon.",
			[]string{"The [players '] union met in Lyon ."}},
		{"names with apostrophes", "O'Brien met the Shi'ite leader in the '90s.",
			[]string{"O'Brien met the Shi'ite leader in the '90s ."}},
		{"U.S. mid-sentence", "The U.S. Navy sent two ships to the region.",
			[]string{"The U.S. Navy sent two ships to the region ."}},
		{"U.S. ends a sentence", "The ships returned to the U.S. They were repaired there.",
			[]string{"The ships returned to the U.S .", "They were repaired there ."}},
		{"U.S. ends the text", "The ships returned to the U.S.",
			[]string{"The ships returned to the U.S ."}},
		{"date with abbreviation", "The vote took place on Nov. 2, 2006, in Ohio.",
			[]string{"The vote took place on Nov. 2 , 2006 , in Ohio ."}},
		{"titles", "Lt. Gen. Michael Flynn met Mr. Lavrov and Dr. Rice at St. Mark's.",
			[]string{"Lt. Gen. Michael Flynn met Mr. Lavrov and Dr. Rice at St. [Mark 's] ."}},
		{"initials and e.g.", "Maria T. Lopez chose a few, e.g. the red ones, at 9 a.m. today.",
			[]string{"Maria T. Lopez chose a few , e.g. the red ones , at 9 a.m. today ."}},
		{"company abbreviations", "Shares of Acme Inc. and Zenith Corp. fell.",
			[]string{"Shares of Acme Inc. and Zenith Corp. fell ."}},
		{"number abbreviation", "He wore No. 5 and said no.",
			[]string{"He wore No. 5 and said no ."}},
		{"hyphen compounds", "A 15-year-old co-worker gave a non-stop, well-known pre-war talk by e-mail.",
			[]string{"A 15 - year - old co-worker gave a non-stop , well - known pre-war talk by e-mail ."}},
		{"numbers with hyphens and slashes", "Call 555-201-3344 on 12/03/2019 about the 1987-1988 season and 3/4 of it.",
			[]string{"Call 555-201-3344 on 12/03/2019 about the 1987 - 1988 season and 3 / 4 of it ."}},
		{"money and percent", "Profits rose 5% to $5.5 billion, or 1,283 yen a share.",
			[]string{"Profits rose 5 % to $ 5.5 billion , or 1,283 yen a share ."}},
		{"numbers with units", "We left at 5pm with a 35mm camera and 1970s music on the 2nd day.",
			[]string{"We left at 5 pm with a 35 mm camera and 1970s music on the 2nd day ."}},
		{"quotes", `"We will win," she said. 'Maybe,' he said.`,
			[]string{`" We will win , " she said .`, `' Maybe , ' he said .`}},
		{"question in quotes", `"Are you sure?" he asked. "Yes!" She left.`,
			[]string{`" Are you sure ? " he asked .`, `" Yes ! "`, "She left ."}},
		{"curly quotes", "He called it “a disaster.” Then he left.",
			[]string{"He called it “ a disaster . ”", "Then he left ."}},
		{"brackets", "The plan (which failed) cost [about] $3 {sic}.",
			[]string{"The plan ( which failed ) cost [ about ] $ 3 { sic } ."}},
		{"ellipsis and double dash", "Wait... the plan -- or what was left of it -- failed.",
			[]string{"Wait ... the plan -- or what was left of it -- failed ."}},
		{"question and exclamation", "Did it work? No! It failed?! Really.",
			[]string{"Did it work ?", "No !", "It failed ?!", "Really ."}},
		{"lower-case sentence start", "it was late. we went home.",
			[]string{"it was late .", "we went home ."}},
		{"url and e-mail", "See https://example.com/a_b?x=1&y=2. Or write to ann.lee@example.org, please.",
			[]string{"See https://example.com/a_b?x=1&y=2 .", "Or write to ann.lee@example.org , please ."}},
		{"url in brackets", "(see www.example.com/page) and <bob@example.net>",
			[]string{"( see www.example.com/page ) and < bob@example.net >"}},
		{"emoticon", "That was fun :) We should go again!",
			[]string{"That was fun :)", "We should go again !"}},
		{"paragraph break", "A headline without a period\n\nThe body starts here",
			[]string{"A headline without a period", "The body starts here"}},
		{"title-case headline", "Storm Hits Coastal Towns in the North\nHeavy rain fell on Tuesday across the coast.",
			[]string{"Storm Hits Coastal Towns in the North", "Heavy rain fell on Tuesday across the coast ."}},
		{"sentence-case headline", "Storm damages homes in north\nHeavy rain fell on Tuesday across the northern coast, flooding roads and homes, officials said.",
			[]string{"Storm damages homes in north", "Heavy rain fell on Tuesday across the northern coast , flooding roads and homes , officials said ."}},
		{"line ending in a period", "The talks ended.\nBoth sides went home.",
			[]string{"The talks ended .", "Both sides went home ."}},
		{"hard-wrapped prose", "The minister said on Tuesday that the new rules would take\neffect next year, and that talks with President\nLula on the matter would resume in the spring.",
			[]string{"The minister said on Tuesday that the new rules would take effect next year , and that talks with President Lula on the matter would resume in the spring ."}},
		{"wrapped capitalized line", "The talks drew delegates from the\nUnited Nations and the European Union\nCommission, officials said.",
			[]string{"The talks drew delegates from the United Nations and the European Union Commission , officials said ."}},
		{"paragraph a line, with a caption and a mid-story headline",
			"Harbour workers in the southern port of Valdora stayed away from the docks for a third day on Monday, as talks over pay stalled (Photo)\nUnion leaders met the port authority in the afternoon.\nTalks stall over night shifts\nThe two sides said they would meet again later in the week to look at the rota for the night shifts and the bonus.",
			[]string{"Harbour workers in the southern port of Valdora stayed away from the docks for a third day on Monday , as talks over pay stalled ( Photo )",
				"Union leaders met the port authority in the afternoon .", "Talks stall over night shifts",
				"The two sides said they would meet again later in the week to look at the rota for the night shifts and the bonus ."}},
		{"a run of headlines", "Dockers end strike in Valdora\nRail fares rise by a tenth\nPort of Senra opens new berth",
			[]string{"Dockers end strike in Valdora", "Rail fares rise by a tenth", "Port of Senra opens new berth"}},
		{"headline over a short body", "Mayors agree on river plan\nThe plan takes effect in May.",
			[]string{"Mayors agree on river plan", "The plan takes effect in May ."}},
		{"separator line", "Rain is expected.\n-\nThe photo shows the harbour at dawn",
			[]string{"Rain is expected .", "-", "The photo shows the harbour at dawn"}},
		{"bulleted list", "Bring these:\n- a tent\n- a stove",
			[]string{"Bring these :", "- a tent", "- a stove"}},
		{"hard-wrapped after a comma", "Officials in the capital,\nParis, said nothing.",
			[]string{"Officials in the capital , Paris , said nothing ."}},
		{"dateline", "BEIJING, Nov. 2 (Xinhua) -- China said on Friday that trade grew.",
			[]string{"BEIJING , Nov. 2 ( Xinhua ) --", "China said on Friday that trade grew ."}},
		{"dateline with agency", "CAIRO (AFP) - Egypt opened the talks.",
			[]string{"CAIRO ( AFP ) -", "Egypt opened the talks ."}},
		{"non-ASCII", "Café owners in Zürich said “no” — again…",
			[]string{"Café owners in Zürich said “ no ” — again …"}},
		{"numbered list", "1. The first point is this.",
			[]string{"1 . The first point is this ."}},
		{"e-mail header time", "Ann Lee 03/05/2019 10:15 AM Will you send it?",
			[]string{"Ann Lee", "03/05/2019 10:15 AM", "Will you send it ?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.input)
			tokCheck(t, tt.input, got)
			if g := tokRender(got); !tokSameStrings(g, tt.want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.input, g, tt.want)
			}
		})
	}
}

func tokSameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTokenizeOffsets checks byte offsets through multi-byte characters.
func TestTokenizeOffsets(t *testing.T) {
	text := "Zoë’s café — “ok”.\n\nNext"
	sents := Tokenize(text)
	tokCheck(t, text, sents)
	type span struct {
		form       string
		start, end int
		space      bool
	}
	var got []span
	for _, s := range sents {
		for _, w := range s.Words {
			got = append(got, span{w.Form, w.Start, w.End, w.SpaceAfter})
		}
	}
	want := []span{
		{"Zoë", 0, 4, false}, {"’s", 4, 8, true}, {"café", 9, 14, true}, {"—", 15, 18, true},
		{"“", 19, 22, false}, {"ok", 22, 24, false}, {"”", 24, 27, false}, {".", 27, 28, true},
		{"Next", 30, 34, true},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("words\n got %v\nwant %v", got, want)
	}
	if len(sents) != 2 || sents[0].Text != "Zoë’s café — “ok”." || sents[1].Start != 30 {
		t.Errorf("sentences %q", tokRender(sents))
	}
	if m := sents[0].Multiwords; len(m) != 1 || m[0].Form != "Zoë’s" || m[0].Start != 0 || m[0].End != 8 ||
		m[0].First != 1 || m[0].Last != 2 {
		t.Errorf("multiword tokens %+v", m)
	}
}

// TestTokenizeMaxSentenceWords checks that a long run without sentence ends is cut,
// preferably after a comma.
func TestTokenizeMaxSentenceWords(t *testing.T) {
	var b strings.Builder
	for i := range 3 * MaxSentenceWords {
		b.WriteString("word")
		if i%50 == 49 {
			b.WriteString(",")
		}
		b.WriteString(" ")
	}
	text := b.String()
	sents := Tokenize(text)
	tokCheck(t, text, sents)
	if len(sents) < 3 {
		t.Fatalf("%d sentences, want at least 3", len(sents))
	}
	for _, s := range sents[:len(sents)-1] {
		if last := s.Words[len(s.Words)-1].Form; last != "," {
			t.Errorf("sentence %s ends in %q, want a comma", s.ID, last)
		}
	}
}

// TestTokenizeLongLine tokenizes 5 MB on one line with no punctuation, and one word of
// 1 MB. Tokenize is linear; the time is logged, not judged.
func TestTokenizeLongLine(t *testing.T) {
	words := strings.Repeat("lorem ipsum dolor sit amet ", 5<<20/27)
	oneWord := strings.Repeat("a", 1<<20) + "'s " + strings.Repeat("-", 1<<20) + " " + strings.Repeat("x.", 1<<19)
	for name, text := range map[string]string{"words": words, "one word": oneWord} {
		start := time.Now()
		sents := Tokenize(text)
		t.Logf("%s: %d bytes, %d sentences in %v", name, len(text), len(sents), time.Since(start))
		tokCheck(t, text, sents)
	}
}

// tokCheck checks what Tokenize promises of every result: sentences and words
// in order without overlaps, spans that are their text, IDs in sequence, multiword
// tokens over their words, every non-space character in a word, and no sentence longer
// than MaxSentenceWords.
func tokCheck(t testing.TB, text string, sents []*Sentence) {
	t.Helper()
	covered := 0 // bytes of text in words
	prevEnd := 0
	for i, s := range sents {
		if s.ID != fmt.Sprint(i+1) {
			t.Fatalf("sentence %d has ID %q", i+1, s.ID)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) || s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %s: span %d:%d after %d, text %q", s.ID, s.Start, s.End, prevEnd, s.Text)
		}
		if len(s.Words) == 0 || len(s.Words) > MaxSentenceWords {
			t.Fatalf("sentence %s has %d words", s.ID, len(s.Words))
		}
		if s.Words[0].Start != s.Start || s.Words[len(s.Words)-1].End != s.End {
			t.Fatalf("sentence %s: span %d:%d but words %d:%d", s.ID, s.Start, s.End, s.Words[0].Start, s.Words[len(s.Words)-1].End)
		}
		wordEnd := s.Start
		for j, w := range s.Words {
			if w.ID != j+1 || w.Head != -1 || w.Lemma != "" || w.UPOS != "" || w.DepRel != "" {
				t.Fatalf("sentence %s word %d: %+v", s.ID, j+1, w)
			}
			if w.Start < wordEnd || w.End <= w.Start || w.End > s.End || text[w.Start:w.End] != w.Form {
				t.Fatalf("sentence %s word %d %q: span %d:%d after %d", s.ID, w.ID, w.Form, w.Start, w.End, wordEnd)
			}
			if strings.IndexFunc(w.Form, isTokSpace) >= 0 {
				t.Fatalf("sentence %s word %d %q has white space", s.ID, w.ID, w.Form)
			}
			if space := w.End == len(text) || isTokSpace(tokFirst(text[w.End:])) || j == len(s.Words)-1; space != w.SpaceAfter && !inMultiword(s, w.ID) {
				t.Fatalf("sentence %s word %d %q: SpaceAfter %v", s.ID, w.ID, w.Form, w.SpaceAfter)
			}
			covered += w.End - w.Start
			wordEnd = w.End
		}
		lastMW := 0
		for _, m := range s.Multiwords {
			if m.First <= lastMW || m.First >= m.Last || m.Last > len(s.Words) || text[m.Start:m.End] != m.Form {
				t.Fatalf("sentence %s: bad multiword token %+v", s.ID, m)
			}
			if s.Words[m.First-1].Start != m.Start || s.Words[m.Last-1].End != m.End {
				t.Fatalf("sentence %s: multiword token %+v does not span its words", s.ID, m)
			}
			for id := m.First; id < m.Last; id++ {
				if s.Words[id-1].End != s.Words[id].Start || s.Words[id-1].SpaceAfter {
					t.Fatalf("sentence %s: multiword token %+v is not cut into its words", s.ID, m)
				}
			}
			lastMW = m.Last
		}
		prevEnd = s.End
	}
	nonSpace := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isTokSpace(r) {
			nonSpace += n
		}
		i += n
	}
	if covered != nonSpace {
		t.Fatalf("words cover %d bytes, the text has %d bytes that are not white space", covered, nonSpace)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, seed := range []string{
		"I don't know. The U.S. Army -- e.g. in Nov. 2 -- can't (won't) say \"why\".",
		"BEIJING, Nov. 2 (Xinhua) -- Storm Hits Town\nRain fell.\n\nNext…",
		"Zoë’s café: http://x.y/z?a=(b). joh...@mail.com $5.5 1,283 15-year '90s parents' y'all",
		"''``‘’ ... .. ?! :-) <<>> ---- **** 555-201-3344 12/03/2019 7:30PM its a",
		"\xff\xfe a\u200bb \u2029 c\r\nd",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tokCheck(t, text, Tokenize(text))
	})
}

// TestTokenizeDev scores Tokenize on the raw text of the EWT development split as the
// CoNLL 2018 shared task scored tokenizers. UDPipe 1.2 has about 0.99 tokens and 0.75
// sentences on EWT.
func TestTokenizeDev(t *testing.T) {
	gold := readSplit(t, "dev")
	text := RawText(gold)
	pred := Tokenize(text)
	tokCheck(t, text, pred)
	score := ScoreTokenization(gold, text, pred)
	if score.Unplaced > 0 {
		t.Errorf("%d gold tokens not found in the raw text", score.Unplaced)
	}
	t.Logf("EWT dev: tokens F1 %.4f, words F1 %.4f, sentences F1 %.4f (%d gold sentences, %d predicted)",
		score.Tokens, score.Words, score.Sentences, score.GoldSentences, score.PredSentences)
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"tokens", score.Tokens, 0.993},
		{"words", score.Words, 0.990},
		{"sentences", score.Sentences, 0.86},
	} {
		if c.got < c.floor {
			t.Errorf("%s F1 %.4f, below %.3f", c.name, c.got, c.floor)
		}
	}
}

func TestScoreTokenization(t *testing.T) {
	text := "I don't know.  It's late."
	gold := Tokenize(text)
	if s := ScoreTokenization(gold, text, gold); s.Tokens != 1 || s.Words != 1 || s.Sentences != 1 {
		t.Errorf("gold against itself: %+v", s)
	}
	// The same text as one sentence with "don't" and "It's" whole.
	pred := []*Sentence{{ID: "1", Words: []Word{
		{ID: 1, Form: "I", Start: 0, End: 1}, {ID: 2, Form: "don't", Start: 2, End: 7},
		{ID: 3, Form: "know", Start: 8, End: 12}, {ID: 4, Form: ".", Start: 12, End: 13},
		{ID: 5, Form: "It's", Start: 15, End: 19}, {ID: 6, Form: "late", Start: 20, End: 24},
		{ID: 7, Form: ".", Start: 24, End: 25},
	}}}
	// Gold: 7 tokens, 9 words, 2 sentences; all tokens match, 5 words, no sentence.
	s := ScoreTokenization(gold, text, pred)
	if s.GoldTokens != 7 || s.GoldWords != 9 || s.PredWords != 7 || s.Tokens != 1 || s.Words != 10.0/16 || s.Sentences != 0 {
		t.Errorf("score %+v", s)
	}
	// Gold words without spans are found in the text.
	noSpans := []*Sentence{{ID: "g1", Words: []Word{{ID: 1, Form: "I", Start: -1, End: -1},
		{ID: 2, Form: "do", Start: -1, End: -1}, {ID: 3, Form: "n't", Start: -1, End: -1}}}}
	noSpans[0].Multiwords = []MultiwordToken{{First: 2, Last: 3, Form: "don't", Start: -1, End: -1}}
	if s := ScoreTokenization(noSpans, "I don't", Tokenize("I don't")); s.Words != 1 || s.Tokens != 1 || s.Sentences != 1 || s.Unplaced != 0 {
		t.Errorf("gold without spans: %+v", s)
	}
	if s := ScoreTokenization(noSpans, "I do not", Tokenize("I do not")); s.Unplaced != 1 || s.Tokens != 0.4 {
		t.Errorf("gold that is not in the text: %+v", s)
	}
}

func TestTokenizerWordLists(t *testing.T) {
	if _, err := loadTokLexicon(); err != nil {
		t.Fatal(err)
	}
	err := readWordList("units.txt", func(f []string) error {
		if f[0] == "pm" {
			return errors.New("not wanted")
		}
		return nil
	})
	var wl *WordListError
	if !errors.As(err, &wl) || wl.File != "lexicon/units.txt" || wl.Line < 2 || !strings.Contains(err.Error(), "lexicon/units.txt:") {
		t.Errorf("error %v, want one naming lexicon/units.txt and its line", err)
	}
}

// BenchmarkTokenize tokenizes the raw text of the EWT development split.
func BenchmarkTokenize(b *testing.B) {
	text := RawText(readSplit(b, "dev"))
	b.SetBytes(int64(len(text)))
	words := 0
	for b.Loop() {
		words = 0
		for _, s := range Tokenize(text) {
			words += len(s.Words)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTokenizeLongLine tokenizes 5 MB of words on one line without punctuation.
func BenchmarkTokenizeLongLine(b *testing.B) {
	text := strings.Repeat("lorem ipsum dolor sit amet ", 5<<20/27)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokenize(text)
	}
}
