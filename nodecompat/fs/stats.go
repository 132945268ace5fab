package fs

import (
	"errors"
	"math"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statFields are the numeric fields of a Stats object, in Node's order;
// the *Ms fields are followed by the Date fields atime, mtime, ctime and
// birthtime.
var statFields = []string{
	"dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
	"atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs",
}

// dateFields are the Date properties matching the last four statFields.
var dateFields = []string{"atime", "mtime", "ctime", "birthtime"}

// fileStat is what statx reports, as Node's Stats numbers.
type fileStat [14]float64

// statFlags select stat (follow links), lstat or fstat.
const (
	statFollow = 0
	statNoLink = unix.AT_SYMLINK_NOFOLLOW
	statFd     = unix.AT_EMPTY_PATH
)

// statx runs statx(2) as libuv does, birth time included.
func statx(dirfd int, path string, flags int) (fileStat, error) {
	var sx unix.Statx_t
	mask := unix.STATX_BASIC_STATS | unix.STATX_BTIME
	_, err := ignoringEINTR(func() (int, error) { return 0, unix.Statx(dirfd, path, flags, mask, &sx) })
	if err != nil {
		return fileStat{}, err
	}
	ms := func(t unix.StatxTimestamp) float64 { return float64(t.Sec)*1e3 + float64(t.Nsec)/1e6 }
	return fileStat{
		float64(unix.Mkdev(sx.Dev_major, sx.Dev_minor)), float64(sx.Mode), float64(sx.Nlink),
		float64(sx.Uid), float64(sx.Gid), float64(unix.Mkdev(sx.Rdev_major, sx.Rdev_minor)),
		float64(sx.Blksize), float64(sx.Ino), float64(sx.Size), float64(sx.Blocks),
		ms(sx.Atime), ms(sx.Mtime), ms(sx.Ctime), ms(sx.Btime),
	}, nil
}

// stat is fs.stat(path, [options]).
func (m *fsModule) stat() parser { return m.statPath("stat", statFollow, false) }

// lstat is fs.lstat(path, [options]), which does not follow a final link.
func (m *fsModule) lstat() parser { return m.statPath("lstat", statNoLink, false) }

// statSync is fs.statSync(path, [options]), which alone honours
// options.throwIfNoEntry.
func (m *fsModule) statSync() parser { return m.statPath("stat", statFollow, true) }

// lstatSync is fs.lstatSync(path, [options]).
func (m *fsModule) lstatSync() parser { return m.statPath("lstat", statNoLink, true) }

// statPath parses stat and lstat. With noEntryOption and
// options.throwIfNoEntry false, a missing file gives undefined instead of
// ENOENT (ENOTDIR still throws).
func (m *fsModule) statPath(call string, flags int, noEntryOption bool) parser {
	return func(args []goja.Value) job {
		path := m.path(arg(args, 0), "path")
		opts, _ := arg(args, 1).(*goja.Object)
		throwIfNoEntry := get(opts, "throwIfNoEntry")
		quiet := noEntryOption && !goja.IsUndefined(throwIfNoEntry) && !throwIfNoEntry.ToBoolean()
		return job{
			run: func() (any, error) {
				st, err := statx(unix.AT_FDCWD, path, flags)
				if errors.Is(err, unix.ENOENT) && quiet {
					return nil, nil
				}
				if err != nil {
					return nil, onPath(err, call, path)
				}
				return st, nil
			},
			values: m.statsValues,
		}
	}
}

// fstat is fs.fstat(fd, [options]).
func (m *fsModule) fstat() parser {
	return func(args []goja.Value) job {
		fd := m.fd(arg(args, 0), "fd")
		return job{
			run: func() (any, error) {
				st, err := statx(fd, "", statFd)
				if err != nil {
					return nil, onFd(err, "fstat")
				}
				return st, nil
			},
			values: m.statsValues,
		}
	}
}

// statsValues makes the Stats object of a stat result; a nil result (a
// missing file with throwIfNoEntry false) gives undefined.
func (m *fsModule) statsValues(res any) []goja.Value {
	st, ok := res.(fileStat)
	if !ok {
		return []goja.Value{goja.Undefined()}
	}
	obj := m.vm.CreateObject(m.stats.Get("prototype").(*goja.Object))
	m.fillStats(obj, st[:])
	return []goja.Value{obj}
}

// fillStats sets the fields of a Stats object from numbers in statFields
// order.
func (m *fsModule) fillStats(obj *goja.Object, nums []float64) {
	for i, name := range statFields {
		_ = obj.Set(name, nums[i])
	}
	for i, name := range dateFields {
		ms := nums[len(statFields)-len(dateFields)+i]
		date, err := m.vm.New(m.date, m.vm.ToValue(math.Floor(ms+0.5)))
		if err != nil {
			panic(err)
		}
		_ = obj.Set(name, date)
	}
}

// statsClass builds fs.Stats: new Stats(dev, mode, ..., birthtimeMs) and the
// type tests on its prototype, which read this.mode.
func (m *fsModule) statsClass() *goja.Object {
	ctor := m.vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		nums := make([]float64, len(statFields))
		for i := range nums {
			nums[i] = arg(call.Arguments, i).ToFloat()
		}
		m.fillStats(call.This, nums)
		return nil
	}).(*goja.Object)
	m.nameClass(ctor, "Stats", len(statFields))
	proto := ctor.Get("prototype").(*goja.Object)
	m.typeTests(proto, func(this *goja.Object) int {
		return modeType(uint32(this.Get("mode").ToInteger()))
	})
	return ctor
}

// modeType maps a mode's file type to libuv's dirent type.
func modeType(mode uint32) int {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return direntFile
	case unix.S_IFDIR:
		return direntDir
	case unix.S_IFLNK:
		return direntLink
	case unix.S_IFIFO:
		return direntFIFO
	case unix.S_IFSOCK:
		return direntSocket
	case unix.S_IFCHR:
		return direntChar
	case unix.S_IFBLK:
		return direntBlock
	}
	return direntUnknown
}

// typeTests defines isFile, isDirectory, ... on proto, each comparing the
// entry type that kind reads from this.
func (m *fsModule) typeTests(proto *goja.Object, kind func(this *goja.Object) int) {
	tests := []struct {
		name string
		typ  int
	}{
		{"isDirectory", direntDir}, {"isFile", direntFile}, {"isBlockDevice", direntBlock},
		{"isCharacterDevice", direntChar}, {"isSymbolicLink", direntLink}, {"isFIFO", direntFIFO},
		{"isSocket", direntSocket},
	}
	for _, t := range tests {
		typ := t.typ
		fn := m.function(t.name, func(call goja.FunctionCall) goja.Value {
			return m.vm.ToValue(kind(call.This.ToObject(m.vm)) == typ)
		})
		_ = proto.DefineDataProperty(t.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// nameClass gives a native constructor its name and length.
func (m *fsModule) nameClass(ctor *goja.Object, name string, length int) {
	_ = ctor.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
