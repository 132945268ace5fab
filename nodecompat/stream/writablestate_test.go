package stream_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

// TestWritableFlagsAgreeWithAccessors sets each flag from Go and reads it
// through the state's accessor, and the other way round: the Go constants
// and the script's bits are one table.
func TestWritableFlagsAgreeWithAccessors(t *testing.T) {
	e := newEnv(t)
	e.run(t, `var s = new stream.Writable({ write(c, e, cb) { cb(); } })._writableState;`)
	st := e.object(t, "s")
	fresh, ok := stream.WritableStateFlags(st)
	require.True(t, ok)
	assert.Equal(t, stream.WritableFlags(17580812), fresh, "a fresh state's flags are Node 20.20's")

	for _, tc := range []struct {
		accessor string
		flag     stream.WritableFlags
	}{
		{"objectMode", stream.WritableObjectMode}, {"errorEmitted", stream.WritableErrorEmitted},
		{"autoDestroy", stream.WritableAutoDestroy}, {"emitClose", stream.WritableEmitClose},
		{"destroyed", stream.WritableDestroyed}, {"closed", stream.WritableClosed},
		{"closeEmitted", stream.WritableCloseEmitted}, {"constructed", stream.WritableConstructed},
		{"sync", stream.WritableSync}, {"finalCalled", stream.WritableFinalCalled},
		{"needDrain", stream.WritableNeedDrain}, {"ending", stream.WritableEnding},
		{"finished", stream.WritableFinished}, {"decodeStrings", stream.WritableDecodeStrings},
		{"writing", stream.WritableWriting}, {"bufferProcessing", stream.WritableBufferProcessing},
		{"prefinished", stream.WritablePrefinished}, {"allBuffers", stream.WritableAllBuffers},
		{"allNoop", stream.WritableAllNoop}, {"ended", stream.WritableEnded},
	} {
		t.Run(tc.accessor, func(t *testing.T) {
			require.NoError(t, st.SetSymbol(stream.StateKey, int64(fresh|tc.flag)))
			assert.True(t, e.run(t, `s.`+tc.accessor).ToBoolean(), "set from Go, read in JS")
			require.NoError(t, st.SetSymbol(stream.StateKey, int64(fresh&^tc.flag)))
			assert.False(t, e.run(t, `s.`+tc.accessor).ToBoolean(), "cleared from Go, read in JS")

			e.run(t, `s.`+tc.accessor+` = true`)
			flags, _ := stream.WritableStateFlags(st)
			assert.Equal(t, fresh|tc.flag, flags, "set in JS, read from Go")
			e.run(t, `s.`+tc.accessor+` = false`)
			flags, _ = stream.WritableStateFlags(st)
			assert.Equal(t, fresh&^tc.flag, flags, "cleared in JS, read from Go")
		})
	}
}

// TestWritableValueFieldsKeepTheirBit checks the fields kept under a
// symbol: their bit tells whether they hold a value.
func TestWritableValueFieldsKeepTheirBit(t *testing.T) {
	e := newEnv(t)
	e.run(t, `var s = new stream.Writable({ write(c, e, cb) { cb(); } })._writableState;`)
	st := e.object(t, "s")
	for _, tc := range []struct {
		field, value string
		flag         stream.WritableFlags
		unset        string // what the field reads as without its bit
	}{
		{"errored", "new Error('x')", stream.WritableErrored, "null"},
		{"writecb", "() => {}", stream.WritableWriteCb, "function"},
		{"afterWriteTickInfo", "({ count: 1 })", stream.WritableAfterWriteTickInfo, "null"},
		{"buffered", "[{ chunk: 'a' }]", stream.WritableBuffered, "array"},
	} {
		t.Run(tc.field, func(t *testing.T) {
			e.run(t, `var v = `+tc.value+`; s.`+tc.field+` = v;`)
			flags, _ := stream.WritableStateFlags(st)
			assert.NotZero(t, flags&tc.flag)
			assert.True(t, e.run(t, `s.`+tc.field+` === v`).ToBoolean())
			e.run(t, `s.`+tc.field+` = null;`)
			flags, _ = stream.WritableStateFlags(st)
			assert.Zero(t, flags&tc.flag)
			got := e.run(t, `(x => x === null ? "null" : Array.isArray(x) ? "array" : typeof x)(s.`+tc.field+`)`)
			assert.Equal(t, tc.unset, got.String())
		})
	}
	e.run(t, `s.defaultEncoding = 'latin1';`)
	flags, _ := stream.WritableStateFlags(st)
	assert.Zero(t, flags&stream.WritableDefaultUTF8Encoding)
	assert.Equal(t, "latin1", e.run(t, `s.defaultEncoding`).String())
	e.run(t, `s.defaultEncoding = 'utf8';`)
	flags, _ = stream.WritableStateFlags(st)
	assert.NotZero(t, flags&stream.WritableDefaultUTF8Encoding)
}

// TestWritableStateFlagsOfOtherObjects: an object without the flag number
// has no flags.
func TestWritableStateFlagsOfOtherObjects(t *testing.T) {
	vm := goja.New()
	_, ok := stream.WritableStateFlags(vm.NewObject())
	assert.False(t, ok)
}
