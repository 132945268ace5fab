package net

import (
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

// hWrite(chunk, encoding, cb) writes a Buffer (its bytes, without a copy)
// or a string in the encoding; cb runs once the kernel has the bytes —
// at once if it took them — or with the error that closed the
// connection.
func hWrite(h *handle, call goja.FunctionCall) goja.Value {
	b := h.bytesOf(call.Argument(0), call.Argument(1))
	h.send(b, call.Argument(2))
	return goja.Undefined()
}

// hWritev(chunks, allBuffers, cb) writes the entries of a Writable's
// buffer ({chunk, encoding} each) in order, with one callback for all.
func hWritev(h *handle, call goja.FunctionCall) goja.Value {
	arr, _ := call.Argument(0).(*goja.Object)
	if arr == nil {
		h.send(nil, call.Argument(2))
		return goja.Undefined()
	}
	n := int(arr.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		entry, _ := arr.Get(strconv.Itoa(i)).(*goja.Object)
		if entry == nil {
			continue
		}
		b := h.bytesOf(entry.Get("chunk"), entry.Get("encoding"))
		if i < n-1 {
			h.send(b, nil)
		} else {
			h.send(b, call.Argument(2))
		}
	}
	return goja.Undefined()
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

// send hands b to the connection; cbv, if a function, gets the outcome.
func (h *handle) send(b []byte, cbv goja.Value) {
	h.dispatched += int64(len(b))
	h.touch()
	cb, _ := goja.AssertFunction(cbv)
	var done func(error)
	if cb != nil {
		done = func(err error) {
			h.touch()
			h.m.callJS(cb, h.m.jsError(err))
		}
	}
	if h.conn == nil || h.successor != nil {
		if done != nil {
			h.m.host.Loop().Post(func() { done(sockerr.FromErrno("write", unix.ENOTCONN, "", 0)) })
		}
		return
	}
	h.conn.Write(b, done)
}
