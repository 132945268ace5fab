package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/buffer"
)

// readFile is fs.readFile(path | fd, [options]): the whole file, as a Buffer
// or a string in options.encoding.
func (m *fsModule) readFile() parser {
	return func(args []goja.Value) job {
		opts := m.options(arg(args, 1))
		enc := m.encoding(opts, encoding{raw: true})
		flags := m.flags(get(opts, "flag"), flagRead)
		t := m.pathOrFd(arg(args, 0), "path")
		return job{
			run: func() (any, error) { return readAll(t, flags) },
			values: func(res any) []goja.Value {
				return []goja.Value{m.bytesValue(res.([]byte), enc)}
			},
		}
	}
}

// writeFile is fs.writeFile(path | fd, data, [options]).
func (m *fsModule) writeFile() parser { return m.writer(flagWrite) }

// appendFile is fs.appendFile(path | fd, data, [options]).
func (m *fsModule) appendFile() parser { return m.writer(flagAppend) }

// writer parses the arguments of writeFile and appendFile, which differ in
// their default flag only.
func (m *fsModule) writer(defFlags int) parser {
	return func(args []goja.Value) job {
		opts := m.options(arg(args, 2))
		enc := m.encoding(opts, encoding{enc: buffer.UTF8})
		if enc.raw {
			enc.enc = buffer.UTF8
		}
		data := m.data(arg(args, 1), enc.enc)
		flags := m.flags(get(opts, "flag"), defFlags)
		mode := m.mode(get(opts, "mode"), "mode", 0o666)
		t := m.pathOrFd(arg(args, 0), "path")
		return job{
			run:    func() (any, error) { return nil, writeAll(t, data, flags, mode) },
			values: none,
		}
	}
}

// readAll reads a file, or a descriptor from its position, to the end.
func readAll(t target, flags int) ([]byte, error) {
	fd := t.fd
	if !t.isFd {
		var err error
		if fd, err = openFile(t.path, flags, 0o666); err != nil {
			return nil, err
		}
		defer unix.Close(fd)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, onFd(err, "fstat")
	}
	size := 8192
	if st.Mode&unix.S_IFMT == unix.S_IFREG && st.Size > 0 {
		size = int(st.Size) + 1 // one more byte sees EOF without growing
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := ignoringEINTR(func() (int, error) { return unix.Read(fd, buf[len(buf):cap(buf)]) })
		if err != nil {
			return nil, onFd(err, "read")
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// writeAll writes data to a file, or to a descriptor at its position.
func writeAll(t target, data []byte, flags int, mode uint32) error {
	fd := t.fd
	if !t.isFd {
		var err error
		if fd, err = openFile(t.path, flags, mode); err != nil {
			return err
		}
		defer unix.Close(fd)
	}
	for len(data) > 0 {
		n, err := ignoringEINTR(func() (int, error) { return unix.Write(fd, data) })
		if err != nil {
			return onFd(err, "write")
		}
		data = data[n:]
	}
	return nil
}

// openFile opens path as Node does, close-on-exec.
func openFile(path string, flags int, mode uint32) (int, error) {
	fd, err := ignoringEINTR(func() (int, error) { return unix.Open(path, flags|unix.O_CLOEXEC, mode) })
	if err != nil {
		return -1, onPath(err, "open", path)
	}
	return fd, nil
}

// ignoringEINTR retries a system call that a signal interrupted.
func ignoringEINTR(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != unix.EINTR {
			return n, err
		}
	}
}
