package process

import (
	"errors"
	"io"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// stdinChunk is how much one read of stdin asks for.
const stdinChunk = 64 << 10

// stdinReader reads stdin for process.stdin, one read at a time when the
// stream asks for data. Reads run on a goroutine of their own (stdin may
// be a terminal or a pipe that blocks) and post what they got to the
// loop. While a read is outstanding the loop stays alive, unless the
// stream let go of it (ref(false), when paused).
type stdinReader struct {
	p      *Process
	r      io.Reader
	done   goja.Callable // done(err, chunk): a Buffer, or null at the end
	handle *loop.Handle
	want   chan struct{}

	outstanding bool
	held        bool // the stream wants the loop kept alive while reading
	ended       bool // at the end of stdin, or closed
	closed      bool
}

// newReader is reader(fd, done): the native reader of process.stdin, with
// read(), ref(bool) and close().
func (p *Process) newReader(call goja.FunctionCall) goja.Value {
	done, ok := goja.AssertFunction(call.Argument(1))
	if !ok {
		panic(p.vm.NewTypeError("process: reader needs a callback"))
	}
	s := &stdinReader{p: p, r: p.opts.Stdin, done: done, held: true}
	o := p.vm.NewObject()
	_ = o.Set("read", func() { s.read() })
	_ = o.Set("ref", func(on bool) { s.ref(on) })
	_ = o.Set("close", func() { s.close() })
	return o
}

// read starts one read unless one is outstanding or stdin has ended.
func (s *stdinReader) read() {
	if s.outstanding || s.ended {
		return
	}
	s.outstanding = true
	if s.handle == nil {
		s.handle = s.p.host.Loop().NewHandle()
		s.want = make(chan struct{}, 1)
		go s.run(s.p.host.Loop())
	}
	s.updateRef()
	s.want <- struct{}{}
}

// close stops reading: an outstanding read's outcome is dropped, and the
// loop is let go.
func (s *stdinReader) close() {
	if s.closed {
		return
	}
	s.closed, s.ended = true, true
	if s.handle != nil {
		s.handle.Close()
		close(s.want) // the goroutine ends after the read in progress
	}
}

// ref says whether an outstanding read keeps the loop alive.
func (s *stdinReader) ref(on bool) {
	s.held = on
	s.updateRef()
}

func (s *stdinReader) updateRef() {
	switch {
	case s.handle == nil:
	case s.outstanding && s.held:
		s.handle.Ref()
	default:
		s.handle.Unref()
	}
}

// run performs the reads asked for, until the end of stdin or an error.
func (s *stdinReader) run(l *loop.Loop) {
	for range s.want {
		buf := make([]byte, stdinChunk)
		n, err := s.r.Read(buf)
		for n == 0 && err == nil {
			n, err = s.r.Read(buf)
		}
		l.Post(func() { s.deliver(buf[:n], err) })
		if err != nil {
			return
		}
	}
}

// deliver hands a read's outcome to the stream, on the loop.
func (s *stdinReader) deliver(b []byte, err error) {
	vm := s.p.vm
	s.outstanding = false
	if s.closed {
		return // closed meanwhile
	}
	if len(b) > 0 {
		s.p.host.Call(s.done, goja.Undefined(), goja.Null(), buffer.Wrap(vm, b))
	}
	if err != nil {
		s.ended = true
		s.handle.Close()
		if errors.Is(err, io.EOF) {
			s.p.host.Call(s.done, goja.Undefined(), goja.Null(), goja.Null())
		} else {
			s.p.host.Call(s.done, goja.Undefined(), nodeerr.System(vm, err, "read", ""))
		}
	}
	s.updateRef()
}
