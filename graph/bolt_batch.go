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
type boltBatch struct{ hkv.KV }

func (b boltBatch) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := b.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return &boltBatchTx{Tx: tx, over: map[string][]byte{}}, nil
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
}

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
	return tx.Tx.Get(ctx, k)
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
	tx.over[overKey(k)] = append([]byte{}, v...)
	return nil
}

func (tx *boltBatchTx) Del(ctx context.Context, k hkv.Key) error {
	tx.over[overKey(k)] = nil
	return nil
}

// Scan hands the waiting writes to bolt first, so that bolt's scan sees them.
func (tx *boltBatchTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	if err := tx.flush(ctx); err != nil {
		return errIterator{err}
	}
	return tx.Tx.Scan(ctx, opts...)
}

func (tx *boltBatchTx) Commit(ctx context.Context) error {
	if err := tx.flush(ctx); err != nil {
		return err
	}
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
