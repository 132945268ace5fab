package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
)

// flowPath is Readable's on(), removeListener() and resume() in Go for
// the calls a socket makes: a listener added or removed for an event other
// than 'data' and 'readable' (which Readable's methods leave to Stream's),
// and a stream's first resume(). In the script each is a function whose
// flag tests allocate (see the note on bit operations in readable.js),
// around what Go does in one call.
type flowPath struct {
	vm     *goja.Runtime
	paused *pausedPath

	onSlow     goja.Callable   // the script's on(ev, fn)
	removeSlow goja.Callable   // the script's removeListener(ev, fn)
	resumeSlow goja.Callable   // the script's resume()
	resumeTick goja.Callable   // resume()'s tick (pausedPath.resumeTick)
	streamCtor *goja.Object    // Stream, whose prototype's on Readable's on calls
	dataName   goja.Value      // the string "data"
	readable   goja.Value      // the string "readable"
	calls      callcache.Cache // the Callables of the Stream methods called last
}

// The flags of a stream's first resume(): none of resumeBusy set before,
// and resumeFresh set after (flowing, a resume scheduled, paused false).
const (
	resumeBusy  = rFlowing | rReadableListening | rResumeScheduled | rPaused
	resumeFresh = rHasFlowing | rFlowing | rResumeScheduled | rHasPaused
)

// init completes the flow path once the module's scripts have run.
func (f *flowPath) init(shared *goja.Object) {
	f.onSlow, _ = goja.AssertFunction(shared.Get("readableOnSlow"))
	f.removeSlow, _ = goja.AssertFunction(shared.Get("readableRemoveListenerSlow"))
	f.resumeSlow, _ = goja.AssertFunction(shared.Get("resumeSlow"))
	f.resumeTick, _ = goja.AssertFunction(shared.Get("resumeTick"))
	f.streamCtor = shared.Get("Stream").(*goja.Object)
	f.dataName = f.vm.ToValue("data")
	f.readable = f.vm.ToValue("readable")
}

// on is Readable.prototype.on(ev, fn): Stream.prototype.on, read at each
// call as the script reads it, for any event but 'data' and 'readable'.
func (f *flowPath) on(call goja.FunctionCall) goja.Value {
	return f.streamMethod(call, "on", f.onSlow)
}

// removeListener is Readable.prototype.removeListener(ev, fn):
// Stream.prototype.removeListener for any event but 'data' and
// 'readable'.
func (f *flowPath) removeListener(call goja.FunctionCall) goja.Value {
	return f.streamMethod(call, "removeListener", f.removeSlow)
}

// streamMethod calls Stream.prototype[name] with call's this, ev and fn,
// unless ev is 'data' or 'readable' (or Stream.prototype is not an
// object, or name not a function there), for which it calls slow, the
// script's Readable method, with call's arguments.
func (f *flowPath) streamMethod(call goja.FunctionCall, name string, slow goja.Callable) goja.Value {
	ev := call.Argument(0)
	if ev.StrictEquals(f.dataName) || ev.StrictEquals(f.readable) {
		return mustCall(slow, call.This, call.Arguments...)
	}
	proto, ok := f.streamCtor.Get("prototype").(*goja.Object)
	if !ok {
		return mustCall(slow, call.This, call.Arguments...)
	}
	fn, ok := f.calls.Callable(proto.Get(name))
	if !ok {
		return mustCall(slow, call.This, call.Arguments...)
	}
	return mustCall(fn, call.This, ev, call.Argument(1))
}

// resume is Readable.prototype.resume(): on a stream neither flowing,
// paused, listening for 'readable' nor with a resume scheduled, it sets
// the stream flowing and schedules resume()'s tick.
func (f *flowPath) resume(call goja.FunctionCall) goja.Value {
	if stream, ok := call.This.(*goja.Object); ok && f.paused.data != nil {
		if st, ok := stream.Get("_readableState").(*goja.Object); ok {
			if flags, ok := f.paused.data.flags.get(st); ok && flags&resumeBusy == 0 {
				f.paused.data.flags.put(st, flags|resumeFresh)
				f.paused.host.NextTick(f.resumeTick, stream, st)
				return stream
			}
		}
	}
	return mustCall(f.resumeSlow, call.This, call.Arguments...)
}
