package stream_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
)

// read() that skips a _read registered as idle (SetIdleRead) leaves what
// read() that calls it leaves, when that _read does nothing: the chunks
// returned, 'data', and the state at each step, with the read-ahead ticks
// and 'readable' in between.
func TestReadSkippingIdleReadMatchesCallingIt(t *testing.T) {
	cases := []struct{ name, setup string }{
		{"read loop", `r.on('readable', () => {
			log.push('readable ' + flags()); let d;
			while ((d = r.read()) !== null) log.push('read ' + d + ' ' + flags());
			log.push('null ' + flags()); process.nextTick(() => log.push('tick ' + flags())); });`},
		{"one read", `r.on('readable', () => log.push('read ' + r.read() + ' ' + flags()));`},
		{"data listener", `r.on('data', (d) => log.push('data ' + d + ' ' + flags()));
			r.on('readable', () => { while (r.read() !== null); log.push('drained ' + flags()); });`},
		{"high water mark 0", `r._readableState.highWaterMark = 0;
			r.on('readable', () => { let d; while ((d = r.read()) !== null) log.push('read ' + d + ' ' + flags()); });`},
		{"flowing", `r.on('data', (d) => log.push('data ' + d + ' ' + flags() + ' ' + r.read()));`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var results [2]string
			for i, idle := range []bool{false, true} {
				e := newEnv(t)
				e.run(t, `var log = [];
					var r = new stream.Readable({ read() {} });
					const flags = () => ['reading', 'needReadable', 'emittedReadable', 'readingMore', 'dataEmitted']
						.map((k) => k + '=' + r._readableState[k]).join(',');
					`+tc.setup)
				r := e.object(t, "r")
				if idle {
					e.mod.SetIdleRead(r.Get("_read"), func(s *goja.Object) bool { return s == r })
				}
				for _, chunk := range []string{"abc", "de", "f"} {
					e.task(func() { e.mod.Push(r, []byte(chunk)) })
				}
				results[i] = e.run(t, `var s = r._readableState; JSON.stringify([log, s.length,
					s[Object.getOwnPropertySymbols(s).find((k) => String(k) === 'Symbol(kState)')]])`).String()
			}
			assert.Equal(t, results[0], results[1])
		})
	}
}
