package stream_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

func TestModuleExportsAndOf(t *testing.T) {
	e := newEnv(t)
	assert.True(t, e.run(t, `stream.Readable === stream.Stream.Readable && typeof stream === 'function'`).ToBoolean())
	assert.True(t, e.mod.Readable.SameAs(e.object(t, "stream").Get("Readable").(*goja.Object)))
	assert.True(t, e.mod.Duplex.SameAs(e.object(t, "stream").Get("Duplex").(*goja.Object)))

	_, ok := stream.Of(e.vm.NewObject())
	assert.False(t, ok, "a plain object has no module behind it")
	_, ok = stream.Of(goja.Undefined())
	assert.False(t, ok)

	promises := e.rt.Require(stream.PromisesName)
	assert.True(t, promises.(*goja.Object).SameAs(e.mod.Exports().Get("promises").(*goja.Object)),
		"stream/promises is require('stream').promises")
}

func TestEventsAreTheSharedEventEmitter(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, e.vm.Set("events", e.rt.Require("events")))
	assert.True(t, e.run(t, `new stream.Readable() instanceof events && stream.prototype instanceof events`).ToBoolean())
}

func TestPushDeliversBytesAsBuffers(t *testing.T) {
	e := newEnv(t)
	e.run(t, `
		var log = [];
		var r = new stream.Readable({ read() {} });
		r.on('data', (d) => log.push(Buffer.isBuffer(d) + ':' + d.toString()));
		r.on('end', () => log.push('end'));
		r.on('close', () => log.push('close'));
	`)
	r := e.object(t, "r")
	e.task(func() { e.mod.Push(r, []byte("hello")) })
	e.task(func() { e.mod.Push(r, []byte("world")) })
	e.task(func() { e.mod.PushEOF(r) })
	assert.Equal(t, "true:hello true:world end close", e.log(t))
}

func TestPushReportsBackpressure(t *testing.T) {
	e := newEnv(t)
	e.run(t, `var r = new stream.Readable({ highWaterMark: 8, read() {} });`)
	r := e.object(t, "r")
	var answers []bool
	e.task(func() {
		for i := 0; i < 3; i++ {
			answers = append(answers, e.mod.Push(r, []byte("abcd")))
		}
	})
	assert.Equal(t, []bool{true, false, false}, answers, "paused stream: full at 8 bytes")
	assert.Equal(t, int64(12), e.run(t, `r.readableLength`).ToInteger())
}

func TestPushHonoursAnOverriddenPush(t *testing.T) {
	e := newEnv(t)
	e.run(t, `
		var seen = [];
		var r = new stream.Readable({ read() {} });
		r.push = function (chunk) { seen.push(chunk === null ? 'EOF' : chunk.length); return true; };
	`)
	r := e.object(t, "r")
	e.task(func() {
		assert.True(t, e.mod.Push(r, make([]byte, 7)))
		e.mod.PushEOF(r)
	})
	assert.Equal(t, "7,EOF", e.run(t, `seen.join()`).String())
}

func TestPushAfterEOFIsAnError(t *testing.T) {
	e := newEnv(t)
	e.run(t, `
		var log = [];
		var r = new stream.Readable({ read() {} });
		r.on('error', (err) => log.push(err.code));
		r.on('close', () => log.push('close'));
	`)
	r := e.object(t, "r")
	e.task(func() {
		e.mod.PushEOF(r)
		assert.False(t, e.mod.Push(r, []byte("late")))
	})
	assert.Equal(t, "ERR_STREAM_PUSH_AFTER_EOF close", e.log(t))
}

func TestDestroyFromGo(t *testing.T) {
	e := newEnv(t)
	e.run(t, `
		var log = [];
		var d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(); } });
		d.on('error', (err) => log.push('error:' + err.message));
		d.on('close', () => log.push('close:' + d.destroyed));
	`)
	d := e.object(t, "d")
	e.task(func() { e.mod.Destroy(d, e.vm.NewGoError(assert.AnError)) })
	assert.Equal(t, "error:"+assert.AnError.Error()+" close:true", e.log(t))

	e.run(t, `var quiet = new stream.Readable({ read() {} }); quiet.on('close', () => log.push('quiet close'));`)
	e.task(func() { e.mod.Destroy(e.object(t, "quiet"), nil) })
	assert.Contains(t, e.log(t), "quiet close")
}

func TestErrorsCarryNodeCodes(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"null write", `new stream.Writable().write(null)`, "TypeError ERR_STREAM_NULL_VALUES May not write null values to stream"},
		{"bad chunk", `new stream.Writable().write(1)`, "TypeError ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)"},
		{"unknown encoding", `new stream.Writable().write('x', 'nope')`, "TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope"},
		{"missing streams", `stream.pipeline(new stream.PassThrough(), () => {})`, "TypeError ERR_MISSING_ARGS The \"streams\" argument must be specified"},
		{"bad hwm", `new stream.Readable({ highWaterMark: -1 })`, "TypeError ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received -1"},
		{"huge read", `new stream.Readable({ read() {} }).read(2 ** 31)`, "RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be <= 1GiB. Received 2147483648"},
		{"bad source", `stream.pipeline(() => 5, new stream.PassThrough(), () => {})`, "TypeError ERR_INVALID_RETURN_VALUE Expected Iterable, AsyncIterable or Stream to be returned from the \"source\" function but got type number (5)."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			got := e.run(t, `(function () { try { `+c.src+`; return 'no throw'; } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } })()`)
			assert.Equal(t, c.want, got.String())
		})
	}
}

func TestWriteCallbacksAndDrainOrder(t *testing.T) {
	e := newEnv(t)
	e.run(t, `
		var log = [];
		var pending = [];
		var w = new stream.Writable({ highWaterMark: 4, write(chunk, enc, cb) { log.push('w:' + chunk); pending.push(cb); } });
		w.on('drain', () => log.push('drain'));
		w.on('finish', () => log.push('finish'));
		log.push('ret:' + w.write('abcd', () => log.push('cb1')));
		log.push('ret:' + w.write('e', () => log.push('cb2')));
	`)
	for i := 0; i < 2; i++ {
		e.run(t, `pending.shift()()`)
	}
	e.run(t, `w.end(() => log.push('end cb'))`)
	assert.Equal(t, "w:abcd ret:false ret:false w:e cb1 drain cb2 end cb finish", e.log(t))
}

func TestEachRuntimeHasItsOwnClasses(t *testing.T) {
	a, b := newEnv(t), newEnv(t)
	assert.False(t, a.mod.Readable.SameAs(b.mod.Readable), "each runtime has its own classes")
	assert.True(t, a.run(t, `typeof stream.compose`).String() == "function")
}

// PushProducing settles the read-ahead of a flowing push at once, leaving
// the state that Push's read-ahead tick leaves, without calling _read; in
// every other case it is Push.
func TestPushProducingSettlesTheReadAheadLikePush(t *testing.T) {
	cases := []struct {
		name, setup string
		idle        bool // pass the stream's _read as the idle one
	}{
		{"flowing", `r.on('data', (d) => log.push(d.length));`, true},
		{"flowing, other _read", `r.on('data', (d) => log.push(d.length));`, false},
		{"listener pauses", `r.on('data', (d) => { log.push(d.length); r.pause(); });`, true},
		{"listener unshifts", `r.on('data', (d) => { log.push(d.length); if (d.length > 1) r.unshift(d.subarray(1)); });`, true},
		{"listener destroys", `r.on('data', (d) => { log.push(d.length); r.destroy(); });`, true},
		{"paused", `r.pause();`, true},
		{"zero high water mark", `r._readableState.highWaterMark = 0; r.on('data', (d) => { log.push(d.length); r.pause(); });`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			states := make([]string, 2)
			for i, producing := range []bool{false, true} {
				e, r := newCountingReadable(t, tc.setup)
				before := e.run(t, `reads`).ToInteger()
				idle := goja.Undefined()
				if tc.idle {
					idle = r.Get("_read")
				}
				for _, chunk := range []string{"abc", "de"} {
					e.task(func() {
						if producing {
							e.mod.PushProducing(r, []byte(chunk), idle)
						} else {
							e.mod.Push(r, []byte(chunk))
						}
					})
				}
				states[i] = e.run(t, `var s = r._readableState; JSON.stringify([log, s.length,
					s[Object.getOwnPropertySymbols(s).find((k) => String(k) === 'Symbol(kState)')]])`).String()
				reads := e.run(t, `reads`).ToInteger() - before
				if producing && tc.idle && tc.name == "flowing" {
					assert.Zero(t, reads, "an idle _read is not called")
				}
			}
			assert.Equal(t, states[0], states[1])
		})
	}
}

// PushProducing decodes the chunks of a stream with an encoding in Go as
// push() decodes them in the script: the same 'data' strings (none for a
// chunk that ends inside a character and holds nothing else) and the same
// state, whichever decoder and however the listener reacts.
func TestPushProducingDecodesAsPushDoes(t *testing.T) {
	cases := []struct{ name, setup string }{
		{"utf8", `r.setEncoding('utf8'); r.on('data', (d) => log.push(typeof d + ':' + d));`},
		{"utf16le", `r.setEncoding('utf16le'); r.on('data', (d) => log.push(JSON.stringify(d)));`},
		{"base64", `r.setEncoding('base64'); r.on('data', (d) => log.push(d));`},
		{"hex", `r.setEncoding('hex'); r.on('data', (d) => log.push(d));`},
		{"latin1", `r.setEncoding('latin1'); r.on('data', (d) => log.push(d));`},
		{"listener pauses", `r.setEncoding('utf8'); r.on('data', (d) => { log.push(d); r.pause(); });`},
		{"paused", `r.setEncoding('utf8'); r.pause();`},
		{"decoder replaced", `r.setEncoding('utf8'); r._readableState.decoder = { write: (b) => 'w' + b.length, end: () => '' };
			r.on('data', (d) => log.push(d));`},
		{"write replaced", `r.setEncoding('utf8'); r._readableState.decoder.write = (b) => 'x' + b.length;
			r.on('data', (d) => log.push(d));`},
	}
	chunks := [][]byte{{'a', 0xe2, 0x82}, {0xac}, {0xf0, 0x9f}, {0x98}, {0x80, 'z', 0xff}, {'b', 'c', 'd', 0xd8}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			states := make([]string, 2)
			for i, fromGo := range []bool{false, true} {
				e, r := newCountingReadable(t, tc.setup)
				for _, chunk := range chunks {
					if fromGo {
						e.task(func() { e.mod.PushProducing(r, chunk, r.Get("_read")) })
					} else {
						e.run(t, fmt.Sprintf(`r.push(Buffer.from(%s))`, jsBytes(chunk)))
					}
				}
				states[i] = e.run(t, `var s = r._readableState; JSON.stringify([log, s.length, s.buffer.slice(s.bufferIndex),
					s[Object.getOwnPropertySymbols(s).find((k) => String(k) === 'Symbol(kState)')]])`).String()
			}
			assert.Equal(t, states[0], states[1])
		})
	}
}

// jsBytes writes b as a JavaScript array literal.
func jsBytes(b []byte) string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = strconv.Itoa(int(c))
	}
	return "[" + strings.Join(parts, ",") + "]"
}
