package udp

import (
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// ipOpt names one option at the IPv4 and at the IPv6 level.
type ipOpt struct{ v4, v6 int }

var (
	optTTL           = ipOpt{unix.IP_TTL, unix.IPV6_UNICAST_HOPS}
	optMulticastTTL  = ipOpt{unix.IP_MULTICAST_TTL, unix.IPV6_MULTICAST_HOPS}
	optMulticastLoop = ipOpt{unix.IP_MULTICAST_LOOP, unix.IPV6_MULTICAST_LOOP}
)

// dualStack reports whether the socket also carries IPv4 traffic through an
// IPv6 socket; IPv4-level options then matter for that traffic.
func (s *Socket) dualStack() bool {
	if s.family != IPv6 {
		return false
	}
	v6only, err := unix.GetsockoptInt(s.fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY)
	return err == nil && v6only == 0
}

// setIP sets an IP-level option for the socket's family, and on a dual-stack
// IPv6 socket for its IPv4 traffic too. op names the operation in errors.
func (s *Socket) setIP(op string, o ipOpt, v int) error {
	if s.closed {
		return sockerr.FromErrno(op, unix.EBADF, "", 0)
	}
	var err error
	if s.family == IPv4 {
		err = unix.SetsockoptInt(s.fd, unix.IPPROTO_IP, o.v4, v)
	} else {
		err = unix.SetsockoptInt(s.fd, unix.IPPROTO_IPV6, o.v6, v)
		if err == nil && s.dualStack() {
			err = unix.SetsockoptInt(s.fd, unix.IPPROTO_IP, o.v4, v)
		}
	}
	return wrapErr(op, err)
}

// getIP reads an IP-level option for the socket's family.
func (s *Socket) getIP(op string, o ipOpt) (int, error) {
	level, name := unix.IPPROTO_IP, o.v4
	if s.family == IPv6 {
		level, name = unix.IPPROTO_IPV6, o.v6
	}
	return s.getInt(op, level, name)
}

// getInt reads an integer option.
func (s *Socket) getInt(op string, level, name int) (int, error) {
	if s.closed {
		return 0, sockerr.FromErrno(op, unix.EBADF, "", 0)
	}
	v, err := unix.GetsockoptInt(s.fd, level, name)
	if err != nil {
		return 0, sockerr.Wrap(op, err, "", 0)
	}
	return v, nil
}

// setInt sets an integer option.
func (s *Socket) setInt(op string, level, name, v int) error {
	if s.closed {
		return sockerr.FromErrno(op, unix.EBADF, "", 0)
	}
	return wrapErr(op, unix.SetsockoptInt(s.fd, level, name, v))
}

// inRange returns EINVAL for op unless lo <= v <= hi.
func inRange(op string, v, lo, hi int) error {
	if v < lo || v > hi {
		return sockerr.FromErrno(op, unix.EINVAL, "", 0)
	}
	return nil
}

// SetTTL sets the unicast time to live (IPv6: hop limit), 1 to 255.
func (s *Socket) SetTTL(ttl int) error {
	if err := inRange("setTTL", ttl, 1, 255); err != nil {
		return err
	}
	return s.setIP("setTTL", optTTL, ttl)
}

// TTL returns the unicast time to live (IPv6: hop limit).
func (s *Socket) TTL() (int, error) {
	return s.getIP("getTTL", optTTL)
}

// SetMulticastTTL sets the multicast time to live (IPv6: hop limit), 0 to
// 255; the default, 1, keeps datagrams on the local network.
func (s *Socket) SetMulticastTTL(ttl int) error {
	if err := inRange("setMulticastTTL", ttl, 0, 255); err != nil {
		return err
	}
	return s.setIP("setMulticastTTL", optMulticastTTL, ttl)
}

// MulticastTTL returns the multicast time to live (IPv6: hop limit).
func (s *Socket) MulticastTTL() (int, error) {
	return s.getIP("getMulticastTTL", optMulticastTTL)
}

// SetMulticastLoopback sets whether multicast datagrams the socket sends are
// also delivered to the local host's members of the group (the default).
func (s *Socket) SetMulticastLoopback(on bool) error {
	return s.setIP("setMulticastLoopback", optMulticastLoop, boolInt(on))
}

// MulticastLoopback reports whether multicast loopback is on.
func (s *Socket) MulticastLoopback() (bool, error) {
	v, err := s.getIP("getMulticastLoopback", optMulticastLoop)
	return v != 0, err
}

// SetBroadcast sets whether the socket may send to broadcast addresses.
func (s *Socket) SetBroadcast(on bool) error {
	return s.setInt("setBroadcast", unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on))
}

// Broadcast reports whether the socket may send to broadcast addresses.
func (s *Socket) Broadcast() (bool, error) {
	v, err := s.getInt("getBroadcast", unix.SOL_SOCKET, unix.SO_BROADCAST)
	return v != 0, err
}

// SetRecvBufferSize sets SO_RCVBUF; the kernel doubles the value. Errors name
// the operation as Node's ERR_SOCKET_BUFFER_SIZE does.
func (s *Socket) SetRecvBufferSize(n int) error {
	if err := inRange("uv_recv_buffer_size", n, 1, 1<<31-1); err != nil {
		return err
	}
	return s.setInt("uv_recv_buffer_size", unix.SOL_SOCKET, unix.SO_RCVBUF, n)
}

// RecvBufferSize returns SO_RCVBUF as the kernel reports it.
func (s *Socket) RecvBufferSize() (int, error) {
	return s.getInt("uv_recv_buffer_size", unix.SOL_SOCKET, unix.SO_RCVBUF)
}

// SetSendBufferSize sets SO_SNDBUF; the kernel doubles the value.
func (s *Socket) SetSendBufferSize(n int) error {
	if err := inRange("uv_send_buffer_size", n, 1, 1<<31-1); err != nil {
		return err
	}
	return s.setInt("uv_send_buffer_size", unix.SOL_SOCKET, unix.SO_SNDBUF, n)
}

// SendBufferSize returns SO_SNDBUF as the kernel reports it.
func (s *Socket) SendBufferSize() (int, error) {
	return s.getInt("uv_send_buffer_size", unix.SOL_SOCKET, unix.SO_SNDBUF)
}
