package w3c

import (
	"time"

	"github.com/dop251/goja"
)

// tcpOptions are a TCPSocket's options (and those an accepted socket
// inherits from its TCPServerSocket).
type tcpOptions struct {
	secure         bool // useSecureTransport
	tls            tlsOptions
	noDelay        bool
	keepAlive      bool
	keepAliveDelay time.Duration
	userTimeout    time.Duration
	connectTimeout time.Duration
	allowHalfOpen  bool
	ipVersion      int
	recvBuf        int
	sendBuf        int
	binary         binaryType
	hwm            int
}

// tcpOptionNames are the options a TCPSocket shows, in order.
var tcpOptionNames = []string{"useSecureTransport", "servername", "rejectUnauthorized", "alpnProtocols",
	"minVersion", "maxVersion", "noDelay", "keepAlive", "keepAliveDelay", "userTimeout", "connectTimeout",
	"allowHalfOpen", "ipVersion", "receiveBufferSize", "sendBufferSize", "binaryType", "highWaterMark"}

// defaultTCPOptions are the options before any is given.
func defaultTCPOptions() tcpOptions {
	return tcpOptions{tls: defaultTLSOptions(), hwm: defaultHighWaterMark}
}

// ms converts an option in milliseconds.
func (r *realm) ms(c ctx, name string, v goja.Value) time.Duration {
	return time.Duration(r.unsignedLong(c, name, v)) * time.Millisecond
}

// parse reads a TCPSocketOptions (or TCPServerSocketOptions) dictionary
// over o's current values.
func (o *tcpOptions) parse(r *realm, c ctx, d *goja.Object) {
	if d == nil {
		return
	}
	if v := member(d, "useSecureTransport"); v != nil {
		o.secure = v.ToBoolean()
	}
	o.tls.parse(r, c, d)
	if v := member(d, "noDelay"); v != nil {
		o.noDelay = v.ToBoolean()
	}
	if v := member(d, "keepAlive"); v != nil {
		o.keepAlive = v.ToBoolean()
	}
	if v := member(d, "keepAliveDelay"); v != nil {
		o.keepAliveDelay = r.ms(c, "keepAliveDelay", v)
	}
	if v := member(d, "userTimeout"); v != nil {
		o.userTimeout = r.ms(c, "userTimeout", v)
	}
	if v := member(d, "connectTimeout"); v != nil {
		o.connectTimeout = r.ms(c, "connectTimeout", v)
	}
	if v := member(d, "allowHalfOpen"); v != nil {
		o.allowHalfOpen = v.ToBoolean()
	}
	if v := member(d, "ipVersion"); v != nil {
		n := r.enforceRange(c, "ipVersion", v, 0, 255, "octet")
		if n != 4 && n != 6 {
			panic(r.typeError(c, "The 'ipVersion' value must be 4 or 6."))
		}
		o.ipVersion = int(n)
	}
	if v := member(d, "receiveBufferSize"); v != nil {
		o.recvBuf = int(r.enforceRange(c, "receiveBufferSize", v, 1, 1<<31-1, "unsigned long"))
	}
	if v := member(d, "sendBufferSize"); v != nil {
		o.sendBuf = int(r.enforceRange(c, "sendBufferSize", v, 1, 1<<31-1, "unsigned long"))
	}
	if v := member(d, "binaryType"); v != nil {
		o.binary, _ = parseBinaryType(r.toEnum(c, "BinaryType", v, binaryTypeNames...))
	}
	if v := member(d, "highWaterMark"); v != nil {
		o.hwm = int(r.unsignedLong(c, "highWaterMark", v))
	}
}

func (t *tcpSock) optionNames() []string { return tcpOptionNames }

// option returns an option's current value.
func (t *tcpSock) option(name string) (goja.Value, bool) {
	vm, o := t.r.vm, &t.op
	msValue := func(d time.Duration) goja.Value { return vm.ToValue(d.Milliseconds()) }
	switch name {
	case "useSecureTransport":
		return vm.ToValue(o.secure), true
	case "servername":
		return vm.ToValue(t.serverName()), true
	case "rejectUnauthorized":
		return vm.ToValue(o.tls.rejectUnauthorized), true
	case "alpnProtocols":
		list := make([]any, len(o.tls.alpn))
		for i, p := range o.tls.alpn {
			list[i] = p
		}
		return t.r.freeze(vm.NewArray(list...)), true
	case "minVersion":
		return versionValue(vm, o.tls.minVersion, "TLSv1.2"), true
	case "maxVersion":
		return versionValue(vm, o.tls.maxVersion, "TLSv1.3"), true
	case "noDelay":
		return vm.ToValue(o.noDelay), true
	case "keepAlive":
		return vm.ToValue(o.keepAlive), true
	case "keepAliveDelay":
		return msValue(o.keepAliveDelay), true
	case "userTimeout":
		return msValue(o.userTimeout), true
	case "connectTimeout":
		return msValue(o.connectTimeout), true
	case "allowHalfOpen":
		return vm.ToValue(o.allowHalfOpen), true
	case "ipVersion":
		return vm.ToValue(o.ipVersion), true
	case "receiveBufferSize":
		return vm.ToValue(t.bufferSize(o.recvBuf, t.conn.RecvBufferSize)), true
	case "sendBufferSize":
		return vm.ToValue(t.bufferSize(o.sendBuf, t.conn.SendBufferSize)), true
	}
	return nil, false
}

// serverName is the servername option's value: the one given, else its
// default, the peer's host name as it is sent (in ASCII form), or nothing
// for an address, which is not sent as SNI.
func (t *tcpSock) serverName() string {
	if t.op.tls.servername != "" || t.host == "" {
		return t.op.tls.servername
	}
	if _, isIP := parseIP(t.host); isIP {
		return ""
	}
	return bareHost(t.host)
}

// versionValue is a TLS version option's value, or the default when none
// was set.
func versionValue(vm *goja.Runtime, v, def string) goja.Value {
	if v == "" {
		return vm.ToValue(def)
	}
	return vm.ToValue(v)
}

// bufferSize is the size set, or else the kernel's.
func (t *tcpSock) bufferSize(set int, kernel func() int) int {
	if set != 0 {
		return set
	}
	return kernel()
}

// setOption validates and applies one option.
func (t *tcpSock) setOption(c ctx, name string, v goja.Value) bool {
	r, o := t.r, &t.op
	var err error
	switch name {
	case "noDelay":
		on := r.strictBool(c, name, v)
		t.mustBeOpen(c)
		if err = t.conn.SetNoDelay(on); err == nil {
			o.noDelay = on
		}
	case "keepAlive", "keepAliveDelay":
		on, delay := o.keepAlive, o.keepAliveDelay
		if name == "keepAlive" {
			on = r.strictBool(c, name, v)
		} else {
			delay = r.ms(c, name, v)
		}
		t.mustBeOpen(c)
		if err = t.conn.SetKeepAlive(on, delay); err == nil {
			o.keepAlive, o.keepAliveDelay = on, delay
		}
	case "userTimeout":
		d := r.ms(c, name, v)
		t.mustBeOpen(c)
		if err = t.conn.SetUserTimeout(d); err == nil {
			o.userTimeout = d
		}
	case "receiveBufferSize", "sendBufferSize":
		n := int(r.enforceRange(c, name, v, 1, 1<<31-1, "unsigned long"))
		t.mustBeOpen(c)
		if name == "receiveBufferSize" {
			if err = t.conn.SetRecvBufferSize(n); err == nil {
				o.recvBuf = n
			}
		} else if err = t.conn.SetSendBufferSize(n); err == nil {
			o.sendBuf = n
		}
	case "allowHalfOpen":
		o.allowHalfOpen = r.strictBool(c, name, v)
	case "useSecureTransport", "servername", "rejectUnauthorized", "alpnProtocols", "minVersion",
		"maxVersion", "connectTimeout", "ipVersion", "ca", "cert", "key":
		panic(r.domError(c, "NotSupportedError", "The '"+name+"' option can only be set when the socket is created."))
	default:
		return false
	}
	if err != nil {
		panic(r.jsError(asSockErr(err)))
	}
	return true
}

// mustBeOpen throws InvalidStateError on a closed socket.
func (t *tcpSock) mustBeOpen(c ctx) {
	if t.conn.Closed() {
		panic(t.r.invalidState(c, "The socket is closed."))
	}
}
