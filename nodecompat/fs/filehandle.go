package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// openHandle is fs.promises.open(path, [flags], [mode]): a FileHandle.
func (m *fsModule) openHandle(call goja.FunctionCall) goja.Value {
	return m.promise(func() job { return m.open()(call.Arguments) }, func(vals []goja.Value) goja.Value {
		h := m.vm.CreateObject(m.fileHandle)
		_ = h.SetSymbol(m.handleFdKey, vals[0])
		return h
	})
}

// handleMethod is one FileHandle method: an operation called with the
// handle's descriptor first, and what its promise resolves to.
type handleMethod struct {
	name     string
	parse    func(m *fsModule) parser
	resolved func(m *fsModule, vals []goja.Value) goja.Value
}

// handleMethods are the FileHandle methods built from the fs operations.
var handleMethods = []handleMethod{
	{"read", (*fsModule).read, ioResult("bytesRead")},
	{"write", (*fsModule).write, ioResult("bytesWritten")},
	{"readFile", (*fsModule).readFile, firstValue},
	{"writeFile", (*fsModule).writeFile, firstValue},
	{"appendFile", (*fsModule).appendFile, firstValue},
	{"stat", (*fsModule).fstat, firstValue},
	{"truncate", (*fsModule).ftruncate, firstValue},
	{"sync", (*fsModule).fsync, firstValue},
}

// firstValue resolves a FileHandle promise with the operation's result.
func firstValue(_ *fsModule, vals []goja.Value) goja.Value { return first(vals) }

// ioResult resolves read and write with {<count>, buffer} objects with a
// null prototype.
func ioResult(count string) func(m *fsModule, vals []goja.Value) goja.Value {
	return func(m *fsModule, vals []goja.Value) goja.Value {
		o := m.vm.NewObject()
		_ = o.SetPrototype(nil)
		_ = o.Set(count, vals[0])
		_ = o.Set("buffer", vals[1])
		return o
	}
}

// fileHandleProto builds FileHandle.prototype: the fd getter, close and the
// handleMethods.
func (m *fsModule) fileHandleProto() *goja.Object {
	m.handleFdKey = goja.NewSymbol("kFd")
	proto := m.vm.NewObject()
	ctor := m.function("FileHandle", func(goja.FunctionCall) goja.Value {
		panic(m.vm.NewTypeError("Illegal constructor"))
	})
	_ = ctor.Set("prototype", proto)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineAccessorProperty("fd", m.function("get fd", func(call goja.FunctionCall) goja.Value {
		return m.handleFd(call.This)
	}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	for _, hm := range handleMethods {
		p, resolved := hm.parse(m), hm.resolved
		name := hm.name
		m.set(proto, name, func(call goja.FunctionCall) goja.Value {
			fd := m.handleFd(call.This)
			return m.promise(func() job {
				if fd.ToInteger() < 0 {
					panic(m.closedError(name))
				}
				return p(append([]goja.Value{fd}, call.Arguments...))
			}, func(vals []goja.Value) goja.Value { return resolved(m, vals) })
		})
	}
	m.set(proto, "close", m.closeHandle)
	return proto
}

// handleFd returns the descriptor of a FileHandle, -1 once closed.
func (m *fsModule) handleFd(this goja.Value) goja.Value {
	if v := this.ToObject(m.vm).GetSymbol(m.handleFdKey); v != nil {
		return v
	}
	return m.vm.ToValue(-1)
}

// closeHandle is FileHandle.prototype.close(): closing twice succeeds.
func (m *fsModule) closeHandle(call goja.FunctionCall) goja.Value {
	this := call.This.ToObject(m.vm)
	fd := int(m.handleFd(this).ToInteger())
	_ = this.SetSymbol(m.handleFdKey, m.vm.ToValue(-1))
	return m.promise(func() job {
		if fd < 0 {
			return job{run: func() (any, error) { return nil, nil }, values: none}
		}
		return fdJob("close", fd, unix.Close)
	}, first)
}

// closedError is Node's error for an operation on a closed FileHandle.
func (m *fsModule) closedError(syscall string) *goja.Object {
	ctor, _ := m.vm.Get("Error").(*goja.Object)
	e, err := m.vm.New(ctor, m.vm.ToValue("file closed"))
	if err != nil {
		panic(err)
	}
	_ = e.Set("code", "EBADF")
	_ = e.Set("syscall", syscall)
	return e
}
