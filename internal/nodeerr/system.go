package nodeerr

import (
	"errors"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// System returns Node's error for a failed system call on a path, e.g.
// "ENOENT: no such file or directory, open '/x'" with errno, code, syscall and
// path set. An error that is not an errno becomes a plain Error with its text.
func System(vm *goja.Runtime, err error, syscallName, path string) *goja.Object {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		e := Error(vm, "", err.Error())
		_ = e.Delete("code")
		return e
	}
	code := unix.ErrnoName(errno)
	msg := code + ": " + errno.Error() + ", " + syscallName
	if path != "" {
		msg += " '" + path + "'"
	}
	ctor, _ := vm.Get("Error").(*goja.Object)
	e, _ := vm.New(ctor, vm.ToValue(msg))
	_ = e.Set("errno", -int(errno))
	Decorate(vm, e, code)
	_ = e.Set("syscall", syscallName)
	if path != "" {
		_ = e.Set("path", path)
	}
	return e
}
