package emitter

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEmitRotatingListeners emits to more distinct single listeners than
// the Callable cache holds, in turn and again, and after listeners are
// swapped: each emit must reach the listener registered at that moment.
func TestEmitRotatingListeners(t *testing.T) {
	r := newScriptRuntime(t, false)
	got := r.eval(t, `var EE = require('events'); var got = [];
		var ems = [];
		for (let i = 0; i < 6; i++) {
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
	assert.Equal(t, "0:0:true,1:0:true,2:0:true,3:0:true,4:0:true,5:0:true,"+
		"0:1:true,1:1:true,2:1:true,3:1:true,4:1:true,5:1:true,new:2,1:2:true", got)
}
