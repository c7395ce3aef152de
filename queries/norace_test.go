//go:build !race

package queries_test

const raceDetector = false
