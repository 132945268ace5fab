package process

import (
	"io"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// defineStreams sets process.stdout and process.stderr (synchronous writers,
// as Node's are for files and pipes) and process.stdin.
func (p *Process) defineStreams() {
	p.set("stdout", p.writeStream(p.opts.Stdout, 1))
	p.set("stderr", p.writeStream(p.opts.Stderr, 2))
	p.set("stdin", p.readStream(p.opts.Stdin, 0))
}

// newEmitter creates an object that inherits process's EventEmitter methods.
func (p *Process) newEmitter() *goja.Object {
	o := p.vm.NewObject()
	_ = o.SetPrototype(p.obj.Prototype())
	return o
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// writeStream builds a Writable-like stream over w.
func (p *Process) writeStream(w io.Writer, fd int) *goja.Object {
	vm := p.vm
	s := p.newEmitter()
	tty := false
	if f, ok := w.(*os.File); ok && int(f.Fd()) == fd {
		tty = isTerminal(fd)
	}
	_ = s.Set("fd", fd)
	_ = s.Set("isTTY", tty)
	_ = s.Set("writable", true)
	if tty {
		if ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ); err == nil {
			_ = s.Set("columns", int(ws.Col))
			_ = s.Set("rows", int(ws.Row))
		}
	}
	_ = s.Set("write", func(call goja.FunctionCall) goja.Value {
		data, ok := p.chunkBytes(call.Argument(0), call.Argument(1))
		if !ok {
			panic(nodeerr.InvalidArgType(vm, "chunk", "of type string or an instance of Buffer or Uint8Array", call.Argument(0)))
		}
		_, err := w.Write(data)
		cb := lastFunction(call.Arguments[1:])
		if cb != nil {
			var args []goja.Value
			if err != nil {
				args = append(args, nodeerr.System(vm, err, "write", ""))
			} else {
				args = append(args, goja.Null())
			}
			p.host.NextTick(cb, args...)
		}
		return vm.ToValue(true)
	})
	_ = s.Set("end", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 && !goja.IsUndefined(call.Argument(0)) {
			if data, ok := p.chunkBytes(call.Argument(0), call.Argument(1)); ok {
				_, _ = w.Write(data)
			}
		}
		return s
	})
	_ = s.Set("cork", func() {})
	_ = s.Set("uncork", func() {})
	_ = s.Set("writableLength", 0)
	_ = s.Set("writableHighWaterMark", 16384)
	_ = s.Set("getColorDepth", func() int { return 1 })
	_ = s.Set("hasColors", func() bool { return false })
	return s
}

// chunkBytes converts a write chunk: a string (utf8, or encoded with the
// given encoding when the runtime's Buffer can do it) or a byte view.
func (p *Process) chunkBytes(chunk, encoding goja.Value) ([]byte, bool) {
	if s, ok := chunk.Export().(string); ok {
		if enc, isStr := encoding.Export().(string); isStr && enc != "utf8" && enc != "utf-8" {
			if b, ok := p.encode(s, enc); ok {
				return b, true
			}
		}
		return []byte(s), true
	}
	if b, ok := chunk.Export().([]byte); ok {
		return b, true
	}
	return nil, false
}

// encode turns s into bytes with Buffer.from(s, enc).
func (p *Process) encode(s, enc string) ([]byte, bool) {
	bufCtor, ok := p.vm.Get("Buffer").(*goja.Object)
	if !ok {
		return nil, false
	}
	from, ok := goja.AssertFunction(bufCtor.Get("from"))
	if !ok {
		return nil, false
	}
	v, err := from(bufCtor, p.vm.ToValue(s), p.vm.ToValue(enc))
	if err != nil {
		return nil, false
	}
	b, ok := v.Export().([]byte)
	return b, ok
}

// lastFunction returns the last argument if it is a function.
func lastFunction(args []goja.Value) goja.Callable {
	if len(args) == 0 {
		return nil
	}
	fn, _ := goja.AssertFunction(args[len(args)-1])
	return fn
}
