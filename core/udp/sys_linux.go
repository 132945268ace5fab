package udp

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// The raw system calls that golang.org/x/sys/unix does not wrap for us:
// batched I/O, and bind/connect/setsockopt on prepared C structures.

// errnoOf turns a raw call's error number into an error, nil for 0.
func errnoOf(e unix.Errno) error {
	if e != 0 {
		return e
	}
	return nil
}

// recvmmsg receives up to len(hdrs) datagrams without blocking.
func recvmmsg(fd int, hdrs []unix.Mmsghdr) (int, error) {
	n, _, e := unix.Syscall6(unix.SYS_RECVMMSG, uintptr(fd), uintptr(unsafe.Pointer(&hdrs[0])),
		uintptr(len(hdrs)), unix.MSG_DONTWAIT, 0, 0)
	return int(n), errnoOf(e)
}

// sendmmsg sends up to len(hdrs) datagrams without blocking and returns how
// many the kernel took; an error means the first one failed.
func sendmmsg(fd int, hdrs []unix.Mmsghdr) (int, error) {
	n, _, e := unix.Syscall6(unix.SYS_SENDMMSG, uintptr(fd), uintptr(unsafe.Pointer(&hdrs[0])),
		uintptr(len(hdrs)), unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL, 0, 0)
	return int(n), errnoOf(e)
}

// bindRaw binds fd to an encoded socket address.
func bindRaw(fd int, sa *unix.RawSockaddrInet6, salen uint32) error {
	_, _, e := unix.Syscall(unix.SYS_BIND, uintptr(fd), uintptr(unsafe.Pointer(sa)), uintptr(salen))
	return errnoOf(e)
}

// connectRaw connects fd to an encoded socket address; a family of
// AF_UNSPEC dissolves the association.
func connectRaw(fd int, sa *unix.RawSockaddrInet6, salen uint32) error {
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(sa)), uintptr(salen))
	return errnoOf(e)
}

// setsockoptRaw sets an option whose value is a C structure.
func setsockoptRaw(fd, level, opt int, val unsafe.Pointer, size uintptr) error {
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(val), size, 0)
	return errnoOf(e)
}
