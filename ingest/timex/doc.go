// Package timex finds date and time expressions in news text and normalizes them against a
// reference date (the article's date), keeping their precision: "2022", "2006-11",
// "2006-11-02". Find makes one tokenizer pass and runs small hand-written matchers over the
// tokens (no regular expressions), so it is fast enough to run on every article; values follow
// TimeML (TIMEX3) so they can be scored on TimeBank, and Expr.Date turns one into the
// calendar date the graph stores. LatestFull and Dateline date an article that has no
// metadata. What the text means (who did what) is package extract's business, not this one's.
package timex
