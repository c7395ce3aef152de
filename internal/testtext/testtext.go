// Package testtext makes articles of given sizes for the tests and benchmarks that bound
// what a long article costs. The text is written for relgraph.
package testtext

import "strings"

// RunOn returns about size bytes of comma-joined clauses that each name two actors and a
// verb, with one period at the very end: the run-on shape of issue 16's probes, which
// yields an event for most clauses. It also returns how many clauses it holds.
func RunOn(size int) (text string, clauses int) {
	parts := []string{
		"Germany condemned Russia",
		"Kenya signed an accord with Ethiopia",
		"the mayor of Lyon met protesters in Paris",
		"Brazil accused Argentina",
	}
	var b strings.Builder
	for b.Len() < size {
		if clauses > 0 {
			b.WriteString(", ")
		}
		b.WriteString(parts[clauses%len(parts)])
		clauses++
	}
	b.WriteString(".")
	return b.String(), clauses
}
