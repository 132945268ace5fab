package process

import (
	"io"
	"os"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
)

// stdinStream is process.stdin: it starts reading when a 'data' listener is
// added or resume() is called, keeps the loop alive while flowing, and emits
// 'data' chunks (Buffers, or strings after setEncoding), then 'end' and
// 'close'.
type stdinStream struct {
	p        *Process
	obj      *goja.Object
	r        io.Reader
	handle   *loop.Handle
	started  bool
	flowing  bool
	ended    bool
	encoding goja.Value
	pending  [][]byte
	eof      bool
}

// readStream builds process.stdin over r.
func (p *Process) readStream(r io.Reader, fd int) *goja.Object {
	s := &stdinStream{p: p, obj: p.newEmitter(), r: r, encoding: goja.Undefined()}
	o := s.obj
	tty := false
	if f, ok := r.(*os.File); ok && int(f.Fd()) == fd {
		tty = isTerminal(fd)
	}
	_ = o.Set("fd", fd)
	_ = o.Set("isTTY", tty)
	_ = o.Set("readable", true)
	_ = o.Set("resume", func() goja.Value { s.resume(); return o })
	_ = o.Set("pause", func() goja.Value { s.pause(); return o })
	_ = o.Set("isPaused", func() bool { return !s.flowing })
	_ = o.Set("setEncoding", func(enc goja.Value) goja.Value { s.encoding = enc; return o })
	_ = o.Set("unref", func() goja.Value {
		if s.handle != nil {
			s.handle.Unref()
		}
		return o
	})
	_ = o.Set("ref", func() goja.Value {
		if s.handle != nil && s.flowing {
			s.handle.Ref()
		}
		return o
	})
	on, _ := goja.AssertFunction(o.Get("on"))
	_, _ = on(o, p.vm.ToValue("newListener"), p.vm.ToValue(func(name goja.Value) {
		if name.String() == "data" {
			p.host.Loop().Post(s.resume) // after the listener is attached
		}
	}))
	return o
}

func (s *stdinStream) resume() {
	if s.ended || s.flowing {
		return
	}
	s.flowing = true
	if !s.started {
		s.started = true
		s.handle = s.p.host.Loop().NewHandle()
		go s.readLoop(s.p.host.Loop())
	} else if s.handle != nil {
		s.handle.Ref()
	}
	s.deliver()
}

func (s *stdinStream) pause() {
	s.flowing = false
	if s.handle != nil {
		s.handle.Unref()
	}
}

// readLoop reads in its own goroutine (stdin may be a terminal or a pipe,
// which cannot be put into the loop's epoll portably) and posts chunks.
func (s *stdinStream) readLoop(l *loop.Loop) {
	for {
		buf := make([]byte, 65536)
		n, err := s.r.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			l.Post(func() { s.pending = append(s.pending, chunk); s.deliver() })
		}
		if err != nil {
			l.Post(func() { s.eof = true; s.deliver() })
			return
		}
	}
}

// deliver emits queued chunks while flowing, then end and close after EOF.
func (s *stdinStream) deliver() {
	for s.flowing && len(s.pending) > 0 {
		chunk := s.pending[0]
		s.pending = s.pending[1:]
		s.emit("data", s.chunkValue(chunk))
	}
	if s.flowing && s.eof && len(s.pending) == 0 && !s.ended {
		s.ended = true
		s.handle.Close()
		s.emit("end")
		s.emit("close")
	}
}

func (s *stdinStream) chunkValue(b []byte) goja.Value {
	vm := s.p.vm
	if !goja.IsUndefined(s.encoding) {
		return vm.ToValue(string(b))
	}
	bufCtor, _ := vm.Get("Buffer").(*goja.Object)
	if bufCtor != nil {
		if from, ok := goja.AssertFunction(bufCtor.Get("from")); ok {
			if v, err := from(bufCtor, vm.ToValue(vm.NewArrayBuffer(b))); err == nil {
				return v
			}
		}
	}
	return vm.ToValue(vm.NewArrayBuffer(b))
}

func (s *stdinStream) emit(name string, args ...goja.Value) {
	emit, _ := goja.AssertFunction(s.obj.Get("emit"))
	all := append([]goja.Value{s.p.vm.ToValue(name)}, args...)
	s.p.host.Call(emit, s.obj, all...)
}
