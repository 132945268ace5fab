package stream

import "github.com/dop251/goja"

// flowPath is Readable's on() and resume() in Go for the calls a socket
// makes: a listener for an event other than 'data' and 'readable' (which
// Readable's on leaves to Stream's), and a stream's first resume(). In the
// script each is a function whose flag tests allocate (see the note on
// bit operations in readable.js), around what Go does in one call.
type flowPath struct {
	vm     *goja.Runtime
	paused *pausedPath

	onSlow     goja.Callable // the script's on(ev, fn)
	resumeSlow goja.Callable // the script's resume()
	resumeTick goja.Callable // resume()'s tick (pausedPath.resumeTick)
	streamCtor *goja.Object  // Stream, whose prototype's on Readable's on calls
	dataName   goja.Value    // the string "data"
	readable   goja.Value    // the string "readable"
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
	f.resumeSlow, _ = goja.AssertFunction(shared.Get("resumeSlow"))
	f.resumeTick, _ = goja.AssertFunction(shared.Get("resumeTick"))
	f.streamCtor = shared.Get("Stream").(*goja.Object)
	f.dataName = f.vm.ToValue("data")
	f.readable = f.vm.ToValue("readable")
}

// on is Readable.prototype.on(ev, fn): Stream.prototype.on, read at each
// call as the script reads it, for any event but 'data' and 'readable'.
func (f *flowPath) on(call goja.FunctionCall) goja.Value {
	ev := call.Argument(0)
	if ev.StrictEquals(f.dataName) || ev.StrictEquals(f.readable) {
		return f.call(f.onSlow, call.This, call.Arguments...)
	}
	proto := f.streamCtor.Get("prototype")
	if proto == nil || goja.IsUndefined(proto) || goja.IsNull(proto) {
		return f.call(f.onSlow, call.This, call.Arguments...)
	}
	on, ok := goja.AssertFunction(proto.ToObject(f.vm).Get("on"))
	if !ok {
		return f.call(f.onSlow, call.This, call.Arguments...)
	}
	return f.call(on, call.This, ev, call.Argument(1))
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
	return f.call(f.resumeSlow, call.This, call.Arguments...)
}

// call calls fn with this and args, throwing what it throws.
func (f *flowPath) call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	res, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return res
}
