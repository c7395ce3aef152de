package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run relgraph in-process as the "relgraph" command, and lets
// tests that need a real process (to kill it) run the test binary as relgraph.
func TestMain(m *testing.M) {
	if os.Getenv("RELGRAPH_TEST_AS_CLI") == "1" {
		os.Exit(runMain())
	}
	testscript.Main(m, map[string]func(){
		"relgraph": func() { os.Exit(runMain()) },
	})
}

// TestScripts runs the end-to-end CLI scripts in testdata/script: each in its own $WORK,
// with the store there; $SAMPLE names the sample articles and $FORMATS one article
// or feed in each format relgraph reads.
func TestScripts(t *testing.T) {
	sample, err := filepath.Abs("../../testdata/sample")
	if err != nil {
		t.Fatal(err)
	}
	formats, err := filepath.Abs("../../testdata/formats")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("RELGRAPH_DB", filepath.Join(env.WorkDir, "relgraph.db"))
			env.Setenv("SAMPLE", sample)
			env.Setenv("FORMATS", formats)
			return nil
		},
	})
}
