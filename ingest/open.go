package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// ErrNotRegular is a path that is neither a regular file nor a folder: a named pipe, a
// device or a socket, which OpenFile refuses.
var ErrNotRegular = errors.New("not a regular file")

// OpenFile opens the file at path to read what it holds (what, such as "an article", names
// it in errors) without ever waiting: opening a named pipe waits for a writer that may never
// come, and Ctrl-C cannot end that wait. So only regular files are opened; anything else is
// refused with an error wrapping ErrNotRegular, except this process's own standard input and
// descriptors (/dev/stdin, /dev/fd/N), how a shell passes a pipe (<(zcat a.gz)). The file
// is opened without blocking and checked again once open, as the path may have changed since
// it was looked at; a read that waits on a pipe ends when ctx is cancelled. Errors do not
// name path: callers do. The caller closes the file.
func OpenFile(ctx context.Context, path, what string) (io.ReadCloser, error) {
	own := isOwnDescriptor(path)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, statError(err, false)
	}
	switch {
	case fi.IsDir():
		return nil, fmt.Errorf("a folder, not %s; give a file", what)
	case !fi.Mode().IsRegular() && !own:
		return nil, notRegular(fi.Mode(), what)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, statError(err, true)
	}
	if fi, err = f.Stat(); err == nil && !fi.Mode().IsRegular() && !own {
		f.Close()
		return nil, notRegular(fi.Mode(), what)
	}
	stop := context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Now()) })
	return &inputFile{File: f, stop: stop}, nil
}

// inputFile is a file from OpenFile.
type inputFile struct {
	*os.File
	stop func() bool
}

func (f *inputFile) Close() error {
	f.stop()
	return f.File.Close()
}

// isOwnDescriptor reports whether path names one of this process's open descriptors.
func isOwnDescriptor(path string) bool {
	path = filepath.Clean(path)
	return path == "/dev/stdin" || strings.HasPrefix(path, "/dev/fd/") || strings.HasPrefix(path, "/proc/self/fd/")
}

// notRegular is the error for a path of this mode, neither a regular file nor a folder.
func notRegular(mode fs.FileMode, what string) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeCharDevice != 0:
		kind = "a character device"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	}
	return fmt.Errorf("%w: not %s (%s); skipped, pass it as stdin (- < path) if it is one", ErrNotRegular, what, kind)
}

// ContextReader returns a reader of r that gives up with ctx.Err() once ctx is done, even
// while a read blocks: standard input from a terminal or a pipe nobody writes to would
// otherwise keep Ctrl-C from ending the command. A read that is blocked when ctx ends is
// left to finish with the process; what it returns then is dropped.
func ContextReader(ctx context.Context, r io.Reader) io.Reader {
	return &interruptibleReader{ctx: ctx, r: r}
}

// interruptibleReader is ContextReader's reader. (ctxReader in read.go only checks between
// reads; this one also leaves a blocked read.)
type interruptibleReader struct {
	ctx context.Context
	r   io.Reader
}

type readResult struct {
	n   int
	err error
}

func (c *interruptibleReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	buf := make([]byte, len(p))
	done := make(chan readResult, 1)
	go func() {
		n, err := c.r.Read(buf)
		done <- readResult{n, err}
	}()
	select {
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	case res := <-done:
		copy(p, buf[:res.n])
		return res.n, res.err
	}
}
