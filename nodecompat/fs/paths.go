package fs

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// pathCall parses calls that take one path and return nothing.
func (m *fsModule) pathCall(name string, call func(path string) error) parser {
	return func(args []goja.Value) job {
		return pathJob(name, m.path(arg(args, 0), "path"), call)
	}
}

// pathJob is the job of a call on path that returns nothing.
func pathJob(name, path string, call func(path string) error) job {
	return job{
		run:    func() (any, error) { return nil, onPath(retryVoid(func() error { return call(path) }), name, path) },
		values: none,
	}
}

// twoPathCall parses calls from one path to another that return nothing.
func (m *fsModule) twoPathCall(name, from, to string, call func(src, dst string) error) parser {
	return func(args []goja.Value) job {
		src := m.path(arg(args, 0), from)
		dst := m.path(arg(args, 1), to)
		return job{
			run: func() (any, error) {
				return nil, onPaths(retryVoid(func() error { return call(src, dst) }), name, src, dst)
			},
			values: none,
		}
	}
}

// unlink is fs.unlink(path).
func (m *fsModule) unlink() parser { return m.pathCall("unlink", unix.Unlink) }

// rename is fs.rename(oldPath, newPath).
func (m *fsModule) rename() parser {
	return m.twoPathCall("rename", "oldPath", "newPath", unix.Rename)
}

// link is fs.link(existingPath, newPath).
func (m *fsModule) link() parser {
	return m.twoPathCall("link", "existingPath", "newPath", unix.Link)
}

// symlink is fs.symlink(target, path, [type]); the type only matters on
// Windows.
func (m *fsModule) symlink() parser {
	return m.twoPathCall("symlink", "target", "path", unix.Symlink)
}

// chmod is fs.chmod(path, mode).
func (m *fsModule) chmod() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		if isUndefined(arg(args, 1)) {
			panic(nodeerr.InvalidArgType(m.vm, "mode", "of type number", arg(args, 1)))
		}
		mode := m.mode(arg(args, 1), "mode", 0)
		return pathJob("chmod", path, func(p string) error { return unix.Chmod(p, mode) })
	}
}

// readlink is fs.readlink(path, [options]): a link's target.
func (m *fsModule) readlink() parser {
	return m.pathResult("readlink", os.Readlink)
}

// realpath is fs.realpath(path, [options]): the absolute path with every
// link resolved, reporting failures as Node's JavaScript implementation
// does.
func (m *fsModule) realpath() parser {
	return m.pathResult("lstat", realpathJS)
}

// realpathNative is fs.realpath.native(path, [options]), whose failures name
// the path given, with syscall realpath.
func (m *fsModule) realpathNative() parser {
	return m.pathResult("realpath", resolveLinks)
}

// resolveLinks makes path absolute and resolves its links.
func resolveLinks(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// pathResult parses calls that take a path and options and yield a path in
// options.encoding. Errors that are not already Node's are reported on the
// path given, as syscall name.
func (m *fsModule) pathResult(name string, call func(string) (string, error)) parser {
	return func(args []goja.Value) job {
		opts := m.options(arg(args, 1))
		enc := m.encoding(opts, encoding{enc: buffer.UTF8})
		path := m.path(arg(args, 0), "path")
		return job{
			run: func() (any, error) {
				res, err := call(path)
				if err != nil {
					var se *sysError
					if errors.As(err, &se) {
						return nil, err
					}
					return nil, onPath(err, name, path)
				}
				return res, nil
			},
			values: func(res any) []goja.Value { return []goja.Value{m.nameValue(res.(string), enc)} },
		}
	}
}

// access is fs.access(path, [mode]), which checks permissions with
// fs.constants.F_OK, R_OK, W_OK and X_OK.
func (m *fsModule) access() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		mode := m.accessMode(arg(args, 1))
		return pathJob("access", path, func(p string) error { return unix.Access(p, mode) })
	}
}

// accessMode checks the mode of access and copyFile, with the messages
// Node 20's native binding uses.
func (m *fsModule) accessMode(v goja.Value) uint32 {
	if isUndefined(v) {
		return 0
	}
	f, ok := jsarg.Number(v)
	if !ok {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_ARG_TYPE", "mode must be int32 or null/undefined"))
	}
	if f < 0 || f >= 8 {
		panic(nodeerr.RangeError(m.vm, "ERR_OUT_OF_RANGE", "mode is out of range: >= 0 && <= 7"))
	}
	return uint32(f)
}

// exists is the deprecated fs.exists(path, callback), whose callback gets
// only a boolean.
func (m *fsModule) exists(call goja.FunctionCall) goja.Value {
	args, cb := m.splitCallback(call.Arguments, 2)
	j, thrown := nodeerr.Catch(func() job { return m.access()(args[:min(len(args), 1)]) })
	if thrown != nil {
		m.host().Call(cb, goja.Undefined(), m.vm.ToValue(false))
		return goja.Undefined()
	}
	m.start(j, func(_ []goja.Value, err goja.Value) {
		m.host().Call(cb, goja.Undefined(), m.vm.ToValue(err == nil))
	})
	return goja.Undefined()
}

// existsSync is fs.existsSync(path): false for bad arguments too.
func (m *fsModule) existsSync(call goja.FunctionCall) goja.Value {
	j, thrown := nodeerr.Catch(func() job { return m.access()(call.Arguments[:min(len(call.Arguments), 1)]) })
	if thrown != nil {
		return m.vm.ToValue(false)
	}
	_, err := j.run()
	return m.vm.ToValue(err == nil)
}
