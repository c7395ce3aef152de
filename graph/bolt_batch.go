package graph

import (
	"context"
	"slices"
	"strings"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// boltBatch is a bolt store whose write transactions hand their writes to bolt in key
// order, each key once, when they commit (or before a scan). bolt splits a page only when
// its transaction commits: until then every key written to a bucket goes into the one
// in-memory node its position falls in, and each insertion moves the node's later keys
// along. A long article's transaction wrote its keys a Cayley call at a time, each call's
// keys sorted but falling among all the earlier calls' keys, so the moves grew with the
// square of the article: 606 s for 5 MB of news, and two thirds of a 2 MB article's time
// in that one copy. In key order each key goes after the keys written before it.
//
// Its faults turn off the kernel's fault-around on bolt's mapping (bolt_faultaround_linux.go)
// at the first write transaction and whenever bolt has mapped its file anew.
type boltBatch struct {
	hkv.KV
	faults *faultAround
}

// Close closes the store, then the userfaultfd that turned off fault-around.
func (b boltBatch) Close() error {
	err := b.KV.Close()
	b.faults.close()
	return err
}

func (b boltBatch) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := b.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	btx := &boltBatchTx{Tx: tx, over: map[string][]byte{}, db: b}
	// The last commit may have mapped pages (it reads the header of each page it frees)
	// and mapped the file anew.
	btx.dropMapped()
	return btx, nil
}

func (b boltBatch) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, b, fn)
}

// boltBatchTx is boltBatch's write transaction: writes wait in over, and reads look there
// before bolt's transaction.
type boltBatchTx struct {
	hkv.Tx
	// over maps each key written (overKey) to its value, or to nil for a deletion (a value
	// put is never nil).
	over map[string][]byte
	// size is the bytes of keys and values written in the transaction, each write counted.
	size int
	// db is the store; ops counts the reads and writes handed to bolt since its mapped
	// pages were last dropped (dropMapped), read the bytes of the values read meanwhile,
	// and addr and span are its mapping, found at the first drop (span 0: not yet, or
	// none).
	db         boltBatch
	ops, read  int
	addr, span uintptr
	found      bool
}

// dropEvery is how many reads and writes a bolt write transaction hands to bolt between
// two drops of the pages of the file they mapped (dropMapped), and dropBytes how many
// bytes of values read: bolt hands a value over in place, its pages mapped, and a long
// article's index lists run to megabytes (its label list, 3.5 bytes a quad, is read back
// whole at every part), so that 256 reads could map far more than 256 pages.
const (
	dropEvery = 256
	dropBytes = 8 << 20
)

// counted counts one read or write handed to bolt, and drops the mapped pages every
// dropEvery of them or once dropBytes of values were read.
//
// bolt reads its file through a shared mapping, and every page a read or a write's seek
// touches counts in the process's resident memory for as long as it stays mapped: a long
// article's write reads back most of what its earlier parts wrote (node ids, index lists),
// and the 5 MB of news of issue 16 had 26 MB of the file mapped at once, beside the
// binary's own pages. Dropping them (bolt_mapped_linux.go) costs a page-table walk; the
// pages stay in the kernel's page cache. It is safe within a write transaction: bolt maps
// the file anew only when a write transaction commits, and nodes that point into the
// mapping read the same bytes back from the page cache.
func (tx *boltBatchTx) counted() {
	tx.ops++
	if tx.ops < dropEvery && tx.read < dropBytes {
		return
	}
	tx.dropMapped()
}

// dropMapped takes the pages of the file that bolt has mapped out of the process's
// resident memory: see counted.
func (tx *boltBatchTx) dropMapped() {
	tx.ops, tx.read = 0, 0
	if !tx.found {
		tx.addr, tx.span = tx.db.mapping()
		tx.found = true
		mapSmall(tx.addr, tx.span)
		tx.db.faults.register(tx.addr, tx.span)
	}
	unmapPages(tx.addr, tx.span)
}

// written returns the bytes of keys and values written in the transaction, each write
// counted: what sharedKV.split weighs.
func (tx *boltBatchTx) written() int { return tx.size }

// overKey encodes k in one string whose order is the keys' order part by part: the bytes
// of each part, a zero byte escaped as 0 2, and 0 1 between parts.
func overKey(k hkv.Key) string {
	n := len(k)
	for _, p := range k {
		n += len(p)
	}
	var sb strings.Builder
	sb.Grow(n + 1)
	for i, p := range k {
		if i > 0 {
			sb.WriteString("\x00\x01")
		}
		for _, c := range p {
			if c == 0 {
				sb.WriteString("\x00\x02")
			} else {
				sb.WriteByte(c)
			}
		}
	}
	return sb.String()
}

// keyOf decodes overKey's string.
func keyOf(s string) hkv.Key {
	var k hkv.Key
	part := []byte{}
	for i := 0; i < len(s); i++ {
		if s[i] != 0 {
			part = append(part, s[i])
			continue
		}
		i++
		if s[i] == 1 {
			k = append(k, part)
			part = []byte{}
		} else {
			part = append(part, 0)
		}
	}
	return append(k, part)
}

func (tx *boltBatchTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	if v, ok := tx.over[overKey(k)]; ok {
		if v == nil {
			return nil, hkv.ErrNotFound
		}
		return v, nil
	}
	tx.counted()
	v, err := tx.Tx.Get(ctx, k)
	tx.read += len(v)
	return v, err
}

func (tx *boltBatchTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		v, err := tx.Get(ctx, k)
		if err == hkv.ErrNotFound {
			continue
		} else if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	return vals, nil
}

func (tx *boltBatchTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	ok := overKey(k)
	tx.over[ok] = append([]byte{}, v...)
	tx.size += len(ok) + len(v)
	return nil
}

func (tx *boltBatchTx) Del(ctx context.Context, k hkv.Key) error {
	ok := overKey(k)
	tx.over[ok] = nil
	tx.size += len(ok)
	return nil
}

// Scan hands the waiting writes to bolt first, so that bolt's scan sees them.
func (tx *boltBatchTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	if err := tx.flush(ctx); err != nil {
		return errIterator{err}
	}
	return tx.Tx.Scan(ctx, opts...)
}

// Commit hands the waiting writes to bolt and commits. The pages the last writes mapped
// are dropped first: bolt's commit maps more of the file (it reads the old page of every
// node it writes, and the kernel maps the cached pages around each), and the process's
// peak on a long article is at a commit.
func (tx *boltBatchTx) Commit(ctx context.Context) error {
	if err := tx.flush(ctx); err != nil {
		return err
	}
	tx.dropMapped()
	return tx.Tx.Commit(ctx)
}

// flush hands the waiting writes to bolt in key order. bolt keeps the values (it copies
// only the keys) until the transaction ends.
func (tx *boltBatchTx) flush(ctx context.Context) error {
	if len(tx.over) == 0 {
		return nil
	}
	keys := make([]string, 0, len(tx.over))
	for k := range tx.over {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	over := tx.over
	tx.over = map[string][]byte{}
	for i, k := range keys {
		var err error
		if v := over[k]; v == nil {
			err = tx.Tx.Del(ctx, keyOf(k))
		} else {
			err = tx.Tx.Put(ctx, keyOf(k), v)
		}
		if err != nil {
			return err
		}
		tx.counted()
		// bolt has its own copy of the key: this one can go as bolt's nodes grow.
		delete(over, k)
		keys[i] = ""
	}
	return nil
}

// errIterator is an iterator that stops at once with an error.
type errIterator struct{ err error }

func (errIterator) Reset()                    {}
func (errIterator) Next(context.Context) bool { return false }
func (errIterator) Key() hkv.Key              { return nil }
func (errIterator) Val() hkv.Value            { return nil }
func (it errIterator) Err() error             { return it.err }
func (errIterator) Close() error              { return nil }
