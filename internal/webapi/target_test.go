package webapi

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDispatchOrder(t *testing.T) {
	cases := []struct{ name, js, want string }{
		{"registration order and this", `
			const t = new EventTarget(), log = [];
			t.addEventListener('x', function () { log.push('a' + (this === t)); });
			t.addEventListener('x', { handleEvent(e) { log.push('h' + (this !== t)); } });
			t.addEventListener('x', () => log.push('c'));
			print(t.dispatchEvent(new Event('x')), log.join())`, "true a" + "true,htrue,c"},
		{"duplicates ignored, capture is identity", `
			const t = new EventTarget(), log = [], f = () => log.push('f');
			t.addEventListener('x', f); t.addEventListener('x', f); t.addEventListener('x', f, true);
			t.addEventListener('x', f, {capture: false, once: true});
			t.dispatchEvent(new Event('x')); const n1 = log.length;
			t.removeEventListener('x', f); t.dispatchEvent(new Event('x')); const n2 = log.length;
			t.removeEventListener('x', f, {capture: true}); t.dispatchEvent(new Event('x'));
			print(n1, n2, log.length)`, "2 3 3"},
		{"once", `
			const t = new EventTarget(); let n = 0;
			t.addEventListener('o', () => { n++; t.dispatchEvent(new Event('o')); }, {once: true});
			t.dispatchEvent(new Event('o')); t.dispatchEvent(new Event('o'));
			print(n)`, "1"},
		{"appended during dispatch runs when not at the end (Node's list)", `
			const t = new EventTarget(), log = [], c = () => log.push('c');
			t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', c); });
			t.addEventListener('x', () => log.push('b'));
			t.dispatchEvent(new Event('x')); print(log.join())`, "a,b,c"},
		{"appended by the last listener does not run", `
			const t = new EventTarget(), log = [];
			t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', () => log.push('late')); });
			t.dispatchEvent(new Event('x')); print(log.join())`, "a"},
		{"removed during dispatch does not run", `
			const t = new EventTarget(), log = [], b = () => log.push('b');
			t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); });
			t.addEventListener('x', b); t.addEventListener('x', () => log.push('c'));
			t.dispatchEvent(new Event('x')); print(log.join())`, "a,c"},
		{"removed and re-added moves to the end", `
			const t = new EventTarget(), log = [], b = () => log.push('b');
			t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); t.addEventListener('x', b); });
			t.addEventListener('x', b); t.addEventListener('x', () => log.push('c'));
			t.dispatchEvent(new Event('x')); print(log.join())`, "a,c,b"},
		{"stopImmediatePropagation", `
			const t = new EventTarget(), log = [];
			t.addEventListener('x', (e) => { log.push('a'); e.stopImmediatePropagation(); });
			t.addEventListener('x', () => log.push('b'), {passive: true});
			t.dispatchEvent(new Event('x')); print(log.join())`, "a"},
		{"stopped before dispatch", `
			const t = new EventTarget(), log = [], e = new Event('x');
			t.addEventListener('x', () => log.push('f')); e.stopImmediatePropagation();
			print(t.dispatchEvent(e), t.dispatchEvent(e), log.length)`, "true true 0"},
		{"stopPropagation does not stop the target's listeners", `
			const t = new EventTarget(), log = [];
			t.addEventListener('x', (e) => e.stopPropagation()); t.addEventListener('x', () => log.push('b'));
			t.dispatchEvent(new Event('x')); print(log.join())`, "b"},
		{"preventDefault, passive included (Node 20)", `
			const t = new EventTarget();
			t.addEventListener('p', (e) => e.preventDefault(), {passive: true});
			print(t.dispatchEvent(new Event('p', {cancelable: true})), t.dispatchEvent(new Event('p')))`, "false true"},
		{"event state during and after dispatch", `
			const t = new EventTarget(), e = new Event('y'); let seen = [];
			t.addEventListener('y', () => {});
			t.addEventListener('y', (ev) => { seen = [ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.composedPath()[0] === t]; });
			t.dispatchEvent(e);
			print(seen.join(), e.eventPhase, e.target === t, e.currentTarget, e.composedPath().length)`, "2,true,true,true 0 true null 0"},
		{"recursion", `
			const t = new EventTarget();
			t.addEventListener('z', (e) => { try { t.dispatchEvent(e); } catch (err) { print(err.name, err.code, err.message); } });
			t.dispatchEvent(new Event('z'))`, "Error ERR_EVENT_RECURSION The event \"z\" is already being dispatched"},
		{"redispatch after completion keeps defaultPrevented", `
			const t = new EventTarget(), e = new Event('y', {cancelable: true});
			t.addEventListener('y', (ev) => ev.preventDefault());
			print(t.dispatchEvent(e), t.dispatchEvent(e))`, "false false"},
		{"listener object looked up at dispatch", `
			const t = new EventTarget(), log = [], o = {};
			t.addEventListener('x', o); t.dispatchEvent(new Event('x'));
			o.handleEvent = () => log.push('late handleEvent'); t.dispatchEvent(new Event('x'));
			print(log.join())`, "late handleEvent"},
		{"type is stringified", `
			const t = new EventTarget(), log = [];
			t.addEventListener(5, () => log.push('five')); t.dispatchEvent(new Event('5')); print(log.join())`, "five"},
		{"options are read once, in order", `
			const t = new EventTarget(), log = [];
			t.addEventListener('z', () => {}, { get once() { log.push('once'); }, get capture() { log.push('capture'); }, get passive() { log.push('passive'); }, get signal() { log.push('signal'); } });
			print(log.join())`, "once,capture,passive,signal"},
		{"subclass from JavaScript", `
			class T extends EventTarget { constructor() { super(); this.n = 0; } fire() { return this.dispatchEvent(new Event('f')); } }
			const t = new T(); t.addEventListener('f', () => t.n++); t.fire();
			print(t.n, t instanceof EventTarget, Object.prototype.toString.call(t))`, "1 true [object EventTarget]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, newEnv(t).Run(c.js))
		})
	}
}

func TestSignalOption(t *testing.T) {
	e := newEnv(t)
	out := e.Run(`
		const ac = new AbortController(), t = new EventTarget(), log = [];
		t.addEventListener('y', () => log.push('sig'), {signal: ac.signal});
		t.dispatchEvent(new Event('y')); ac.abort(); t.dispatchEvent(new Event('y'));
		t.addEventListener('y', () => log.push('after abort'), {signal: ac.signal});
		t.dispatchEvent(new Event('y'));
		const ac2 = new AbortController();
		ac2.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
		t.addEventListener('z', () => log.push('z'), {signal: ac2.signal});
		ac2.abort(); t.dispatchEvent(new Event('z'));
		const duck = { aborted: false, addEventListener(type, fn, opts) { log.push('duck ' + type + ' ' + opts.once); this.fn = fn; } };
		t.addEventListener('d', () => log.push('d'), {signal: duck});
		duck.fn(); t.dispatchEvent(new Event('d'));
		print(log.join())`)
	assert.Equal(t, []string{"sig,duck abort true"}, out)
}

func TestListenerArgumentErrors(t *testing.T) {
	runCases(t, []jsCase{
		{"no arguments", `new EventTarget().addEventListener()`, `TypeError [ERR_MISSING_ARGS]: The "type" and "listener" arguments must be specified`},
		{"no listener", `new EventTarget().addEventListener('x')`, `TypeError [ERR_MISSING_ARGS]: The "type" and "listener" arguments must be specified`},
		{"primitive listener", `new EventTarget().addEventListener('x', 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument must be an instance of EventListener. Received type number (5)`},
		{"null listener is ignored", `String(new EventTarget().addEventListener('x', null))`, "undefined"},
		{"options checked before listener", `new EventTarget().addEventListener('x', 5, 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type number (5)`},
		{"string options", `new EventTarget().addEventListener('x', () => {}, 'abc')`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type string ('abc')`},
		{"boolean options", `String(new EventTarget().addEventListener('x', () => {}, true))`, "undefined"},
		{"bad signal", `new EventTarget().addEventListener('x', () => {}, {signal: 5})`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options.signal" property must be an instance of AbortSignal. Received type number (5)`},
		{"null signal", `new EventTarget().addEventListener('x', () => {}, {signal: null})`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options.signal" property must be an instance of AbortSignal. Received null`},
		{"remove needs two arguments", `new EventTarget().removeEventListener('x')`, `TypeError [ERR_MISSING_ARGS]: The "type" and "listener" arguments must be specified`},
		{"remove primitive listener", `new EventTarget().removeEventListener('x', 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument must be an instance of EventListener. Received type number (5)`},
		{"remove null listener", `String(new EventTarget().removeEventListener('x', null))`, "undefined"},
		{"dispatch without event", `new EventTarget().dispatchEvent()`, `TypeError [ERR_MISSING_ARGS]: The "event" argument must be specified`},
		{"dispatch non-event", `new EventTarget().dispatchEvent({type: 'x'})`, `TypeError [ERR_INVALID_ARG_TYPE]: The "event" argument must be an instance of Event. Received an instance of Object`},
		{"brand check", `EventTarget.prototype.dispatchEvent.call({}, new Event('x'))`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type EventTarget`},
		{"symbol type", `new EventTarget().addEventListener(Symbol('s'), () => {})`, `TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received Symbol(s)`},
	})
}

func TestListenerExceptionsAreReportedLikeNode(t *testing.T) {
	e := newEnv(t)
	out := e.Run(`
		const t = new EventTarget();
		t.addEventListener('x', () => { throw new Error('e1'); });
		t.addEventListener('x', () => { throw new Error('e2'); });
		t.addEventListener('x', () => print('third'));
		Promise.resolve().then(() => print('micro'));
		print('dispatch', t.dispatchEvent(new Event('x')));`)
	assert.Equal(t, []string{"third", "dispatch true", "uncaught e1", "uncaught e2", "micro"}, out)
}

func TestRejectionsAndListenerObjectsAreReportedLater(t *testing.T) {
	e := newEnv(t)
	out := e.Run(`
		const t = new EventTarget();
		t.addEventListener('a', async () => { throw new Error('async'); });
		t.addEventListener('a', () => ({ then(res, rej) { rej(new Error('thenable')); } }));
		t.addEventListener('a', { handleEvent() { throw new Error('object'); } });
		t.addEventListener('a', { handleEvent: 5 });
		t.addEventListener('a', () => { throw 42; });
		t.dispatchEvent(new Event('a'));
		print('sync end');`)
	require.Len(t, out, 6)
	assert.Equal(t, []string{"sync end", "uncaught thenable", "uncaught 42"}, out[:3])
	assert.ElementsMatch(t, []string{"uncaught async", "uncaught object",
		"uncaught Function.prototype.apply was called on 5, which is a number and not a function"}, out[3:])
}

func TestEventListenersSymbol(t *testing.T) {
	e := newEnv(t)
	got := e.eval(`
		const t = new AbortController().signal, f = () => {}, o = {handleEvent() {}}, h = () => {};
		t.addEventListener('abort', f); t.addEventListener('abort', o); t.onabort = h;
		const list = t[Symbol.for('nodeshim.eventTargetListeners')]('abort');
		[list.length, list[0] === f, list[1] === o, list[2] === h].join()`)
	assert.Equal(t, "3,true,true,true", got)
}

// TestNativeListenerArguments checks that a listener written in Go may keep
// its argument list past the call, and even change it, without a later
// listener seeing the change or a later dispatch reusing the list: each list
// keeps holding its own event.
func TestNativeListenerArguments(t *testing.T) {
	e := newEnv(t)
	var kept [][]goja.Value
	require.NoError(t, e.VM.Set("keep", func(call goja.FunctionCall) goja.Value {
		kept = append(kept, call.Arguments)
		call.Arguments[0] = goja.Null()
		return goja.Undefined()
	}))
	out := e.Run(`
		const t = new EventTarget(), seen = [];
		globalThis.a = new Event('x'); globalThis.b = new Event('x');
		t.addEventListener('x', keep);
		t.addEventListener('x', (ev) => seen.push(ev));
		t.dispatchEvent(a); t.dispatchEvent(b);
		print(seen[0] === a, seen[1] === b)`)
	assert.Equal(t, []string{"true true"}, out)
	require.Len(t, kept, 2)
	for i, name := range []string{"a", "b"} {
		require.Len(t, kept[i], 1)
		assert.Same(t, e.VM.Get(name), kept[i][0], "call %d's list", i)
	}
}
