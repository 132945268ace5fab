package process

import (
	"embed"
	"os"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

//go:embed js/stdio.js
var stdioFS embed.FS

// stdioProgram is js/stdio.js, compiled once per process.
var stdioProgram = sync.OnceValue(func() *goja.Program {
	src, err := stdioFS.ReadFile("js/stdio.js")
	if err != nil {
		panic(err)
	}
	return goja.MustCompile("node:internal/bootstrap/switches/is_main_thread", string(src), true)
})

// defineStreams defines process.stdout, process.stderr and process.stdin
// as getters, as Node does: each stream is built on first use, from the
// stream module.
func (p *Process) defineStreams() {
	p.lazyStream("stdout", func(f *goja.Object) goja.Value { return p.call(f.Get("writable"), 1) })
	p.lazyStream("stderr", func(f *goja.Object) goja.Value { return p.call(f.Get("writable"), 2) })
	p.lazyStream("stdin", func(f *goja.Object) goja.Value { return p.call(f.Get("readable"), 0) })
}

// lazyStream defines process[name] as a getter that builds the stream with
// build (given the factories of js/stdio.js) the first time.
func (p *Process) lazyStream(name string, build func(factories *goja.Object) goja.Value) {
	var stream goja.Value
	getter := p.vm.ToValue(func(goja.FunctionCall) goja.Value {
		if stream == nil {
			stream = build(p.stdioFactories())
		}
		return stream
	})
	if err := p.obj.DefineAccessorProperty(name, getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		panic(err)
	}
}

// stdioFactories runs js/stdio.js once per runtime and returns its
// factories of standard streams.
func (p *Process) stdioFactories() *goja.Object {
	if p.stdio != nil {
		return p.stdio
	}
	if p.opts.Core == nil {
		panic(p.vm.NewTypeError("process: the standard streams need the stream module"))
	}
	streamExports, ok := p.opts.Core("stream")
	if !ok {
		panic(p.vm.NewTypeError("process: the stream module is not registered"))
	}
	fn, err := p.vm.RunProgram(stdioProgram())
	if err != nil {
		panic(err)
	}
	natives := p.vm.NewObject()
	_ = natives.Set("stream", streamExports)
	_ = natives.Set("kind", func(fd int) string { return p.stdioKind(fd) })
	_ = natives.Set("write", p.writeNative)
	_ = natives.Set("winsize", p.winsize)
	_ = natives.Set("reader", p.newReader)
	_ = natives.Set("shut", func(fd int64) { p.writerFor(fd).shut = true })
	p.stdio = p.call(fn, natives).(*goja.Object)
	return p.stdio
}

// call calls a JavaScript function and rethrows what it throws.
func (p *Process) call(fn goja.Value, args ...any) goja.Value {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(p.vm.NewTypeError("process: not a function"))
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = p.vm.ToValue(a)
	}
	v, err := f(goja.Undefined(), vals...)
	if err != nil {
		panic(err)
	}
	return v
}

// stdioFile returns the standard stream fd as a file when it is the
// process's own descriptor (not a Go reader or writer given instead).
func (p *Process) stdioFile(fd int) (*os.File, bool) {
	var v any
	switch fd {
	case 0:
		v = p.opts.Stdin
	case 1:
		v = p.opts.Stdout
	case 2:
		v = p.opts.Stderr
	}
	f, ok := v.(*os.File)
	return f, ok && int(f.Fd()) == fd
}

// stdioKind tells what a standard descriptor is, as Node chooses its
// stream: "file" (a regular file or a device such as /dev/null), "tty", or
// "pipe" (a pipe, a socket, or a Go reader or writer).
func (p *Process) stdioKind(fd int) string {
	f, ok := p.stdioFile(fd)
	if !ok {
		return "pipe"
	}
	if isTerminal(fd) {
		return "tty"
	}
	st, err := f.Stat()
	if err != nil {
		return "pipe"
	}
	if mode := st.Mode(); mode.IsRegular() || mode&os.ModeCharDevice != 0 {
		return "file"
	}
	return "pipe"
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// winsize returns [columns, rows] of a terminal, or undefined.
func (p *Process) winsize(fd int) goja.Value {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return goja.Undefined()
	}
	return p.vm.ToValue([]int{int(ws.Col), int(ws.Row)})
}

// writeNative is write(fd, chunk, encoding): it writes to stdout or stderr
// at once and returns the error, or undefined.
func (p *Process) writeNative(call goja.FunctionCall) goja.Value {
	vm := p.vm
	w := p.writerFor(call.Argument(0).ToInteger())
	data, ok := p.chunkBytes(call.Argument(1), call.Argument(2))
	if !ok {
		panic(nodeerr.InvalidArgType(vm, "chunk", "of type string or an instance of Buffer or Uint8Array", call.Argument(1)))
	}
	if _, err := w.Write(data); err != nil {
		return nodeerr.System(vm, err, "write", "")
	}
	return goja.Undefined()
}

// chunkBytes converts a write chunk: a string (utf8, or encoded with the
// given encoding when the runtime's Buffer can do it) or a byte view.
func (p *Process) chunkBytes(chunk, encoding goja.Value) ([]byte, bool) {
	if s, ok := chunk.Export().(string); ok {
		if enc, isStr := encoding.Export().(string); isStr && enc != "utf8" && enc != "utf-8" && enc != "buffer" {
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
