package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/udp"
)

// udpOptions are a UDPSocket's options as given to the constructor and
// changed by setOption.
type udpOptions struct {
	cfg        udp.Config
	localName  string // the local address as the script gave it
	ttl        int    // 0: the kernel's default
	mcastTTL   int
	mcastLoop  bool
	mcastIface string
	binary     binaryType
	hwm        int
}

// udpOptionNames are the options a UDPSocket shows, in order.
var udpOptionNames = []string{"addressReuse", "reusePort", "ipv6Only", "broadcast", "ttl",
	"multicastTimeToLive", "multicastLoopback", "multicastInterface", "receiveBufferSize",
	"sendBufferSize", "binaryType", "highWaterMark"}

// parse reads the constructor's arguments, in either form, and returns
// the peer the proposal's form may name.
func (o *udpOptions) parse(r *realm, c ctx, args []goja.Value) (remoteHost string, remotePort int) {
	*o = udpOptions{mcastTTL: 1, mcastLoop: true, hwm: defaultHighWaterMark}
	addr, port, d := r.localArgs(c, args, 0, "UDPSocketOptions")
	if name, ip := r.localHost(c, addr); name != "" {
		o.localName, o.cfg.Address = name, ip
	}
	if !isNullish(port) {
		o.cfg.Port = r.port(c, "localPort", port)
	}
	if v := memberEither(d, "addressReuse", "reuseAddress"); v != nil {
		o.cfg.ReuseAddr = v.ToBoolean()
	}
	if v := member(d, "reusePort"); v != nil {
		o.cfg.ReusePort = v.ToBoolean()
	}
	if v := member(d, "ipv6Only"); v != nil {
		o.cfg.IPv6Only = v.ToBoolean()
	}
	if v := member(d, "broadcast"); v != nil {
		o.cfg.Broadcast = v.ToBoolean()
	}
	if v := member(d, "ttl"); v != nil {
		o.ttl = int(r.enforceRange(c, "ttl", v, 1, 255, "octet"))
	}
	if v := member(d, "multicastTimeToLive"); v != nil {
		o.mcastTTL = int(r.enforceRange(c, "multicastTimeToLive", v, 0, 255, "octet"))
	}
	if v := memberEither(d, "multicastLoopback", "loopback"); v != nil {
		o.mcastLoop = v.ToBoolean()
	}
	if v := member(d, "multicastInterface"); v != nil {
		o.mcastIface = r.toDOMString(c, v)
	}
	if v := member(d, "receiveBufferSize"); v != nil {
		o.cfg.RecvBufferSize = int(r.enforceRange(c, "receiveBufferSize", v, 1, 1<<31-1, "unsigned long"))
	}
	if v := member(d, "sendBufferSize"); v != nil {
		o.cfg.SendBufferSize = int(r.enforceRange(c, "sendBufferSize", v, 1, 1<<31-1, "unsigned long"))
	}
	if v := member(d, "binaryType"); v != nil {
		o.binary, _ = parseBinaryType(r.toEnum(c, "BinaryType", v, binaryTypeNames...))
	}
	if v := member(d, "highWaterMark"); v != nil {
		o.hwm = int(r.unsignedLong(c, "highWaterMark", v))
	}
	if v := member(d, "remoteAddress"); !isNullish(v) {
		remoteHost = r.toDOMString(c, v)
		if !validHost(remoteHost) {
			panic(r.domError(c, "SyntaxError", "'"+remoteHost+"' is not a valid address."))
		}
		p := member(d, "remotePort")
		if p == nil {
			panic(r.typeError(c, "A remote port is required with a remote address."))
		}
		remotePort = r.port(c, "remotePort", p)
	}
	return remoteHost, remotePort
}

// apply sets the options that need a bound socket.
func (o *udpOptions) apply(s *udp.Socket) error {
	if o.ttl != 0 {
		if err := s.SetTTL(o.ttl); err != nil {
			return err
		}
	}
	if err := s.SetMulticastTTL(o.mcastTTL); err != nil {
		return err
	}
	if err := s.SetMulticastLoopback(o.mcastLoop); err != nil {
		return err
	}
	if o.mcastIface != "" {
		return s.SetMulticastInterface(udp.ParseInterface(o.mcastIface))
	}
	return nil
}

func (u *udpSock) optionNames() []string { return udpOptionNames }

// option returns an option's value; kernel values are read while open.
func (u *udpSock) option(name string) (goja.Value, bool) {
	vm, o := u.r.vm, &u.op
	switch name {
	case "addressReuse", "reuseAddress":
		return vm.ToValue(o.cfg.ReuseAddr), true
	case "reusePort":
		return vm.ToValue(o.cfg.ReusePort), true
	case "ipv6Only":
		return vm.ToValue(o.cfg.IPv6Only), true
	case "broadcast":
		return vm.ToValue(o.cfg.Broadcast), true
	case "ttl":
		if o.ttl == 0 && !u.closed() {
			o.ttl, _ = u.u.TTL()
		}
		return vm.ToValue(o.ttl), true
	case "multicastTimeToLive":
		return vm.ToValue(o.mcastTTL), true
	case "multicastLoopback", "loopback":
		return vm.ToValue(o.mcastLoop), true
	case "multicastInterface":
		return vm.ToValue(o.mcastIface), true
	case "receiveBufferSize":
		return vm.ToValue(u.bufferSize(o.cfg.RecvBufferSize, (*udp.Socket).RecvBufferSize)), true
	case "sendBufferSize":
		return vm.ToValue(u.bufferSize(o.cfg.SendBufferSize, (*udp.Socket).SendBufferSize)), true
	}
	return nil, false
}

// bufferSize is the size set, or else the kernel's.
func (u *udpSock) bufferSize(set int, kernel func(*udp.Socket) (int, error)) int {
	if set != 0 || u.closed() {
		return set
	}
	n, _ := kernel(u.u)
	return n
}

// setOption validates and applies one option.
func (u *udpSock) setOption(c ctx, name string, v goja.Value) bool {
	r, o := u.r, &u.op
	var err error
	switch name {
	case "addressReuse", "reuseAddress", "reusePort", "ipv6Only":
		panic(r.domError(c, "NotSupportedError", "The '"+name+"' option can only be set when the socket is created."))
	case "broadcast":
		on := r.strictBool(c, name, v)
		u.mustBeBound(c)
		if err = u.u.SetBroadcast(on); err == nil {
			o.cfg.Broadcast = on
		}
	case "ttl":
		n := int(r.enforceRange(c, name, v, 1, 255, "octet"))
		u.mustBeBound(c)
		if err = u.u.SetTTL(n); err == nil {
			o.ttl = n
		}
	case "multicastTimeToLive":
		n := int(r.enforceRange(c, name, v, 0, 255, "octet"))
		u.mustBeBound(c)
		if err = u.u.SetMulticastTTL(n); err == nil {
			o.mcastTTL = n
		}
	case "multicastLoopback", "loopback":
		on := r.strictBool(c, name, v)
		u.mustBeBound(c)
		if err = u.u.SetMulticastLoopback(on); err == nil {
			o.mcastLoop = on
		}
	case "multicastInterface":
		s := r.toDOMString(c, v)
		u.mustBeBound(c)
		if err = u.u.SetMulticastInterface(udp.ParseInterface(s)); err == nil {
			o.mcastIface = s
		}
	case "receiveBufferSize", "sendBufferSize":
		n := int(r.enforceRange(c, name, v, 1, 1<<31-1, "unsigned long"))
		u.mustBeBound(c)
		if name == "receiveBufferSize" {
			if err = u.u.SetRecvBufferSize(n); err == nil {
				o.cfg.RecvBufferSize = n
			}
		} else if err = u.u.SetSendBufferSize(n); err == nil {
			o.cfg.SendBufferSize = n
		}
	default:
		return false
	}
	if err != nil {
		panic(r.jsError(asSockErr(err)))
	}
	return true
}

// mustBeBound throws InvalidStateError on a closed socket.
func (u *udpSock) mustBeBound(c ctx) {
	if u.closed() {
		panic(u.r.invalidState(c, "The socket is closed."))
	}
}
