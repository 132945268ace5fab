package net

import (
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

// hWrite(chunk, encoding, cb) writes a Buffer (its bytes, without a copy)
// or a string in the encoding. It returns true when the kernel took the
// bytes at once: the caller then calls cb itself, sparing a call from Go.
// Otherwise cb runs once the kernel has the bytes, or with the error that
// closed the connection.
func hWrite(h *handle, call goja.FunctionCall) goja.Value {
	b := h.bytesOf(call.Argument(0), call.Argument(1))
	return h.m.vm.ToValue(h.send(b, call.Argument(2)))
}

// hWritev(chunks, allBuffers, cb) writes the entries of a Writable's
// buffer ({chunk, encoding} each) in order, with one callback for all; it
// returns as hWrite does.
func hWritev(h *handle, call goja.FunctionCall) goja.Value {
	arr, _ := call.Argument(0).(*goja.Object)
	n := 0
	if arr != nil {
		n = int(arr.Get("length").ToInteger())
	}
	for i := 0; i < n-1; i++ {
		if entry, ok := arr.Get(strconv.Itoa(i)).(*goja.Object); ok {
			h.send(h.bytesOf(entry.Get("chunk"), entry.Get("encoding")), nil)
		}
	}
	var last []byte
	if n > 0 {
		if entry, ok := arr.Get(strconv.Itoa(n - 1)).(*goja.Object); ok {
			last = h.bytesOf(entry.Get("chunk"), entry.Get("encoding"))
		}
	}
	return h.m.vm.ToValue(h.send(last, call.Argument(2)))
}

// writeDirect is the stream module's DirectWrite for sockets: a plain
// write on an idle socket goes from write() to the handle without
// Socket._writeGeneric, as long as the socket is connected over a handle of
// ours. The handle's idle timers are those _unrefTimer would refresh (the
// socket's and its parents', as syncTimers keeps them). A write the kernel
// does not take at once waits with the stream module's WriteCompletion,
// made only then.
func (m *Module) writeDirect(socket *goja.Object, b []byte) (took, done bool) {
	if socket.Get("connecting").ToBoolean() {
		return false, false
	}
	h := m.handleOf(socket.Get("_handle"))
	if h == nil || h.conn == nil || h.successor != nil || h.closeWanted {
		return false, false
	}
	h.dispatched += int64(len(b))
	h.touch()
	if h.write(b) {
		return true, true
	}
	h.writeCbs = append(h.writeCbs, m.stream.WriteCompletion(socket))
	if t := socket.GetSymbol(m.kTimeout); t != nil && t.ToBoolean() {
		_ = socket.SetSymbol(m.kLastWriteQueueSize, h.conn.Queued())
	}
	return true, false
}

// bytesOf returns a chunk's bytes: a view's own memory, or a string
// encoded.
func (h *handle) bytesOf(chunk, encoding goja.Value) []byte {
	if b, ok := buffer.Bytes(h.m.vm, chunk); ok {
		return b
	}
	enc, ok := buffer.ParseEncoding(encoding.String())
	if !ok {
		enc = buffer.UTF8
	}
	return buffer.StringToBytes(chunk, enc)
}

// send hands b to the connection and reports whether the kernel took it
// at once. Otherwise cbv, if a function, waits in the handle's queue of
// write callbacks (writes complete in order) for writeDone. The callback
// is made callable from Go only then: a write the kernel takes at once
// (the usual case) allocates nothing for it.
func (h *handle) send(b []byte, cbv goja.Value) bool {
	h.dispatched += int64(len(b))
	h.touch()
	if h.conn == nil || h.successor != nil {
		if cb, ok := goja.AssertFunction(cbv); ok {
			h.m.host.Loop().Post(func() {
				h.m.callJS(cb, h.m.jsError(sockerr.FromErrno("write", unix.ENOTCONN, "", 0)))
			})
		}
		return false
	}
	if !isFunction(cbv) {
		h.conn.Write(b, nil)
		return false
	}
	if h.write(b) {
		return true
	}
	cb, _ := goja.AssertFunction(cbv)
	h.writeCbs = append(h.writeCbs, cb)
	return false
}

// write hands b to a connected handle's connection, reporting its
// completion to writeDone, and tells whether the kernel took b at once.
// Otherwise the caller queues the write's callback in writeCbs.
func (h *handle) write(b []byte) bool {
	h.inWrite, h.syncDone = true, false
	h.conn.Write(b, h.writeDone)
	h.inWrite = false
	return h.syncDone
}

// isFunction tells whether v is a function object, without the Callable
// goja.AssertFunction allocates. The callbacks send gets are the scripts'
// own functions or undefined.
func isFunction(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o != nil && o.ClassName() == "Function"
}

// writeDoneFn reports a write's completion: inside send, that the kernel
// took the bytes at once; later, to the oldest waiting callback. It is
// bound once per handle (writeDone), so that a write allocates no
// closure.
func (h *handle) writeDoneFn(err error) {
	if h.inWrite && err == nil {
		h.syncDone = true
		return
	}
	h.touch()
	if h.cbHead == len(h.writeCbs) {
		return
	}
	cb := h.writeCbs[h.cbHead]
	h.writeCbs[h.cbHead] = nil
	h.cbHead++
	if h.cbHead == len(h.writeCbs) {
		h.writeCbs, h.cbHead = h.writeCbs[:0], 0
	}
	if cb != nil {
		h.m.callJS(cb, h.m.jsError(err))
	}
}
