package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/relgraph/relgraph/queries"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
}

func writeEventTable(w io.Writer, evs []*queries.Event) error {
	t := newTable(w)
	fmt.Fprintln(t, "DATE\tTYPE\tMODE\tACTOR\tTARGET\tTRIGGER\tTOPICS\tNOTE\tEVENT")
	for _, e := range evs {
		fmt.Fprintf(t, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(e.Date), e.Type, orDash(e.Mode),
			orDash(clip(queries.Names(e.Actors, ", "), 40)), orDash(clip(queries.Names(e.Targets, ", "), 40)), clip(e.Trigger, 30),
			orDash(clip(queries.TopicNames(e.Topics, ", "), 40)), strings.Join(e.Notes(), ", "), e.ID)
	}
	return t.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip fits a table cell: white space runs (newlines and tabs among them) become one space,
// and a long text ends with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// writeCSV writes a header and rows as RFC 4180 CSV.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
