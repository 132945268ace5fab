package net_test

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
	nodenet "github.com/nodeshim/nodeshim/nodecompat/net"
)

// runTakingOver runs src as run does, with two globals that the tls
// scripts reach through the net internals: takeOver(handle), which gives
// a handle's connection to a new handle (or returns null), and
// kPredecessorClosed, the binding's symbol.
func runTakingOver(t *testing.T, src string) (string, int) {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	out := &bytes.Buffer{}
	vm := goja.New()
	rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"nodeshim", "test.js"}, Stdout: out, Stderr: out})
	m, ok := nodenet.Of(rt.Require(nodenet.ModuleName))
	require.True(t, ok)
	require.NoError(t, vm.Set("takeOver", func(call goja.FunctionCall) goja.Value {
		if h, ok := m.TakeOver(call.Argument(0)); ok {
			return h
		}
		return goja.Null()
	}))
	binding := m.Shared().Get("binding").(*goja.Object)
	require.NoError(t, vm.Set("kPredecessorClosed", binding.Get("kPredecessorClosed")))
	code := rt.RunEval(src, false)
	return out.String(), code
}

// takeOverPrelude connects a socket to a silent server and, once
// connected, calls test(raw, successor, done) with the successor handle
// of raw's connection; done closes the server.
const takeOverPrelude = `
	const net = require('net');
	const server = net.createServer((s) => s.on('error', () => {}));
	const log = [];
	function withSuccessor(test) {
		server.listen(0, '127.0.0.1', () => {
			const raw = net.connect(server.address().port, '127.0.0.1', () => {
				const successor = takeOver(raw._handle);
				test(raw, successor, () => {
					console.log(log.join(', '));
					server.close();
				});
			});
			raw.on('close', () => log.push('raw close'));
		});
	}
	class Owner {
		[kPredecessorClosed](reset) { log.push('told reset=' + reset + ' this=' + (this === owner)); }
	}
	const owner = new Owner();
`

func TestClosingATakenOverHandleTellsTheSuccessorsOwnerOnce(t *testing.T) {
	// However often the old handle is closed or reset, the owner of the
	// handle that took its connection over hears of it once, with whether
	// the first close was a reset, in the check phase: after this task's
	// ticks, before the immediates queued after the close. The old
	// handle's close callback still waits for the successor's close.
	cases := []struct{ how, want string }{
		{"raw.destroy()", "tick, told reset=false this=true, immediate, closing the successor, raw close, successor closed"},
		{"raw.resetAndDestroy()", "tick, told reset=true this=true, immediate, closing the successor, raw close, successor closed"},
	}
	for _, c := range cases {
		t.Run(c.how, func(t *testing.T) {
			out, code := runTakingOver(t, takeOverPrelude+`
				withSuccessor((raw, successor, done) => {
					successor.setOwner(owner);
					const old = raw._handle;
					`+c.how+`;
					old.close();
					old.reset();
					process.nextTick(() => log.push('tick'));
					setImmediate(() => {
						log.push('immediate');
						old.close();
						setTimeout(() => {
							log.push('closing the successor');
							successor.close(() => { log.push('successor closed'); done(); });
						}, 20);
					});
				});
			`)
			assert.Equal(t, 0, code, out)
			assert.Equal(t, c.want+"\n", out)
		})
	}
}

func TestASuccessorIsLeftAloneWhenItsOwnerCannotBeTold(t *testing.T) {
	// An owner without the method, or a successor that closes in the
	// same task as the old handle, hears nothing; the old handle's close
	// callback runs with the successor's, first.
	cases := []struct{ name, setup, after, want string }{
		{"an owner without the method", "successor.setOwner({})", "", "raw close, successor closed"},
		{"no owner", "", "", "raw close, successor closed"},
		{"a successor closed at once", "successor.setOwner(owner)", "successor.close(() => log.push('closed at once'))",
			"raw close, closed at once, successor closed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, code := runTakingOver(t, takeOverPrelude+`
				withSuccessor((raw, successor, done) => {
					`+c.setup+`;
					raw.destroy();
					`+c.after+`;
					setTimeout(() => successor.close(() => { log.push('successor closed'); done(); }), 20);
				});
			`)
			assert.Equal(t, 0, code, out)
			assert.Equal(t, c.want+"\n", out)
		})
	}
}
