package main

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are a command's input and outputs: answers go to Out, notices, progress and
// errors to ErrOut. Tests inject buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY and ErrTTY report terminals: tables and progress bars only there.
	OutTTY, ErrTTY, InTTY bool
	Getenv                func(string) string
}

func systemStreams() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		Getenv: os.Getenv,
	}
}

// testStreams returns streams on buffers, for tests.
func testStreams(stdin string) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &IOStreams{In: bytes.NewBufferString(stdin), Out: &out, ErrOut: &errOut,
		Getenv: func(string) string { return "" }}, &out, &errOut
}
