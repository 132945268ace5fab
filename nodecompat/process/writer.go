package process

import (
	"io"
	"os"
	"syscall"
)

// stdioWriter is stdout or stderr as every writer of the runtime (the
// stream, console) shares it. Ending the stream over a pipe or socket shuts
// its writing down, as Node's shutdown of the handle does: later writes fail
// with EPIPE and reach nobody.
type stdioWriter struct {
	w    io.Writer
	shut bool
}

// Write implements io.Writer.
func (s *stdioWriter) Write(b []byte) (int, error) {
	if s.shut {
		return 0, &os.SyscallError{Syscall: "write", Err: syscall.EPIPE}
	}
	return s.w.Write(b)
}

// Stdout returns the writer of process.stdout, for the runtime's other
// writers to stdout (console), so that they see what the stream did to it.
func (p *Process) Stdout() io.Writer { return p.stdout }

// Stderr returns the writer of process.stderr; see Stdout.
func (p *Process) Stderr() io.Writer { return p.stderr }

// writerFor returns the writer of fd 1 or 2.
func (p *Process) writerFor(fd int64) *stdioWriter {
	if fd == 2 {
		return p.stderr
	}
	return p.stdout
}
