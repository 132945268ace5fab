package webapi

import (
	"runtime"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// defineSocket builds, as the W3C façade will, a Socket class extending
// EventTarget with an onmessage handler, a MessageEvent extending Event, and
// a global makeSocket() that creates a socket from Go.
func defineSocket(t *testing.T, e *env) (socket, message *Class) {
	vm := e.VM
	socket = NewClass(vm, "Socket", 0, EventTargetClass(vm), func(this *goja.Object, _ []goja.Value) {
		InitEventTarget(vm, this)
	})
	DefineEventHandler(vm, socket.Proto, "message")
	message = NewClass(vm, "MessageEvent", 1, EventClass(vm), func(this *goja.Object, args []goja.Value) {
		InitEvent(vm, this, args)
		data := goja.Value(goja.Null())
		if o, ok := argOrUndefined(args, 1).(*goja.Object); ok && o.Get("data") != nil {
			data = o.Get("data")
		}
		require.NoError(t, this.Set("data", data))
	})
	require.NoError(t, vm.Set("Socket", socket.Ctor))
	require.NoError(t, vm.Set("MessageEvent", message.Ctor))
	return socket, message
}

func TestGoSubclasses(t *testing.T) {
	e := newEnv(t)
	defineSocket(t, e)
	out := e.Run(`
		class TCPSocket extends Socket { constructor() { super(); this.kind = 'tcp'; } }
		const s = new TCPSocket();
		s.onmessage = (ev) => print('onmessage', ev.data, ev instanceof MessageEvent, ev instanceof Event);
		s.addEventListener('message', (ev) => print('listener', ev.type, ev.isTrusted));
		s.dispatchEvent(new MessageEvent('message', {data: 'hi'}));
		print(s instanceof Socket, s instanceof EventTarget, s.kind, Object.prototype.toString.call(s), Socket.name);
		try { Socket(); } catch (err) { print(err.message); }`)
	assert.Equal(t, []string{"onmessage hi true true", "listener message false",
		"true true tcp [object Socket] Socket", "Class constructor Socket cannot be invoked without 'new'"}, out)
}

func TestDispatchFromGo(t *testing.T) {
	e := newEnv(t)
	socket, message := defineSocket(t, e)
	s := NewEventTarget(e.VM, socket.Proto)
	require.NoError(t, e.VM.Set("s", s))
	target, ok := TargetOf(s)
	require.True(t, ok)
	messages := target.Listeners("message")
	assert.False(t, messages.Listened())
	assert.True(t, Fire(e.VM, s, "message"), "firing with no listener creates nothing and is not canceled")
	e.Run(`
		s.onmessage = (ev) => { print('handler', ev.data, ev.isTrusted, ev.target === s); ev.preventDefault(); };
		s.addEventListener('open', () => print('open'));
		s.addEventListener('close', () => { throw new Error('close listener'); });`)
	assert.True(t, messages.Listened(), "a kept list sees the listeners added after it was taken")
	_, ok = TargetOf(e.VM.NewObject())
	assert.False(t, ok)

	e.Out = nil
	var results []bool
	e.Host.Run(func() {
		results = append(results, Fire(e.VM, s, "open"))
		ev := NewEventWithPrototype(e.VM, message.Proto, "message", EventInit{Cancelable: true})
		require.NoError(t, ev.Set("data", "payload"))
		results = append(results, Dispatch(e.VM, s, ev))
		results = append(results, Fire(e.VM, s, "close"))
	})
	assert.Equal(t, []bool{true, false, true}, results)
	assert.Equal(t, []string{"open", "handler payload true true", "uncaught close listener"}, e.Out)
}

func TestDispatchArgumentErrors(t *testing.T) {
	e := newEnv(t)
	target := NewEventTarget(e.VM, EventTargetPrototype(e.VM))
	ev := NewEvent(e.VM, "x", EventInit{})
	cases := []struct {
		name string
		fn   func()
		want string
	}{
		{"target", func() { Dispatch(e.VM, e.VM.NewObject(), ev) }, `TypeError [ERR_INVALID_ARG_TYPE]: The "target" argument must be an instance of EventTarget. Received an instance of Object`},
		{"event", func() { Dispatch(e.VM, target, e.VM.NewObject()) }, `TypeError [ERR_INVALID_ARG_TYPE]: The "event" argument must be an instance of Event. Received an instance of Object`},
		{"fire target", func() { Fire(e.VM, e.VM.NewObject(), "x") }, `TypeError [ERR_INVALID_ARG_TYPE]: The "target" argument must be an instance of EventTarget. Received an instance of Object`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := e.VM.Try(c.fn)
			require.NotNil(t, ex)
			assert.Equal(t, c.want, describeError(ex.Value()))
		})
	}
}

func TestNewEvent(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, e.VM.Set("ev", NewEvent(e.VM, "ping", EventInit{Bubbles: true, Cancelable: true, Composed: true})))
	assert.Equal(t, "ping,true,true,true,true,true", e.eval(`[ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted, ev instanceof Event].join()`))
}

func TestAbortSignalFromGo(t *testing.T) {
	e := newEnv(t)
	signal, abort := NewAbortSignal(e.VM)
	aborted, _ := Aborted(signal)
	assert.False(t, aborted)
	var got []string
	removed := OnAbort(signal, func(reason goja.Value) { got = append(got, "removed "+reason.String()) })
	OnAbort(signal, func(reason goja.Value) { got = append(got, "hook "+describeError(reason)) })
	removed()
	require.NoError(t, e.VM.Set("signal", signal))
	e.Run(`signal.addEventListener('abort', (ev) => { print('listener'); ev.stopImmediatePropagation(); }, {once: true});`)
	e.Host.Run(func() { abort(goja.Undefined()) })
	aborted, reason := Aborted(signal)
	assert.True(t, aborted)
	assert.Equal(t, "AbortError [20]: This operation was aborted", describeError(reason))
	assert.Equal(t, []string{"hook AbortError [20]: This operation was aborted"}, got, "a hook runs after stopImmediatePropagation")
	assert.Equal(t, []string{"listener"}, e.Out)

	OnAbort(signal, func(goja.Value) { t.Fatal("an aborted signal arranges nothing") })
	OnAbort(e.VM.NewObject(), func(goja.Value) { t.Fatal("not a signal") })
	aborted, _ = Aborted(e.VM.NewObject())
	assert.False(t, aborted)
}

func TestGoHelpers(t *testing.T) {
	e := newEnv(t)
	d := NewDOMException(e.VM, "gone", "NotFoundError")
	assert.Equal(t, "NotFoundError [8]: gone", describeError(d))
	assert.True(t, e.VM.InstanceOf(d, DOMExceptionClass(e.VM).Ctor))
	assert.Same(t, AbortSignalClass(e.VM), realmOf(e.VM).abortSignal)

	src, err := e.VM.RunString(`({a: [1, 2], m: new Map([[1, 2]])})`)
	require.NoError(t, err)
	c := Clone(e.VM, src)
	require.NoError(t, e.VM.Set("c", c))
	assert.Equal(t, "2,2", e.eval(`[c.a[1], c.m.get(1)].join()`))

	before := EventTargetClass(e.VM)
	runtime.GC()
	assert.Same(t, before, EventTargetClass(e.VM), "the runtime keeps its realm alive")

	Enable(e.VM) // again: nothing changes
	assert.Equal(t, "true", e.eval(`EventTarget.prototype === Object.getPrototypeOf(new AbortController().signal.__proto__)`))
}

func TestEnableDefinesGlobalsAsNode(t *testing.T) {
	e := newEnv(t)
	got := e.eval(`['EventTarget', 'Event', 'CustomEvent', 'DOMException', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone']
		.map(n => { const d = Object.getOwnPropertyDescriptor(globalThis, n); return n + ':' + d.writable + d.enumerable + d.configurable; }).join(' ')`)
	assert.Equal(t, "EventTarget:truefalsetrue Event:truefalsetrue CustomEvent:truefalsetrue DOMException:truefalsetrue AbortController:truefalsetrue AbortSignal:truefalsetrue TextEncoder:truefalsetrue TextDecoder:truefalsetrue structuredClone:truetruetrue", got)
}

// TestFiredEventLink checks the events Go fires, whose state is their
// prototype: ordinary objects to a listener, found again after their
// dispatch, one more prototype away from their class, and a Proxy is not
// asked for its prototype when it is checked for being an Event.
func TestFiredEventLink(t *testing.T) {
	e := newEnv(t)
	s := NewEventTarget(e.VM, EventTargetPrototype(e.VM))
	require.NoError(t, e.VM.Set("s", s))
	e.Run(`'use strict';
		let kept;
		s.addEventListener('ping', (ev) => {
			kept = ev;
			const tag = Symbol('tag');
			ev.note = 'n';
			ev[tag] = 's';
			Object.defineProperty(ev, 'fixed', { value: 1 });
			Object.freeze(ev);
			print('inside', ev.type, ev.isTrusted, ev.eventPhase, ev.note, ev[tag], Object.keys(ev).join(), Object.isFrozen(ev));
		});`)
	e.Out = nil
	e.Host.Run(func() { Fire(e.VM, s, "ping") })
	assert.Equal(t, []string{"inside ping true 2 n s note true"}, e.Out)
	assert.Equal(t, []string{
		"after ping true 0 true",
		"chain false true true [object Event]",
		"again true true ERR_EVENT_RECURSION",
		"proxy get",
	}, e.Run(`
		print('after', kept.type, kept.isTrusted, kept.eventPhase, kept instanceof Event);
		const link = Object.getPrototypeOf(kept);
		print('chain', link === Event.prototype, Object.getPrototypeOf(link) === Event.prototype,
			Event.prototype.isPrototypeOf(kept), Object.prototype.toString.call(kept));
		const other = new EventTarget();
		let seen, code;
		other.addEventListener('ping', (ev) => {
			seen = ev.target === other;
			try { other.dispatchEvent(ev); } catch (err) { code = err.code; }
		});
		print('again', other.dispatchEvent(kept), seen, code);
		const traps = [];
		const proxy = new Proxy(new Event('p'), {
			get(t, k) { traps.push('get'); return t[k]; },
			getPrototypeOf(t) { traps.push('proto'); return Reflect.getPrototypeOf(t); },
		});
		s.dispatchEvent(proxy);
		print('proxy', traps.join());`))
}
