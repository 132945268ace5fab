//go:build linux

package tcp

import (
	"net/netip"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The raw system calls of the package, each retried on EINTR. Sockets are
// created non-blocking and close-on-exec, so none of these ever blocks.

func sysSocket(family int) (int, error) {
	return unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
}

// sysAccept accepts a connection and returns its socket and the peer's
// address (the zero Addr for a Unix-domain peer). It reads the kernel's
// address itself: unix.Accept4 asks for each IPv4 peer's SO_PROTOCOL (to
// tell L2TP apart), a system call per connection that a TCP listener does
// not need.
func sysAccept(fd int) (int, Addr, error) {
	for {
		var rsa unix.RawSockaddrAny
		size := uint32(unix.SizeofSockaddrAny)
		r, _, errno := unix.RawSyscall6(unix.SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&rsa)),
			uintptr(unsafe.Pointer(&size)), unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0, 0)
		switch errno {
		case 0:
			return int(r), rawAddr(&rsa), nil
		case unix.EINTR:
			continue
		}
		return -1, Addr{}, errno
	}
}

// rawAddr converts an IP address from the kernel; other families give the
// zero Addr.
func rawAddr(rsa *unix.RawSockaddrAny) Addr {
	switch rsa.Addr.Family {
	case unix.AF_INET:
		sa := (*unix.RawSockaddrInet4)(unsafe.Pointer(rsa))
		return Addr{AddrPort: netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), netPort(sa.Port))}
	case unix.AF_INET6:
		sa := (*unix.RawSockaddrInet6)(unsafe.Pointer(rsa))
		ip := netip.AddrFrom16(sa.Addr)
		if sa.Scope_id != 0 {
			ip = ip.WithZone(zoneName(sa.Scope_id))
		}
		return Addr{AddrPort: netip.AddrPortFrom(ip, netPort(sa.Port))}
	}
	return Addr{}
}

// netPort reads a port stored in network byte order.
func netPort(p uint16) uint16 {
	b := (*[2]byte)(unsafe.Pointer(&p))
	return uint16(b[0])<<8 | uint16(b[1])
}

func sysConnect(fd int, sa unix.Sockaddr) error {
	err := unix.Connect(fd, sa)
	if err == unix.EINTR {
		return unix.EINPROGRESS // the connection goes on asynchronously
	}
	return err
}

// sysRead and sysWrite are raw system calls: the socket is non-blocking, so
// the call returns at once and telling the scheduler about it (as
// unix.Read does) only invites it to hand the loop's processor to another
// thread during a long loopback copy, which then has to be taken back.
func sysRead(fd int, b []byte) (int, error) {
	return rawIO(unix.SYS_READ, fd, b)
}

func sysWrite(fd int, b []byte) (int, error) {
	return rawIO(unix.SYS_WRITE, fd, b)
}

// rawIO is read(2) or write(2) of b, retried on EINTR.
func rawIO(trap uintptr, fd int, b []byte) (int, error) {
	var p unsafe.Pointer
	if len(b) > 0 {
		p = unsafe.Pointer(&b[0])
	} else {
		p = unsafe.Pointer(&zeroByte)
	}
	for {
		r, _, errno := unix.RawSyscall(trap, uintptr(fd), uintptr(p), uintptr(len(b)))
		if errno == unix.EINTR {
			continue
		}
		if errno != 0 {
			return int(r), errno
		}
		return int(r), nil
	}
}

// zeroByte is what an empty read or write points at.
var zeroByte byte

// maxIovecs bounds one writev; the kernel's limit is 1024.
const maxIovecs = 64

// iovecPool recycles the iovec arrays of sysWritev so that flushing a
// queue allocates nothing.
var iovecPool = sync.Pool{New: func() any { return new([maxIovecs]unix.Iovec) }}

// sysWritev writes the entries' bytes (those of the first maxIovecs
// non-empty entries) with one writev and returns the bytes written.
func sysWritev(fd int, entries []writeEntry) (int, error) {
	iov := iovecPool.Get().(*[maxIovecs]unix.Iovec)
	defer iovecPool.Put(iov)
	n := 0
	for _, e := range entries {
		b := e.b
		if len(b) == 0 {
			continue
		}
		iov[n].Base = &b[0]
		iov[n].SetLen(len(b))
		n++
		if n == maxIovecs {
			break
		}
	}
	defer clear(iov[:n])
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(n))
		if errno == unix.EINTR {
			continue
		}
		if errno != 0 {
			return 0, errno
		}
		return int(r), nil
	}
}

// sysReadv reads into the arrays in order with one readv and returns the
// bytes read.
func sysReadv(fd int, arrays []bulkArray) (int, error) {
	iov := iovecPool.Get().(*[maxIovecs]unix.Iovec)
	defer iovecPool.Put(iov)
	for i, a := range arrays {
		iov[i].Base = &a.b[0]
		iov[i].SetLen(len(a.b))
	}
	defer clear(iov[:len(arrays)])
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_READV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(len(arrays)))
		if errno == unix.EINTR {
			continue
		}
		if errno != 0 {
			return 0, errno
		}
		return int(r), nil
	}
}

func sysShutdownWrite(fd int) error {
	return unix.Shutdown(fd, unix.SHUT_WR)
}

// sysAbort makes the coming close send RST instead of FIN (SO_LINGER 0).
func sysAbort(fd int) error {
	return unix.SetsockoptLinger(fd, unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
}

// sysSocketError returns the pending error of the socket (SO_ERROR), which
// is how a non-blocking connect reports its outcome.
func sysSocketError(fd int) error {
	v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err != nil {
		return err
	}
	if v != 0 {
		return unix.Errno(v)
	}
	return nil
}
