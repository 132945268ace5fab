package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// copyFile is fs.copyFile(src, dest, [mode]); mode may hold COPYFILE_EXCL
// (fail if dest exists) and the clone flags.
func (m *fsModule) copyFile() parser {
	return func(args []goja.Value) job {
		src := m.path(arg(args, 0), "src")
		dst := m.path(arg(args, 1), "dest")
		mode := m.accessMode(arg(args, 2))
		return job{
			run:    func() (any, error) { return nil, onPaths(copyContents(src, dst, mode), "copyfile", src, dst) },
			values: none,
		}
	}
}

// copyContents copies src to dst as libuv does: dst gets src's permission
// bits, is truncated unless it is src itself, and is cloned when asked.
func copyContents(src, dst string, mode uint32) error {
	in, err := ignoringEINTR(func() (int, error) { return unix.Open(src, unix.O_RDONLY|unix.O_CLOEXEC, 0) })
	if err != nil {
		return err
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return err
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_CLOEXEC
	if mode&copyExcl != 0 {
		flags |= unix.O_EXCL
	}
	out, err := ignoringEINTR(func() (int, error) { return unix.Open(dst, flags, st.Mode&0o7777) })
	if err != nil {
		return err
	}
	var dt unix.Stat_t
	if err := unix.Fstat(out, &dt); err != nil {
		unix.Close(out)
		return err
	}
	if dt.Dev == st.Dev && dt.Ino == st.Ino {
		return unix.Close(out) // copying a file onto itself leaves it as it is
	}
	err = copyOpen(in, out, st, mode)
	if cerr := unix.Close(out); err == nil {
		err = cerr
	}
	return err
}

// copyOpen copies between open descriptors: truncate, set the mode, clone
// or copy the bytes.
func copyOpen(in, out int, st unix.Stat_t, mode uint32) error {
	if err := unix.Ftruncate(out, 0); err != nil {
		return err
	}
	if err := unix.Fchmod(out, st.Mode&0o7777); err != nil {
		return err
	}
	if mode&(copyFiClone|copyFiCloneForce) != 0 {
		err := unix.IoctlFileClone(out, in)
		if err == nil || mode&copyFiCloneForce != 0 {
			return err
		}
	}
	buf := make([]byte, 64*1024)
	for {
		n, err := ignoringEINTR(func() (int, error) { return unix.Read(in, buf) })
		if err != nil || n == 0 {
			return err
		}
		for chunk := buf[:n]; len(chunk) > 0; {
			w, err := ignoringEINTR(func() (int, error) { return unix.Write(out, chunk) })
			if err != nil {
				return err
			}
			chunk = chunk[w:]
		}
	}
}
