package console

import (
	"io"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	nsstream "github.com/nodeshim/nodeshim/nodecompat/stream"
)

// sink is where a console writes its lines.
type sink interface {
	// write writes one whole line in a single call.
	write(s string)
	// colors reports whether colorMode 'auto' colors output to this sink.
	colors() bool
	// isTTY reports whether console.clear should clear this sink.
	isTTY() bool
}

// stdioSink is the global console's stdout or stderr: it writes through
// process.stdout or process.stderr, as Node's console does (a script that
// replaces the stream's write, or corks it, sees console output go that
// way), and judges colors and TTY-ness on the descriptor's writer. The
// stream is fetched at the first write, so that it is made only when used.
//
// While the stream is idle and its write is the one it was made with, a
// line goes straight to the descriptor's writer, which is where the
// stream's synchronous _write would put it: a write through the stream's
// JavaScript costs twice the rest of console.log in goja.
type stdioSink struct {
	*writerSink
	vm       *goja.Runtime
	fetch    func() *goja.Object
	out      *streamSink // made at the first write
	original goja.Value  // the stream's write when fetched, unless replaced by then
}

func (s *stdioSink) write(str string) {
	if s.out == nil {
		stream := s.fetch()
		s.out = &streamSink{vm: s.vm, stream: stream, ignoreErrors: true}
		if !hasOwn(stream, "write") {
			s.original = stream.Get("write")
		}
	}
	if s.idle() {
		s.writerSink.write(str)
		return
	}
	s.out.write(str)
}

// idle tells whether a write through the stream would go straight to its
// _write and leave nothing behind: write not replaced, nothing corked,
// queued or in progress, the stream neither ending nor failed.
func (s *stdioSink) idle() bool {
	stream := s.out.stream
	if s.original == nil || !stream.Get("write").SameAs(s.original) {
		return false
	}
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return false
	}
	flags, ok := nsstream.WritableStateFlags(st)
	return ok && flags&busyFlags == 0 && st.Get("length").ToInteger() == 0
}

// busyFlags are the flags of a stream's writable state that keep a line
// from going straight to the descriptor.
const busyFlags = nsstream.WritableEnding | nsstream.WritableDestroyed | nsstream.WritableErrored |
	nsstream.WritableWriting | nsstream.WritableCorked

// writerSink writes to a Go writer.
type writerSink struct {
	w   io.Writer
	tty bool
}

// newWriterSink wraps w, noting whether it is a terminal: an *os.File, or
// any writer that reports its file descriptor with Fd().
func newWriterSink(w io.Writer) *writerSink {
	s := &writerSink{w: w}
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
		s.tty = err == nil
	}
	return s
}

func (s *writerSink) write(str string) { _, _ = io.WriteString(s.w, str) }

func (s *writerSink) isTTY() bool { return s.tty && os.Getenv("TERM") != "dumb" }

// colors follows Node's shouldColorize for a terminal: FORCE_COLOR decides
// when set, NO_COLOR and NODE_DISABLE_COLORS and TERM=dumb turn colors off.
func (s *writerSink) colors() bool {
	if force, ok := os.LookupEnv("FORCE_COLOR"); ok {
		return force != "0" && force != "false"
	}
	if !s.tty || os.Getenv("TERM") == "dumb" {
		return false
	}
	_, noColor := os.LookupEnv("NO_COLOR")
	_, disabled := os.LookupEnv("NODE_DISABLE_COLORS")
	return !noColor && !disabled
}

// streamSink writes to a JS object with a write method (a Writable). As
// Node's console does, it looks the method up at every write, so a
// replaced write sees the output.
type streamSink struct {
	vm           *goja.Runtime
	stream       *goja.Object
	ignoreErrors bool
	onWritten    goja.Value // the write callback when errors are ignored
	noop         goja.Value // the 'error' listener that stands by then
}

func (s *streamSink) write(str string) {
	if !s.ignoreErrors {
		callMethod(s.vm, s.stream, "write", s.vm.ToValue(str))
		return
	}
	if s.onWritten == nil {
		s.onWritten = s.vm.ToValue(s.afterWrite)
		s.noop = s.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	// What the write throws is swallowed; a noop 'error' listener stands
	// by meanwhile, unless the stream has listeners of its own.
	_ = s.vm.Try(func() {
		s.standBy()
		callMethod(s.vm, s.stream, "write", s.vm.ToValue(str), s.onWritten)
	})
	callMethod(s.vm, s.stream, "removeListener", s.vm.ToValue("error"), s.noop)
}

// standBy adds the noop 'error' listener once if the stream has none.
func (s *streamSink) standBy() {
	if callMethod(s.vm, s.stream, "listenerCount", s.vm.ToValue("error")).ToInteger() == 0 {
		callMethod(s.vm, s.stream, "once", s.vm.ToValue("error"), s.noop)
	}
}

// afterWrite is the callback of an error-ignoring write: an error the
// stream will emit, and that nobody listens for, gets the noop listener so
// that it does not end the process.
func (s *streamSink) afterWrite(call goja.FunctionCall) goja.Value {
	err := call.Argument(0)
	if goja.IsUndefined(err) || goja.IsNull(err) {
		return goja.Undefined()
	}
	if st, ok := s.stream.Get("_writableState").(*goja.Object); ok {
		if flags, ok := nsstream.WritableStateFlags(st); ok && flags&nsstream.WritableErrorEmitted != 0 {
			return goja.Undefined()
		}
	}
	s.standBy()
	return goja.Undefined()
}

// callMethod calls obj[name](args...) and returns its result; a missing
// method is a TypeError, and what the method throws is rethrown.
func callMethod(vm *goja.Runtime, obj *goja.Object, name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(obj.Get(name))
	if !ok {
		panic(vm.NewTypeError("stream." + name + " is not a function"))
	}
	v, err := fn(obj, args...)
	if err != nil {
		panic(err)
	}
	return v
}

func (s *streamSink) isTTY() bool {
	return s.stream.Get("isTTY") != nil && s.stream.Get("isTTY").ToBoolean()
}

// colors is Node's shouldColorize for a stream: a TTY whose color depth (if
// it reports one) is more than 2.
func (s *streamSink) colors() bool {
	if !s.isTTY() {
		return false
	}
	depth, ok := goja.AssertFunction(s.stream.Get("getColorDepth"))
	if !ok {
		return true
	}
	d, err := depth(s.stream)
	return err == nil && d.ToInteger() > 2
}
