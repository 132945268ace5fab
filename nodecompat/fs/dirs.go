package fs

import (
	"crypto/rand"
	"errors"
	"math"
	"os"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// mkdir is fs.mkdir(path, [options | mode]). With options.recursive it
// creates missing parents and yields the first directory it created.
func (m *fsModule) mkdir() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		recursive, modeArg := false, goja.Undefined()
		switch o := arg(args, 1).(type) {
		case *goja.Object:
			recursive = m.boolOption(o, "recursive", false)
			modeArg = get(o, "mode")
		default:
			if _, isNum := jsarg.Number(o); isNum || jsarg.IsString(o) {
				modeArg = o
			}
		}
		mode := m.mode(modeArg, "mode", 0o777)
		if !recursive {
			return job{
				run: func() (any, error) {
					return nil, onPath(retryVoid(func() error { return unix.Mkdir(path, mode) }), "mkdir", path)
				},
				values: none,
			}
		}
		return job{
			run: func() (any, error) {
				first, err := mkdirAll(path, mode)
				return first, onPath(err, "mkdir", path)
			},
			values: func(res any) []goja.Value {
				if first := res.(string); first != "" {
					return []goja.Value{m.vm.ToValue(first)}
				}
				return []goja.Value{goja.Undefined()}
			},
		}
	}
}

// mkdirAll creates path and its missing parents, returning the first
// directory it created (empty if none). Parents are found by cutting the
// last element off the path as written, as Node does, without cleaning it.
func mkdirAll(path string, mode uint32) (string, error) {
	first := ""
	pending := []string{path}
	for len(pending) > 0 {
		cur := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		err := retryVoid(func() error { return unix.Mkdir(cur, mode) })
		switch {
		case err == nil:
			if first == "" {
				first = cur
			}
		case errors.Is(err, unix.EACCES), errors.Is(err, unix.ENOSPC), errors.Is(err, unix.ENOTDIR), errors.Is(err, unix.EPERM):
			return "", err
		case errors.Is(err, unix.ENOENT):
			i := strings.LastIndexByte(cur, '/')
			if i < 0 || cur[:i] == "" {
				return "", err
			}
			pending = append(pending, cur, cur[:i])
		default:
			if fi, serr := os.Stat(cur); serr != nil {
				return "", serr
			} else if !fi.IsDir() {
				if len(pending) > 0 {
					return "", unix.ENOTDIR
				}
				return "", unix.EEXIST
			}
		}
	}
	return first, nil
}

// rmdir is fs.rmdir(path, [options]); options.recursive (deprecated in
// Node) removes the tree as rm does.
func (m *fsModule) rmdir() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		opts, _ := arg(args, 1).(*goja.Object)
		if m.boolOption(opts, "recursive", false) {
			return job{run: func() (any, error) { return nil, remove(path, true, false) }, values: none}
		}
		return job{
			run: func() (any, error) {
				return nil, onPath(retryVoid(func() error { return unix.Rmdir(path) }), "rmdir", path)
			},
			values: none,
		}
	}
}

// rm is fs.rm(path, [options]): removes a file, or with options.recursive
// a directory tree; options.force ignores a missing path.
func (m *fsModule) rm() parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		var opts *goja.Object
		if o := arg(args, 1); !goja.IsUndefined(o) {
			var ok bool
			if opts, ok = o.(*goja.Object); !ok {
				panic(nodeerr.InvalidArgType(m.vm, "options", "of type object", o))
			}
		}
		force := m.boolOption(opts, "force", false)
		recursive := m.boolOption(opts, "recursive", false)
		if v := get(opts, "retryDelay"); !goja.IsUndefined(v) {
			jsarg.Integer(m.vm, v, "options.retryDelay", 0, math.MaxInt32)
		}
		if v := get(opts, "maxRetries"); !goja.IsUndefined(v) {
			jsarg.Integer(m.vm, v, "options.maxRetries", 0, math.MaxUint32)
		}
		return job{run: func() (any, error) { return nil, remove(path, recursive, force) }, values: none}
	}
}

// remove deletes path as rm does.
func remove(path string, recursive, force bool) error {
	fi, err := os.Lstat(path)
	if err != nil {
		if force && errors.Is(err, unix.ENOENT) {
			return nil
		}
		return onPath(err, "lstat", path)
	}
	if !fi.IsDir() {
		return onPath(retryVoid(func() error { return unix.Unlink(path) }), "rm", path)
	}
	if !recursive {
		return &dirError{path: path}
	}
	return onPath(os.RemoveAll(path), "rm", path)
}

// tempChars are the characters of mkdtemp's random suffix.
const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp is fs.mkdtemp(prefix, [options]): creates a directory named
// prefix plus six random characters and yields its path.
func (m *fsModule) mkdtemp() parser {
	return func(args []goja.Value) job {
		opts := m.options(arg(args, 1))
		enc := m.encoding(opts, encoding{enc: buffer.UTF8})
		prefix := m.path(arg(args, 0), "prefix")
		return job{
			run: func() (any, error) {
				for {
					p := prefix + randomSuffix()
					err := retryVoid(func() error { return unix.Mkdir(p, 0o700) })
					if err == nil {
						return p, nil
					}
					if !errors.Is(err, unix.EEXIST) {
						return nil, onPath(err, "mkdtemp", prefix+"XXXXXX")
					}
				}
			},
			values: func(res any) []goja.Value { return []goja.Value{m.nameValue(res.(string), enc)} },
		}
	}
}

// randomSuffix returns six random characters from tempChars.
func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = tempChars[int(b[i])%len(tempChars)]
	}
	return string(b[:])
}

// retryVoid runs a system call that returns only an error, retrying on
// EINTR.
func retryVoid(call func() error) error {
	_, err := ignoringEINTR(func() (int, error) { return 0, call() })
	return err
}
