package w3c

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// messageData is the Go side of a MessageEvent.
type messageData struct {
	data        goja.Value
	origin      string
	lastEventID string
}

// udpData is the Go side of a UDPMessageEvent: the datagram's addresses,
// kept as Go values and turned into strings only when a script reads them.
type udpData struct {
	messageData
	from    netip.AddrPort
	to      netip.Addr
	ifName  string
	fromJS  bool // constructed by a script: the strings below are the values
	remote  string
	local   string
	iface   string
	srcPort int
}

// errorData is the Go side of an ErrorEvent.
type errorData struct {
	message, filename string
	lineno, colno     int64
	err               goja.Value
	name, code        goja.Value
}

// closeData is the Go side of a CloseEvent.
type closeData struct {
	wasClean bool
	code     int
	reason   string
}

// connectData is the Go side of a ConnectEvent.
type connectData struct {
	socket goja.Value
}

// messageOf returns the message part of a MessageEvent or UDPMessageEvent.
func (r *realm) messageOf(v goja.Value) (*messageData, bool) {
	d, _ := r.ev.Data(v)
	switch d := d.(type) {
	case *messageData:
		return d, true
	case *udpData:
		return &d.messageData, true
	}
	return nil, false
}

// illegal is the TypeError of a getter called on the wrong object.
func (r *realm) illegal() *goja.Object {
	return r.vm.NewTypeError("Illegal invocation")
}

// eventData returns the Go state of v if v is an event carrying a T. It
// lives in the Event's own Go state (webapi.Events.Data), so that an event
// carries one link to Go, not two.
func eventData[T any](r *realm, v goja.Value) (T, bool) {
	d, _ := r.ev.Data(v)
	t, ok := d.(T)
	return t, ok
}

// getter returns an accessor function that brand-checks its receiver as an
// event carrying a T and reads a field of it.
func getter[T any](r *realm, read func(T) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		st, ok := eventData[T](r, call.This)
		if !ok {
			panic(r.illegal())
		}
		return read(st)
	}
}

// eventClass creates an Event subclass whose constructor validates the type
// and the EventInit members, then lets init read its own members from the
// dictionary (nil when absent) and returns the state the event carries.
func (r *realm) eventClass(name, dictName string, parent *webapi.Class, init func(c ctx, dict *goja.Object) any) *webapi.Class {
	if parent == nil {
		parent = webapi.EventClass(r.vm)
	}
	return webapi.NewClass(r.vm, name, 1, parent, func(this *goja.Object, args []goja.Value) {
		c := constructing(name)
		r.requireArgs(c, args, 1)
		webapi.InitEvent(r.vm, this, args)
		webapi.SetEventData(this, init(c, r.dictionary(c, arg(args, 1), dictName)))
	})
}

// newMessageEventClass builds MessageEvent.
func (r *realm) newMessageEventClass() *webapi.Class {
	vm := r.vm
	c := r.eventClass("MessageEvent", "MessageEventInit", nil, func(c ctx, d *goja.Object) any {
		m := &messageData{}
		r.initMessage(c, m, d)
		return m
	})
	msg := func(read func(m *messageData) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			m, ok := r.messageOf(call.This)
			if !ok {
				panic(r.illegal())
			}
			return read(m)
		}
	}
	c.Accessor("data", msg(func(m *messageData) goja.Value { return m.data }), nil)
	c.Accessor("origin", msg(func(m *messageData) goja.Value { return vm.ToValue(m.origin) }), nil)
	c.Accessor("lastEventId", msg(func(m *messageData) goja.Value { return vm.ToValue(m.lastEventID) }), nil)
	c.Accessor("source", msg(func(*messageData) goja.Value { return goja.Null() }), nil)
	c.Accessor("ports", msg(func(*messageData) goja.Value { return r.freeze(vm.NewArray()) }), nil)
	return c
}

// initMessage reads MessageEventInit's members.
func (r *realm) initMessage(c ctx, m *messageData, d *goja.Object) {
	m.data = goja.Null()
	if v := member(d, "data"); v != nil {
		m.data = v
	}
	if v := member(d, "origin"); v != nil {
		m.origin = r.toDOMString(c, v)
	}
	if v := member(d, "lastEventId"); v != nil {
		m.lastEventID = r.toDOMString(c, v)
	}
}

// freeze returns Object.freeze(o).
func (r *realm) freeze(o *goja.Object) *goja.Object {
	v, err := r.in.freeze(goja.Undefined(), o)
	must(err)
	return v.(*goja.Object)
}

// newUDPMessageEventClass builds UDPMessageEvent, a MessageEvent with the
// datagram's addresses.
func (r *realm) newUDPMessageEventClass() *webapi.Class {
	vm := r.vm
	c := r.eventClass("UDPMessageEvent", "UDPMessageEventInit", r.messageEvent, func(c ctx, d *goja.Object) any {
		u := &udpData{fromJS: true}
		r.initMessage(c, &u.messageData, d)
		if v := memberEither(d, "remoteAddress", "address"); v != nil {
			u.remote = r.toDOMString(c, v)
		}
		if v := memberEither(d, "remotePort", "port"); v != nil {
			u.srcPort = r.port(c, "remotePort", v)
		}
		if v := member(d, "localAddress"); v != nil {
			u.local = r.toDOMString(c, v)
		}
		if v := member(d, "interface"); v != nil {
			u.iface = r.toDOMString(c, v)
		}
		return u
	})
	remote := getter(r, func(u *udpData) goja.Value { return vm.ToValue(u.remoteAddress()) })
	port := getter(r, func(u *udpData) goja.Value { return vm.ToValue(u.remotePort()) })
	c.Accessor("remoteAddress", remote, nil)
	c.Accessor("remotePort", port, nil)
	c.Accessor("address", remote, nil)
	c.Accessor("port", port, nil)
	c.Accessor("localAddress", getter(r, func(u *udpData) goja.Value { return vm.ToValue(u.localAddress()) }), nil)
	c.Accessor("interface", getter(r, func(u *udpData) goja.Value { return vm.ToValue(u.ifaceName()) }), nil)
	return c
}

func (u *udpData) remoteAddress() string {
	if u.fromJS {
		return u.remote
	}
	return u.from.Addr().Unmap().String()
}

func (u *udpData) remotePort() int {
	if u.fromJS {
		return u.srcPort
	}
	return int(u.from.Port())
}

func (u *udpData) localAddress() string {
	if u.fromJS || !u.to.IsValid() {
		return u.local
	}
	return u.to.Unmap().String()
}

func (u *udpData) ifaceName() string {
	if u.fromJS {
		return u.iface
	}
	return u.ifName
}

// newErrorEventClass builds ErrorEvent. Besides the DOM's members it has
// the name (Mozilla's vocabulary) and code (Node's) of a socket failure.
func (r *realm) newErrorEventClass() *webapi.Class {
	vm := r.vm
	c := r.eventClass("ErrorEvent", "ErrorEventInit", nil, func(c ctx, d *goja.Object) any {
		e := &errorData{err: goja.Null(), name: goja.Undefined(), code: goja.Undefined()}
		if v := member(d, "message"); v != nil {
			e.message = r.toDOMString(c, v)
		}
		if v := member(d, "filename"); v != nil {
			e.filename = r.toDOMString(c, v)
		}
		if v := member(d, "lineno"); v != nil {
			e.lineno = r.unsignedLong(c, "lineno", v)
		}
		if v := member(d, "colno"); v != nil {
			e.colno = r.unsignedLong(c, "colno", v)
		}
		if v := member(d, "error"); v != nil {
			e.err = v
		}
		if v := member(d, "name"); v != nil {
			e.name = vm.ToValue(r.toDOMString(c, v))
		}
		if v := member(d, "code"); v != nil {
			e.code = v
		}
		return e
	})
	c.Accessor("message", getter(r, func(e *errorData) goja.Value { return vm.ToValue(e.message) }), nil)
	c.Accessor("filename", getter(r, func(e *errorData) goja.Value { return vm.ToValue(e.filename) }), nil)
	c.Accessor("lineno", getter(r, func(e *errorData) goja.Value { return vm.ToValue(e.lineno) }), nil)
	c.Accessor("colno", getter(r, func(e *errorData) goja.Value { return vm.ToValue(e.colno) }), nil)
	c.Accessor("error", getter(r, func(e *errorData) goja.Value { return e.err }), nil)
	c.Accessor("name", getter(r, func(e *errorData) goja.Value { return e.name }), nil)
	c.Accessor("code", getter(r, func(e *errorData) goja.Value { return e.code }), nil)
	return c
}

// newCloseEventClass builds CloseEvent.
func (r *realm) newCloseEventClass() *webapi.Class {
	vm := r.vm
	c := r.eventClass("CloseEvent", "CloseEventInit", nil, func(c ctx, d *goja.Object) any {
		e := &closeData{}
		if v := member(d, "wasClean"); v != nil {
			e.wasClean = v.ToBoolean()
		}
		if v := member(d, "code"); v != nil {
			e.code = r.port(c, "code", v)
		}
		if v := member(d, "reason"); v != nil {
			e.reason = r.toDOMString(c, v)
		}
		return e
	})
	c.Accessor("wasClean", getter(r, func(e *closeData) goja.Value { return vm.ToValue(e.wasClean) }), nil)
	c.Accessor("code", getter(r, func(e *closeData) goja.Value { return vm.ToValue(e.code) }), nil)
	c.Accessor("reason", getter(r, func(e *closeData) goja.Value { return vm.ToValue(e.reason) }), nil)
	return c
}

// newConnectEventClass builds ConnectEvent, which a TCPServerSocket fires
// with each accepted socket.
func (r *realm) newConnectEventClass() *webapi.Class {
	c := r.eventClass("ConnectEvent", "ConnectEventInit", nil, func(c ctx, d *goja.Object) any {
		e := &connectData{socket: goja.Null()}
		if v := member(d, "socket"); v != nil {
			e.socket = v
		}
		return e
	})
	c.Accessor("socket", getter(r, func(e *connectData) goja.Value { return e.socket }), nil)
	return c
}

// newEvent creates a trusted event of class c carrying st.
func (r *realm) newEvent(c *webapi.Class, typ string, st any) *goja.Object {
	return webapi.NewEventWithData(r.vm, c.Proto, typ, webapi.EventInit{}, st)
}
