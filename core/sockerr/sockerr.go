// Package sockerr is the socket core's one error type. It carries what a
// Node.js system error carries (code, errno, syscall, address, port) so that
// both façades build the same JavaScript error from the same failure.
package sockerr

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/sys/unix"
)

// Error is a failed socket operation.
type Error struct {
	// Code is Node's error code, such as "ECONNREFUSED", "ENOTFOUND" or
	// "DEPTH_ZERO_SELF_SIGNED_CERT".
	Code string
	// Errno is the negative OS error number as Node reports it (-111 for
	// ECONNREFUSED), or 0 when the failure did not come from the OS.
	Errno int
	// Syscall names the operation: "connect", "bind", "read", "write",
	// "getaddrinfo", "accept", "send", "recv" ...
	Syscall string
	// Address and Port describe the endpoint involved, when there is one.
	Address string
	Port    int
	// Hostname is the name that failed to resolve (Node's err.hostname on
	// ENOTFOUND and EAI_AGAIN).
	Hostname string
	// Message overrides the generated message (used for TLS and DNS failures).
	Message string
	// Err is the underlying cause.
	Err error
}

// Error returns Node's message shape: "connect ECONNREFUSED 127.0.0.1:80".
func (e *Error) Error() string {
	if e.Message != "" {
		return e.Message
	}
	msg := e.Syscall + " " + e.Code
	if e.Address != "" {
		msg += " " + e.Address
		if e.Port > 0 {
			msg += ":" + strconv.Itoa(e.Port)
		}
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// FromErrno builds an Error from an OS error number.
func FromErrno(syscall string, errno unix.Errno, address string, port int) *Error {
	return &Error{
		Code:    CodeOf(errno),
		Errno:   -int(errno),
		Syscall: syscall,
		Address: address,
		Port:    port,
		Err:     errno,
	}
}

// Wrap turns any error into an *Error: an *Error is returned as is, an error
// wrapping a unix.Errno gets that errno's code, and anything else keeps its
// text as the message, with no code.
func Wrap(syscall string, err error, address string, port int) *Error {
	if err == nil {
		return nil
	}
	var se *Error
	if errors.As(err, &se) {
		return se
	}
	var errno unix.Errno
	if errors.As(err, &errno) {
		return FromErrno(syscall, errno, address, port)
	}
	return &Error{Syscall: syscall, Address: address, Port: port, Message: fmt.Sprintf("%s %v", syscall, err), Err: err}
}

// CodeOf returns the symbolic name of an errno ("ECONNRESET"), as libuv does.
func CodeOf(errno unix.Errno) string {
	if name := unix.ErrnoName(errno); name != "" {
		return name
	}
	return "UNKNOWN"
}
