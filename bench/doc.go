// Package bench holds relgraph's quality and speed benchmarks. They read the public
// evaluation data in ../shared/data (see its README), score relgraph's extraction on it and,
// in the same run, the Go peers on the same input, and print the figures side by side:
//
//	go test ./bench -run '^$' -bench . -benchtime 1x
//
// The peers (github.com/jdkato/prose/v2, github.com/markusmobius/go-dateparser) are imported
// by test files only, so they never reach the relgraph binary. Benchmarks skip with a message
// when ../shared/data is absent.
package bench
