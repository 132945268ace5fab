package fs

import (
	"errors"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// sysError is a failed system call as Node reports it.
type sysError = nodeerr.SysCallError

// onPath returns the error of a call on path; a non-errno err is returned
// unchanged.
func onPath(err error, call, path string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err
	}
	return &sysError{Errno: errno, Syscall: call, Path: path, HasPath: true}
}

// onPaths returns the error of a call from path to dest.
func onPaths(err error, call, path, dest string) error {
	e := onPath(err, call, path)
	if se, ok := e.(*sysError); ok {
		se.Dest, se.HasDest = dest, true
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
	return &sysError{Errno: errno, Syscall: call}
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
		return se.ToJS(vm)
	}
	return vm.NewGoError(err)
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
