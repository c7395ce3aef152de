package export

import (
	"io"

	"github.com/cayleygraph/quad/nquads"
)

// WriteNQuads writes the model's quads, labels kept, one a line in sorted order. Read back
// with any N-Quads parser (relgraph import), they give the same graph.
func WriteNQuads(w io.Writer, m *Model) error {
	qw := nquads.NewWriter(w)
	if _, err := qw.WriteQuads(m.Quads); err != nil {
		return err
	}
	return qw.Close()
}
