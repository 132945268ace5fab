package stream

import (
	"github.com/dop251/goja"
)

// The bits of a ReadableState's flags number (state[kState]), at Node
// 20.20's positions: a script that prints a state shows the same number
// under node and nodeshim. These constants are the one definition; the
// scripts get them as S.readableBits (see installStateKeys).
const (
	rObjectMode = 1 << iota
	rErrorEmitted
	rAutoDestroy
	rEmitClose
	rDestroyed
	rClosed
	rCloseEmitted
	rErrored // errored holds a value (kept under kErroredValue)
	rConstructed
	rEnded
	rEndEmitted
	rReading
	rSync
	rNeedReadable
	rEmittedReadable
	rReadableListening
	rResumeScheduled
	rMultiAwaitDrain
	rReadingMore
	rDataEmitted
	rDefaultUTF8Encoding // defaultEncoding is 'utf8' (else kDefaultEncodingValue holds it)
	rDecoder             // decoder holds a value (kept under kDecoderValue)
	rEncoding            // encoding holds a value (kept under kEncodingValue)
	rHasFlowing          // flowing is not null
	rFlowing             // flowing is true
	rHasPaused           // paused was set
	rPaused              // paused is true
	rDataListening       // on('data') was called since the last listener went
)

// readableBitNames names each bit for the scripts, which read them as
// S.readableBits.kName.
var readableBitNames = [...]struct {
	name string
	bit  int64
}{
	{"kObjectMode", rObjectMode},
	{"kErrorEmitted", rErrorEmitted},
	{"kAutoDestroy", rAutoDestroy},
	{"kEmitClose", rEmitClose},
	{"kDestroyed", rDestroyed},
	{"kClosed", rClosed},
	{"kCloseEmitted", rCloseEmitted},
	{"kErrored", rErrored},
	{"kConstructed", rConstructed},
	{"kEnded", rEnded},
	{"kEndEmitted", rEndEmitted},
	{"kReading", rReading},
	{"kSync", rSync},
	{"kNeedReadable", rNeedReadable},
	{"kEmittedReadable", rEmittedReadable},
	{"kReadableListening", rReadableListening},
	{"kResumeScheduled", rResumeScheduled},
	{"kMultiAwaitDrain", rMultiAwaitDrain},
	{"kReadingMore", rReadingMore},
	{"kDataEmitted", rDataEmitted},
	{"kDefaultUTF8Encoding", rDefaultUTF8Encoding},
	{"kDecoder", rDecoder},
	{"kEncoding", rEncoding},
	{"kHasFlowing", rHasFlowing},
	{"kFlowing", rFlowing},
	{"kHasPaused", rHasPaused},
	{"kPaused", rPaused},
	{"kDataListening", rDataListening},
}

// readableFlags reads and writes a ReadableState's flags number from Go.
// It keeps the Values of the last numbers it wrote: a busy stream's flags
// go round a few numbers (reading set, then clear; a paused stream's
// push, read, 'readable' and read-ahead four), a connection's two
// sockets each have theirs, and making a Value of a number above 255 is
// an allocation in goja.
type readableFlags struct {
	vm     *goja.Runtime
	recent [8]flagsValue
	next   int // the entry of recent the next new number replaces
}

// flagsValue is a flags number and its Value.
type flagsValue struct {
	flags int64
	value goja.Value
}

// get returns st[kState], or ok false when st has no flags number (a
// state that is not one of the module's).
func (r *readableFlags) get(st *goja.Object) (flags int64, ok bool) {
	v := st.GetSymbol(StateKey)
	if v == nil || !goja.IsNumber(v) {
		return 0, false
	}
	return v.ToInteger(), true
}

// put stores flags as st[kState].
func (r *readableFlags) put(st *goja.Object, flags int64) {
	if err := st.SetSymbol(StateKey, r.value(flags)); err != nil {
		panic(err)
	}
}

// value returns flags as a Value, a recent one if it has one.
func (r *readableFlags) value(flags int64) goja.Value {
	for i := range r.recent {
		if e := &r.recent[i]; e.value != nil && e.flags == flags {
			return e.value
		}
	}
	v := r.vm.ToValue(flags)
	r.recent[r.next] = flagsValue{flags, v}
	r.next = (r.next + 1) % len(r.recent)
	return v
}
