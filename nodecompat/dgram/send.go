package dgram

import (
	"net/netip"
	"reflect"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// datagram is a send's checked arguments.
type datagram struct {
	b       []byte   // the message, unless it came as an array of buffers
	list    [][]byte // the buffers of an array of two or more (or none)
	size    int
	port    int    // 0 on a connected socket
	address string // the host as given; "" for the default
	cb      goja.Callable
}

// send is socket.send(msg[, offset, length][, port][, address][, callback])
// in every form Node accepts.
func (s *socket) send(args []goja.Value) {
	vm := s.m.vm
	msg, offset, length, port, address, cb := arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3), arg(args, 4), arg(args, 5)
	isConnected := s.connectState == connected
	if !isConnected {
		if address.ToBoolean() || port.ToBoolean() && !isFunction(port) {
			msg = s.slice(msg, offset, length)
		} else {
			cb, port, address = port, offset, length
		}
	} else {
		if isNumber(length) {
			msg = s.slice(msg, offset, length)
			if isFunction(port) {
				cb, port = port, goja.Null()
			}
		} else {
			cb = offset
		}
		if port.ToBoolean() || address.ToBoolean() {
			panic(nodeerr.Error(vm, "ERR_SOCKET_DGRAM_IS_CONNECTED", "Already connected"))
		}
	}
	d := s.message(msg)
	if !isConnected {
		d.port = nodeerr.ValidatePort(vm, port, "Port", false)
	}
	d.cb, _ = goja.AssertFunction(cb)
	if isFunction(address) {
		d.cb, _ = goja.AssertFunction(address)
	} else if !isNullish(address) {
		if !isString(address) {
			panic(nodeerr.InvalidArgType(vm, "address", "of type string", address))
		}
		d.address = address.String()
	}
	s.sendDatagram(d)
}

// sendDatagram is the rest of send once the arguments are checked; sends
// made while the socket binds wait for 'listening' and come back here.
func (s *socket) sendDatagram(d datagram) {
	s.healthCheck()
	if s.bindState == unbound {
		s.implicitBind()
	}
	if s.bindState != bound {
		s.enqueue(func() { s.sendDatagram(d) })
		return
	}
	if s.connectState == connected {
		s.transmit(d, netip.AddrPort{})
		return
	}
	s.resolve(d.address, func(r resolved) {
		switch {
		case r.err != nil:
			s.failSend(d, r.err)
		case !s.closed:
			s.transmit(d, netip.AddrPortFrom(r.addr, uint16(d.port)))
		}
	})
}

// transmit hands the datagram to the core. The callback gets (null, bytes)
// or the error; a failure without a callback goes unreported, as in Node.
func (s *socket) transmit(d datagram, to netip.AddrPort) {
	var done func(*sockerr.Error)
	if d.cb != nil {
		done = func(err *sockerr.Error) {
			h := s.m.host()
			if err != nil {
				if d.address != "" {
					err.Address = d.address
				}
				h.Call(d.cb, goja.Undefined(), nodeerr.FromSocket(s.m.vm, err))
				return
			}
			h.Call(d.cb, goja.Undefined(), goja.Null(), s.m.vm.ToValue(d.size))
		}
	}
	if d.list == nil {
		_ = s.core.Send(d.b, to, done)
	} else {
		_ = s.core.SendBuffers(d.list, to, done)
	}
}

// failSend reports a send that could not start (its host did not
// resolve): to the callback, or as an 'error' event, from the nextTick
// queue.
func (s *socket) failSend(d datagram, err goja.Value) {
	h := s.m.host()
	if d.cb != nil {
		h.NextTick(d.cb, err)
		return
	}
	s.m.nextTick(func() { s.emit("error", err) })
}

// slice is msg[offset, offset+length) as Node's sliceBuffer takes it: a
// string is encoded first, offsets count bytes, and out-of-range bounds
// throw ERR_BUFFER_OUT_OF_BOUNDS.
func (s *socket) slice(msg, offset, length goja.Value) goja.Value {
	vm := s.m.vm
	var b []byte
	if isString(msg) {
		b = buffer.StringToBytes(msg, buffer.UTF8)
	} else {
		var ok bool
		if b, ok = s.view(msg); !ok {
			panic(nodeerr.InvalidArgType(vm, "buffer", "of type string or an instance of Buffer, TypedArray, or DataView", msg))
		}
	}
	off, n := int(toUint32(offset.ToFloat())), int(toUint32(length.ToFloat()))
	if off > len(b) {
		panic(nodeerr.RangeError(vm, "ERR_BUFFER_OUT_OF_BOUNDS", `"offset" is outside of buffer bounds`))
	}
	if off+n > len(b) {
		panic(nodeerr.RangeError(vm, "ERR_BUFFER_OUT_OF_BOUNDS", `"length" is outside of buffer bounds`))
	}
	return buffer.Wrap(vm, b[off:off+n:off+n])
}

// arrayBufferType is what ExportType reports for an ArrayBuffer.
var arrayBufferType = reflect.TypeFor[goja.ArrayBuffer]()

// view returns the bytes of a Buffer, TypedArray or DataView (not of a bare
// ArrayBuffer, which send refuses, as Node does). It asks the object's
// export type rather than exporting it, which would box a slice per send.
func (s *socket) view(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() == arrayBufferType {
		return nil, false
	}
	return buffer.Bytes(s.m.vm, v)
}

// message converts send's message into the datagram's bytes: a string, a
// Buffer, TypedArray or DataView, or an array of them. A single buffer
// (also an array of one) is kept as it is, without a list to allocate.
func (s *socket) message(msg goja.Value) datagram {
	vm := s.m.vm
	if arr, ok := msg.(*goja.Object); ok && arr.ClassName() == "Array" {
		n := int(arr.Get("length").ToInteger())
		d := datagram{list: make([][]byte, 0, n)}
		for i := range n {
			b, ok := s.chunk(arr.Get(strconv.Itoa(i)))
			if !ok {
				panic(nodeerr.InvalidArgType(vm, "buffer list arguments", "of type string or an instance of Buffer, TypedArray, or DataView", msg))
			}
			d.list = append(d.list, b)
			d.size += len(b)
		}
		if n == 1 {
			d.b, d.list = d.list[0], nil
		}
		return d
	}
	b, ok := s.chunk(msg)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, "buffer", "of type string or an instance of Buffer, TypedArray, or DataView", msg))
	}
	return datagram{b: b, size: len(b)}
}

// chunk is one piece of a datagram: a string's UTF-8 bytes, or a view's.
func (s *socket) chunk(v goja.Value) ([]byte, bool) {
	if v != nil && isString(v) {
		return buffer.StringToBytes(v, buffer.UTF8), true
	}
	if v == nil {
		return nil, false
	}
	return s.view(v)
}
