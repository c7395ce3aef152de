package graph

// The test-only door to the chunk size of PostgreSQL writes, for the suite in package
// graph_test.

// SetSQLChunkQuadsForTest sets the most quads one statement of a PostgreSQL write inserts
// and returns a function that restores it.
func SetSQLChunkQuadsForTest(n int) (restore func()) {
	old := sqlChunkQuads
	sqlChunkQuads = n
	return func() { sqlChunkQuads = old }
}
