package fs

import (
	"io/fs"
	"os"
	pathpkg "path"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// direntClass builds fs.Dirent: new Dirent(name, type, path) with name,
// parentPath and path properties and the type behind a private symbol.
func (m *fsModule) direntClass() *goja.Object {
	m.direntType = goja.NewSymbol("type")
	ctor := m.vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		m.fillDirent(call.This, arg(call.Arguments, 0), arg(call.Arguments, 1), arg(call.Arguments, 2))
		return nil
	}).(*goja.Object)
	m.nameClass(ctor, "Dirent", 3)
	m.typeTests(ctor.Get("prototype").(*goja.Object), func(this *goja.Object) int {
		return int(this.GetSymbol(m.direntType).ToInteger())
	})
	return ctor
}

// fillDirent sets a Dirent's properties.
func (m *fsModule) fillDirent(obj *goja.Object, name, typ, parent goja.Value) {
	_ = obj.Set("name", name)
	_ = obj.Set("parentPath", parent)
	_ = obj.Set("path", parent)
	_ = obj.SetSymbol(m.direntType, typ)
}

// entry is one name readdir found.
type entry struct {
	name   string // relative to the directory listed
	base   string // the last element of name
	parent string // the directory holding it, as Node's Dirent reports it
	typ    int
}

// readdir is fs.readdir(path, [options]): the sorted names in a directory
// (or Dirents with withFileTypes), and with recursive those below it, level
// by level as Node lists them.
func (m *fsModule) readdir() parser {
	return func(args []goja.Value) job {
		opts := m.options(arg(args, 1))
		enc := m.encoding(opts, encoding{enc: buffer.UTF8})
		withTypes := get(opts, "withFileTypes").ToBoolean()
		recursive := m.boolOption(opts, "recursive", false)
		path := m.path(arg(args, 0), "path")
		return job{
			run: func() (any, error) { return listDir(path, recursive, !withTypes) },
			values: func(res any) []goja.Value {
				entries := res.([]entry)
				out := make([]any, len(entries))
				for i, e := range entries {
					if withTypes {
						d := m.vm.CreateObject(m.dirent.Get("prototype").(*goja.Object))
						m.fillDirent(d, m.nameValue(e.base, enc), m.vm.ToValue(e.typ), m.vm.ToValue(e.parent))
						out[i] = d
					} else {
						out[i] = m.nameValue(e.name, enc)
					}
				}
				return []goja.Value{m.vm.NewArray(out...)}
			},
		}
	}
}

// nameValue returns a file name as a string in enc, or a Buffer.
func (m *fsModule) nameValue(name string, enc encoding) goja.Value {
	if !enc.raw && enc.enc == buffer.UTF8 {
		return m.vm.ToValue(name)
	}
	return m.bytesValue([]byte(name), enc)
}

// listDir lists root, and with recursive every directory below it, breadth
// first. followLinks descends into links to directories too, as Node does
// when it returns names rather than Dirents.
func listDir(root string, recursive, followLinks bool) ([]entry, error) {
	type dir struct{ path, rel string }
	queue := []dir{{path: root}}
	var out []entry
	for i := 0; i < len(queue); i++ {
		d := queue[i]
		items, err := os.ReadDir(d.path)
		if err != nil && (i == 0 || !os.IsNotExist(err)) {
			return nil, onPath(err, "scandir", d.path)
		}
		for _, it := range items {
			e := entry{name: pathpkg.Join(d.rel, it.Name()), base: it.Name(), parent: d.path, typ: entryType(it.Type())}
			out = append(out, e)
			if recursive && (e.typ == direntDir || followLinks && e.typ == direntLink && isDir(pathpkg.Join(d.path, e.base))) {
				queue = append(queue, dir{path: pathpkg.Join(d.path, e.base), rel: e.name})
			}
		}
	}
	return out, nil
}

// isDir reports whether path is, or links to, a directory.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// entryType maps a directory entry's type bits to libuv's dirent type.
func entryType(t fs.FileMode) int {
	switch {
	case t.IsRegular():
		return direntFile
	case t.IsDir():
		return direntDir
	case t&fs.ModeSymlink != 0:
		return direntLink
	case t&fs.ModeNamedPipe != 0:
		return direntFIFO
	case t&fs.ModeSocket != 0:
		return direntSocket
	case t&fs.ModeCharDevice != 0:
		return direntChar
	case t&fs.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}
