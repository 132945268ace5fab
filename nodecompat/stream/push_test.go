package stream_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
)

// Push from Go (whose common case runs in Go) leaves what push() called
// from the script leaves: the events listeners see, their receiver, push's
// answers, an exception a listener throws, and the readable state.
func TestPushFromGoMatchesPushInScript(t *testing.T) {
	cases := []struct{ name, setup string }{
		{"flowing", `r.on('data', function (d) { log.push((this === r) + ' ' + Buffer.isBuffer(d) + ' ' + d); });`},
		{"emit overridden", `r.on('data', (d) => log.push('data ' + d));
			const emit = r.emit; r.emit = function (ev, ...args) { log.push('emit ' + ev); return emit.apply(this, args.length ? [ev, ...args] : [ev]); };`},
		{"encoding", `r.setEncoding('utf8'); r.on('data', (d) => log.push(typeof d + ' ' + d));`},
		{"two listeners", `r.on('data', (d) => log.push('a ' + d)); r.on('data', (d) => log.push('b ' + d));`},
		{"listener throws", `r.on('data', (d) => { log.push('got ' + d); throw new RangeError('no ' + d); });`},
		{"listener ends the stream", `r.on('data', (d) => { log.push('got ' + d); r.push(null); });`},
		{"paused", `r.pause(); r.on('readable', () => log.push('readable'));`},
		{"high water mark 1", `r._readableState.highWaterMark = 1; r.on('data', (d) => log.push('got ' + d));`},
		// Only on('data') makes push emit at once (as in Node 20.20).
		{"prepended listener", `r.prependListener('data', (d) => log.push('got ' + d)); r.resume();`},
		{"listeners removed", `r.on('data', () => {}); r.removeAllListeners('data'); r.resume();`},
		{"piped", `r.pipe(new stream.Writable({ highWaterMark: 2, write(c, e, cb) { log.push('w ' + c); cb(); } }));`},
		// Paused mode: 'readable' and read(), with the state the listener
		// sees at each step and on the next tick.
		{"readable read loop", pausedFlags + `r.on('readable', () => {
			log.push('readable ' + flags()); let d;
			while ((d = r.read()) !== null) log.push('read ' + d + ' ' + flags());
			log.push('null ' + flags()); process.nextTick(() => log.push('tick ' + flags())); });`},
		{"readable no read", pausedFlags + `r.on('readable', () => log.push('readable ' + flags() + ' ' + r.readableLength));`},
		{"readable with data listener", pausedFlags + `r.on('data', (d) => log.push('data ' + d + ' ' + flags()));
			r.on('readable', () => { while (r.read() !== null); log.push('drained ' + flags()); });`},
		{"readable emit overridden", pausedFlags + `const emit = r.emit;
			r.emit = function (ev, ...args) { log.push('emit ' + ev); return emit.call(this, ev, ...args); };
			r.on('readable', () => { let d; while ((d = r.read()) !== null) log.push('read ' + d); });`},
		{"readable high water mark 2", pausedFlags + `r._readableState.highWaterMark = 2;
			r.on('readable', () => log.push('readable ' + flags() + ' ' + r.read()));`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var results [2]string
			for i, fromGo := range []bool{false, true} {
				e := newEnv(t)
				e.run(t, `var log = [];
					var r = new stream.Readable({ read() {} });
					`+tc.setup)
				r := e.object(t, "r")
				e.task(func() {}) // let resume() happen
				push, _ := goja.AssertFunction(e.run(t, `(function (s) { return r.push(Buffer.from(s)); })`))
				for _, chunk := range []string{"abc", "de"} {
					e.task(func() {
						ex := e.vm.Try(func() {
							var more bool
							if fromGo {
								more = e.mod.Push(r, []byte(chunk))
							} else {
								v, err := push(goja.Undefined(), e.vm.ToValue(chunk))
								if err != nil {
									panic(err)
								}
								more = v.ToBoolean()
							}
							logLine(e, "answer", e.vm.ToValue(more))
						})
						if ex != nil {
							logLine(e, "threw", ex.Value().(*goja.Object).Get("message"))
						}
					})
				}
				results[i] = e.run(t, `var s = r._readableState; JSON.stringify([log, s.length,
					s[Object.getOwnPropertySymbols(s).find((k) => String(k) === 'Symbol(kState)')]])`).String()
			}
			assert.Equal(t, results[0], results[1])
		})
	}
}

// pausedFlags defines flags(), the paused-mode flags of r's state.
const pausedFlags = `const flags = () => ['reading', 'needReadable', 'emittedReadable', 'readingMore', 'dataEmitted']
	.map((k) => k + '=' + r._readableState[k]).join(',');
`

// logLine appends "what value" to the script's log.
func logLine(e *env, what string, v goja.Value) {
	log := e.vm.Get("log").(*goja.Object)
	push, _ := goja.AssertFunction(log.Get("push"))
	if _, err := push(log, e.vm.ToValue(what+" "+v.String())); err != nil {
		panic(err)
	}
}
