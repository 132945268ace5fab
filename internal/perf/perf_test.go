package perf

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	webapi.Enable(vm)
	Enable(vm)
	return vm
}

func TestClockAndEntries(t *testing.T) {
	vm := newVM(t)
	cases := []struct{ js, want string }{
		{`const t0 = performance.now(), t1 = performance.now(); String(t1 >= t0 && t0 > 0)`, "true"},
		{`String(performance instanceof EventTarget) + Object.prototype.toString.call(performance)`, "true[object Performance]"},
		{`const now = performance.now; now.name + '/' + now.length + '/' + ('prototype' in now)`, "now/0/false"},
		{`try { now() } catch (e) { e.code + ': ' + e.message }`,
			`ERR_INVALID_ARG_TYPE: The "this" argument must be an instance of Performance. Received undefined`},
		{`try { now.call(Object.create(performance)) } catch (e) { e.code }`, "ERR_INVALID_ARG_TYPE"},
		{`performance.mark('a', { startTime: 10 }); performance.mark('b', { startTime: 25 });
		  const m = performance.measure('a-b', 'a', 'b'); m.startTime + '/' + m.duration`, "10/15"},
		{`performance.getEntries().map((e) => e.name).join()`, "a,a-b,b"},
		{`performance.clearMarks(); performance.getEntries().map((e) => e.entryType).join()`, "measure"},
		{`try { performance.measure('x', 'gone') } catch (e) { e.name + ': ' + e.message }`,
			`SyntaxError: The "gone" performance mark has not been set`},
	}
	for _, c := range cases {
		v, err := vm.RunString(c.js)
		require.NoError(t, err, c.js)
		assert.Equal(t, c.want, v.String(), c.js)
	}
}
