package stream_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
)

// BenchmarkPushData measures what a socket read costs on the Node side: one
// macrotask that pushes a 1 KiB Buffer into a flowing Readable, the 'data'
// listener, and the nextTick work push schedules (Node's read-ahead, which
// calls _read again).
func BenchmarkPushData(b *testing.B) {
	benchPush(b, `
		var received = 0;
		var r = new stream.Readable({ read() {} });
		r.on('data', (d) => { received += d.length; });
	`, "received")
}

// BenchmarkWrite measures a socket write: one macrotask calling write() with
// a 1 KiB Buffer on a Writable whose _write completes at once, and the
// deferred write callback.
func BenchmarkWrite(b *testing.B) {
	e := newEnv(b)
	e.run(b, `
		var written = 0;
		var w = new stream.Writable({ write(chunk, enc, cb) { written += chunk.length; cb(); } });
	`)
	w := e.object(b, "w")
	write, ok := goja.AssertFunction(w.Get("write"))
	require.True(b, ok)
	chunk := buffer.Wrap(e.vm, make([]byte, 1024))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.task(func() {
			if _, err := write(w, chunk); err != nil {
				panic(err)
			}
		})
	}
	b.StopTimer()
	require.Equal(b, int64(b.N)*1024, e.run(b, `written`).ToInteger())
}

// BenchmarkPipe measures a chunk's trip through pipe(): pushed into a
// Readable, written by pipe's 'data' listener into a Writable.
func BenchmarkPipe(b *testing.B) {
	benchPush(b, `
		var written = 0;
		var r = new stream.Readable({ read() {} });
		r.pipe(new stream.Writable({ write(chunk, enc, cb) { written += chunk.length; cb(); } }));
	`, "written")
}

// benchPush runs setup, which makes a Readable r and a global counter of
// the bytes that reach its consumer, then pushes a 1 KiB chunk into r
// through the module's Push in each of b.N macrotasks, and requires that
// counter to hold every byte pushed.
func benchPush(b *testing.B, setup, counter string) {
	e := newEnv(b)
	e.run(b, setup)
	r := e.object(b, "r")
	chunk := make([]byte, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.task(func() { e.mod.Push(r, chunk) })
	}
	b.StopTimer()
	require.Equal(b, int64(b.N)*1024, e.run(b, counter).ToInteger())
}

// BenchmarkEmitBaseline is the floor the stream benchmarks compare with:
// one macrotask that wraps a 1 KiB Buffer and emits it as 'data' on a
// plain EventEmitter.
func BenchmarkEmitBaseline(b *testing.B) {
	e := newEnv(b)
	e.run(b, `
		var received = 0;
		var em = new (Object.getPrototypeOf(stream))();
		em.on('data', (d) => { received += d.length; });
		function emitData(buf) { em.emit('data', buf); }
	`)
	emit, ok := goja.AssertFunction(e.vm.Get("emitData"))
	require.True(b, ok)
	chunk := make([]byte, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.task(func() {
			if _, err := emit(goja.Undefined(), buffer.Wrap(e.vm, chunk)); err != nil {
				panic(err)
			}
		})
	}
	b.StopTimer()
	require.Equal(b, int64(b.N)*1024, e.run(b, `received`).ToInteger())
}

// BenchmarkWriteCompletion measures a write that completes later on a
// stream awaiting 'drain': a direct write its sink holds, then completed
// through WriteCompletion's callback (go) or the stream's onwrite
// (script), each in a macrotask.
func BenchmarkWriteCompletion(b *testing.B) {
	for _, name := range []string{"script", "go"} {
		b.Run(name, func(b *testing.B) {
			d := newDirectEnv(b)
			d.holding = true
			d.run(b, `var drains = 0; w.removeAllListeners('drain'); w.on('drain', () => { drains++; });`)
			w := d.object(b, "w")
			write, ok := goja.AssertFunction(w.Get("write"))
			require.True(b, ok)
			onwrite, ok := goja.AssertFunction(d.run(b, `w._writableState.onwrite`))
			require.True(b, ok)
			chunk := buffer.Wrap(d.vm, make([]byte, 16))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				d.task(func() {
					if _, err := write(w, chunk); err != nil {
						panic(err)
					}
				})
				done := d.held[0]
				d.held = d.held[:0]
				if name == "script" {
					done = onwrite
				}
				d.task(func() {
					if _, err := done(goja.Undefined()); err != nil {
						panic(err)
					}
				})
			}
			b.StopTimer()
			require.Equal(b, int64(b.N), d.run(b, `drains`).ToInteger())
		})
	}
}

// runListenerLoop runs body (which may use d, a Duplex, and f) b.N times
// in one JavaScript loop.
func runListenerLoop(b *testing.B, body string) {
	e := newEnv(b)
	e.run(b, `var d = new stream.Duplex({ read() {}, write(c, enc, cb) { cb(); } });
		function loop(n) { var f = function () {}; for (var i = 0; i < n; i++) { `+body+` } }`)
	loop, ok := goja.AssertFunction(e.vm.Get("loop"))
	require.True(b, ok)
	b.ResetTimer()
	_, err := loop(goja.Undefined(), e.vm.ToValue(b.N))
	require.NoError(b, err)
}

// BenchmarkStreamOnOff measures on() and removeListener() of a 'close'
// listener on a Duplex, through Readable's on.
func BenchmarkStreamOnOff(b *testing.B) {
	runListenerLoop(b, `d.on('close', f); d.removeListener('close', f);`)
}

// BenchmarkStreamOnceOff measures once() and removeListener() of an 'end'
// listener on a Duplex.
func BenchmarkStreamOnceOff(b *testing.B) {
	runListenerLoop(b, `d.once('end', f); d.removeListener('end', f);`)
}

// BenchmarkStreamEmitNoListener measures emit of an event without
// listeners on a Duplex.
func BenchmarkStreamEmitNoListener(b *testing.B) {
	runListenerLoop(b, `d.emit('prefinish');`)
}
