package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/host"
)

// closePath is the end of a stream's life in Go for a producer in Go (a
// socket): the end of its data (endFromGo of readable.js) and the tick
// that emits 'end' (emitEnd), the writable side's end that follows it
// when the stream is not half-open (endWritableSide), a Writable's
// destroy() and, for an implementation whose _destroy has a direct form
// (kDirectDestroy in destroy.js), what that form calls when done
// (destroyDone). In the script each is a function or two whose flag tests
// allocate (see the note on bit operations in readable.js), and a socket
// goes through all of them once per connection. Each does what the
// script's does in its common case, and otherwise hands the call to the
// script's.
type closePath struct {
	vm   *goja.Runtime
	host *host.Host
	data *dataPath // the emitter, flags and stock functions; nil without nodeshim's events

	endFromGoSlow   goja.Callable // the script's endFromGo(stream)
	emitEndSlow     goja.Callable // the script's emitEnd(state, stream)
	destroySlow     goja.Callable // the script's Writable.prototype.destroy
	runDestroy      goja.Callable // the script's runDestroy(stream, err, cb)
	destroyDoneSlow goja.Callable // the script's destroyDone(stream, er, cb)
	emitClose       goja.Callable // emitClose(stream), destroyDone's tick
	emitEnd         goja.Callable // emitEnd's tick (Go's)
	endWritable     goja.Callable // endWritableSide's tick (Go's)
	destroyKey      *goja.Symbol  // kDirectDestroy

	endName  goja.Value      // the string "end"
	falseVal goja.Value      // false
	calls    callcache.Cache // the Callables of the methods called last
}

// The masks of the readable end's tests, as the script's (readable.js):
// under endFastMask the flags are 0 when endFromGo may settle push(null)
// and read(0) itself; endReadBits are the flags that settling clears; any
// of endBlocked means 'end' is not to be emitted.
const (
	endFastMask = rEnded | rSync | rDecoder | rDestroyed | rErrored
	endReadBits = rReading | rNeedReadable | rEmittedReadable
	endBlocked  = rErrored | rCloseEmitted | rEndEmitted
)

// init completes the close path once the module's scripts have run; data
// may be nil (every call then goes to the scripts).
func (c *closePath) init(data *dataPath, shared *goja.Object) {
	c.data = data
	c.endName = c.vm.ToValue("end")
	c.falseVal = c.vm.ToValue(false)
	c.endFromGoSlow, _ = goja.AssertFunction(shared.Get("endFromGoSlow"))
	readable := shared.Get("readableCore").(*goja.Object)
	c.emitEndSlow, _ = goja.AssertFunction(readable.Get("emitEnd"))
	c.destroySlow, _ = goja.AssertFunction(shared.Get("writableDestroySlow"))
	destroy := shared.Get("destroyCore").(*goja.Object)
	c.runDestroy, _ = goja.AssertFunction(destroy.Get("runDestroy"))
	c.destroyDoneSlow, _ = goja.AssertFunction(destroy.Get("destroyDone"))
	c.emitClose, _ = goja.AssertFunction(shared.Get("emitClose"))
	c.destroyKey, _ = shared.Get("directDestroy").(*goja.Object).Get("key").(*goja.Symbol)
	c.emitEnd = c.tick(c.emitEndNow)
	c.endWritable = c.tick(c.endWritableSide)
}

// tick makes work a tick's function, run with the tick's arguments, that
// returns what work throws.
func (c *closePath) tick(work func(args []goja.Value)) goja.Callable {
	return func(_ goja.Value, args ...goja.Value) (goja.Value, error) {
		if ex := c.vm.Try(func() { work(args) }); ex != nil {
			return nil, ex
		}
		return goja.Undefined(), nil
	}
}

// endFromGo is the script's endFromGo(stream), push(null) then read(0):
// with nothing buffered, 'readable' not listened to and the stock push,
// read and emit, the stream is marked ended (and neither reading nor
// asking for 'readable', as read(0) leaves it) and 'end' is due on the
// next tick.
func (c *closePath) endFromGo(call goja.FunctionCall) goja.Value {
	if stream, ok := call.Argument(0).(*goja.Object); ok && c.data != nil {
		if st, flags, ok := c.endable(stream); ok {
			c.data.flags.put(st, flags&^endReadBits|rEnded)
			c.host.NextTick(c.emitEnd, st, stream)
			return goja.Undefined()
		}
	}
	mustCall(c.endFromGoSlow, goja.Undefined(), call.Arguments...)
	return goja.Undefined()
}

// endable returns the readable state of stream and its flags when
// endFromGo may settle the end itself.
func (c *closePath) endable(stream *goja.Object) (st *goja.Object, flags int64, ok bool) {
	if st, ok = stream.Get("_readableState").(*goja.Object); !ok {
		return nil, 0, false
	}
	if flags, ok = c.data.flags.get(st); !ok || flags&endFastMask != 0 || !c.data.isZero(st.Get("length")) {
		return nil, 0, false
	}
	events, ok := stream.Get("_events").(*goja.Object)
	ok = ok && sameObject(stream.Get("push"), c.data.push) && sameObject(stream.Get("read"), c.data.read) &&
		sameObject(stream.Get("emit"), c.data.emitter.Func()) && isMissing(events.Get("readable"))
	return st, flags, ok
}

// emitEndNow is the script's emitEnd(state, stream), the tick that emits
// 'end' once nothing is buffered; then either the writable side ends on
// the next tick (a stream that is not half-open) or the stream is
// destroyed, when both sides destroy themselves and the writable one has
// finished (or was made unwritable).
func (c *closePath) emitEndNow(args []goja.Value) {
	var st, stream *goja.Object
	if len(args) == 2 {
		st, _ = args[0].(*goja.Object)
		stream, _ = args[1].(*goja.Object)
	}
	if st == nil || stream == nil {
		mustCall(c.emitEndSlow, goja.Undefined(), args...)
		return
	}
	flags, ok := c.data.flags.get(st)
	if !ok {
		mustCall(c.emitEndSlow, goja.Undefined(), args...)
		return
	}
	if flags&endBlocked != 0 || !c.data.isZero(st.Get("length")) {
		return
	}
	c.data.flags.put(st, flags|rEndEmitted)
	c.data.paused.emit(stream, c.endName)
	if truthy(stream.Get("writable")) {
		if v := stream.Get("allowHalfOpen"); v != nil && v.StrictEquals(c.falseVal) {
			c.host.NextTick(c.endWritable, stream)
			return
		}
	}
	if flags, ok = c.data.flags.get(st); !ok || flags&rAutoDestroy == 0 {
		return
	}
	if w := stream.Get("_writableState"); truthy(w) {
		wo, isObject := w.(*goja.Object)
		if !isObject {
			return // (a state that is not an object has no flags)
		}
		const field = WritableHasWritable | WritableWritable
		wbits, _ := WritableStateFlags(wo)
		if wbits&WritableAutoDestroy == 0 || (wbits&WritableFinished == 0 && wbits&field != WritableHasWritable) {
			return
		}
	}
	mustCallMethod(c.vm, &c.calls, stream, "destroy")
}

// endWritableSide is the script's endWritableSide(stream): end() unless
// the writable side has ended or the stream is destroyed.
func (c *closePath) endWritableSide(args []goja.Value) {
	var stream *goja.Object
	if len(args) > 0 {
		stream, _ = args[0].(*goja.Object)
	}
	if stream == nil {
		panic(c.vm.NewTypeError("endWritableSide: the stream is not an object"))
	}
	if truthy(stream.Get("writable")) && !truthy(stream.Get("writableEnded")) && !truthy(stream.Get("destroyed")) {
		mustCallMethod(c.vm, &c.calls, stream, "end")
	}
}

// writableDestroy is Writable.prototype.destroy(err, cb) without an error
// on a constructed stream: both sides are marked destroyed and the
// implementation's _destroy runs, in its direct form when it has one. A
// stream already destroyed only calls cb. Every other call (an error, or
// writes still queued) goes to the script's.
func (c *closePath) writableDestroy(call goja.FunctionCall) goja.Value {
	stream, ok := call.This.(*goja.Object)
	if !ok || c.data == nil || truthy(call.Argument(0)) {
		return mustCall(c.destroySlow, call.This, call.Arguments...)
	}
	w, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return mustCall(c.destroySlow, call.This, call.Arguments...)
	}
	wbits, ok := WritableStateFlags(w)
	if !ok || (wbits&WritableDestroyed == 0 && wbits&(WritableBuffered|WritableOnFinished) != 0) {
		return mustCall(c.destroySlow, call.This, call.Arguments...)
	}
	var r *goja.Object
	var rbits int64
	if rv := stream.Get("_readableState"); truthy(rv) {
		if r, ok = rv.(*goja.Object); !ok {
			return mustCall(c.destroySlow, call.This, call.Arguments...)
		}
		if rbits, ok = c.data.flags.get(r); !ok {
			return mustCall(c.destroySlow, call.This, call.Arguments...)
		}
	}
	cb := call.Argument(1)
	if wbits&WritableDestroyed != 0 || rbits&rDestroyed != 0 {
		if fn, ok := goja.AssertFunction(cb); ok {
			if _, err := fn(goja.Undefined()); err != nil {
				panic(err)
			}
		}
		return stream
	}
	if wbits&WritableConstructed == 0 {
		return mustCall(c.destroySlow, call.This, call.Arguments...)
	}
	setFlags(w, wbits|WritableDestroyed)
	if r != nil {
		c.data.flags.put(r, rbits|rDestroyed)
	}
	c.destroyNow(stream, w, r, cb)
	return stream
}

// destroyNow is the script's runDestroy(stream, null, cb) for a stream
// whose states w and r (nil when it has none) are marked destroyed.
func (c *closePath) destroyNow(stream, w, r *goja.Object, cb goja.Value) {
	var direct goja.Callable
	if d, ok := stream.Get("_destroy").(*goja.Object); ok {
		direct, _ = c.calls.Callable(d.GetSymbol(c.destroyKey))
	}
	if direct == nil {
		mustCall(c.runDestroy, goja.Undefined(), stream, goja.Null(), cb)
		return
	}
	_, err := direct(goja.Undefined(), stream, goja.Null(), cb)
	if err == nil {
		return
	}
	ex, ok := err.(*goja.Exception)
	if !ok {
		panic(err)
	}
	// (Unless it had called back already.)
	wbits, _ := WritableStateFlags(w)
	closed := wbits&WritableClosed != 0
	if !closed && r != nil {
		rbits, _ := c.data.flags.get(r)
		closed = rbits&rClosed != 0
	}
	if !closed {
		mustCall(c.destroyDoneSlow, goja.Undefined(), stream, ex.Value(), cb)
	}
}

// destroyDone is the script's destroyDone(stream, er, cb), what a direct
// _destroy calls when done, without an error: both sides are closed, cb
// runs, and emitClose is due on the next tick.
func (c *closePath) destroyDone(call goja.FunctionCall) goja.Value {
	stream, ok := call.Argument(0).(*goja.Object)
	if !ok || c.data == nil || truthy(call.Argument(1)) {
		return mustCall(c.destroyDoneSlow, goja.Undefined(), call.Arguments...)
	}
	r, w := stream.Get("_readableState"), stream.Get("_writableState")
	ro, rok := r.(*goja.Object)
	wo, wok := w.(*goja.Object)
	if (truthy(r) && !rok) || (truthy(w) && !wok) {
		return mustCall(c.destroyDoneSlow, goja.Undefined(), call.Arguments...)
	}
	if wok {
		wbits, _ := WritableStateFlags(wo)
		setFlags(wo, wbits|WritableClosed)
	}
	if rok {
		rbits, _ := c.data.flags.get(ro)
		c.data.flags.put(ro, rbits|rClosed)
	}
	if fn, ok := goja.AssertFunction(call.Argument(2)); ok {
		if _, err := fn(goja.Undefined(), call.Argument(1)); err != nil {
			panic(err)
		}
	}
	c.host.NextTick(c.emitClose, stream)
	return goja.Undefined()
}
