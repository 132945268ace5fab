package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/host"
)

// finalPath is finalDone(stream) of writable_end.js in Go, for a producer
// in Go whose direct _final has finished (a socket's shutdown): a call
// into the script from Go costs more than the few steps it takes.
type finalPath struct {
	host    *host.Host
	data    *dataPath     // its emitter; nil without nodeshim's events
	script  goja.Callable // the script's finalDone, for any other case
	finish  goja.Callable // the script's finish, 'finish' on the next tick
	prefin  goja.Value    // the string "prefinish"
	finName goja.Value    // the string "finish"
	vm      *goja.Runtime
	calls   callcache.Cache // the Callables of the destroy methods called last
}

// The flags finalDone tests: 'finish' is due when ending and constructed,
// and neither destroyed, failed, finished, writing nor holding buffered
// writes (needFinish of the script).
const (
	finishDue    = WritableEnding | WritableConstructed
	finishTested = finishDue | WritableDestroyed | WritableErrored | WritableBuffered | WritableFinished |
		WritableWriting | WritableErrorEmitted | WritableCloseEmitted
)

// done does what the script's finalDone does: one callback fewer pending,
// and when 'finish' is due, prefinished, 'prefinish' and the finish tick.
func (f *finalPath) done(stream *goja.Object) {
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok || f.data == nil || !sameObject(stream.Get("emit"), f.data.emitter.Func()) {
		f.host.Call(f.script, goja.Undefined(), stream)
		return
	}
	flags, _ := WritableStateFlags(st)
	addPendingCB(st, -1)
	if flags&finishTested != finishDue || st.Get("length").ToFloat() != 0 {
		return
	}
	_ = st.SetSymbol(StateKey, int64(flags|WritablePrefinished))
	f.data.emitter.EmitName(stream, f.prefin)
	addPendingCB(st, 1)
	f.host.NextTick(f.finishTick, stream, st)
}

// finishTick is the script's finish(stream, state), 'finish' and
// autoDestroy's destroy, in Go for the stock emit with no end() callbacks
// waiting (the script's runs otherwise).
func (f *finalPath) finishTick(this goja.Value, args ...goja.Value) (goja.Value, error) {
	stream, st := tickArgs(args)
	if stream == nil || st == nil {
		return f.finish(this, args...)
	}
	flags, _ := WritableStateFlags(st)
	if flags&WritableOnFinished != 0 || !sameObject(stream.Get("emit"), f.data.emitter.Func()) {
		return f.finish(this, args...)
	}
	var err error
	if ex := f.vm.Try(func() { err = f.finishNow(stream, st, flags) }); ex != nil {
		return nil, ex
	}
	return goja.Undefined(), err
}

// finishNow finishes: one callback fewer pending, finished, 'finish', and
// destroy() when both sides are to be destroyed now (autoDestroy, and the
// readable side too, with 'end' emitted or made unreadable). It returns
// what destroy throws.
func (f *finalPath) finishNow(stream, st *goja.Object, flags WritableFlags) error {
	addPendingCB(st, -1)
	_ = st.SetSymbol(StateKey, int64(flags|WritableFinished))
	f.data.emitter.EmitName(stream, f.finName)
	if now, _ := WritableStateFlags(st); now&WritableAutoDestroy == 0 {
		return nil
	}
	if r := stream.Get("_readableState"); r != nil && r.ToBoolean() {
		ro, ok := r.(*goja.Object)
		if !ok {
			return nil // (a state that is not an object has no flags)
		}
		var rbits int64
		if v := ro.GetSymbol(StateKey); v != nil {
			rbits = v.ToInteger()
		}
		if rbits&rAutoDestroy == 0 {
			return nil
		}
		if rbits&rEndEmitted == 0 {
			if v := ro.Get("readable"); v == nil || !v.StrictEquals(f.vm.ToValue(false)) {
				return nil
			}
		}
	}
	return callMethod(f.vm, &f.calls, stream, "destroy")
}

// FinalDone tells stream, a Writable whose _final ran in its direct form,
// that the final step succeeded, as a task of its own: 'prefinish' now
// and 'finish' on the next tick, when still due.
func (m *Module) FinalDone(stream *goja.Object) {
	m.final.host.Run(func() { m.final.done(stream) })
}
