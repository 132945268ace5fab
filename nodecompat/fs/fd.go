package fs

import (
	"math"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// maxSafeInteger is Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1

// open is fs.open(path, [flags], [mode]): a file descriptor.
func (m *fsModule) open() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		flags := m.flags(arg(args, 1), flagRead)
		mode := m.mode(arg(args, 2), "mode", 0o666)
		return job{
			run:    func() (any, error) { return openFile(path, flags, mode) },
			values: func(res any) []goja.Value { return []goja.Value{m.vm.ToValue(res)} },
		}
	}
}

// fdCall parses calls that take a descriptor and return nothing.
func (m *fsModule) fdCall(name string, call func(fd int) error) parser {
	return func(args []goja.Value) job {
		return fdJob(name, m.fd(arg(args, 0), "fd"), call)
	}
}

// fdJob is the job of a call on fd that returns nothing.
func fdJob(name string, fd int, call func(fd int) error) job {
	return job{
		run:    func() (any, error) { return nil, onFd(retryVoid(func() error { return call(fd) }), name) },
		values: none,
	}
}

// close is fs.close(fd).
func (m *fsModule) close() parser {
	return m.fdCall("close", func(fd int) error {
		if err := unix.Close(fd); err != unix.EINTR {
			return err
		}
		return nil // the descriptor is gone even when close is interrupted
	})
}

// fsync is fs.fsync(fd).
func (m *fsModule) fsync() parser { return m.fdCall("fsync", unix.Fsync) }

// ftruncate is fs.ftruncate(fd, [len]).
func (m *fsModule) ftruncate() parser {
	return func(args []goja.Value) job {
		fd := m.fd(arg(args, 0), "fd")
		size := m.length(arg(args, 1))
		return fdJob("ftruncate", fd, func(fd int) error { return unix.Ftruncate(fd, size) })
	}
}

// truncate is fs.truncate(path, [len]): opens the file and truncates it.
// A descriptor in place of the path truncates it as ftruncate does.
func (m *fsModule) truncate() parser {
	return func(args []goja.Value) job {
		if _, isNum := jsarg.Number(arg(args, 0)); isNum {
			return m.ftruncate()(args)
		}
		path := m.path(arg(args, 0), "path")
		return truncateJob(path, m.length(arg(args, 1)), nil)
	}
}

// truncateSync is fs.truncateSync(path, [len]), which opens the file before
// it checks len, so a missing file is reported first.
func (m *fsModule) truncateSync() parser {
	return func(args []goja.Value) job {
		if _, isNum := jsarg.Number(arg(args, 0)); isNum {
			return m.ftruncate()(args)
		}
		path := m.path(arg(args, 0), "path")
		var size int64
		_, thrown := nodeerr.Catch(func() job {
			size = m.length(arg(args, 1))
			return job{}
		})
		var lenErr error
		if thrown != nil {
			lenErr = &jsError{thrown}
		}
		return truncateJob(path, size, lenErr)
	}
}

// truncateJob opens path and truncates it to size, failing with lenErr
// (if any) once the file is open.
func truncateJob(path string, size int64, lenErr error) job {
	return job{
		run: func() (any, error) {
			fd, err := openFile(path, unix.O_RDWR, 0)
			if err != nil {
				return nil, err
			}
			defer unix.Close(fd)
			if lenErr != nil {
				return nil, lenErr
			}
			return nil, onFd(retryVoid(func() error { return unix.Ftruncate(fd, size) }), "ftruncate")
		},
		values: none,
	}
}

// length checks the len argument of truncate: an integer, negative values
// meaning zero, undefined meaning zero.
func (m *fsModule) length(v goja.Value) int64 {
	if goja.IsUndefined(v) {
		return 0
	}
	return int64(max(0, jsarg.Integer(m.vm, v, "len", -maxSafeInteger, maxSafeInteger)))
}

// position returns a read or write position: -1 (the current position) for
// anything but a number.
func position(v goja.Value) int64 {
	if f, ok := jsarg.Number(v); ok && f >= 0 && f == math.Trunc(f) {
		return int64(f)
	}
	return -1
}

// readAt reads up to len(b) bytes at pos, or at the current position when
// pos is negative.
func readAt(fd int, b []byte, pos int64) (int, error) {
	n, err := ignoringEINTR(func() (int, error) {
		if pos < 0 {
			return unix.Read(fd, b)
		}
		return unix.Pread(fd, b, pos)
	})
	return n, onFd(err, "read")
}

// writeAt writes b once at pos, or at the current position when pos is
// negative, and returns how much was written.
func writeAt(fd int, b []byte, pos int64) (int, error) {
	n, err := ignoringEINTR(func() (int, error) {
		if pos < 0 {
			return unix.Write(fd, b)
		}
		return unix.Pwrite(fd, b, pos)
	})
	return n, onFd(err, "write")
}
