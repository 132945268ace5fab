package stream_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPresetOptionsMakeTheSameStreams checks that a Duplex made with
// preset options has the states and fields of one made with a plain copy
// of the same options: the preset only spares reading them again.
func TestPresetOptionsMakeTheSameStreams(t *testing.T) {
	cases := []struct {
		name    string
		options string
	}{
		{"socket defaults", `{ allowHalfOpen: false, emitClose: false, autoDestroy: true, decodeStrings: false }`},
		{"half-open with marks", `{ allowHalfOpen: true, emitClose: false, autoDestroy: true, decodeStrings: false,
			readableHighWaterMark: 100, writableHighWaterMark: 200 }`},
		{"one mark for both", `{ highWaterMark: 7, autoDestroy: false }`},
		{"empty", `{}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			require.NoError(t, e.vm.Set("preset", e.mod.PresetOptions))
			require.NoError(t, e.vm.Set("util", e.rt.Require("util")))
			got := e.run(t, `
				const describe = (d) => JSON.stringify([
					Object.keys(d), d.allowHalfOpen, d.readableHighWaterMark, d.writableHighWaterMark,
					util.inspect(d._readableState, { depth: 0, showHidden: true }),
					util.inspect(d._writableState, { depth: 0, showHidden: true }),
				]);
				const plain = new stream.Duplex(Object.freeze(`+tc.options+`));
				const withPreset = new stream.Duplex(Object.freeze(preset(`+tc.options+`)));
				[describe(plain), describe(withPreset)]`).Export().([]any)
			assert.Equal(t, got[0], got[1])
		})
	}
}

// TestPresetOptionsLeaveOtherOptionsAlone checks which options get no
// preset: any key beyond the marks, allowHalfOpen, emitClose, autoDestroy
// and decodeStrings, and options the constructors reject (which still
// throw when a stream is made).
func TestPresetOptionsLeaveOtherOptionsAlone(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, e.vm.Set("preset", e.mod.PresetOptions))
	got := e.run(t, `
		const marked = (o) => Object.getOwnPropertySymbols(preset(o)).length === 1;
		const bad = Object.freeze(preset({ highWaterMark: -1 }));
		let threw = '';
		try { new stream.Duplex(bad); } catch (err) { threw = err.code; }
		[marked({ allowHalfOpen: false }), marked({ objectMode: true }), marked({ encoding: 'utf8' }),
		 marked({ readable: false }), marked({ highWaterMark: -1 }), threw]`).Export()
	assert.Equal(t, []any{true, false, false, false, false, "ERR_INVALID_ARG_VALUE"}, got)
}
