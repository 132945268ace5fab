package emitter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmitRotatingListeners emits to more distinct single listeners (10)
// than the Callable cache holds (8), in turn and again, and after listeners are
// swapped: each emit must reach the listener registered at that moment.
func TestEmitRotatingListeners(t *testing.T) {
	r := newScriptRuntime(t, false)
	got := r.eval(t, `var EE = require('events'); var got = [];
		var ems = [];
		for (let i = 0; i < 10; i++) {
			const e = new EE();
			e.on('data', function (v) { got.push(i + ':' + v + ':' + (this === e)); });
			ems.push(e);
		}
		for (let round = 0; round < 2; round++) ems.forEach((e, i) => e.emit('data', round));
		ems[0].removeAllListeners('data');
		ems[0].on('data', function (v) { got.push('new:' + v); });
		ems[0].emit('data', 2);
		ems[1].emit('data', 2);
		got.join()`).String()
	var want []string
	for round := range 2 {
		for i := range 10 {
			want = append(want, fmt.Sprintf("%d:%d:true", i, round))
		}
	}
	want = append(want, "new:2", "1:2:true")
	assert.Equal(t, strings.Join(want, ","), got)
}

func TestEmitterOf(t *testing.T) {
	r := newScriptRuntime(t, false)
	_, ok := EmitterOf(r.vm, r.eval(t, `(function () {})`))
	assert.False(t, ok, "another function")
	_, ok = EmitterOf(r.vm, r.vm.ToValue(1))
	assert.False(t, ok, "not a function")
	_, ok = EmitterOf(newScriptRuntime(t, false).vm, r.eval(t, `require('events').prototype.emit`))
	assert.False(t, ok, "another runtime's emit")

	em, ok := EmitterOf(r.vm, r.eval(t, `require('events').prototype.emit`))
	require.True(t, ok)
	assert.Same(t, r.eval(t, `require('events').prototype.emit`).(*goja.Object), em.Func())
	target := r.eval(t, `var EE = require('events'); var got = []; var e = new EE();
		e.emit = function () { got.push('own emit'); };
		e.on('data', function (v) { got.push('data ' + v + ' ' + (this === e)); }); e`).(*goja.Object)
	assert.True(t, em.Emit(target, "data", r.vm.ToValue(1)), "the stock emit runs, not the target's own")
	assert.False(t, em.Emit(target, "none"))
	assert.Equal(t, "data 1 true", r.eval(t, `got.join()`).String())
}
