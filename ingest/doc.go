// Package ingest turns articles into graph documents: it reads articles from files,
// folders and stdin in the formats they come in, extracts entities, dates and events
// (package ingest/extract, dates in ingest/timex) and hands each article's graph.Document
// to a store. It knows nothing of Cayley: it only uses graph's model types and Store interface.
package ingest
