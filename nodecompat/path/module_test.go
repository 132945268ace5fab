package path

import (
	"os"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with the module's exports as the global `path`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	modtest.Load(t, vm, "path", Require)
	return vm
}

func TestModuleResults(t *testing.T) {
	vm := newVM(t)
	wd, err := os.Getwd()
	require.NoError(t, err)
	tests := []struct{ js, want string }{
		{`path.join('/a', 'b', '../c')`, "/a/c"},
		{`path.resolve('x')`, wd + "/x"},
		{`path.relative('/a/b', '/a/c')`, "../c"},
		{`JSON.stringify(path.parse('/x/y.z'))`, `{"root":"/","dir":"/x","base":"y.z","ext":".z","name":"y"}`},
		{`path.format({dir: '/x', name: 'y', ext: 'z'})`, "/x/y.z"},
		{`path.format({dir: 0, root: '', base: 7})`, "7"},
		{`path.basename('/a/b.js', '.js') + path.extname('q.tar.gz') + path.dirname('/a/b')`, "b.gz/a"},
		{`String(path.isAbsolute('/x')) + path.isAbsolute('x')`, "truefalse"},
		{`path.sep + path.delimiter + path.win32.sep + path.win32.delimiter`, `/:\;`},
		{`String(path.posix === path && path.win32.posix === path)`, "true"},
		{`String(path.toNamespacedPath(5))`, "5"},
		{`path.normalize('/a/./b/../')`, "/a/"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, tc.js), tc.js)
	}
}

func TestModuleArgumentValidation(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, msg string }{
		{`path.join('a', 1)`, `The "path" argument must be of type string. Received type number (1)`},
		{`path.resolve(1, 'a', null)`, `The "paths[2]" argument must be of type string. Received null`},
		{`path.relative('a', undefined)`, `The "to" argument must be of type string. Received undefined`},
		{`path.basename('a', 1)`, `The "suffix" argument must be of type string. Received type number (1)`},
		{`path.dirname({})`, `The "path" argument must be of type string. Received an instance of Object`},
		{`path.format(null)`, `The "pathObject" argument must be of type object. Received null`},
		{`path.format([])`, `The "pathObject" argument must be of type object. Received an instance of Array`},
		{`path.parse()`, `The "path" argument must be of type string. Received undefined`},
	}
	for _, tc := range tests {
		assert.Equal(t, "TypeError ERR_INVALID_ARG_TYPE "+tc.msg, modtest.Eval(t, vm, `try { `+tc.js+`; 'no throw' } catch (e) { e.name + ' ' + e.code + ' ' + e.message }`), tc.js)
	}

	// resolve stops validating at the first absolute path from the right.
	assert.Equal(t, "/abs/x", modtest.Eval(t, vm, `path.resolve(1, '/abs', 'x')`))
}
