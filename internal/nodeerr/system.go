package nodeerr

import (
	"errors"
	"strconv"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// SysCallError is a failed system call as Node reports it: the errno, the
// call's name, and the path (and for two-path calls the destination) given.
type SysCallError struct {
	Errno   syscall.Errno
	Syscall string
	Path    string
	Dest    string
	HasPath bool
	HasDest bool
}

// Error returns Node's message: "ENOENT: no such file or directory, open '/x'".
func (e *SysCallError) Error() string {
	msg := ErrnoCode(e.Errno) + ": " + ErrnoMessage(e.Errno) + ", " + e.Syscall
	if e.HasPath {
		msg += " '" + e.Path + "'"
	}
	if e.HasDest {
		msg += " -> '" + e.Dest + "'"
	}
	return msg
}

// ToJS builds the Error with errno, code, syscall, path and dest in Node's
// property order. Its stack starts "Error: ENOENT: ...": system errors carry
// the code in the message, not in brackets.
func (e *SysCallError) ToJS(vm *goja.Runtime) *goja.Object {
	ctor, _ := vm.Get("Error").(*goja.Object)
	obj, err := vm.New(ctor, vm.ToValue(e.Error()))
	if err != nil {
		panic(err)
	}
	_ = obj.Set("errno", -int(e.Errno))
	_ = obj.Set("code", ErrnoCode(e.Errno))
	_ = obj.Set("syscall", e.Syscall)
	if e.HasPath {
		_ = obj.Set("path", e.Path)
	}
	if e.HasDest {
		_ = obj.Set("dest", e.Dest)
	}
	return obj
}

// System returns Node's error for a failed system call on path (none if
// path is empty). An error that is not an errno becomes a plain Error with
// its text.
func System(vm *goja.Runtime, err error, syscallName, path string) *goja.Object {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		ctor, _ := vm.Get("Error").(*goja.Object)
		obj, _ := vm.New(ctor, vm.ToValue(err.Error()))
		return obj
	}
	e := &SysCallError{Errno: errno, Syscall: syscallName, Path: path, HasPath: path != ""}
	return e.ToJS(vm)
}

// ErrnoCode is the symbolic name of errno ("ENOENT").
func ErrnoCode(errno syscall.Errno) string {
	return sockerr.CodeOf(errno)
}

// ErrnoMessage is libuv's description of errno, which Node uses instead of
// the C library's (EEXIST is "file already exists", not "file exists").
func ErrnoMessage(errno syscall.Errno) string {
	if msg, ok := uvMessages[errno]; ok {
		return msg
	}
	return "Unknown system error -" + strconv.Itoa(int(errno))
}
