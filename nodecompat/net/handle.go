package net

import (
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// handle is the Go side of a socket's _handle, Node's TCPWrap or
// PipeWrap: one core connection (none until connect), the socket that owns
// its events, and the state libuv would keep for it.
type handle struct {
	webapi.Opaque // so that the handle object can carry it cheaply

	m     *Module
	obj   *goja.Object
	isTCP bool
	conn  *tcp.Conn
	owner *goja.Object // the socket; nil once it let go (destroyed)

	reading    bool  // reads go to the owner (readStart)
	unrefd     bool  // unref() before there was a connection
	noDelay    *bool // setNoDelay() before there was a connection
	keepAlive  *bool // setKeepAlive() before there was a connection
	keepDelay  int   // its initial delay in seconds
	dispatched int64 // bytes handed to the connection by write

	timers []*idleTimer // the idle timers reads refresh

	push  func() // pushChunk, bound once
	chunk []byte // the chunk push delivers
	more  bool   // push's answer: the readable side wants more

	writeDone func(error)     // writeDoneFn, bound once
	writeCbs  []goja.Callable // callbacks of writes the kernel has not taken yet
	cbHead    int             // the oldest of them; the storage is reused once all ran
	inWrite   bool            // send is in the core's Write
	syncDone  bool            // that Write completed at once

	closeWanted    bool            // close() or reset() was called
	closeScheduled bool            // the close callbacks are due in the check phase
	closeCbs       []goja.Callable // close callbacks waiting to run
	predCbs        []goja.Callable // those of the handles this one took over

	// A handle whose connection another handle took over (TLS) no longer
	// gets its events; its close callbacks wait for the successor's close.
	successor *handle
}

// newHandleClass builds a handle class: TCP has the TCP-only methods
// (address queries, Nagle, keep-alive, reset), Pipe does not.
func (m *Module) newHandleClass(name string, isTCP bool) *webapi.Class {
	c := webapi.NewClass(m.vm, name, 0, nil, func(this *goja.Object, _ []goja.Value) {
		m.attachHandle(this, isTCP)
	})
	// reading is the Go flag itself (Node's handle has a plain property):
	// setting it from a script creates no property on each new handle,
	// and Go's changes need no property write.
	// On anything but a handle (the prototype) it reads as undefined.
	c.Accessor("reading", func(call goja.FunctionCall) goja.Value {
		if h := m.handleOf(call.This); h != nil {
			return m.vm.ToValue(h.reading)
		}
		return goja.Undefined()
	}, func(call goja.FunctionCall) goja.Value {
		if h := m.handleOf(call.This); h != nil {
			h.reading = call.Argument(0).ToBoolean()
		}
		return goja.Undefined()
	})
	c.Method("setOwner", 1, m.method(func(h *handle, call goja.FunctionCall) goja.Value {
		// A new owner brings its own idle timers (setTimers).
		h.owner, _ = call.Argument(0).(*goja.Object)
		h.timers = h.timers[:0]
		return goja.Undefined()
	}))
	c.Method("setTimers", 1, m.method(hSetTimers))
	c.Method("connect", 4, m.method(hConnect))
	c.Method("readStart", 0, m.method(hReadStart))
	c.Method("readStop", 0, m.method(hReadStop))
	c.Method("write", 3, m.method(hWrite))
	c.Method("writev", 3, m.method(hWritev))
	c.Method("shutdown", 1, m.method(hShutdown))
	c.Method("shutdownFinal", 1, m.method(hShutdownFinal))
	c.Method("close", 1, m.method(func(h *handle, call goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(call.Argument(0))
		h.close(cb, false)
		return goja.Undefined()
	}))
	c.Method("closeOwner", 3, m.method(m.hCloseOwner))
	c.Method("ref", 0, m.method(hRef))
	c.Method("unref", 0, m.method(hUnref))
	c.Method("hasRef", 0, m.method(func(h *handle, _ goja.FunctionCall) goja.Value {
		return m.vm.ToValue(h.hasRef())
	}))
	c.Accessor("bytesRead", m.method(func(h *handle, _ goja.FunctionCall) goja.Value {
		return m.vm.ToValue(h.bytesRead())
	}), nil)
	c.Accessor("bytesWritten", m.method(func(h *handle, _ goja.FunctionCall) goja.Value {
		return m.vm.ToValue(h.dispatched)
	}), nil)
	c.Accessor("writeQueueSize", m.method(func(h *handle, _ goja.FunctionCall) goja.Value {
		if h.conn == nil {
			return m.vm.ToValue(0)
		}
		return m.vm.ToValue(h.conn.Queued())
	}), nil)
	if isTCP {
		c.Method("getsockname", 1, m.method(hGetsockname))
		c.Method("getpeername", 1, m.method(hGetpeername))
		c.Method("setNoDelay", 1, m.method(hSetNoDelay))
		c.Method("setKeepAlive", 2, m.method(hSetKeepAlive))
		c.Method("reset", 1, m.method(func(h *handle, call goja.FunctionCall) goja.Value {
			cb, _ := goja.AssertFunction(call.Argument(0))
			h.close(cb, true)
			return goja.Undefined()
		}))
	}
	return c
}

// attachHandle gives a new handle object its Go state, in an ordinary
// property under the module's private symbol: a handle is made per
// connection, and the locked property of webapi.Slot.Attach costs three
// times as much.
func (m *Module) attachHandle(obj *goja.Object, isTCP bool) *handle {
	h := &handle{m: m, obj: obj, isTCP: isTCP}
	h.push = h.pushChunk
	h.writeDone = h.writeDoneFn
	_ = obj.SetSymbol(m.handleKey, m.vm.NewDynamicObject(h))
	return h
}

// newHandle makes a handle object of the right class from Go (for an
// accepted connection, or a successor).
func (m *Module) newHandle(isTCP bool) *handle {
	class := m.pipe
	if isTCP {
		class = m.tcp
	}
	return m.attachHandle(m.vm.CreateObject(class.Proto), isTCP)
}

// handleOf returns the Go state of a handle object, or nil. A handle
// object's state is fixed when it is made, as a native handle's is in
// Node, so the handles found last are remembered: every write looks its
// socket's handle up, and finding the state under the hidden symbol
// (a property read and an Export, which allocates) costs more than the
// write's own work.
func (m *Module) handleOf(v goja.Value) *handle {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	for _, e := range m.recentHandles {
		if e != nil && e.obj == o {
			return e
		}
	}
	s := o.GetSymbol(m.handleKey)
	if s == nil {
		return nil
	}
	h, _ := s.Export().(*handle)
	if h != nil && h.obj == o {
		m.recentHandles[m.nextRecent] = h
		m.nextRecent = (m.nextRecent + 1) % len(m.recentHandles)
	}
	return h
}

// method adapts a handle method to a native function of its prototype.
func (m *Module) method(fn func(*handle, goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		h := m.handleOf(call.This)
		if h == nil {
			panic(m.vm.NewTypeError("Illegal invocation"))
		}
		return fn(h, call)
	}
}

// attach makes conn the handle's connection, with the options set before
// it existed. Reading is on from the start: a socket starts reading in
// the same task that gives it its connection (accepted, or connected), so
// leaving the core paused until then would only cost a posted read.
//
// As a libuv handle, the connection keeps the process alive only while it
// reads, writes or connects: a socket left paused lets node exit.
func (h *handle) attach(conn *tcp.Conn) {
	h.conn = conn
	conn.SetHandler(h)
	// A bulk transfer arrives in chunks of up to 256 KiB, not Node's 64:
	// each chunk costs a crossing into JavaScript and a 'data' event, and
	// Node promises no chunk size.
	conn.SetMaxChunk(256 << 10)
	conn.SetAliveOnlyWhileBusy(true)
	if h.unrefd {
		conn.Unref()
	}
	if h.noDelay != nil {
		_ = conn.SetNoDelay(*h.noDelay)
	}
	if h.keepAlive != nil {
		_ = conn.SetKeepAlive(*h.keepAlive, time.Duration(h.keepDelay)*time.Second)
	}
}

// touch refreshes the idle timers on activity.
func (h *handle) touch() {
	for _, t := range h.timers {
		t.touch()
	}
}

// hSetTimers(timers) sets the idle timers that activity refreshes.
func hSetTimers(h *handle, call goja.FunctionCall) goja.Value {
	h.timers = h.timers[:0]
	if arr, ok := call.Argument(0).(*goja.Object); ok {
		for _, k := range arr.Keys() {
			if t := h.m.idleTimerOf(arr.Get(k)); t != nil {
				h.timers = append(h.timers, t)
			}
		}
	}
	return goja.Undefined()
}

// hConnect(address, port, localAddress, localPort) or, for a Pipe,
// connect(path) starts connecting; the outcome goes to the scripts'
// onConnect.
func hConnect(h *handle, call goja.FunctionCall) goja.Value {
	if h.conn != nil || h.closeWanted {
		return goja.Undefined()
	}
	var opts tcp.DialOptions
	if h.isTCP {
		opts = tcp.DialOptions{
			Host:         call.Argument(0).String(),
			Port:         int(call.Argument(1).ToInteger()),
			LocalAddress: call.Argument(2).String(),
			LocalPort:    int(call.Argument(3).ToInteger()),
			// The scripts connect on the tick after connect(), as Node
			// does: the connection needs no further task.
			Prompt: true,
		}
	} else {
		opts = tcp.DialOptions{Path: call.Argument(0).String()}
	}
	h.attach(tcp.Dial(h.m.host.Loop(), opts, h.connected))
	return goja.Undefined()
}

// connected reports the outcome of connect to the owner.
func (h *handle) connected(err error) {
	if h.owner == nil {
		return
	}
	h.touch()
	h.m.callJS(h.m.onConnect, h.owner, h.m.jsError(err), h.obj)
}

func hReadStart(h *handle, _ goja.FunctionCall) goja.Value {
	h.reading = true
	if h.conn != nil && h.successor == nil && h.conn.Paused() {
		h.conn.Resume()
	}
	return goja.Undefined()
}

func hReadStop(h *handle, _ goja.FunctionCall) goja.Value {
	h.reading = false
	if h.conn != nil && h.successor == nil {
		h.conn.Pause()
	}
	return goja.Undefined()
}

// hShutdown(cb) sends FIN once the queued writes are out, then calls cb
// (whatever happened, as Node's afterShutdown does).
func hShutdown(h *handle, call goja.FunctionCall) goja.Value {
	var done func()
	if cb, ok := goja.AssertFunction(call.Argument(0)); ok {
		done = func() { h.m.callJS(cb) }
	}
	h.shutdown(done)
	return goja.Undefined()
}

// hShutdownFinal(stream) is the shutdown of a socket's direct _final: once
// it is done the stream's final step is (stream.FinalDone), with no
// callback made for the call.
func hShutdownFinal(h *handle, call goja.FunctionCall) goja.Value {
	stream, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(h.m.vm.NewTypeError("shutdownFinal: the stream is not an object"))
	}
	h.shutdown(func() { h.m.stream.FinalDone(stream) })
	return goja.Undefined()
}

// shutdown sends FIN once the queued writes are out, then calls done (if
// any) from a later task.
func (h *handle) shutdown(done func()) {
	if h.conn == nil || h.successor != nil {
		if done != nil {
			h.m.host.Loop().Post(done)
		}
		return
	}
	h.conn.CloseWrite(func(error) {
		if done != nil {
			done()
		}
	})
}

// close ends the handle: the connection is destroyed (or reset, with
// RST) and cb runs at the end of this loop iteration, after the ticks of
// the current task (where an 'error' event may be due), as libuv runs
// close callbacks. A handle whose connection was taken over leaves it to
// the successor: its callback runs with the successor's, before them,
// whichever of the two closes first; and closing it while the successor
// is open tells the successor's owner (see predecessorClosed), since the
// connection they share is to go with it.
func (h *handle) close(cb goja.Callable, reset bool) {
	first := !h.closeWanted
	h.closeWanted = true
	h.owner = nil
	if s := h.successor; s != nil {
		if cb != nil {
			s.predCbs = append(s.predCbs, cb)
		}
		if s.closeWanted {
			s.scheduleCloseCallbacks()
		} else if first {
			h.m.host.Loop().NewImmediate(func() { s.predecessorClosed(reset) })
		}
		return
	}
	if first && h.conn != nil && !h.conn.Closed() {
		if reset {
			h.conn.Reset()
		} else {
			h.conn.Destroy()
		}
	}
	if cb != nil {
		h.closeCbs = append(h.closeCbs, cb)
	}
	h.scheduleCloseCallbacks()
}

// hCloseOwner(socket, hadError, reset) is the destroy of a socket's own
// handle in one call, where a script-made handle takes several: the byte
// counts stay on the socket (under the scripts' symbols, where they
// differ from what it has), the handle lets go of the socket and its
// timers and closes (with RST when reset), and its close callbacks end
// with the socket's 'close' event, with hadError.
func (m *Module) hCloseOwner(h *handle, call goja.FunctionCall) goja.Value {
	socket, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(m.vm.NewTypeError("closeOwner: the socket is not an object"))
	}
	hadError := call.Argument(1)
	m.keepCount(socket, m.kBytesRead, h.bytesRead())
	m.keepCount(socket, m.kBytesWritten, h.dispatched)
	h.timers = h.timers[:0]
	h.close(func(goja.Value, ...goja.Value) (goja.Value, error) {
		return m.emitClose(goja.Undefined(), socket, hadError)
	}, call.Argument(2).ToBoolean())
	return goja.Undefined()
}

// keepCount sets socket[key] to n unless it reads n already (a socket
// that moved no bytes keeps the prototype's zeros).
func (m *Module) keepCount(socket *goja.Object, key *goja.Symbol, n int64) {
	if v := socket.GetSymbol(key); v == nil || v.ToInteger() != n {
		_ = socket.SetSymbol(key, n)
	}
}

// bytesRead returns the bytes the connection has received.
func (h *handle) bytesRead() int64 {
	if h.conn == nil {
		return 0
	}
	return h.conn.BytesRead()
}

// predecessorClosed runs in the check phase after the handle whose
// connection this one took over was closed (reset, when reset is true):
// unless this handle is closing too, it calls its owner's method under
// predecessorClosedKey with reset. An owner without that method is left
// alone: what the close means is the owner's business, not net's.
func (h *handle) predecessorClosed(reset bool) {
	if h.closeWanted || h.owner == nil {
		return
	}
	owner := h.owner
	if fn, ok := goja.AssertFunction(owner.GetSymbol(predecessorClosedKey)); ok {
		h.m.host.Call(fn, owner, h.m.vm.ToValue(reset))
	}
}

// scheduleCloseCallbacks runs the close callbacks from the loop's close
// phase (after the immediates of the iteration, as libuv runs them),
// predecessors' first; callbacks added before then run too.
func (h *handle) scheduleCloseCallbacks() {
	if h.closeScheduled {
		return
	}
	h.closeScheduled = true
	h.m.host.Loop().QueueClose(func() {
		cbs := append(h.predCbs, h.closeCbs...)
		h.predCbs, h.closeCbs, h.closeScheduled = nil, nil, false
		for _, cb := range cbs {
			h.m.callJS(cb)
		}
	})
}

func hRef(h *handle, _ goja.FunctionCall) goja.Value {
	h.unrefd = false
	if h.conn != nil {
		h.conn.Ref()
	}
	return goja.Undefined()
}

func hUnref(h *handle, _ goja.FunctionCall) goja.Value {
	h.unrefd = true
	if h.conn != nil {
		h.conn.Unref()
	}
	return goja.Undefined()
}

func (h *handle) hasRef() bool {
	if h.conn == nil {
		return !h.unrefd
	}
	return h.conn.HasRef()
}

// hGetsockname(out) fills out with the local address; it returns 0, or
// a negative errno when there is none.
func hGetsockname(h *handle, call goja.FunctionCall) goja.Value {
	if h.conn == nil {
		return h.m.vm.ToValue(-9) // EBADF
	}
	return h.m.fillAddr(call.Argument(0), h.conn.LocalAddr())
}

// hGetpeername(out) fills out with the peer's address, as getsockname.
func hGetpeername(h *handle, call goja.FunctionCall) goja.Value {
	if h.conn == nil || h.conn.Connecting() {
		return h.m.vm.ToValue(-107) // ENOTCONN
	}
	return h.m.fillAddr(call.Argument(0), h.conn.RemoteAddr())
}

// fillAddr sets address, family and port on out, as libuv's address
// queries do.
func (m *Module) fillAddr(outv goja.Value, a tcp.Addr) goja.Value {
	out, ok := outv.(*goja.Object)
	if !ok || !a.AddrPort.IsValid() {
		return m.vm.ToValue(-22) // EINVAL
	}
	set(out, "address", a.Address())
	set(out, "family", a.Family())
	set(out, "port", a.Port())
	return m.vm.ToValue(0)
}

func hSetNoDelay(h *handle, call goja.FunctionCall) goja.Value {
	on := call.Argument(0).ToBoolean()
	if h.conn == nil {
		h.noDelay = &on
		return goja.Undefined()
	}
	_ = h.conn.SetNoDelay(on)
	return goja.Undefined()
}

// hSetKeepAlive(enable, delaySeconds) turns keep-alive on or off.
func hSetKeepAlive(h *handle, call goja.FunctionCall) goja.Value {
	on := call.Argument(0).ToBoolean()
	delay := int(call.Argument(1).ToInteger())
	if h.conn == nil {
		h.keepAlive, h.keepDelay = &on, delay
		return goja.Undefined()
	}
	_ = h.conn.SetKeepAlive(on, time.Duration(delay)*time.Second)
	return goja.Undefined()
}
