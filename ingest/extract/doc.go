// Package extract finds what a news article says: entity mentions (people, organizations,
// countries, cities, places, nationalities), the entities they resolve to, and the events
// between them, coded in PLOVER categories with actors, targets, topics and dates.
//
// The method is lexical and fast: one tokenizer pass splits the text into tokens and
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
// Events come from a trigger lexicon of verb forms (with particles: "called for", "pulled
// out") and noun-phrase patterns ("held a phone conversation", "stressed the importance
// of", "imposed sanctions on", "launched an investigation into"). The subject group before
// the trigger acts (skipping appositives, objects of prepositions and reporters; a passive
// takes its "by" agent), the group after it is the target ("demanded that X", "threatened
// to ban X", "provide aid to X"), the rest of the clause gives the topics, and "according
// to X" or "X said" gives the reporter. Seats and capitals standing for a government
// ("the Kremlin", "Tehran") act as their country. Negation and modals mark an event
// Negated or Future; a promise to help is coded AGREE and a conditional harm THREATEN, as
// PLOVER does. A discussion that the story attributes to the same people as a call or
// meeting is folded into it, and so is a headline the story repeats. Dates come from
// package ingest/timex: the expression nearest the trigger in its sentence, else the
// article date for a report of something done; "first call since 2022" adds an implied
// earlier contact dated 2022.
//
// Country names, ISO codes and capitals come from github.com/pariz/gountries. It was
// compared with github.com/biter777/countries: biter777 is more actively maintained but
// names countries by their formal ISO short names ("Russian Federation", "Iran (Islamic
// Republic of)"), which would make every entity ID differ from the names news uses;
// gountries gives the common name ("Russia", "Iran", "South Korea"), the official name
// and the capital, which is what linking needs. Neither module carries demonyms, so the
// adjectives ("French", "Israeli") are written here, with a suffix rule for the regular
// ones. Titles, organization and place words and the trigger lexicon are small
// closed-class lists written for this package.
//
// What does not live here: reading articles (package ingest), date parsing (ingest/timex),
// and storing the result (graph).
package extract
