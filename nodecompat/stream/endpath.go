package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/host"
)

// endPath is Writable.prototype.end in Go for its common calls, end() and
// end(chunk) without a callback: in the script that call is four
// functions (end, finishMaybe, prefinish, callFinal) whose flag tests
// allocate (see the note on bit operations in readable.js), and writeChunk
// for a chunk; a socket makes it once per connection on each side. It
// does what they do when the side can end at once, or only has to wait for
// its writes, and its _final has a direct form (kDirectFinal in
// writable_end.js, a socket's shutdown); every other call goes to the
// script's end, after the chunk is written when there is one.
type endPath struct {
	vm     *goja.Runtime
	host   *host.Host
	direct *directWriter // write(), which writes end's chunk

	slow             goja.Callable   // the script's end
	failed           goja.Callable   // finalFailed(stream, state, err, sync)
	indirect         goja.Callable   // callFinalIndirect(stream, state)
	finishIfStillDue goja.Callable   // finishMaybe's tick
	finalKey         *goja.Symbol    // kDirectFinal
	zero             goja.Value      // the number 0
	calls            callcache.Cache // the Callables of the _final functions called last
}

// init completes the end path once the module's scripts have run.
func (e *endPath) init(shared *goja.Object) {
	e.zero = e.vm.ToValue(0)
	e.slow, _ = goja.AssertFunction(shared.Get("endSlow"))
	core := shared.Get("endCore").(*goja.Object)
	e.failed, _ = goja.AssertFunction(core.Get("failed"))
	e.indirect, _ = goja.AssertFunction(core.Get("indirect"))
	e.finishIfStillDue, _ = goja.AssertFunction(core.Get("finishIfStillDue"))
	e.finalKey, _ = shared.Get("directFinal").(*goja.Object).Get("key").(*goja.Symbol)
}

// end is Writable.prototype.end(chunk, encoding, cb). A chunk is written
// first by write()'s own path (Go's write, which is writeChunk as the
// script's end calls it), unless the side has ended or is destroyed
// (writeChunk then fails, which the script's end reports); end() then
// goes on as it does without a chunk.
func (e *endPath) end(call goja.FunctionCall) goja.Value {
	chunk, encoding, cb := call.Argument(0), call.Argument(1), call.Argument(2)
	stream, ok := call.This.(*goja.Object)
	if !ok || isCallable(chunk) {
		return mustCall(e.slow, call.This, call.Arguments...)
	}
	if isCallable(encoding) {
		cb, encoding = encoding, goja.Null()
	}
	if isNullish(chunk) {
		if !isCallable(cb) && e.endNow(stream) {
			return stream
		}
		return mustCall(e.slow, call.This, call.Arguments...)
	}
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return mustCall(e.slow, call.This, call.Arguments...)
	}
	if flags, ok := WritableStateFlags(st); !ok || flags&(WritableEnding|WritableDestroyed) != 0 {
		return mustCall(e.slow, call.This, call.Arguments...)
	}
	e.direct.write(goja.FunctionCall{This: stream, Arguments: []goja.Value{chunk, encoding}})
	if !isCallable(cb) && e.endNow(stream) {
		return stream
	}
	return mustCall(e.slow, stream, goja.Undefined(), goja.Undefined(), cb)
}

// endNow ends stream's writable side as the script's end() with no
// arguments would, when its case holds, and reports whether it did (it
// changes nothing otherwise): the side is neither corked, failed nor
// ending, and either 'finish' is not due yet (writes are under way) or it
// is and _final, not yet called, has a direct form.
func (e *endPath) endNow(stream *goja.Object) bool {
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok || truthy(st.Get("corked")) {
		return false
	}
	flags, ok := WritableStateFlags(st)
	if !ok || flags&(WritableErrored|WritableEnding) != 0 {
		return false
	}
	flags |= WritableEnding
	if flags&finishTested != finishDue || !e.isZero(st.Get("length")) {
		// finishMaybe has nothing to do yet.
		setFlags(st, flags|WritableEnded)
		return true
	}
	if flags&(WritablePrefinished|WritableFinalCalled) != 0 {
		return false
	}
	final, ok := stream.Get("_final").(*goja.Object)
	if !ok {
		return false
	}
	if _, ok = e.calls.Callable(final); !ok {
		return false
	}
	direct, ok := e.calls.Callable(final.GetSymbol(e.finalKey))
	if !ok {
		return false
	}
	// prefinish: _final is called (callFinal, its direct form).
	setFlags(st, flags|WritableFinalCalled)
	addPendingCB(st, 1)
	started, err := direct(goja.Undefined(), stream)
	if err != nil {
		ex, isException := err.(*goja.Exception)
		if !isException {
			panic(err)
		}
		mustCall(e.failed, goja.Undefined(), stream, st, ex.Value(), e.vm.ToValue(true))
	} else if !started.ToBoolean() {
		mustCall(e.indirect, goja.Undefined(), stream, st)
	}
	// finishMaybe, sync: 'finish' on a later tick if nothing is pending
	// (only when _final failed just now).
	if e.isZero(st.Get("pendingcb")) {
		addPendingCB(st, 1)
		e.host.NextTick(e.finishIfStillDue, stream, st)
	}
	now, _ := WritableStateFlags(st)
	setFlags(st, now|WritableEnded)
	return true
}

// isZero tells whether v === 0.
func (e *endPath) isZero(v goja.Value) bool {
	return v != nil && v.StrictEquals(e.zero)
}

// isNullish tells whether v is undefined or null.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// isCallable tells whether typeof v === 'function'.
func isCallable(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}
