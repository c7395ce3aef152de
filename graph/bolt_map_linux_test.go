package graph

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// TestBoltOpensInALimitedAddressSpace: where the address space is limited (ulimit -v) and
// the mapping with room to grow (boltMapSize) does not fit, a bolt store still opens,
// mapped at its file's size, and takes writes.
func TestBoltOpensInALimitedAddressSpace(t *testing.T) {
	if strconv.IntSize < 64 {
		t.Skip("a 32-bit system maps the file at its size")
	}
	var vm int64
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status: ", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			vm = kb << 10
		}
	}
	if vm == 0 {
		t.Skip("no VmSize in /proc/self/status")
	}
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err != nil {
		t.Skip("getrlimit: ", err)
	}
	// Room for the test and the store, not for a mapping of 16 GiB.
	limited := syscall.Rlimit{Cur: uint64(vm) + 4<<30, Max: old.Max}
	if limited.Cur >= old.Cur {
		t.Skip("the address space is limited more already")
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &limited); err != nil {
		t.Skip("setrlimit: ", err)
	}
	restored := false
	restore := func() {
		if !restored {
			restored = true
			if err := syscall.Setrlimit(syscall.RLIMIT_AS, &old); err != nil {
				t.Fatal("restore the address space limit: ", err)
			}
		}
	}
	defer restore()
	ctx := context.Background()
	kv, err := openBolt(filepath.Join(t.TempDir(), "s.db"), nil, true)
	if err != nil {
		restore()
		t.Fatalf("open a bolt store in %d MiB of address space: %v", limited.Cur>>20, err)
	}
	defer kv.Close()
	err = kv.Update(ctx, func(tx hkv.Tx) error {
		return tx.Put(ctx, hkv.Key{[]byte("b"), []byte("k")}, []byte("v"))
	})
	restore()
	if err != nil {
		t.Fatal("write: ", err)
	}
	_, span := kv.(*sharedKV).KV.(boltBatch).mapping()
	if span >= boltMapBytes {
		t.Errorf("mapped at %d MiB within a limit of %d MiB", span>>20, limited.Cur>>20)
	}
}
