package extract

import (
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/syntax"
)

// handTree builds a tree from lines "form lemma UPOS XPOS head rel" (heads 1-based, 0 for
// the root), as the parser would have left it before the repairs.
func handTree(t *testing.T, spec string) *tree {
	t.Helper()
	var tr tree
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad line %q", line)
		}
		h := 0
		for _, c := range f[4] {
			h = h*10 + int(c-'0')
		}
		tr.w = append(tr.w, tword{form: f[0], lower: strings.ToLower(f[0]), lemma: f[1], upos: f[2], xpos: f[3], head: h - 1, rel: f[5], m: -1})
	}
	return &tr
}

// TestPlaceParticipleRepaired: a participle of speaking out that the parser hung on the
// place of the verb's "in" phrase ("marched in the town of Jaffna on Sunday calling
// for ...") becomes the verb's: the town does not call.
func TestPlaceParticipleRepaired(t *testing.T) {
	tr := handTree(t, `
Tamils Tamils PROPN NNPS 2 nsubj
marched march VERB VBD 0 root
in in ADP IN 5 case
the the DET DT 5 det
town town NOUN NN 2 obl
of of ADP IN 7 case
Jaffna Jaffna PROPN NNP 5 nmod
calling call VERB VBG 7 acl
for for ADP IN 10 case
autonomy autonomy NOUN NN 8 obl`)
	tr.repairPlaceParticiple()
	if w := tr.w[7]; w.head != 1 || w.rel != "advcl" {
		t.Errorf("calling: head %d rel %s, want 1 (marched) advcl", w.head, w.rel)
	}
	// A participle on a noun that is no place phrase's stays: "the group calling for talks".
	tr = handTree(t, `
the the DET DT 2 det
group group NOUN NN 5 nsubj
calling call VERB VBG 2 acl
talks talk NOUN NNS 3 obj
met meet VERB VBD 0 root`)
	tr.repairPlaceParticiple()
	if w := tr.w[2]; w.head != 1 || w.rel != "acl" {
		t.Errorf("the group calling: head %d rel %s, want 1 acl", w.head, w.rel)
	}
}

// TestPlaceParticipleKeptOnPeople: "a rally of Hamas supporters calling for" is the
// supporters' call; only a place's participle moves.
func TestPlaceParticipleKeptOnPeople(t *testing.T) {
	tr := handTree(t, `
Police police NOUN NNS 2 nsubj
clashed clash VERB VBD 0 root
at at ADP IN 5 case
a a DET DT 5 det
rally rally NOUN NN 2 obl
of of ADP IN 8 case
Hamas Hamas PROPN NNP 8 compound
supporters supporter NOUN NNS 5 nmod
calling call VERB VBG 8 acl`)
	tr.repairPlaceParticiple()
	if w := tr.w[8]; w.head != 7 || w.rel != "acl" {
		t.Errorf("calling: head %d rel %s, want 7 (supporters) acl", w.head, w.rel)
	}
}

// TestRemoveWord: a word taken out of a parse leaves a tree, even the root.
func TestRemoveWord(t *testing.T) {
	s := &syntax.Sentence{Words: []syntax.Word{
		{ID: 1, Form: "Putin", Head: 2, DepRel: "nsubj"},
		{ID: 2, Form: "is", Head: 0, DepRel: "root"},
		{ID: 3, Form: "set", Head: 2, DepRel: "xcomp"},
		{ID: 4, Form: ".", Head: 2, DepRel: "punct"},
	}}
	removeWord(s, 1)
	if err := s.Validate(); err != nil {
		t.Fatalf("not a tree: %v (%+v)", err, s.Words)
	}
	if len(s.Words) != 3 || s.Words[0].Head != 0 || s.Words[0].DepRel != "root" || s.Words[1].Head != 1 || s.Words[2].Head != 1 {
		t.Errorf("after taking out the root: %+v", s.Words)
	}
}

// TestCaseOnTitleRepaired: the preposition the parser hung on a name's title ("imposed by
// rebel leader Laurent Kabila", with the name read as the object) is the name's, and the
// name the participle's agent.
func TestCaseOnTitleRepaired(t *testing.T) {
	tr := handTree(t, `
the the DET DT 2 det
ultimatum ultimatum NOUN NN 10 nsubj:pass
imposed impose VERB VBN 2 acl
by by ADP IN 6 case
rebel rebel NOUN NN 6 compound
leader leader NOUN NN 7 nmod:desc
Laurent Laurent PROPN NNP 3 obj
Kabila Kabila PROPN NNP 7 flat
was be AUX VBD 10 aux:pass
rejected reject VERB VBN 0 root`)
	tr.repairCaseOnTitle()
	if w := tr.w[3]; w.head != 6 {
		t.Errorf("by: head %d, want 6 (Laurent)", w.head)
	}
	if w := tr.w[6]; w.head != 2 || w.rel != "obl:agent" {
		t.Errorf("Laurent: head %d rel %s, want 2 (imposed) obl:agent", w.head, w.rel)
	}
	// A title with no preposition of its own is left alone: "met rebel leader Laurent Kabila".
	tr = handTree(t, `
Mandela Mandela PROPN NNP 2 nsubj
met meet VERB VBD 0 root
rebel rebel NOUN NN 4 compound
leader leader NOUN NN 5 nmod:desc
Laurent Laurent PROPN NNP 2 obj`)
	tr.repairCaseOnTitle()
	if w := tr.w[4]; w.head != 1 || w.rel != "obj" {
		t.Errorf("met ... Laurent: head %d rel %s, want 1 obj", w.head, w.rel)
	}
}

// TestBeToRepaired: "X is to meet Y" with "is" read as a copula and X as an nsubj:outer
// becomes the auxiliary and subject the argument rules read.
func TestBeToRepaired(t *testing.T) {
	tr := handTree(t, `
The the DET DT 3 det
Dalai Dalai PROPN NNP 3 compound
Lama Lama PROPN NNP 6 nsubj:outer
is be AUX VBZ 6 cop
to to PART TO 6 mark
meet meet VERB VB 0 root
Clinton Clinton PROPN NNP 6 obj`)
	tr.repairBeTo()
	if w := tr.w[3]; w.rel != "aux" {
		t.Errorf("is: rel %s, want aux", w.rel)
	}
	if w := tr.w[2]; w.head != 5 || w.rel != "nsubj" {
		t.Errorf("Lama: head %d rel %s, want 5 nsubj", w.head, w.rel)
	}
	// "The aim is to meet Clinton": a copula before a bare infinitive that no one is the
	// subject of stays one; only the verb right after "to" is rewritten, and "aim" is no
	// nsubj:outer.
	tr = handTree(t, `
The the DET DT 2 det
aim aim NOUN NN 5 nsubj
is be AUX VBZ 5 cop
to to PART TO 5 mark
meet meet VERB VB 0 root`)
	tr.repairBeTo()
	if w := tr.w[1]; w.rel != "nsubj" {
		t.Errorf("aim: rel %s, want nsubj", w.rel)
	}
}

// TestNameTimeRepaired: a weekday written right after a name, which the parser made the
// head of the name ("warned the United States Tuesday", "the European Union Monday
// night", "The UN Security Council Friday denounced"), gives the name back its place and
// dates the verb.
func TestNameTimeRepaired(t *testing.T) {
	tr := handTree(t, `
Beijing Beijing PROPN NNP 2 nsubj
warned warn VERB VBD 0 root
the the DET DT 6 det
United United PROPN NNP 5 compound
States States PROPN NNP 6 compound
Tuesday Tuesday PROPN NNP 2 obj
against against SCONJ IN 8 mark
meddling meddle VERB VBG 2 advcl`)
	tr.repairNameTime()
	if w := tr.w[4]; w.head != 1 || w.rel != "obj" {
		t.Errorf("States: head %d rel %s, want 1 (warned) obj", w.head, w.rel)
	}
	if w := tr.w[5]; w.head != 1 || w.rel != "obl:unmarked" {
		t.Errorf("Tuesday: head %d rel %s, want 1 obl:unmarked", w.head, w.rel)
	}
	if w := tr.w[2]; w.head != 4 {
		t.Errorf("the: head %d, want 4 (States)", w.head)
	}
	tr = handTree(t, `
Blair Blair PROPN NNP 2 nsubj
called call VERB VBD 0 root
on on ADP IN 5 case
the the DET DT 5 det
Japan Japan PROPN NNP 2 obl
and and CCONJ CC 11 cc
the the DET DT 11 det
European European PROPN NNP 10 compound
Union Union PROPN NNP 10 compound
Monday Monday PROPN NNP 11 compound
night night NOUN NN 2 obl:unmarked`)
	tr.repairNameTime()
	if w := tr.w[8]; w.head != 4 || w.rel != "conj" {
		t.Errorf("Union: head %d rel %s, want 4 (Japan) conj", w.head, w.rel)
	}
	if w := tr.w[5]; w.head != 8 {
		t.Errorf("and: head %d, want 8 (Union)", w.head)
	}
	if w := tr.w[10]; w.head != 1 || w.rel != "obl:unmarked" {
		t.Errorf("night: head %d rel %s, want 1 obl:unmarked", w.head, w.rel)
	}
	tr = handTree(t, `
The the DET DT 4 det
Security Security PROPN NNP 3 compound
Council Council PROPN NNP 4 compound
Friday Friday PROPN NNP 5 obl:unmarked
denounced denounce VERB VBD 0 root
Libya Libya PROPN NNP 5 obj`)
	tr.repairNameTime()
	if w := tr.w[2]; w.head != 4 || w.rel != "nsubj" {
		t.Errorf("Council: head %d rel %s, want 4 (denounced) nsubj", w.head, w.rel)
	}
	// A day after a preposition is the parser's to place: "on Tuesday" is no name's.
	tr = handTree(t, `
Rice Rice PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Lavrov Lavrov PROPN NNP 2 obj
on on ADP IN 5 case
Tuesday Tuesday PROPN NNP 2 obl`)
	tr.repairNameTime()
	if w := tr.w[4]; w.head != 1 || w.rel != "obl" {
		t.Errorf("on Tuesday: head %d rel %s, want 1 obl", w.head, w.rel)
	}
}

// TestTimeOnNounRepaired: "a meeting early Monday between A and B", with the day read as
// an apposition of the meeting and the parties hung on the day, gives the meeting its
// parties back.
func TestTimeOnNounRepaired(t *testing.T) {
	tr := handTree(t, `
during during ADP IN 3 case
a a DET DT 3 det
meeting meeting NOUN NN 0 root
early early ADJ JJ 5 amod
Monday Monday PROPN NNP 3 appos
between between ADP IN 7 case
Albright Albright PROPN NNP 5 nmod
and and CCONJ CC 9 cc
Mbeki Mbeki PROPN NNP 5 conj`)
	tr.repairTimeOnNoun()
	if w := tr.w[6]; w.head != 2 {
		t.Errorf("Albright: head %d, want 2 (meeting)", w.head)
	}
	if w := tr.w[8]; w.head != 6 || w.rel != "conj" {
		t.Errorf("Mbeki: head %d rel %s, want 6 (Albright) conj", w.head, w.rel)
	}
	if w := tr.w[4]; w.rel != "nmod:unmarked" {
		t.Errorf("Monday: rel %s, want nmod:unmarked", w.rel)
	}
}

// TestWhenClauseAndTitleRepaired: "made the remark when holding talks with X, general
// secretary of the party" with the clause hung on the remark (its "when" an advmod), or on
// the title read as the verb's xcomp: the clause is the verb's, the title the name's.
func TestWhenClauseAndTitleRepaired(t *testing.T) {
	tr := handTree(t, `
Li Li PROPN NNP 2 nsubj
made make VERB VBD 0 root
the the DET DT 4 det
remark remark NOUN NN 2 obj
when when ADV WRB 6 advmod
holding hold VERB VBG 4 acl
talks talk NOUN NNS 6 obj`)
	tr.repairMarkedAcl()
	if w := tr.w[5]; w.head != 1 || w.rel != "advcl" {
		t.Errorf("holding on the remark: head %d rel %s, want 1 (made) advcl", w.head, w.rel)
	}
	tr = handTree(t, `
Li Li PROPN NNP 2 nsubj
made make VERB VBD 0 root
remarks remark NOUN NNS 2 obj
when when ADV WRB 5 advmod
holding hold VERB VBG 12 advcl
talks talk NOUN NNS 5 obj
with with ADP IN 9 case
Philip Philip PROPN NNP 9 compound
Mangula Mangula PROPN NNP 6 nmod
, , PUNCT , 12 punct
general general ADJ JJ 12 amod
secretary secretary NOUN NN 2 xcomp`)
	tr.repairTitleAfterName()
	if w := tr.w[4]; w.head != 1 {
		t.Errorf("holding: head %d, want 1 (made)", w.head)
	}
	if w := tr.w[11]; w.head != 8 || w.rel != "appos" {
		t.Errorf("secretary: head %d rel %s, want 8 (Mangula) appos", w.head, w.rel)
	}
}

// TestOverParticipleRepaired: "Baerbock calls Lavrov over detained Germans", read with
// "Lavrov over detained Germans" as a clause, is a call to Lavrov about the Germans; "Iran
// says Israel over-reacted" (no object after the participle) is left alone.
func TestOverParticipleRepaired(t *testing.T) {
	tr := handTree(t, `
Baerbock Baerbock PROPN NNP 2 nsubj
calls call VERB VBZ 0 root
Lavrov Lavrov PROPN NNP 5 nsubj
over over ADV RB 5 advmod
detained detain VERB VBD 2 ccomp
Germans German PROPN NNPS 5 obj`)
	tr.repairOverParticiple()
	if w := tr.w[2]; w.head != 1 || w.rel != "obj" {
		t.Errorf("Lavrov: head %d rel %s, want 1 (calls) obj", w.head, w.rel)
	}
	if w := tr.w[4]; w.head != 5 || w.rel != "amod" {
		t.Errorf("detained: head %d rel %s, want 5 (Germans) amod", w.head, w.rel)
	}
	if w := tr.w[5]; w.head != 1 || w.rel != "obl" {
		t.Errorf("Germans: head %d rel %s, want 1 obl", w.head, w.rel)
	}
	tr = handTree(t, `
Iran Iran PROPN NNP 2 nsubj
says say VERB VBZ 0 root
Israel Israel PROPN NNP 5 nsubj
about about ADV RB 5 advmod
acted act VERB VBD 2 ccomp`)
	tr.repairOverParticiple()
	if w := tr.w[2]; w.head != 4 || w.rel != "nsubj" {
		t.Errorf("Israel without an object after: head %d rel %s, want 4 nsubj", w.head, w.rel)
	}
}

// TestBetweenSubjectRepaired: the second party of a "between" phrase inside a subject,
// which the parser read as a second subject of the verb ("Talks between the rebels and the
// government stalled"), is joined to the first party; a subject of its own after "and"
// outside any "between" phrase stays one.
func TestBetweenSubjectRepaired(t *testing.T) {
	tr := handTree(t, `
Talks talk NOUN NNS 7 nsubj
between between ADP IN 4 case
the the DET DT 4 det
rebels rebel NOUN NNS 1 nmod
and and CCONJ CC 7 cc
government government NOUN NN 7 nsubj
stalled stall VERB VBD 0 root`)
	tr.repairBetweenSubject()
	if w := tr.w[5]; w.head != 3 || w.rel != "conj" {
		t.Errorf("government: head %d rel %s, want 3 (rebels) conj", w.head, w.rel)
	}
	if w := tr.w[4]; w.head != 5 || w.rel != "cc" {
		t.Errorf("and: head %d rel %s, want 5 (government) cc", w.head, w.rel)
	}
	tr = handTree(t, `
Talks talk NOUN NNS 6 nsubj
with with ADP IN 3 case
rebels rebel NOUN NNS 1 nmod
and and CCONJ CC 6 cc
government government NOUN NN 6 nsubj
stalled stall VERB VBD 0 root`)
	tr.repairBetweenSubject()
	if w := tr.w[4]; w.head != 5 || w.rel != "nsubj" {
		t.Errorf("government after a with phrase: head %d rel %s, want 5 nsubj", w.head, w.rel)
	}
}

// TestAsWellAsRepaired: a noun after "as well as", read as the oblique of an adverb "as",
// becomes a conjunct of the verb's object; a verb after it is left.
func TestAsWellAsRepaired(t *testing.T) {
	tr := handTree(t, `
Rice Rice PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Lavrov Lavrov PROPN NNP 2 obj
as as ADV RB 2 advmod
well well ADV RB 4 fixed
as as ADP IN 4 fixed
Putin Putin PROPN NNP 4 obl`)
	tr.repairAsWellAs()
	if w := tr.w[6]; w.head != 2 || w.rel != "conj" {
		t.Errorf("Putin: head %d rel %s, want 2 (Lavrov) conj", w.head, w.rel)
	}
	if w := tr.w[3]; w.head != 6 || w.rel != "cc" {
		t.Errorf("as: head %d rel %s, want 6 (Putin) cc", w.head, w.rel)
	}
	tr = handTree(t, `
Rice Rice PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Lavrov Lavrov PROPN NNP 2 obj
as as ADV RB 2 advmod
well well ADV RB 4 fixed
as as ADP IN 4 fixed
visiting visit VERB VBG 4 advcl
Moscow Moscow PROPN NNP 7 obj`)
	tr.repairAsWellAs()
	if w := tr.w[7]; w.head != 6 || w.rel != "obj" {
		t.Errorf("Moscow after a verb: head %d rel %s, want 6 obj", w.head, w.rel)
	}
}

// TestAsWellAsWithPreposition: "on Iran as well as on Syria", a phrase with its own case
// word, is left as the parser read it.
func TestAsWellAsWithPreposition(t *testing.T) {
	tr := handTree(t, `
Ghana Ghana PROPN NNP 2 nsubj
imposed impose VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
on on ADP IN 5 case
Togo Togo PROPN NNP 2 obl
as as ADV RB 2 advmod
well well ADV RB 6 fixed
as as ADP IN 6 fixed
on on ADP IN 10 case
Benin Benin PROPN NNP 6 obl`)
	tr.repairAsWellAs()
	if w := tr.w[9]; w.head != 5 || w.rel != "obl" {
		t.Errorf("Benin: head %d rel %s, want 5 obl (left)", w.head, w.rel)
	}
}

// TestTimeAsObjectRepaired: "to hold a summit next month", parsed with the month as the
// object and the summit its compound, has the summit as the object and the month as the
// clause's time; "spent last month" keeps its object.
func TestTimeAsObjectRepaired(t *testing.T) {
	tr := handTree(t, `
hold hold VERB VB 0 root
a a DET DT 5 det
summit summit NOUN NN 5 compound
next next ADJ JJ 5 amod
month month NOUN NN 1 obj`)
	tr.repairTimeAsObject()
	if w := tr.w[2]; w.head != 0 || w.rel != "obj" {
		t.Errorf("summit: head %d rel %s, want 0 (hold) obj", w.head, w.rel)
	}
	if w := tr.w[4]; w.head != 0 || w.rel != "obl:tmod" {
		t.Errorf("month: head %d rel %s, want 0 (hold) obl:tmod", w.head, w.rel)
	}
	if w := tr.w[1]; w.head != 2 {
		t.Errorf("a: head %d, want 2 (summit)", w.head)
	}
	tr = handTree(t, `
spent spend VERB VBD 0 root
last last ADJ JJ 3 amod
month month NOUN NN 1 obj`)
	tr.repairTimeAsObject()
	if w := tr.w[2]; w.head != 0 || w.rel != "obj" {
		t.Errorf("spent last month: month head %d rel %s, want 0 obj", w.head, w.rel)
	}
}

// TestThatComplementRepaired: "its demand that Israel ease the restrictions", parsed with
// "that" as a relative word, holds what is demanded; "the demand that angered Israel"
// stays a relative clause.
func TestThatComplementRepaired(t *testing.T) {
	tr := handTree(t, `
repeated repeat VERB VBD 0 root
its its PRON PRP$ 3 nmod:poss
demand demand NOUN NN 1 obj
that that PRON WDT 6 obl:unmarked
Israel Israel PROPN NNP 6 nsubj
ease ease VERB VB 3 acl:relcl
restrictions restriction NOUN NNS 6 obj`)
	tr.repairThatComplement()
	if w := tr.w[3]; w.rel != "mark" {
		t.Errorf("that: rel %s, want mark", w.rel)
	}
	if w := tr.w[5]; w.rel != "acl" {
		t.Errorf("ease: rel %s, want acl", w.rel)
	}
	tr = handTree(t, `
the the DET DT 2 det
demand demand NOUN NN 0 root
that that PRON WDT 4 nsubj
angered anger VERB VBD 2 acl:relcl
Israel Israel PROPN NNP 4 obj`)
	tr.repairThatComplement()
	if w := tr.w[3]; w.rel != "acl:relcl" {
		t.Errorf("the demand that angered: rel %s, want acl:relcl", w.rel)
	}
}

// TestIfClauseRepaired: "would intervene if Norway attacked", parsed with the "if" clause
// as a complement, is a condition; "asked if Norway attacked" keeps its complement.
func TestIfClauseRepaired(t *testing.T) {
	tr := handTree(t, `
Sweden Sweden PROPN NNP 3 nsubj
would would AUX MD 3 aux
intervene intervene VERB VB 0 root
if if SCONJ IN 6 mark
Norway Norway PROPN NNP 6 nsubj
attacked attack VERB VBD 3 ccomp`)
	tr.repairIfClause()
	if w := tr.w[5]; w.rel != "advcl" {
		t.Errorf("attacked: rel %s, want advcl", w.rel)
	}
	tr = handTree(t, `
Holm Holm PROPN NNP 2 nsubj
asked ask VERB VBD 0 root
if if SCONJ IN 5 mark
Norway Norway PROPN NNP 5 nsubj
attacked attack VERB VBD 2 ccomp`)
	tr.repairIfClause()
	if w := tr.w[4]; w.rel != "ccomp" {
		t.Errorf("asked if: rel %s, want ccomp", w.rel)
	}
}

// TestActiveParticipleRepaired: "Hariri on Friday called off his visit", tagged with
// "called" as a participle and "Hariri" as a passive subject, is active: no passive has a
// direct object and no passive auxiliary. "has called off" keeps its auxiliary's reading.
func TestActiveParticipleRepaired(t *testing.T) {
	tr := handTree(t, `
Hariri Hariri PROPN NNP 4 nsubj:pass
on on ADP IN 3 case
Friday Friday PROPN NNP 4 obl
called call VERB VBN 0 root
off off ADP RP 4 compound:prt
his his PRON PRP$ 7 nmod:poss
visit visit NOUN NN 4 obj`)
	tr.repairActiveParticiple()
	if w := tr.w[0]; w.rel != "nsubj" || tr.w[3].xpos != "VBD" {
		t.Errorf("Hariri %s, called %s: want nsubj and VBD", w.rel, tr.w[3].xpos)
	}
	tr = handTree(t, `
visit visit NOUN NN 3 nsubj:pass
was be AUX VBD 3 aux:pass
called call VERB VBN 0 root
off off ADP RP 3 compound:prt`)
	tr.repairActiveParticiple()
	if w := tr.w[0]; w.rel != "nsubj:pass" {
		t.Errorf("a real passive changed: visit %s", w.rel)
	}
}
