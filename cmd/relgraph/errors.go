package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// Exit codes, one place for all commands.
const (
	exitOK          = 0
	exitError       = 1 // the command failed, or its question has no answer (no such entity)
	exitUsage       = 2 // wrong flags or arguments
	exitPartial     = 3 // ingest finished, but some inputs could not be read or stored
	exitInterrupted = 130
)

const exitCodesHelp = `

Exit codes:
  0    success
  1    failure: the command could not do its work (no such entity, store locked, bad query)
  2    usage error: unknown flag, wrong number of arguments, bad flag value
  3    partial: the command finished, but some inputs failed (each one is named on stderr)
  130  interrupted (Ctrl-C); what was written is whole`

// usageError is a mistake in the command line: its usage is printed with it.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// partialError reports a command that did its work but not on every input.
type partialError struct{ failed int }

func (e *partialError) Error() string {
	if e.failed == 1 {
		return "1 input failed; see the messages above"
	}
	return fmt.Sprintf("%d inputs failed; see the messages above", e.failed)
}

// exitCode maps an error to the process exit code, and says what to print.
func exitCode(err error) int {
	var ue *usageError
	var pe *partialError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &ue), strings.HasPrefix(err.Error(), "unknown command"):
		return exitUsage
	case errors.As(err, &pe):
		return exitPartial
	}
	return exitError
}

// errorMessage formats an error for stderr.
func errorMessage(err error) string {
	var amb *queries.AmbiguousError
	switch {
	case errors.Is(err, context.Canceled):
		msg := strings.TrimSuffix(err.Error(), ": "+context.Canceled.Error())
		if msg == context.Canceled.Error() {
			msg = "interrupted"
		}
		return "relgraph: " + msg
	case errors.As(err, &amb), errors.Is(err, queries.ErrNoMatch), errors.Is(err, graph.ErrLocked):
		return err.Error()
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "relgraph") {
		msg = "relgraph: " + msg
	}
	return msg
}
