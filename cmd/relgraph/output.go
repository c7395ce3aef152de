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
	f := newResultFormat(indent)
	if err := f.begin(w, r.ID); err != nil {
		return err
	}
	if err := f.field(w, "entities", len(r.Entities), r.Entities == nil, func(i int) any { return r.Entities[i] }); err != nil {
		return err
	}
	if err := f.field(w, "times", len(r.Times), r.Times == nil, func(i int) any { return r.Times[i] }); err != nil {
		return err
	}
	if err := f.field(w, "events", len(r.Events), r.Events == nil, func(i int) any { return r.Events[i] }); err != nil {
		return err
	}
	if err := f.field(w, "resolved", len(r.Resolved), r.Resolved == nil, func(i int) any { return r.Resolved[i] }); err != nil {
		return err
	}
	return f.finish(w)
}

// resultFormat writes an extraction result's JSON piece by piece: indented as writeJSON
// would, or on one line as a json.Encoder without HTML escaping would.
type resultFormat struct {
	buf                                  bytes.Buffer
	enc                                  *json.Encoder
	open, key, first, next, shut, ending string
}

func newResultFormat(indent bool) *resultFormat {
	f := &resultFormat{}
	f.enc = json.NewEncoder(&f.buf)
	f.enc.SetEscapeHTML(false)
	f.open, f.key, f.first, f.next, f.shut, f.ending = "{\n  \"id\": ", ",\n  %q: ", "\n    ", ",\n    ", "\n  ]", "\n}\n"
	if indent {
		f.enc.SetIndent("    ", "  ")
	} else {
		f.open, f.key, f.first, f.next, f.shut, f.ending = "{\"id\":", ",%q:", "", ",", "]", "}\n"
	}
	return f
}

// begin writes the result's opening and its id.
func (f *resultFormat) begin(w io.Writer, id string) error {
	f.buf.Reset()
	if err := f.enc.Encode(id); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s%s", f.open, bytes.TrimSuffix(f.buf.Bytes(), []byte("\n")))
	return err
}

// elem writes v as the i-th element of a list.
func (f *resultFormat) elem(w io.Writer, i int, v any) error {
	f.buf.Reset()
	if err := f.enc.Encode(v); err != nil {
		return err
	}
	sep := f.next
	if i == 0 {
		sep = f.first
	}
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(f.buf.Bytes(), []byte("\n")))
	return err
}

// field writes the list name of n elements, each elem(i), or null when isNil.
func (f *resultFormat) field(w io.Writer, name string, n int, isNil bool, elem func(i int) any) error {
	return f.fieldWith(w, name, n, isNil, func() error {
		for i := 0; i < n; i++ {
			if err := f.elem(w, i, elem(i)); err != nil {
				return err
			}
		}
		return nil
	})
}

// fieldWith writes the list name of n elements, which body writes as elem would.
func (f *resultFormat) fieldWith(w io.Writer, name string, n int, isNil bool, body func() error) error {
	if isNil {
		_, err := fmt.Fprintf(w, f.key+"null", name)
		return err
	}
	if _, err := fmt.Fprintf(w, f.key+"[", name); err != nil {
		return err
	}
	if n == 0 {
		_, err := io.WriteString(w, "]")
		return err
	}
	if err := body(); err != nil {
		return err
	}
	_, err := io.WriteString(w, f.shut)
	return err
}

// finish closes the result.
func (f *resultFormat) finish(w io.Writer) error {
	_, err := io.WriteString(w, f.ending)
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
