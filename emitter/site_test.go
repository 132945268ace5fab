package emitter

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThrowSiteOfUnhandledErrorEvents(t *testing.T) {
	cases := []struct {
		name, src, site string
	}{
		{"an Error", `e.emit('error', new TypeError('x'))`, siteError},
		{"an Error subclass", `class MyError extends Error {}; e.emit('error', new MyError('x'))`, siteError},
		{"a string", `e.emit('error', 'x')`, siteUnhandled},
		{"nothing", `e.emit('error')`, siteUnhandled},
		{"a frozen Error", `e.emit('error', Object.freeze(new Error('x')))`, ""},
		{"a listener's throw", `e.on('x', () => { throw new Error('x'); }); e.emit('x')`, ""},
		{"a script's throw", `throw new Error('x')`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newScriptRuntime(t, false)
			_, err := r.vm.RunString(`var EE = require('events'); var e = new EE();` + tc.src)
			var ex *goja.Exception
			require.ErrorAs(t, err, &ex)
			site, ok := ThrowSite(ex.Value())
			assert.Equal(t, tc.site, site)
			assert.Equal(t, tc.site != "", ok)
		})
	}
	site, ok := ThrowSite(goja.Undefined())
	assert.False(t, ok)
	assert.Empty(t, site)
}

func TestThrowSiteIsHidden(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var EE = require('events'); var err = new Error('x');
		try { new EE().emit('error', err); } catch (_) {}
		JSON.stringify([Object.keys(err), Object.getOwnPropertyNames(err).sort()])`)
	assert.Equal(t, `[[],["message","stack"]]`, v.String())
}
