package stream_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

// The flag bits are Node 20.20's: one per name, in Node's order.
func TestReadableBitsAreNodes(t *testing.T) {
	names, bits := stream.ReadableBits()
	require.Len(t, names, 28)
	for i, name := range names {
		assert.Equal(t, int64(1)<<i, bits[name], name)
	}
	// A fresh state of node v20.20.2 prints [Symbol(kState)]: 1052940.
	fresh := bits["kConstructed"] | bits["kEmitClose"] | bits["kAutoDestroy"] | bits["kSync"] |
		bits["kDefaultUTF8Encoding"]
	assert.Equal(t, int64(1052940), fresh)
}

// The scripts' accessors and constructor use the bits Go defines: setting
// a flag through its accessor changes exactly Go's bit for it.
func TestReadableAccessorsUseGoBits(t *testing.T) {
	_, bits := stream.ReadableBits()
	e := newEnv(t)
	e.run(t, `
		var kState = Object.getOwnPropertySymbols(new stream.Readable()._readableState)[0];
		function toggled(name, value) {
			const s = new stream.Readable({ read() {} })._readableState;
			const before = s[kState];
			s[name] = value === undefined ? !s[name] : value;
			return before ^ s[kState];
		}
	`)
	assert.Equal(t, bits["kConstructed"]|bits["kEmitClose"]|bits["kAutoDestroy"]|bits["kSync"]|
		bits["kDefaultUTF8Encoding"], e.run(t, `new stream.Readable()._readableState[kState]`).ToInteger())
	flags := map[string]string{
		"objectMode": "kObjectMode", "ended": "kEnded", "endEmitted": "kEndEmitted", "reading": "kReading",
		"constructed": "kConstructed", "sync": "kSync", "needReadable": "kNeedReadable",
		"emittedReadable": "kEmittedReadable", "readableListening": "kReadableListening",
		"resumeScheduled": "kResumeScheduled", "errorEmitted": "kErrorEmitted", "emitClose": "kEmitClose",
		"autoDestroy": "kAutoDestroy", "destroyed": "kDestroyed", "closed": "kClosed",
		"closeEmitted": "kCloseEmitted", "multiAwaitDrain": "kMultiAwaitDrain", "readingMore": "kReadingMore",
		"dataEmitted": "kDataEmitted",
	}
	for name, bit := range flags {
		assert.Equal(t, bits[bit], e.run(t, `toggled('`+name+`')`).ToInteger(), name)
	}
	cases := []struct {
		set  string
		want int64
	}{
		{`toggled('flowing', true)`, bits["kHasFlowing"] | bits["kFlowing"]},
		{`toggled('flowing', false)`, bits["kHasFlowing"]},
		{`toggled('paused', true)`, bits["kHasPaused"] | bits["kPaused"]},
		{`toggled('paused', false)`, bits["kHasPaused"]},
		{`toggled('errored', new Error('x'))`, bits["kErrored"]},
		{`toggled('decoder', {})`, bits["kDecoder"]},
		{`toggled('encoding', 'hex')`, bits["kEncoding"]},
		{`toggled('defaultEncoding', 'hex')`, bits["kDefaultUTF8Encoding"]},
	}
	dataListening := e.run(t, `(function () {
		const r = new stream.Readable({ read() {} });
		r.pause();
		const b = r._readableState[kState];
		r.on('data', () => {});
		return b ^ r._readableState[kState];
	})()`).ToInteger()
	assert.Equal(t, bits["kDataListening"], dataListening, "on('data') on a paused stream")
	for _, tc := range cases {
		assert.Equal(t, tc.want, e.run(t, tc.set).ToInteger(), tc.set)
	}
}

// ReadableFlagKeys gives scripts outside the module the state's kState
// symbol and the bits the stream scripts use.
func TestReadableFlagKeys(t *testing.T) {
	e := newEnv(t)
	kState, bits := e.mod.ReadableFlagKeys()
	require.NoError(t, e.vm.Set("kState", kState))
	require.NoError(t, e.vm.Set("bits", bits))
	e.run(t, `var r = new stream.Readable({ read() {} }); r.on('data', () => {}); r.push(null);`)
	e.task(func() {})
	assert.True(t, e.run(t, `r.readableEnded && (r._readableState[kState] & bits.kEndEmitted) !== 0`).ToBoolean())
	_, names := stream.ReadableBits()
	assert.Equal(t, names["kFlowing"], bits.Get("kFlowing").ToInteger())
}
