// Package extract finds what a news article says: entity mentions (people, organizations,
// countries, cities, places, nationalities), the entities they resolve to, and the events
// between them, coded in PLOVER categories with actors, targets, topics and dates.
//
// Entities are found lexically: one tokenizer pass splits the text into tokens and
// sentences (a line is always a sentence: headlines carry no final punctuation; a run-on
// sentence is cut at a comma past 250 tokens or at 500, so that rules which look across a
// sentence cost linear time in the article, and ExtractContext stops between sentences when
// its context is done); names are
// found from capitalization, a trie of known names and the context of each run (titles
// such as President or Foreign Minister, organization words such as Ministry, Party or
// Agency, place words such as River, "in X", "the X said", "X rebels", "-based", a score
// after a team in a results line, given names, initials; ranks and titles before a name
// become its role, "al-" particles stay inside it, a given name that is also a place starts
// a person's name, a hyphenated adjective stays out); a name keeps the best type the
// document gives it, surnames and first names link to the full name (names.go holds the
// word lists' loader, persons.go the rule that a longer name absorbs a shorter one only
// when their given names agree, so "Raul" and "Fidel Castro" stay two), offices ("the German
// chancellor") link to the person holding them, pronouns to the last subject, and plural
// references ("the two presidents") to the last two people named.
//
// Events are read off dependency trees (package ingest/syntax), in stages a file each,
// with no stage reading another's tables: treeevents.go parses each sentence that has a
// trigger form and a name that can act (a piece the syntactic tokenizer splits off, such as
// a dateline, gets a root of its own) and runs predicates.go (a trigger verb and the frame
// its dependents select, a trigger noun with its light verb, a "must" a speaker voices),
// arguments.go (the actor from the subject, its conjuncts and appositions, a passive's
// agent, an infinitive's controller, a relative clause's noun; the target from the frame's
// slots; word order fills a role the parser leaves empty), modality.go (negation; wanted,
// planned, asked-for and refused acts are future or negated; conditions and questions are
// no events; a planned harm is THREATEN and a promised help AGREE, as PLOVER codes them) and
// dating.go (the date that modifies the predicate, else its governing clause's, else the
// reporting verb's for a simple past; a perfect with no stated time has no day);
// evaluations.go reads a statement with no verb of an act by what it does ("the presidency
// deserves praise, Caramanlis said": SUPPORT). The lexicon is data: lexicon/frames.txt,
// light.txt, speech.txt, consequence.txt, evaluation.txt and sports.txt, loaded by
// frames.go,
// which names the file and line of a bad entry; categories come from graph/plover.
// "according to X" or "X said" gives the reporter; seats and capitals standing for a
// government ("the Kremlin", "Tehran") act as their country. events.go merges an article's
// events: a discussion that the story attributes to the same people as a call or meeting is
// folded into it, and so is a headline the story repeats; "first call since 2022" adds an
// implied earlier contact dated 2022. A report of games (lexicon/sports.txt words frequent
// in it: sportsStory) yields entities and no events: its attacks, defences, blocks and
// withdrawals are plays.
//
// Country names, ISO codes and capitals come from github.com/pariz/gountries. It was
// compared with github.com/biter777/countries: biter777 is more actively maintained but
// names countries by their formal ISO short names ("Russian Federation", "Iran (Islamic
// Republic of)"), which would make every entity ID differ from the names news uses;
// gountries gives the common name ("Russia", "Iran", "South Korea"), the official name
// and the capital, which is what linking needs. Neither module carries demonyms, so the
// adjectives ("French", "Israeli") are written here, with a suffix rule for the regular
// ones. Titles, organization and place words and the trigger lexicon are lists written for
// this package.
//
// What does not live here: reading articles (package ingest), date parsing (ingest/timex),
// and storing the result (graph).
package extract
