package webapi

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAbortController(t *testing.T) {
	runCases(t, []jsCase{
		{"initial state", `const ac = new AbortController(); [ac.signal === ac.signal, ac.signal.aborted, ac.signal.reason].join()`, "true,false,"},
		{"default reason", `const ac = new AbortController(); ac.abort(); const r = ac.signal.reason; [ac.signal.aborted, r instanceof DOMException, r.name, r.message, r.code].join()`,
			"true,true,AbortError,This operation was aborted,20"},
		{"explicit reason, first one wins", `const ac = new AbortController(); ac.abort(42); ac.abort('again'); ac.signal.reason`, "42"},
		{"null reason is kept", `const ac = new AbortController(); ac.abort(null); String(ac.signal.reason)`, "null"},
		{"throwIfAborted", `const ac = new AbortController(); ac.signal.throwIfAborted(); ac.abort(new TypeError('why')); ac.signal.throwIfAborted()`, "TypeError: why"},
		{"signal is not constructible", `new AbortSignal()`, "TypeError [ERR_ILLEGAL_CONSTRUCTOR]: Illegal constructor"},
		{"controller brand check", `AbortController.prototype.abort.call({})`, "TypeError: Cannot read private member #signal from an object whose class did not declare it"},
		{"signal brand check", `AbortSignal.prototype.throwIfAborted.call({})`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type AbortSignal`},
		{"prototype chain", `[Object.getPrototypeOf(AbortSignal) === EventTarget, new AbortController().signal instanceof EventTarget, Object.prototype.toString.call(new AbortController())].join()`,
			"true,true,[object AbortController]"},
		{"AbortSignal.abort", `const s = AbortSignal.abort(); [s.aborted, s.reason.name, AbortSignal.abort('r').reason].join()`, "true,AbortError,r"},
	})
}

func TestAbortEvent(t *testing.T) {
	out := newEnv(t).Run(`
		const ac = new AbortController(), s = ac.signal;
		s.addEventListener('abort', (e) => print(e.type, e.isTrusted, e.target === s, e.cancelable, e.constructor.name, s.aborted));
		s.addEventListener('abort', () => { throw new Error('in abort'); });
		ac.abort(); ac.abort(); print('after abort');`)
	assert.Equal(t, []string{"abort true true false Event true", "after abort", "uncaught in abort"}, out)
}

func TestAbortSignalAny(t *testing.T) {
	runCases(t, []jsCase{
		{"first to abort wins", `const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); b.abort('second'); a.abort('first'); s.reason`, "second"},
		{"already aborted source", `const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]); [s.aborted, s.reason].join()`, "true,pre"},
		{"empty", `AbortSignal.any([]).aborted`, "false"},
		{"nested any follows the sources", `const a = new AbortController(); const s = AbortSignal.any([AbortSignal.any([a.signal])]); a.abort('x'); s.reason`, "x"},
		{"not an array", `AbortSignal.any(5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "signals" argument must be an instance of Array. Received type number (5)`},
		{"bad element", `AbortSignal.any([5])`, `TypeError [ERR_INVALID_ARG_TYPE]: The "signals[0]" argument must be an instance of AbortSignal. Received type number (5)`},
		{"look-alike accepted", `AbortSignal.any([{aborted: false}]).aborted`, "false"},
	})
	out := newEnv(t).Run(`
		const c = new AbortController(), dep = AbortSignal.any([c.signal, c.signal]);
		c.signal.addEventListener('abort', () => print('source listener, dep aborted:', dep.aborted));
		dep.addEventListener('abort', () => print('dep listener', dep.reason));
		c.abort('why');`)
	assert.Equal(t, []string{"source listener, dep aborted: false", "dep listener why"}, out)
}

func TestAbortSignalTimeout(t *testing.T) {
	runCases(t, []jsCase{
		{"missing delay", `AbortSignal.timeout()`, `TypeError [ERR_INVALID_ARG_TYPE]: The "delay" argument must be of type number. Received undefined`},
		{"string delay", `AbortSignal.timeout('5')`, `TypeError [ERR_INVALID_ARG_TYPE]: The "delay" argument must be of type number. Received type string ('5')`},
		{"negative", `AbortSignal.timeout(-1)`, `RangeError [ERR_OUT_OF_RANGE]: The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1`},
		{"fraction", `AbortSignal.timeout(1.5)`, `RangeError [ERR_OUT_OF_RANGE]: The value of "delay" is out of range. It must be an integer. Received 1.5`},
		{"infinite", `AbortSignal.timeout(Infinity)`, `RangeError [ERR_OUT_OF_RANGE]: The value of "delay" is out of range. It must be an integer. Received Infinity`},
		{"huge", `AbortSignal.timeout(2 ** 53)`, `RangeError [ERR_OUT_OF_RANGE]: The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received 9_007_199_254_740_992`},
	})
	t.Run("fires while something else keeps the loop alive", func(t *testing.T) {
		out := newEnv(t).Run(`
			const s = AbortSignal.timeout(5), a = AbortSignal.any([s]);
			a.addEventListener('abort', () => print('any', a.reason.name));
			s.onabort = () => print('timeout', s.reason.name, s.reason.message, s.reason.code);
			setTimeoutLike(30);`)
		assert.Equal(t, []string{"timeout TimeoutError The operation was aborted due to timeout 23", "any TimeoutError"}, out)
	})
	t.Run("over 2^31-1 ms means 1 ms", func(t *testing.T) {
		out := newEnv(t).Run(`
			AbortSignal.timeout(2 ** 32 - 1).onabort = () => print('fired');
			setTimeoutLike(30);`)
		assert.Equal(t, []string{"fired"}, out)
	})
	t.Run("does not keep the loop alive", func(t *testing.T) {
		start := time.Now()
		out := newEnv(t).Run(`AbortSignal.timeout(2000).onabort = () => print('fired');`)
		assert.Empty(t, out)
		assert.Less(t, time.Since(start), time.Second)
	})
}

func TestDependentsAreWeak(t *testing.T) {
	e := newEnv(t)
	e.eval(`globalThis.src = new AbortController(); for (let i = 0; i < 50; i++) AbortSignal.any([src.signal]);`)
	as := signalOf(e.VM.Get("src").ToObject(e.VM).Get("signal"))
	require.NotNil(t, as)
	require.Eventually(t, func() bool {
		runtime.GC()
		e.eval(`AbortSignal.any([src.signal])`) // prunes collected dependents
		return len(as.dependents) < 10
	}, 5*time.Second, 10*time.Millisecond)
	// A dependent with a listener is kept until it fires.
	e.Out = nil
	e.eval(`AbortSignal.any([src.signal]).addEventListener('abort', () => print('kept'))`)
	runtime.GC()
	runtime.GC()
	e.eval(`src.abort()`)
	assert.Equal(t, []string{"kept"}, e.Out)
}
