package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// mapping returns the span of the mapping through which bolt reads its file: the one
// /proc/self/maps shows at bolt's data address, for a file of bolt's name; size is 0 where
// it finds none. bolt maps the file anew only when a write transaction's commit grows it.
func (b boltBatch) mapping() (addr, size uintptr) {
	h, ok := b.KV.(*hbolt.DB)
	if !ok {
		return 0, 0
	}
	db := h.DB()
	addr = db.Info().Data
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	prefix := fmt.Sprintf("%x-", addr)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		if !strings.HasSuffix(line, "/"+filepath.Base(db.Path())) {
			return 0, 0
		}
		span, _, _ := strings.Cut(line, " ")
		end, err := strconv.ParseUint(strings.TrimPrefix(span, prefix), 16, 64)
		if err != nil || uintptr(end) <= addr {
			return 0, 0
		}
		return addr, uintptr(end) - addr
	}
	return 0, 0
}

// unmapPages takes the pages of the mapping at addr out of this process's resident memory
// (madvise MADV_DONTNEED). They stay in the kernel's page cache: a read that needs one
// again maps it without reading the disk.
func unmapPages(addr, size uintptr) {
	if size > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_DONTNEED)
	}
}

// mapSmall asks the kernel never to map bolt's mapping at addr a 2 MB folio at a time
// (madvise MADV_NOHUGEPAGE). The page cache may hold the file in large folios (ext4 does
// since Linux 6.16, for the pages of a long write, and they stay large when bolt reuses
// them for small nodes), and a read fault on a page of a 2 MB folio mapped all of it: the
// 60 MB line of issue 16 had 270 MB of the file mapped by some hundred reads of bolt's
// commit. Refused, faults map as they did. With fault-around off (faultAround) a read then
// maps its one page.
func mapSmall(addr, size uintptr) {
	if size > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_NOHUGEPAGE)
	}
}
