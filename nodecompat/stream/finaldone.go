package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
)

// finalPath is finalDone(stream) of writable_end.js in Go, for a producer
// in Go whose direct _final has finished (a socket's shutdown): a call
// into the script from Go costs more than the few steps it takes.
type finalPath struct {
	host     *host.Host
	data     *dataPath     // its emitter; nil without nodeshim's events
	script   goja.Callable // the script's finalDone, for any other case
	finish   goja.Callable // the script's finish, 'finish' on the next tick
	prefin   goja.Value    // the string "prefinish"
	pendName string
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
	_ = st.Set(f.pendName, st.Get(f.pendName).ToInteger()-1)
	if flags&finishTested != finishDue || st.Get("length").ToFloat() != 0 {
		return
	}
	_ = st.SetSymbol(StateKey, int64(flags|WritablePrefinished))
	f.data.emitter.EmitName(stream, f.prefin)
	_ = st.Set(f.pendName, st.Get(f.pendName).ToInteger()+1)
	f.host.NextTick(f.finish, stream, st)
}

// FinalDone tells stream, a Writable whose _final ran in its direct form,
// that the final step succeeded, as a task of its own: 'prefinish' now
// and 'finish' on the next tick, when still due.
func (m *Module) FinalDone(stream *goja.Object) {
	m.final.host.Run(func() { m.final.done(stream) })
}
