//go:build race

package queries_test

// raceDetector: the race detector's shadow memory makes the process's resident size no
// measure of what a query kept.
const raceDetector = true
