package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/relgraph/relgraph/ingest/extract"
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

// writeResultJSON writes an extraction result as writeJSON would, element by element, so
// that memory holds one element's JSON at a time however long the article: a 5.7 MB
// run-on sentence gives some 200 MB of JSON, which whole took over a gigabyte to write.
func writeResultJSON(w io.Writer, r extract.Result) error { return writeResult(w, r, true) }

// writeResultLine writes an extraction result on one line, as a json.Encoder without HTML
// escaping would, element by element (see writeResultJSON): a 59 MB article gives about a
// gigabyte of JSON, which encoded whole took 2.3 GB.
func writeResultLine(w io.Writer, r extract.Result) error { return writeResult(w, r, false) }

// writeResult is writeResultJSON when indent, else writeResultLine.
func writeResult(w io.Writer, r extract.Result, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	open, key, first, next, shut, end := "{\n  \"id\": ", ",\n  %q: ", "\n    ", ",\n    ", "\n  ]", "\n}\n"
	if indent {
		enc.SetIndent("    ", "  ")
	} else {
		open, key, first, next, shut, end = "{\"id\":", ",%q:", "", ",", "]", "}\n"
	}
	if err := enc.Encode(r.ID); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "%s%s", open, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
		return err
	}
	field := func(name string, n int, isNil bool, elem func(i int) any) error {
		if isNil {
			_, err := fmt.Fprintf(w, key+"null", name)
			return err
		}
		if _, err := fmt.Fprintf(w, key+"[", name); err != nil {
			return err
		}
		if n == 0 {
			_, err := io.WriteString(w, "]")
			return err
		}
		for i := 0; i < n; i++ {
			buf.Reset()
			if err := enc.Encode(elem(i)); err != nil {
				return err
			}
			sep := next
			if i == 0 {
				sep = first
			}
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
			if _, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, shut)
		return err
	}
	if err := field("entities", len(r.Entities), r.Entities == nil, func(i int) any { return r.Entities[i] }); err != nil {
		return err
	}
	if err := field("times", len(r.Times), r.Times == nil, func(i int) any { return r.Times[i] }); err != nil {
		return err
	}
	if err := field("events", len(r.Events), r.Events == nil, func(i int) any { return r.Events[i] }); err != nil {
		return err
	}
	if err := field("resolved", len(r.Resolved), r.Resolved == nil, func(i int) any { return r.Resolved[i] }); err != nil {
		return err
	}
	_, err := io.WriteString(w, end)
	return err
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
