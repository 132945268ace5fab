package stream_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A direct write that completes later, reported through WriteCompletion
// (whose common case runs in Go), leaves what the stream's onwrite called
// from the script leaves: the events and their order, callbacks, an
// exception a listener throws, and the writable state, across setups made
// while the write is in flight.
func TestWriteCompletionMatchesOnwrite(t *testing.T) {
	cases := []struct{ name, setup, err string }{
		{"drain", ``, ""},
		{"below the high water mark", `w.write(Buffer.from('x'))`, ""},
		{"drain listener writes again", `w.on('drain', () => { log.push('again ' + w.write(Buffer.from('0123456789')) + ' ' + w.writableLength); });`, ""},
		{"drain listener ends", `w.on('drain', () => { w.end(() => log.push('end cb')); log.push('ended ' + w.writableLength); });`, ""},
		{"drain listener destroys", `w.on('drain', () => w.destroy());`, ""},
		{"drain listener throws", `w.on('drain', () => { throw new RangeError('no drain'); });`, ""},
		{"two drain listeners", `w.on('drain', () => log.push('second ' + w.writableNeedDrain));`, ""},
		{"emit overridden", `const emit = w.emit; w.emit = function (ev, ...args) { log.push('emit ' + ev); return emit.call(this, ev, ...args); };`, ""},
		{"queued behind", `log.push('queued ' + w.write(Buffer.from('queued')));`, ""},
		{"queued with a callback", `w.write(Buffer.from('cb'), () => log.push('cb'));`, ""},
		{"ending", `w.end(() => log.push('end cb'));`, ""},
		{"ending with a final", `w._final = (cb) => { log.push('final'); cb(); }; w.end();`, ""},
		{"destroyed", `w.destroy();`, ""},
		{"corked", `w.cork();`, ""},
		{"failed", ``, "broken pipe"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var results [2]string
			for i, fromGo := range []bool{false, true} {
				results[i] = completeHeldWrite(t, tc.setup, tc.err, fromGo)
			}
			assert.Equal(t, results[0], results[1])
		})
	}
}

// completeHeldWrite makes a direct write that waits, runs setup, completes
// the write (with an error made of errMsg unless empty) through
// WriteCompletion's callback (fromGo) or the stream's onwrite, and
// returns what the stream went through.
func completeHeldWrite(t *testing.T, setup, errMsg string, fromGo bool) string {
	d := newDirectEnv(t)
	d.holding = true
	d.run(t, `for (const ev of ['drain', 'prefinish', 'finish', 'close', 'error']) {
			w.on(ev, function (e) { log.push(ev + (this === w ? '' : ' other this') + (e ? ' ' + e.message : '')); });
		}
		log.push('write ' + w.write(Buffer.from('0123456789')));
		`+setup)
	require.Len(t, d.held, 1)
	onwrite, _ := goja.AssertFunction(d.run(t, `w._writableState.onwrite`))
	done := d.held[0]
	if !fromGo {
		done = onwrite
	}
	d.task(func() {
		var args []goja.Value
		if errMsg != "" {
			args = append(args, d.run(t, `new Error('`+errMsg+`')`))
		}
		if _, err := done(goja.Undefined(), args...); err != nil {
			ex, ok := err.(*goja.Exception)
			require.True(t, ok, "%v", err)
			logLine(d.env, "threw", ex.Value().(*goja.Object).Get("message"))
		}
	})
	d.task(func() {}) // the ticks the completion queued
	return d.run(t, `const s = w._writableState;
		JSON.stringify([log, s.length, s.writelen, s.writing, s.writecb === null, s.needDrain, s.pendingcb,
			s.bufferedIndex, s.buffered.length, s.ending, s.finished, s.destroyed, w.writableNeedDrain,
			w.writableFinished, w.destroyed, s.errored && s.errored.message])`).String()
}
