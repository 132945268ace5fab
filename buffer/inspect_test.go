package buffer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInspect(t *testing.T) {
	vm := newVM(t)
	// fake stands in for util.inspect: it shows the keys and options it got.
	run(t, vm, `var fake = (o, opts) => '[Object: null prototype] { ' +
		Reflect.ownKeys(o).map(String).join(',') + ' ' + opts.breakLength + ' ' + opts.compact + ' ' + opts.colors + ' }'`)
	cases := []struct{ src, want string }{
		{"Buffer.from('hi').inspect()", "<Buffer 68 69>"},
		{"Buffer.alloc(0).inspect()", "<Buffer >"},
		{"Buffer.alloc(51).inspect().slice(-20)", " 00 ... 1 more byte>"},
		{"Buffer.alloc(52).inspect().endsWith('... 2 more bytes>')", "true"},
		{"Buffer.from('hi')[Symbol.for('nodejs.util.inspect.custom')](2, {colors: false}, fake)", "<Buffer 68 69>"},
		{"Object.assign(Buffer.from('a'), {x: 1})[Symbol.for('nodejs.util.inspect.custom')](2, {colors: false}, fake)",
			"<Buffer 61, x Infinity true false>"},
		{"Object.assign(Buffer.alloc(0), {[Symbol('s')]: 1})[Symbol.for('nodejs.util.inspect.custom')](2, {}, fake)",
			"<Buffer Symbol(s) Infinity true undefined>"},
		{"Object.assign(Buffer.from('a'), {x: 1}).inspect()", "<Buffer 61>"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, run(t, vm, c.src).String(), c.src)
	}
}
