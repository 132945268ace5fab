package stream_test

import (
	"errors"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// directEnv registers a DirectWrite for streams whose _write is sinkWrite:
// it takes writes while the stream's sink is not 'refusing', completes them
// at once unless 'holding', and keeps the completion callback of those it
// holds.
type directEnv struct {
	*env
	got      []string
	held     []goja.Callable
	holding  bool
	refusing bool
}

func newDirectEnv(t testing.TB) *directEnv {
	d := &directEnv{env: newEnv(t)}
	d.run(t, `
		var log = [];
		function sinkWrite(chunk, enc, cb) { log.push('js ' + chunk); cb(); }
		function make(opts) {
			const w = new stream.Writable(Object.assign({ highWaterMark: 8, write: sinkWrite }, opts));
			w.on('drain', () => log.push('drain'));
			return w;
		}
		var w = make();
		w.write('first'); // the first write goes the JavaScript way (sync is still true)
	`)
	d.mod.SetDirectWrite(d.vm.Get("sinkWrite"), func(stream *goja.Object, b []byte) (bool, bool) {
		if d.refusing {
			return false, false
		}
		d.got = append(d.got, string(b))
		if d.holding {
			d.held = append(d.held, d.mod.WriteCompletion(stream))
			return true, false
		}
		return true, true
	})
	return d
}

func TestDirectWriteTakesIdlePlainWrites(t *testing.T) {
	d := newDirectEnv(t)
	res := d.run(t, `var before = JSON.stringify(w._writableState, (k, v) => k === 'onwrite' ? undefined : v);
		[w.write(Buffer.from('abc')), w.write(new Uint8Array([104, 105])),
		 before === JSON.stringify(w._writableState, (k, v) => k === 'onwrite' ? undefined : v)].join()`)
	assert.Equal(t, "true,true,true", res.String(), "completed writes leave the state as it was")
	assert.Equal(t, []string{"abc", "hi"}, d.got)
	assert.Equal(t, "js first", d.log(t))
}

func TestDirectWriteLeavesOtherWritesToJavaScript(t *testing.T) {
	cases := []struct{ name, src string }{
		{"string in another default encoding", `w.setDefaultEncoding('latin1'); w.write('str')`},
		{"encoding and callback", `w.write(Buffer.from('cb'), 'buffer', () => {})`},
		{"callback not a function", `w.write(Buffer.from('cb'), undefined, null)`},
		{"encoding", `w.write(Buffer.from('enc'), 'latin1')`},
		{"encoding not in lower case", `w.write('enc', 'UTF8')`},
		{"corked", `w.cork(); w.write(Buffer.from('corked')); w.uncork()`},
		{"object mode", `w = make({ objectMode: true }); w.write('x'); w.write(Buffer.from('obj'))`},
		{"other _write", `w = new stream.Writable({ write(c, e, cb) { log.push('own ' + c); cb(); } }); w.write(Buffer.from('a')); w.write(Buffer.from('own'))`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDirectEnv(t)
			d.run(t, tc.src)
			assert.Empty(t, d.got)
		})
	}
	t.Run("refused", func(t *testing.T) {
		d := newDirectEnv(t)
		d.refusing = true
		d.run(t, `w.write(Buffer.from('refused'))`)
		assert.Equal(t, "js first js refused", d.log(t))
	})
}

func TestDirectWriteTakesStringsInUTF8(t *testing.T) {
	d := newDirectEnv(t)
	res := d.run(t, `[w.write('abc'), w.write('\u20ac\u{1f600}'), w.writableLength, w.write(Buffer.from('buf'), 'utf8'),
		w.setDefaultEncoding('latin1') && w.write('\u20ac', 'utf-8')].join()`)
	assert.Equal(t, "true,true,0,true,true", res.String())
	assert.Equal(t, []string{"abc", "\u20ac\U0001f600", "buf", "\u20ac"}, d.got)
}

func TestDirectWriteCountsAStringInFlightAsNodeDoes(t *testing.T) {
	for _, tc := range []struct{ name, opts, want string }{
		{"decoded into a Buffer: bytes", `{}`, "true,7,false"},
		{"kept a string: code units", `{ decodeStrings: false }`, "true,3,false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDirectEnv(t)
			d.run(t, `w = make(`+tc.opts+`); w.write('first')`)
			d.holding = true
			res := d.run(t, `[w.write('\u20ac\u{1f600}'), w.writableLength, w.writableNeedDrain].join()`)
			assert.Equal(t, tc.want, res.String())
			require.Len(t, d.held, 1)
			d.task(func() {
				_, err := d.held[0](goja.Undefined())
				require.NoError(t, err)
			})
			assert.Equal(t, int64(0), d.run(t, `w.writableLength + w._writableState.pendingcb`).ToInteger())
		})
	}
}

func TestDirectWriteInFlightIsAWriteInProgress(t *testing.T) {
	d := newDirectEnv(t)
	d.holding = true
	res := d.run(t, `[w.write(Buffer.from('0123456789')), w.writableLength, w.writableNeedDrain,
		w.write(Buffer.from('queued')), w.writableLength].join()`)
	assert.Equal(t, "false,10,true,false,16", res.String())
	require.Len(t, d.held, 1, "the queued write waits behind the one in flight")
	d.task(func() {
		_, err := d.held[0](goja.Undefined())
		require.NoError(t, err)
	})
	assert.Equal(t, "js first js queued drain", d.log(t), "the queue goes on through _write, then 'drain'")
	assert.Equal(t, int64(0), d.run(t, `w.writableLength + w._writableState.pendingcb`).ToInteger())
}

func TestDirectWriteCallbacksRunOnTheNextTickOneTickPerRun(t *testing.T) {
	d := newDirectEnv(t)
	res := d.run(t, `const one = () => log.push('one'), two = () => log.push('two');
		const info = () => w._writableState.afterWriteTickInfo;
		const rets = [w.write(Buffer.from('a'), one), w.write(Buffer.from('b'), one), info().count,
			w.write(Buffer.from('c'), two), info().count, w._writableState.pendingcb];
		log.push('sync');
		rets.join()`)
	assert.Equal(t, "true,true,2,true,1,3", res.String())
	assert.Equal(t, []string{"a", "b", "c"}, d.got)
	assert.Equal(t, "js first sync one one two", d.log(t))
	assert.Equal(t, "null,0,0", d.run(t, `[String(w._writableState.afterWriteTickInfo), w._writableState.pendingcb, w.writableLength].join()`).String())
}

func TestDirectWriteInFlightCallbackRunsAfterDrain(t *testing.T) {
	d := newDirectEnv(t)
	d.holding = true
	res := d.run(t, `[w.write(Buffer.from('0123456789'), (err) => log.push('cb ' + err)), w.writableLength,
		w.writableNeedDrain].join()`)
	assert.Equal(t, "false,10,true", res.String())
	require.Len(t, d.held, 1)
	d.task(func() {
		_, err := d.held[0](goja.Undefined())
		require.NoError(t, err)
	})
	assert.Equal(t, "js first drain cb null", d.log(t), "the callback of a write completed later runs at once, after 'drain'")
	assert.Equal(t, int64(0), d.run(t, `w.writableLength + w._writableState.pendingcb`).ToInteger())
}

func TestDirectWriteInFlightCallbackGetsTheError(t *testing.T) {
	d := newDirectEnv(t)
	d.holding = true
	d.run(t, `w.on('error', (e) => log.push('error ' + e.message));
		w.write(Buffer.from('abc'), (err) => log.push('cb ' + (err && err.message)))`)
	require.Len(t, d.held, 1)
	d.task(func() {
		_, err := d.held[0](goja.Undefined(), d.vm.NewGoError(errors.New("reset")))
		require.NoError(t, err)
	})
	assert.Equal(t, "js first cb reset error reset", d.log(t))
}

func TestWriteLooksAndThrowsAsNodes(t *testing.T) {
	d := newDirectEnv(t)
	res := d.run(t, `const f = stream.Writable.prototype.write;
		let code;
		try { w.write(42); } catch (e) { code = e.code; }
		[JSON.stringify(f.name), f.length, f === stream.Duplex.prototype.write, code].join()`)
	assert.Equal(t, `"",3,true,ERR_INVALID_ARG_TYPE`, res.String(), "Node's write is anonymous, of length 3")
}

func TestDirectWriteOfTheSameArrayAgainSeesItsBytesNow(t *testing.T) {
	d := newDirectEnv(t)
	d.run(t, `var u = Buffer.from('abc'); w.write(u); u[0] = 120; w.write(u)`)
	ab := d.run(t, `u.buffer`).Export().(goja.ArrayBuffer)
	require.True(t, ab.Detach())
	d.run(t, `w.write(u); w.write(Buffer.from('end'))`)
	assert.Equal(t, []string{"abc", "xbc", "", "end"}, d.got, "the same bytes, changed in place, then none once detached")
}

func TestDirectWriteOfAnArrayWhoseBufferPropertyLiesSeesItDetached(t *testing.T) {
	d := newDirectEnv(t)
	d.run(t, `var u = Buffer.from('abc'); var real = u.buffer;
		Object.defineProperty(u, 'buffer', { value: new ArrayBuffer(8) }); w.write(u)`)
	ab := d.run(t, `real`).Export().(goja.ArrayBuffer)
	require.True(t, ab.Detach())
	d.run(t, `w.write(u); w.write(Buffer.from('end'))`)
	assert.Equal(t, []string{"abc", "", "end"}, d.got, "its own bytes, then none once its real buffer is detached")
}
