// Package graph is relgraph's graph model and its store.
//
// The model (binding: users type these names in the Gizmo console) is described in
// README.md: entities, events and articles are IRIs (<entity/ID>, <event/ID>, <article/ID>),
// predicates are bare snake_case words, and every quad is labelled with the article it came
// from, so provenance is kept and an article can be removed or re-ingested cleanly.
//
// A Document holds what one article yields (its metadata, entities and events) in plain Go
// types; Document.Quads turns it into quads. Store is what relgraph needs of a quad store;
// Open returns the Cayley implementation for a --db value (a path for the embedded store,
// a postgres:// or cockroach:// URL for Cayley's SQL store).
//
// Beside Cayley's own code: index.go reads lookups from the posting list of the index that
// covers them and adds an index by article to new embedded stores; names.go keeps the name
// index and the index by name key (surname, spelling key, name ends) that resolve a name
// without reading the entities, and sql_names.go keeps them in PostgreSQL; facts.go keeps,
// per entity, the counts of what the articles say of it (types, names, aliases, roles,
// mentions, contacts), so that listing or describing entities does not read one quad per
// article; events.go keeps, per entity, a summary of each of its events; kvtx.go joins
// Cayley's calls into one transaction of leveldb or bolt, and leveldb_batch.go makes
// leveldb's write transaction a journal write; bolt_batch.go hands bolt a transaction's
// writes in key order, and pending.go commits a long article's write on bolt in parts,
// the article pending (not stored, and removed by the next open if a kill cut the write)
// until the last part commits, so that bolt does not hold the whole article in memory
// (no other process can open a bolt store meanwhile, so none reads a pending article's
// quads); sql.go writes PostgreSQL in bulk, sql_bulk.go loads an empty PostgreSQL
// database with most indexes built at the end, and
// sql_facts.go keeps there what facts.go and events.go keep in the embedded stores.
//
// graph knows nothing of text: it does not parse articles or extract anything. Extraction
// lives in package ingest, the questions users ask in package queries.
package graph
