package w3c

import (
	"bytes"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/ws"
	"github.com/nodeshim/nodeshim/internal/webapi"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// wsSock is the Go side of a WebSocket, over a core/ws connection. It is
// the connection's Handler.
type wsSock struct {
	s    *sock
	r    *realm
	conn *ws.Conn
	url  string // the URL serialized as the WHATWG API shows it; "" for an accepted socket
	// origin is the URL's origin, which message events carry; "" for an
	// accepted socket.
	origin string

	server *serverSock // the server that accepted the socket, if any
	handed bool        // connect gave the accepted socket to the script

	protocol, extensions string
	lastErr              error // the failure closing the socket
	// late counts the bytes passed to send() once the socket was closing
	// or closed: the WHATWG API adds them to bufferedAmount.
	late int
	// While settling, bufferedAmount is base, what was buffered before the
	// current task's first send, plus sending, the bytes sent since: like
	// browsers and Node's WebSocket, it shows them until a later task even
	// when the kernel took them at once (send('hello') makes it 5).
	settling      bool
	base, sending int
}

// newWebSocketClass builds WebSocket:
//
//	new WebSocket(url, [protocols], [options])
//
// options holds the TLS members of a TCPSocket's (ca, rejectUnauthorized,
// servername ...) and headers, extra request headers.
func (r *realm) newWebSocketClass() *webapi.Class {
	vm := r.vm
	c := webapi.NewClass(vm, "WebSocket", 1, r.socket, func(this *goja.Object, args []goja.Value) {
		webapi.InitEventTarget(vm, this)
		r.dialWebSocket(this, args)
	})
	self := func(call goja.FunctionCall) *wsSock {
		if s, ok := webapi.StateOf[*sock](hiddenState, call.This); ok {
			if t, ok := s.t.(*wsSock); ok {
				return t
			}
		}
		panic(r.illegal())
	}
	get := func(f func(t *wsSock) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return f(self(call)) }
	}
	c.Accessor("protocol", get(func(t *wsSock) goja.Value { return vm.ToValue(t.protocol) }), nil)
	c.Accessor("extensions", get(func(t *wsSock) goja.Value { return vm.ToValue(t.extensions) }), nil)
	c.Accessor("binaryType", get(func(t *wsSock) goja.Value { return vm.ToValue(binaryTypeNames[t.s.binary]) }),
		func(call goja.FunctionCall) goja.Value {
			t := self(call)
			name := r.toDOMString(setting("binaryType", "WebSocket"), call.Argument(0))
			// The WHATWG API knows only these two; other values are ignored.
			if bt, ok := parseBinaryType(name); ok && bt != binaryString {
				t.s.setBinaryType(bt)
			}
			return goja.Undefined()
		})
	c.Method("send", 1, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(self(call).sendMessage(call.Arguments))
	})
	c.Method("close", 0, func(call goja.FunctionCall) goja.Value {
		self(call).closeWith(call.Arguments)
		return goja.Undefined()
	})
	r.ownWebSocketMembers(c)
	return c
}

// ownWebSocketMembers gives WebSocket, as WebIDL does, its own copies of
// the members of the WHATWG interface that it inherits from Socket: the
// constants on the constructor and prototype, and on the prototype the
// attributes and event handlers, sharing Socket's accessor functions.
// Scripts that look for them there (the web-platform tests' IDL checks,
// or Object.getOwnPropertyNames) find them as in Node's WebSocket.
func (r *realm) ownWebSocketMembers(c *webapi.Class) {
	for i, name := range []string{"CONNECTING", "OPEN", "CLOSING", "CLOSED"} {
		c.Constant(name, i, true)
	}
	describe, _ := goja.AssertFunction(r.vm.Get("Object").ToObject(r.vm).Get("getOwnPropertyDescriptor"))
	for _, name := range []string{"url", "readyState", "bufferedAmount", "onopen", "onerror", "onclose", "onmessage"} {
		d, err := describe(nil, r.socket.Proto, r.vm.ToValue(name))
		must(err)
		desc := d.ToObject(r.vm)
		must(c.Proto.DefineAccessorProperty(name, desc.Get("get"), desc.Get("set"), goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
}

// dialWebSocket validates the arguments and starts connecting; open (or
// error then close) follows from a loop task.
func (r *realm) dialWebSocket(this *goja.Object, args []goja.Value) {
	c := constructing("WebSocket")
	r.requireArgs(c, args, 1)
	raw := r.toDOMString(c, args[0])
	u, href, origin, err := webSocketURL(raw)
	if err != nil {
		detail := err.Error()
		detail = detail[strings.LastIndexByte(detail, '\n')+1:] // ParseURL joins ErrURL and the reason
		panic(r.domError(c, "SyntaxError", "The URL '"+raw+"' is invalid: "+detail+"."))
	}
	var protocols []string
	if v := arg(args, 1); !isAbsent(v) {
		protocols = r.stringList(c, "protocols", v)
	}
	if ws.CheckProtocols(protocols) != nil {
		panic(r.domError(c, "SyntaxError", "The subprotocols must be distinct tokens."))
	}
	d := r.dictionary(c, arg(args, 2), "WebSocketOptions")
	opts := ws.DialOptions{Protocols: protocols, Compression: true}
	if d != nil {
		top := defaultTLSOptions()
		top.parse(r, c, d)
		if u.Scheme == "wss" {
			if opts.TLS, err = top.context(false); err != nil {
				panic(r.typeError(c, err.Error()))
			}
			opts.ServerName = top.servername
		}
		if v := member(d, "headers"); v != nil {
			opts.Header = r.headers(c, v)
		}
	}
	t := &wsSock{r: r, url: href, origin: origin}
	conn, err := ws.Dial(r.loop, u.String(), opts)
	if err != nil {
		panic(r.typeError(c, err.Error()))
	}
	t.conn = conn
	s := r.newSock(this, "WebSocket", t)
	s.binary = binaryBlob
	t.s = s
	conn.SetHandler(t)
}

// headers reads a record of header names to values.
func (r *realm) headers(c ctx, v goja.Value) http.Header {
	o, ok := v.(*goja.Object)
	if !ok {
		panic(r.typeError(c, "The 'headers' member is not an object."))
	}
	h := http.Header{}
	for _, k := range o.Keys() {
		h.Add(k, r.toDOMString(c, o.Get(k)))
	}
	return h
}

// webSocketURL parses raw as the WHATWG API does: with the URL
// Standard's parser (dot segments, IPv4 numbers, IDNA, percent-encoding),
// then WebSocket's own checks. It returns the URL to dial, the
// serialization that the url attribute shows and the origin that message
// events carry.
func webSocketURL(raw string) (u *url.URL, href, origin string, err error) {
	w, err := whatwg.Parse(raw, nil)
	if err != nil {
		return nil, "", "", errors.New("it is not an absolute URL")
	}
	if u, err = ws.ParseURL(w.Href()); err != nil {
		return nil, "", "", err
	}
	w.Scheme = u.Scheme // http: and https: are taken as ws: and wss:
	return u, w.Href(), w.Origin(), nil
}

// sendMessage implements send(data) as the WHATWG API does: a Blob or a
// buffer is a binary message, any other value is converted to a string
// and sent as text; while CONNECTING it throws,
// once closing the data only adds to bufferedAmount. It returns the
// Socket's hint.
func (t *wsSock) sendMessage(args []goja.Value) bool {
	c := executing("send", "WebSocket")
	t.r.requireArgs(c, args, 1)
	if t.s.state == stateConnecting {
		panic(t.r.invalidState(c, "Still in CONNECTING state."))
	}
	v := args[0]
	_, isBlob := webapi.StateOf[*blobData](hiddenState, v)
	data, borrowed := t.r.sendBytes(c, v)
	if t.s.state != stateOpen {
		t.late += len(data)
		return false
	}
	t.track(len(data))
	if borrowed || isBlob {
		t.conn.SendBinary(data, nil) // copies data into the frame
	} else { // WebIDL makes any other value (undefined, 123, {}) a USVString
		t.conn.SendText(string(data), nil)
	}
	return t.s.hint()
}

// track counts n bytes about to be sent in bufferedAmount until a task
// after this one settles it.
func (t *wsSock) track(n int) {
	if !t.settling {
		t.settling, t.base = true, t.conn.Buffered()
		t.r.loop.Post(t.settle)
	}
	t.sending += n
}

// settle ends the count that track started: bufferedAmount is what the
// connection still holds, and drain fires if it is owed and nothing is.
func (t *wsSock) settle() {
	t.settling, t.sending = false, 0
	t.s.drained()
}

// closeWith implements close([code], [reason]) with the WHATWG API's
// checks: InvalidAccessError for a code other than 1000 or 3000-4999,
// SyntaxError for a reason over 123 bytes of UTF-8.
func (t *wsSock) closeWith(args []goja.Value) {
	c := executing("close", "WebSocket")
	code := 0
	if v := arg(args, 0); !isAbsent(v) {
		code = clampUnsignedShort(v.ToFloat())
		if ws.CheckUserClose(code, "") != nil || code == 0 {
			panic(t.r.domError(c, "InvalidAccessError",
				"The close code must be either 1000, or between 3000 and 4999. "+strconv.Itoa(code)+" is neither."))
		}
	}
	reason := ""
	if v := arg(args, 1); !isAbsent(v) {
		reason = string(t.r.utf8(c, v))
		if ws.CheckUserClose(code, reason) != nil {
			panic(t.r.domError(c, "SyntaxError", "The close reason must not be greater than 123 UTF-8 bytes."))
		}
	}
	t.start(ws.UserCloseCode(code, reason), reason)
}

// clampUnsignedShort converts a number as WebIDL's [Clamp] unsigned short.
func clampUnsignedShort(f float64) int {
	if math.IsNaN(f) {
		return 0
	}
	return int(math.RoundToEven(math.Max(0, math.Min(65535, f))))
}

// start begins closing: a connecting socket fails, an open one starts the
// closing handshake.
func (t *wsSock) start(code int, reason string) {
	switch t.s.state {
	case stateConnecting, stateOpen:
		t.s.state = stateClosing
		_ = t.conn.Close(code, reason)
	}
}

// OnOpen records the handshake's results and fires open; an accepted
// socket becomes OPEN and its server fires connect instead.
func (t *wsSock) OnOpen(protocol, extensions string) {
	t.protocol, t.extensions = protocol, extensions
	switch {
	case t.s.state != stateConnecting:
	case t.server != nil:
		t.s.state = stateOpen
		t.handed = true
		t.server.accepted++
		t.server.fireConnect(t.s.obj)
	default:
		t.s.fireOpen()
	}
}

// utf8BOM is the byte order mark in UTF-8.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// OnMessage fires message: text as a string, binary as binaryType says,
// with the URL's origin as the WHATWG API has it. As there, messages that
// arrive once the socket is closing are dropped.
func (t *wsSock) OnMessage(kind ws.MessageType, data []byte) {
	if t.s.state != stateOpen || !t.s.messages.Listened() {
		return
	}
	var v goja.Value
	if kind == ws.Text {
		// UTF-8 decode, as the API's message event uses it, drops one
		// leading byte order mark (core/ws has checked the UTF-8).
		v = t.r.vm.ToValue(string(bytes.TrimPrefix(data, utf8BOM)))
	} else {
		v = t.r.messageValue(t.s, data)
	}
	fireMessage(t.s, &t.r.messageStates, t.r.messageEvent.Proto, messageData{data: v, origin: t.origin}, len(data))
}

// OnDrain fires drain if it is owed.
func (t *wsSock) OnDrain() { t.s.drained() }

// OnError reports the failure closing the connection; close follows.
func (t *wsSock) OnError(err error) {
	t.lastErr = err
	t.s.state = stateClosed
	if t.server == nil || t.handed { // nobody has seen an accepted socket that failed its handshake
		t.s.fireError(err)
	}
}

// OnClose fires close, the last event, with the close frame's code and
// reason.
func (t *wsSock) OnClose(code int, reason string, wasClean bool) {
	if t.handed {
		t.server.accepted--
	}
	t.s.fireCloseEvent(closeData{wasClean: wasClean, code: code, reason: reason})
}

// send sends data as a binary message, for Socket.prototype.send called
// on a WebSocket.
func (t *wsSock) send(_ ctx, data []byte, _ []goja.Value) {
	t.track(len(data))
	t.conn.SendBinary(data, nil)
}

func (t *wsSock) bufferedAmount() int {
	if t.settling {
		return t.base + t.sending + t.late
	}
	return t.conn.Buffered() + t.late
}

func (t *wsSock) pause()  { t.conn.Pause() }
func (t *wsSock) resume() { t.conn.Resume() }

// close is close() without a code, for Socket.prototype.close.
func (t *wsSock) close() { t.start(0, "") }

func (t *wsSock) remote() endpoint { return endpoint{ap: t.conn.TCP().RemoteAddr().AddrPort} }
func (t *wsSock) local() endpoint  { return endpoint{ap: t.conn.TCP().LocalAddr().AddrPort} }

// peerURL is the URL the script connected to, or an accepted peer's
// address.
func (t *wsSock) peerURL() string {
	if t.url == "" {
		return t.remote().url()
	}
	return t.url
}

// WebSocket has only the options every Socket has.
func (t *wsSock) optionNames() []string                       { return []string{"binaryType", "highWaterMark"} }
func (t *wsSock) option(string) (goja.Value, bool)            { return nil, false }
func (t *wsSock) setOption(ctx, string, goja.Value) (ok bool) { return false }
