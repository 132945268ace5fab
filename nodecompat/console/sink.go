package console

import (
	"io"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
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

// streamSink writes to a JS object with a write method (a Writable).
type streamSink struct {
	vm           *goja.Runtime
	stream       *goja.Object
	writeFn      goja.Callable
	ignoreErrors bool
}

func (s *streamSink) write(str string) {
	_, err := s.writeFn(s.stream, s.vm.ToValue(str))
	if err != nil && !s.ignoreErrors {
		panic(err)
	}
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
