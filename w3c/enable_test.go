package w3c

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestGlobalsAndPrototypeChains(t *testing.T) {
	e := newEnv(t)
	cases := []evalCase{
		{"typeof EventTarget + typeof Event + typeof DOMException + typeof AbortController", "functionfunctionfunctionfunction"},
		{"typeof TextEncoder + typeof TextDecoder + typeof queueMicrotask + typeof setTimeout", "functionfunctionfunctionfunction"},
		{"Object.getPrototypeOf(TCPSocket.prototype) === Socket.prototype", "true"},
		{"Object.getPrototypeOf(UDPSocket.prototype) === Socket.prototype", "true"},
		{"Object.getPrototypeOf(Socket.prototype) === EventTarget.prototype", "true"},
		{"Object.getPrototypeOf(TCPServerSocket.prototype) === EventTarget.prototype", "true"},
		{"Object.getPrototypeOf(UDPMessageEvent.prototype) === MessageEvent.prototype", "true"},
		{"[MessageEvent, ErrorEvent, CloseEvent, ConnectEvent].every(C => Object.getPrototypeOf(C.prototype) === Event.prototype)", "true"},
		{"[Socket.CONNECTING, Socket.OPEN, Socket.CLOSING, Socket.CLOSED].join()", "0,1,2,3"},
		{"TCPSocket.OPEN + UDPSocket.prototype.CLOSED + TCPServerSocket.CLOSING", "6"},
		{"Object.prototype.toString.call(TCPSocket.prototype)", "[object TCPSocket]"},
		{"new Socket()", "TypeError: Failed to construct 'Socket': Illegal constructor"},
		{"TCPSocket('a', 1)", "TypeError: Class constructor TCPSocket cannot be invoked without 'new'"},
		{"Object.keys(globalThis).includes('TCPSocket')", "false"},
		{"TCPSocket.length + ':' + UDPSocket.length", "2:0"},
	}
	e.expectEach(cases)
}

func TestEnableTwiceKeepsTheClasses(t *testing.T) {
	e := newEnv(t)
	before := e.vm.Get("TCPSocket")
	Enable(e.vm, e.loop)
	assert.True(t, before.SameAs(e.vm.Get("TCPSocket")))
}

func TestStandaloneTimersAndMicrotasks(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const id = setTimeout(() => print('never'), 5);
		clearTimeout(id);
		setTimeout((a, b) => print('timeout', a, b), 200, 'x', 'y'); // long after the interval's two ticks, even under -race
		let n = 0;
		const iv = setInterval(() => { print('tick', ++n); if (n === 2) clearInterval(iv); }, 1);
		queueMicrotask(() => print('microtask'));
		Promise.resolve().then(() => print('promise'));
		print('sync');
		queueMicrotask(() => { throw new Error('boom'); });
	`)
	require.Equal(t, []string{"sync", "microtask", "promise", "uncaught Error: boom", "tick 1", "tick 2", "timeout x y"}, out)
}
