package fs

import (
	"errors"
	"strconv"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// sysError is a failed system call as Node reports it: the syscall's name,
// the path (and for two-path calls the destination) it was given.
type sysError struct {
	errno   syscall.Errno
	syscall string
	path    string
	dest    string
	hasPath bool
	hasDest bool
}

func (e *sysError) Error() string { return e.message() }

// message is Node's text: "ENOENT: no such file or directory, open '/x'".
func (e *sysError) message() string {
	msg := errnoCode(e.errno) + ": " + errnoMessage(e.errno) + ", " + e.syscall
	if e.hasPath {
		msg += " '" + e.path + "'"
	}
	if e.hasDest {
		msg += " -> '" + e.dest + "'"
	}
	return msg
}

// onPath returns the error of a call on path; a non-errno err is returned
// unchanged.
func onPath(err error, call, path string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err
	}
	return &sysError{errno: errno, syscall: call, path: path, hasPath: true}
}

// onPaths returns the error of a call from path to dest.
func onPaths(err error, call, path, dest string) error {
	e := onPath(err, call, path)
	if se, ok := e.(*sysError); ok {
		se.dest, se.hasDest = dest, true
	}
	return e
}

// onFd returns the error of a call on a file descriptor, which Node reports
// without a path.
func onFd(err error, call string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err
	}
	return &sysError{errno: errno, syscall: call}
}

// errnoCode is the symbolic name of errno ("ENOENT").
func errnoCode(errno syscall.Errno) string {
	if name := unix.ErrnoName(errno); name != "" {
		return name
	}
	return "UNKNOWN"
}

// errnoMessage is libuv's description of errno, which Node uses instead of
// the C library's (EEXIST is "file already exists", not "file exists").
func errnoMessage(errno syscall.Errno) string {
	if msg, ok := uvMessages[errno]; ok {
		return msg
	}
	return "Unknown system error -" + strconv.Itoa(int(errno))
}

// toJS turns an error of a job into the JavaScript error Node throws.
func toJS(vm *goja.Runtime, err error) goja.Value {
	var se *sysError
	var de *dirError
	var je *jsError
	switch {
	case errors.As(err, &je):
		return je.value
	case errors.As(err, &de):
		return de.toJS(vm)
	case errors.As(err, &se):
		return se.toJS(vm)
	}
	return vm.NewGoError(err)
}

// toJS builds the Error with errno, code, syscall, path and dest, in Node's
// property order. Its stack starts "Error: ENOENT: ...", without the code in
// brackets that Node's internal errors show.
func (e *sysError) toJS(vm *goja.Runtime) *goja.Object {
	ctor, _ := vm.Get("Error").(*goja.Object)
	obj, err := vm.New(ctor, vm.ToValue(e.message()))
	if err != nil {
		panic(err)
	}
	_ = obj.Set("errno", -int(e.errno))
	_ = obj.Set("code", errnoCode(e.errno))
	_ = obj.Set("syscall", e.syscall)
	if e.hasPath {
		_ = obj.Set("path", e.path)
	}
	if e.hasDest {
		_ = obj.Set("dest", e.dest)
	}
	return obj
}

// jsError carries an error already built as a JavaScript value, such as a
// validation error found while a job runs on the loop's goroutine.
type jsError struct{ value goja.Value }

func (e *jsError) Error() string { return e.value.String() }

// dirError is Node's SystemError ERR_FS_EISDIR, which rm throws for a
// directory without the recursive option.
type dirError struct{ path string }

func (e *dirError) Error() string { return e.message() }

func (e *dirError) message() string {
	return "Path is a directory: rm returned EISDIR (is a directory) " + e.path
}

// toJS builds the SystemError: name SystemError, code ERR_FS_EISDIR, an info
// object and errno, syscall and path mirrored from it.
func (e *dirError) toJS(vm *goja.Runtime) *goja.Object {
	ctor, _ := vm.Get("Error").(*goja.Object)
	obj, err := vm.New(ctor, vm.ToValue(e.message()))
	if err != nil {
		panic(err)
	}
	_ = obj.DefineDataProperty("name", vm.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	nodeerr.Decorate(vm, obj, "ERR_FS_EISDIR")
	info := vm.NewObject()
	_ = info.Set("code", "EISDIR")
	_ = info.Set("message", "is a directory")
	_ = info.Set("path", e.path)
	_ = info.Set("syscall", "rm")
	_ = info.Set("errno", int(syscall.EISDIR))
	_ = obj.Set("info", info)
	_ = obj.Set("errno", int(syscall.EISDIR))
	_ = obj.Set("syscall", "rm")
	_ = obj.Set("path", e.path)
	toString := func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(vm)
		return vm.ToValue(this.Get("name").String() + " [" + this.Get("code").String() + "]: " + this.Get("message").String())
	}
	_ = obj.DefineDataProperty("toString", vm.ToValue(toString), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}
