package stream

import "github.com/dop251/goja"

// WritableFlags are the bits of a WritableState's flag number, the value
// the state keeps under StateKey. The positions are Node 20.20's, so that
// the number util.inspect prints is Node's. The scripts get them from
// writableBits (this table is their one definition).
type WritableFlags uint32

// The flags of a WritableState, one bit each.
const (
	WritableObjectMode          WritableFlags = 1 << iota // chunks are any values, counted as 1
	WritableErrorEmitted                                  // 'error' went out
	WritableAutoDestroy                                   // destroy once finished
	WritableEmitClose                                     // emit 'close' once destroyed
	WritableDestroyed                                     // destroy() ran
	WritableClosed                                        // _destroy called back
	WritableCloseEmitted                                  // 'close' went out
	WritableErrored                                       // the state holds an error
	WritableConstructed                                   // _construct is done (or absent)
	WritableSync                                          // _write runs now: its callback is deferred
	WritableFinalCalled                                   // _final was called
	WritableNeedDrain                                     // write() answered false: 'drain' is owed
	WritableEnding                                        // end() was called
	WritableFinished                                      // 'finish' is emitted
	WritableDecodeStrings                                 // strings become Buffers before _write
	WritableWriting                                       // a write is in _write
	WritableBufferProcessing                              // the queue is being written out
	WritablePrefinished                                   // 'prefinish' went out
	WritableAllBuffers                                    // every queued chunk is a Buffer
	WritableAllNoop                                       // no queued write has a callback
	WritableOnFinished                                    // end() callbacks wait for 'finish'
	WritableHasWritable                                   // the writable field was set
	WritableWritable                                      // its value (with WritableHasWritable)
	WritableCorked                                        // corked is above zero
	WritableDefaultUTF8Encoding                           // the default encoding is utf8
	WritableWriteCb                                       // the write in progress has a callback
	WritableExpectWriteCb                                 // a write waits for its callback
	WritableAfterWriteTickInfo                            // callbacks of sync writes are due on a tick
	WritableNopPending                                    // a sync write without callback settles on a tick
	WritableBuffered                                      // writes are queued
	WritableEnded                                         // end() returned
)

// writableBitNames names the flags for the scripts (kObjectMode...).
var writableBitNames = [...]struct {
	name string
	bit  WritableFlags
}{
	{"kObjectMode", WritableObjectMode}, {"kErrorEmitted", WritableErrorEmitted},
	{"kAutoDestroy", WritableAutoDestroy}, {"kEmitClose", WritableEmitClose},
	{"kDestroyed", WritableDestroyed}, {"kClosed", WritableClosed},
	{"kCloseEmitted", WritableCloseEmitted}, {"kErrored", WritableErrored},
	{"kConstructed", WritableConstructed}, {"kSync", WritableSync},
	{"kFinalCalled", WritableFinalCalled}, {"kNeedDrain", WritableNeedDrain},
	{"kEnding", WritableEnding}, {"kFinished", WritableFinished},
	{"kDecodeStrings", WritableDecodeStrings}, {"kWriting", WritableWriting},
	{"kBufferProcessing", WritableBufferProcessing}, {"kPrefinished", WritablePrefinished},
	{"kAllBuffers", WritableAllBuffers}, {"kAllNoop", WritableAllNoop},
	{"kOnFinished", WritableOnFinished}, {"kHasWritable", WritableHasWritable},
	{"kWritable", WritableWritable}, {"kCorked", WritableCorked},
	{"kDefaultUTF8Encoding", WritableDefaultUTF8Encoding}, {"kWriteCb", WritableWriteCb},
	{"kExpectWriteCb", WritableExpectWriteCb}, {"kAfterWriteTickInfo", WritableAfterWriteTickInfo},
	{"kNopPending", WritableNopPending}, {"kBuffered", WritableBuffered},
	{"kEnded", WritableEnded},
}

// WritableStateFlags returns the flags of st, a stream's _writableState,
// with one property read; ok is false when st has no flag number (it is
// not a WritableState).
func WritableStateFlags(st *goja.Object) (flags WritableFlags, ok bool) {
	v := st.GetSymbol(StateKey)
	if v == nil || goja.IsUndefined(v) {
		return 0, false
	}
	return WritableFlags(v.ToInteger()), true
}

// addPendingCB adds delta to st.pendingcb, the count of callbacks a
// WritableState still owes before 'finish'.
func addPendingCB(st *goja.Object, delta int64) {
	set(st, "pendingcb", st.Get("pendingcb").ToInteger()+delta)
}
