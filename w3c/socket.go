package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// The readyState values.
const (
	stateConnecting = 0
	stateOpen       = 1
	stateClosing    = 2
	stateClosed     = 3
)

// binaryType is how received bytes reach message events.
type binaryType uint8

const (
	binaryArrayBuffer binaryType = iota
	binaryString
	binaryBlob
)

var binaryTypeNames = []string{"arraybuffer", "string", "blob"}

// parseBinaryType returns the binaryType a string names.
func parseBinaryType(s string) (binaryType, bool) {
	for i, name := range binaryTypeNames {
		if s == name {
			return binaryType(i), true
		}
	}
	return 0, false
}

// defaultHighWaterMark is the bufferedAmount at which send() starts
// returning false.
const defaultHighWaterMark = 64 << 10

// transport is what a concrete socket class (TCPSocket, UDPSocket) plugs
// into the members that Socket defines.
type transport interface {
	// send sends data; args are send()'s arguments after the data.
	// sock.send has checked that the socket is OPEN.
	send(c ctx, data []byte, args []goja.Value)
	// bufferedAmount is the bytes accepted and not yet handed to the
	// kernel.
	bufferedAmount() int
	// pause and resume stop and restart reading.
	pause()
	resume()
	// close starts closing (close()).
	close()
	// remote and local are the socket's ends; peerURL is the peer as the
	// script named it.
	remote() endpoint
	local() endpoint
	peerURL() string
	// optionNames lists the options in the order options shows them;
	// option returns one's current value (ok false for an unknown name);
	// setOption validates and applies one (known false for an unknown
	// name).
	optionNames() []string
	option(name string) (v goja.Value, ok bool)
	setOption(c ctx, name string, v goja.Value) (known bool)
}

// sock is the Go side of a Socket: the state every socket class shares.
type sock struct {
	webapi.Opaque
	r        *realm
	obj      *goja.Object
	target   webapi.Target    // obj's listeners, for the events fired at it
	messages webapi.Listeners // target's message listeners, kept for each message
	class    string
	t        transport
	lend     lender // t, if it is a lender

	state      int
	binary     binaryType
	stream     bool // decode text as one stream (TCP) rather than per message
	decoder    *webapi.Decoder
	suspends   int
	hwm        int
	needDrain  bool
	closeFired bool
	options    *goja.Object // the cached options snapshot
	arrived    arrival      // the ArrayBuffer made for the message being fired, if it is one
}

// arrival is the ArrayBuffer a message arrived in, with its Go handle, so
// that send() given that very buffer back (an echo) reads its bytes from the
// handle rather than exporting the object: the handle always has the
// object's bytes (none once structuredClone has transferred it).
type arrival struct {
	obj *goja.Object
	buf goja.ArrayBuffer
}

// newSock makes obj a socket of class with transport t.
func (r *realm) newSock(obj *goja.Object, class string, t transport) *sock {
	target, _ := webapi.TargetOf(obj) // obj is made an EventTarget first
	s := &sock{r: r, obj: obj, target: target, messages: target.Listeners("message"), class: class, hwm: defaultHighWaterMark}
	s.setTransport(t)
	hiddenState.Attach(r.vm, obj, s)
	return s
}

// setTransport makes t the socket's transport.
func (s *sock) setTransport(t transport) {
	s.t = t
	s.lend, _ = t.(lender)
}

// sockOf returns the socket state of v or throws "Illegal invocation".
func (r *realm) sockOf(v goja.Value) *sock {
	if s := r.receiving; s != nil && v == goja.Value(s.obj) { // an echo: send() from onmessage
		return s
	}
	s, ok := webapi.StateOf[*sock](hiddenState, v)
	if !ok {
		panic(r.illegal())
	}
	return s
}

// newSocketClass builds the abstract Socket class.
func (r *realm) newSocketClass() *webapi.Class {
	vm := r.vm
	c := webapi.NewClass(vm, "Socket", 0, webapi.EventTargetClass(vm), func(*goja.Object, []goja.Value) {
		panic(r.typeError(constructing("Socket"), "Illegal constructor"))
	})
	for i, name := range []string{"CONNECTING", "OPEN", "CLOSING", "CLOSED"} {
		c.Constant(name, i, true)
	}
	get := func(f func(s *sock) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return f(r.sockOf(call.This)) }
	}
	c.Accessor("readyState", get(func(s *sock) goja.Value { return vm.ToValue(s.state) }), nil)
	c.Accessor("ipVersion", get(func(s *sock) goja.Value { return vm.ToValue(s.ipVersion()) }), nil)
	c.Accessor("address", get(func(s *sock) goja.Value { return vm.ToValue(s.t.remote().address()) }), nil)
	c.Accessor("port", get(func(s *sock) goja.Value { return vm.ToValue(s.t.remote().port()) }), nil)
	c.Accessor("url", get(func(s *sock) goja.Value { return vm.ToValue(s.t.peerURL()) }), nil)
	c.Accessor("localAddress", get(func(s *sock) goja.Value { return vm.ToValue(s.t.local().address()) }), nil)
	c.Accessor("localPort", get(func(s *sock) goja.Value { return vm.ToValue(s.t.local().port()) }), nil)
	c.Accessor("localURL", get(func(s *sock) goja.Value { return vm.ToValue(s.t.local().url()) }), nil)
	c.Accessor("bufferedAmount", get(func(s *sock) goja.Value { return vm.ToValue(s.t.bufferedAmount()) }), nil)
	c.Accessor("binaryType", get(func(s *sock) goja.Value { return vm.ToValue(binaryTypeNames[s.binary]) }),
		func(call goja.FunctionCall) goja.Value {
			s := r.sockOf(call.This)
			name := r.toDOMString(setting("binaryType", s.class), call.Argument(0))
			if bt, ok := parseBinaryType(name); ok { // other values are ignored, as the DOM does
				s.setBinaryType(bt)
			}
			return goja.Undefined()
		})
	c.Accessor("isSuspended", get(func(s *sock) goja.Value { return vm.ToValue(s.suspends > 0) }), nil)
	c.Accessor("options", get(func(s *sock) goja.Value { return s.optionsSnapshot() }), nil)
	c.Method("setOption", 2, func(call goja.FunctionCall) goja.Value {
		s := r.sockOf(call.This)
		s.setOption(executing("setOption", s.class), call.Arguments)
		return vm.ToValue(true)
	})
	c.Method("getOption", 1, func(call goja.FunctionCall) goja.Value {
		s := r.sockOf(call.This)
		ct := executing("getOption", s.class)
		r.requireArgs(ct, call.Arguments, 1)
		name := r.toDOMString(ct, call.Arguments[0])
		v, ok := s.option(name)
		if !ok {
			panic(r.domError(ct, "NotSupportedError", "Unknown option '"+name+"'."))
		}
		return v
	})
	c.Method("send", 1, func(call goja.FunctionCall) goja.Value {
		s := r.sockOf(call.This)
		return r.boolean(s.send(call.Arguments))
	})
	c.Method("suspend", 0, func(call goja.FunctionCall) goja.Value {
		r.sockOf(call.This).suspend()
		return goja.Undefined()
	})
	c.Method("resume", 0, func(call goja.FunctionCall) goja.Value {
		r.sockOf(call.This).resume()
		return goja.Undefined()
	})
	c.Method("close", 0, func(call goja.FunctionCall) goja.Value {
		r.sockOf(call.This).t.close()
		return goja.Undefined()
	})
	for _, typ := range []string{"open", "message", "drain", "error", "close"} {
		webapi.DefineDOMEventHandler(vm, c.Proto, typ)
	}
	r.alias(c.Proto, "ondata", "onmessage")
	return c
}

// alias defines an accessor that reads and writes another property of the
// same object (ondata for onmessage).
func (r *realm) alias(proto *goja.Object, name, target string) {
	get := r.function("get "+name, 0, func(call goja.FunctionCall) goja.Value {
		r.sockOf(call.This)
		return call.This.(*goja.Object).Get(target)
	})
	set := r.function("set "+name, 1, func(call goja.FunctionCall) goja.Value {
		r.sockOf(call.This)
		must(call.This.(*goja.Object).Set(target, call.Argument(0)))
		return goja.Undefined()
	})
	must(proto.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// boolean returns b as a JavaScript value without vm.ToValue's search
// through the Go types it converts: send() returns one per call.
func (r *realm) boolean(b bool) goja.Value {
	if b {
		return r.truth[1]
	}
	return r.truth[0]
}

// ipVersion is 4 or 6 from the address in use: the peer's, else the local
// end's.
func (s *sock) ipVersion() int {
	if v := s.t.remote().ipVersion(); v != 0 {
		return v
	}
	return s.t.local().ipVersion()
}

// setBinaryType changes how later messages are delivered.
func (s *sock) setBinaryType(bt binaryType) {
	if bt != s.binary {
		s.binary = bt
		s.options = nil
	}
}

// send implements send(data, ...): data is a string (sent as UTF-8), an
// ArrayBuffer, a view or a Blob. It returns whether bufferedAmount is
// still below the high-water mark.
func (s *sock) send(args []goja.Value) bool {
	if len(args) == 0 || s.state != stateOpen {
		s.refuseSend(args)
	}
	c := executing("send", s.class)
	data, borrowed := s.r.sendBytes(c, args[0])
	switch {
	case borrowed && s.lend != nil:
		s.lend.sendBorrowed(c, data, args[1:])
	case borrowed:
		s.t.send(c, clone(data), args[1:])
	default:
		s.t.send(c, data, args[1:])
	}
	return s.hint()
}

// refuseSend throws what send(args) throws when it has no argument or the
// socket is not OPEN.
func (s *sock) refuseSend(args []goja.Value) {
	c := executing("send", s.class)
	s.r.requireArgs(c, args, 1)
	panic(s.r.invalidState(c, "The socket is not open."))
}

// lender is a transport that can send bytes it only borrows for the call,
// copying just what it cannot hand on at once; send() then copies nothing
// itself.
type lender interface {
	// sendBorrowed is send for data that belongs to the script, which may
	// change it once the call returns.
	sendBorrowed(c ctx, data []byte, args []goja.Value)
}

// hint is what send() returns: whether bufferedAmount is still below the
// high-water mark; when not, drain is owed.
func (s *sock) hint() bool {
	if s.t.bufferedAmount() < s.hwm {
		return true
	}
	if !s.needDrain {
		s.needDrain = true
		if s.t.bufferedAmount() == 0 { // a zero high-water mark: nothing will drain
			s.r.loop.Post(s.drained)
		}
	}
	return false
}

// sendBytes returns the bytes send() sends for v: a Blob's own immutable
// bytes, a string's UTF-8, or (borrowed) the script's own memory behind a
// buffer, valid only until the script runs again.
func (r *realm) sendBytes(c ctx, v goja.Value) (b []byte, borrowed bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		if text, ok := v.(goja.String); ok {
			return r.sentText.utf8(text), false
		}
		return r.utf8(c, v), false // a number, a boolean... (a Symbol throws)
	}
	if s := r.receiving; s != nil && s.arrived.obj != nil && o == s.arrived.obj {
		return s.arrived.buf.Bytes(), true // an echo of the message being received
	}
	if b, ok := r.sent.lookup(o); ok { // the view sent last time, again
		return b, true
	}
	if b, ok := r.bufferSource(v); ok { // first: what a busy socket sends most
		r.sent.remember(v, b)
		return b, true
	}
	if b, ok := webapi.StateOf[*blobData](hiddenState, v); ok {
		return b.b, false
	}
	return r.utf8(c, v), false
}

// drained fires drain if a send() returned false and everything is out.
func (s *sock) drained() {
	if s.needDrain && s.t.bufferedAmount() == 0 && s.state == stateOpen {
		s.needDrain = false
		s.target.Fire("drain")
	}
}

// suspend implements suspend(): calls nest.
func (s *sock) suspend() {
	s.suspends++
	if s.suspends == 1 {
		s.t.pause()
	}
}

// resume implements resume().
func (s *sock) resume() {
	if s.suspends == 0 {
		panic(s.r.invalidState(executing("resume", s.class), "The socket is not suspended."))
	}
	s.suspends--
	if s.suspends == 0 {
		s.t.resume()
	}
}

// option returns an option's current value: the ones every socket has,
// then the transport's.
func (s *sock) option(name string) (goja.Value, bool) {
	switch name {
	case "binaryType":
		return s.r.vm.ToValue(binaryTypeNames[s.binary]), true
	case "highWaterMark":
		return s.r.vm.ToValue(s.hwm), true
	}
	return s.t.option(name)
}

// setOption implements setOption(name, value).
func (s *sock) setOption(c ctx, args []goja.Value) {
	s.r.requireArgs(c, args, 2)
	name := s.r.toDOMString(c, args[0])
	v := args[1]
	switch name {
	case "binaryType":
		bt, _ := parseBinaryType(s.r.toEnum(c, "BinaryType", v, binaryTypeNames...))
		s.setBinaryType(bt)
	case "highWaterMark":
		s.hwm = int(s.r.unsignedLong(c, name, v))
	default:
		if !s.t.setOption(c, name, v) {
			panic(s.r.domError(c, "NotSupportedError", "Unknown option '"+name+"'."))
		}
	}
	s.options = nil
}

// optionsSnapshot returns the frozen options object, rebuilt after a
// change.
func (s *sock) optionsSnapshot() *goja.Object {
	if s.options != nil {
		return s.options
	}
	o := s.r.vm.NewObject()
	for _, name := range s.t.optionNames() {
		if v, ok := s.option(name); ok {
			must(o.Set(name, v))
		}
	}
	s.options = s.r.freeze(o)
	return s.options
}

// fireOpen makes the socket OPEN and fires open.
func (s *sock) fireOpen() {
	s.state = stateOpen
	s.target.Fire("open")
}

// deliver fires a message event with b as binaryType says. For a string,
// a streamed socket keeps a character split between chunks for the next.
func (s *sock) deliver(b []byte) {
	if s.binary == binaryString && s.stream {
		text := s.decode(b, true)
		if text == "" || !s.messages.Listened() {
			return
		}
		s.dispatchMessage(s.r.vm.ToValue(text), len(text))
		return
	}
	if !s.messages.Listened() {
		return
	}
	s.dispatchMessage(s.r.messageValue(s, b), len(b))
}

// messageValue converts one message's bytes to the data of its event.
func (r *realm) messageValue(s *sock, b []byte) goja.Value {
	switch s.binary {
	case binaryString:
		return r.vm.ToValue(s.decode(b, false))
	case binaryBlob:
		return r.newBlob(b, "")
	}
	ab := r.vm.NewArrayBuffer(b)
	v := r.vm.ToValue(ab).(*goja.Object)
	s.arrived = arrival{obj: v, buf: ab}
	return v
}

// decode decodes UTF-8; stream keeps an incomplete character for the next
// call.
func (s *sock) decode(b []byte, stream bool) string {
	if s.decoder == nil {
		s.decoder, _ = webapi.NewDecoder("utf-8", false, false)
	}
	text, _ := s.decoder.Decode(b, stream)
	return text
}

// flushText delivers what a streamed decoder still holds (an incomplete
// character, as U+FFFD) when the stream ends.
func (s *sock) flushText() {
	if s.decoder == nil || s.binary != binaryString {
		return
	}
	if text := s.decode(nil, false); text != "" && s.messages.Listened() {
		s.dispatchMessage(s.r.vm.ToValue(text), len(text))
	}
}

// dispatchMessage fires a MessageEvent carrying data, a message of n
// bytes.
func (s *sock) dispatchMessage(data goja.Value, n int) {
	fireMessage(s, &s.r.messageStates, s.r.messageEvent.Proto, messageData{data: data}, n)
}

// batchedUpTo is the largest message, in bytes, whose event comes from one
// of the realm's batches (webapi.EventStates): an event a script keeps
// keeps the other events of its batch alive, with their data, so that
// bound keeps what one kept event can hold to some kilobytes, as a kept
// copy carved by the loop's Copy does. A larger message's event costs its
// own state and link, little beside the message.
const batchedUpTo = 512

// fireMessage fires at s a message event of the class whose prototype is
// proto, carrying d (a messageData or udpData) for a message of n bytes,
// its state from states if the message is small enough (batchedUpTo).
// While its listeners run, the socket is the one receiving, so that their
// send() on it (an echo) finds its state at once, and a send() of the
// message's ArrayBuffer (s.arrived, which messageValue set) its bytes.
func fireMessage[T messageData | udpData](s *sock, states *webapi.EventStates[T], proto *goja.Object, d T, n int) {
	if n > batchedUpTo {
		states = nil
	}
	outer := s.r.receiving
	s.r.receiving = s
	defer func() { s.r.receiving, s.arrived = outer, arrival{} }()
	webapi.FireTo(s.messages, states, proto, d)
}

// fireError fires an error event for err.
func (s *sock) fireError(err error) {
	webapi.Dispatch(s.r.vm, s.obj, s.r.newErrorEvent(asSockErr(err)))
}

// fireClose makes the socket CLOSED and fires close, once.
func (s *sock) fireClose(wasClean bool, reason string) {
	s.fireCloseEvent(closeData{wasClean: wasClean, reason: reason})
}

// fireCloseEvent makes the socket CLOSED and fires close with d, once.
func (s *sock) fireCloseEvent(d closeData) {
	s.state = stateClosed
	if s.closeFired {
		return
	}
	s.closeFired = true
	webapi.FireWith(s.target, s.r.closeEvent.Proto, "close", d) // not made if nobody listens
}

// failReason is the close event's reason for a failure.
func failReason(err error) string {
	if err == nil {
		return ""
	}
	return asSockErr(err).Error()
}
