//go:build linux && (amd64 || arm64)

package graph

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// faultAround turns off the kernel's fault-around on the mapping through which bolt reads
// its file, so that a read maps the one page it touches and not the 16 around it.
//
// On a read fault in a file mapping, Linux maps, beside the page faulted, every page of
// the aligned 64 KB around it that the page cache holds (fault-around), whatever the
// madvise advice (bolt's MADV_RANDOM included): they all count in the process's resident
// memory until dropped (unmapPages). A bolt commit reads the old page of every node it
// writes, and on a long article those are thousands of pages spread over the whole file
// (Cayley puts each new value and its count in one of 131,072 buckets by hash), so a commit
// mapped 64 KB for each of them: most of the file's pages, 166 MiB at the peak of the
// 27 MB web page of issue 16. The one mapping the kernel does not fault around is one
// registered with a userfaultfd (uffd_disable_fault_around in mm/memory.c). Registered for
// write protection with UFFD_FEATURE_WP_ASYNC, which lets any memory type register
// (Linux 6.7) and resolves its faults in the kernel without a handler, it changes nothing
// else: bolt's mapping is read-only, no page is ever write-protected, and a read fault goes
// to the page cache as before. Where the kernel refuses (older than 6.7, seccomp,
// unprivileged userfaultfd limited to root), bolt's reads fault around as they did.
type faultAround struct {
	mu         sync.Mutex
	fd         int     // the userfaultfd, while open
	open       bool    // fd is open
	failed     bool    // the kernel refused: no more tries
	addr, span uintptr // the mapping registered last
}

// The userfaultfd interface (linux/userfaultfd.h).
const (
	uffdUserModeOnly   = 1          // UFFD_USER_MODE_ONLY
	uffdAPI            = 0xaa       // UFFD_API
	uffdioAPI          = 0xc018aa3f // UFFDIO_API, _IOWR(0xaa, 0x3f, struct uffdio_api)
	uffdioRegister     = 0xc020aa00 // UFFDIO_REGISTER, _IOWR(0xaa, 0x00, struct uffdio_register)
	uffdRegisterWP     = 1 << 1     // UFFDIO_REGISTER_MODE_WP
	uffdFeatureWPAsync = 1 << 15    // UFFD_FEATURE_WP_ASYNC
)

// register turns fault-around off on the mapping at addr, of span bytes, unless it did
// already or the kernel refused before. It reports whether the mapping is registered.
func (f *faultAround) register(addr, span uintptr) bool {
	if f == nil || span == 0 {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failed {
		return false
	}
	if addr == f.addr && span == f.span {
		return true
	}
	if !f.open {
		fd, _, errno := unix.Syscall(unix.SYS_USERFAULTFD, unix.O_CLOEXEC|unix.O_NONBLOCK|uffdUserModeOnly, 0, 0)
		if errno != 0 {
			f.failed = true
			return false
		}
		api := struct{ api, features, ioctls uint64 }{api: uffdAPI, features: uffdFeatureWPAsync}
		if _, _, errno := unix.Syscall(unix.SYS_IOCTL, fd, uffdioAPI, uintptr(unsafe.Pointer(&api))); errno != 0 {
			unix.Close(int(fd))
			f.failed = true
			return false
		}
		f.fd, f.open = int(fd), true
	}
	reg := struct{ start, len, mode, ioctls uint64 }{start: uint64(addr), len: uint64(span), mode: uffdRegisterWP}
	if _, _, errno := unix.Syscall(unix.SYS_IOCTL, uintptr(f.fd), uffdioRegister, uintptr(unsafe.Pointer(&reg))); errno != 0 {
		f.closeLocked()
		f.failed = true
		return false
	}
	f.addr, f.span = addr, span
	return true
}

// off reports whether fault-around is off on the mapping registered last.
func (f *faultAround) off() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.open && f.span > 0
}

// close closes the userfaultfd, which unregisters the mapping if it is still there.
func (f *faultAround) close() {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closeLocked()
}

func (f *faultAround) closeLocked() {
	if f.open {
		unix.Close(f.fd)
	}
	f.open, f.addr, f.span = false, 0, 0
}
