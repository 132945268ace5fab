package buffer

import (
	"testing"

	"github.com/dop251/goja"
	gnbuffer "github.com/dop251/goja_nodejs/buffer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// requireModule loads the module the way nodeshim's loader does.
func requireModule(t testing.TB, vm *goja.Runtime) *goja.Object {
	t.Helper()
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	Require(vm, module)
	return module.Get("exports").(*goja.Object)
}

func TestRequireIsStablePerRuntime(t *testing.T) {
	vm := goja.New()
	first := requireModule(t, vm)
	second := requireModule(t, vm)
	assert.Same(t, first, second)
	Enable(vm)
	assert.True(t, vm.Get("Buffer").SameAs(first.Get("Buffer")))
	assert.True(t, vm.Get("atob").SameAs(first.Get("atob")))
	assert.True(t, vm.Get("btoa").SameAs(first.Get("btoa")))

	other := goja.New()
	assert.False(t, requireModule(t, other).Get("Buffer").SameAs(first.Get("Buffer")), "runtimes never share a class")
}

// goja_nodejs's buffer finds the module through the global Buffer, or else
// through the global require; with require routed here, neither path may
// recurse, and its Go API must produce our Buffers.
func TestGojaNodejsInterop(t *testing.T) {
	vm := goja.New()
	calls := 0
	require.NoError(t, vm.Set("require", func(call goja.FunctionCall) goja.Value {
		calls++
		require.LessOrEqual(t, calls, 3, "require recursion")
		module := vm.NewObject()
		require.NoError(t, module.Set("exports", vm.NewObject()))
		Require(vm, module)
		return module.Get("exports")
	}))

	// No global Buffer yet: goja_nodejs goes through require.
	wrapped := gnbuffer.WrapBytes(vm, []byte("go"))
	require.NoError(t, vm.Set("w", wrapped))
	assert.True(t, run(t, vm, "w instanceof require('buffer').Buffer && w.toString('hex') === '676f'").ToBoolean())

	Enable(vm)
	assert.NotNil(t, gnbuffer.GetApi(vm), "goja_nodejs's state moved to the global Buffer")
	wrapped = gnbuffer.WrapBytes(vm, []byte("ok"))
	require.NoError(t, vm.Set("w2", wrapped))
	assert.True(t, run(t, vm, "Buffer.isBuffer(w2) && w2.slice(1).toString() === 'k'").ToBoolean())
	assert.Equal(t, "b2s=", gnbuffer.EncodeBytes(vm, []byte("ok"), vm.ToValue("base64")).String())
}

func TestBufferIsUint8ArraySubclass(t *testing.T) {
	vm := newVM(t)
	for _, expr := range []string{
		"Buffer.alloc(1) instanceof Uint8Array",
		"Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype",
		"Buffer.prototype.__proto__ === Uint8Array.prototype",
		"Object.getPrototypeOf(Buffer) === Uint8Array",
		"Buffer.from('a').map(x => x) instanceof Buffer",
		"Buffer.from('ab').subarray(1) instanceof Buffer",
		"Object.prototype.toString.call(Buffer.alloc(1)) === '[object Uint8Array]'",
	} {
		assert.True(t, run(t, vm, expr).ToBoolean(), expr)
	}
}

func TestDeprecationWarning(t *testing.T) {
	cases := []struct {
		name     string
		file     string
		expected int
	}{
		{"user code", "/app/main.js", 1},
		{"dependency", "/app/node_modules/dep/index.js", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vm := newVM(t)
			var warnings []string
			process := vm.NewObject()
			require.NoError(t, process.Set("emitWarning", func(call goja.FunctionCall) goja.Value {
				warnings = append(warnings, call.Argument(2).String()+" "+call.Argument(1).String())
				return goja.Undefined()
			}))
			require.NoError(t, vm.Set("process", process))
			_, err := vm.RunScript(c.file, "new Buffer(1); Buffer(2); Buffer('x');")
			require.NoError(t, err)
			assert.Len(t, warnings, c.expected)
			if c.expected > 0 {
				assert.Equal(t, "DEP0005 DeprecationWarning", warnings[0])
			}
		})
	}
}

func TestErrorsCarryNodeCodes(t *testing.T) {
	vm := newVM(t)
	cases := []struct{ src, name, code string }{
		{"Buffer.alloc(-1)", "RangeError", "ERR_OUT_OF_RANGE"},
		{"Buffer.from({})", "TypeError", "ERR_INVALID_ARG_TYPE"},
		{"Buffer.from('a', 'xyz')", "TypeError", "ERR_UNKNOWN_ENCODING"},
		{"Buffer.alloc(3).swap16()", "RangeError", "ERR_INVALID_BUFFER_SIZE"},
		{"Buffer.alloc(0).readUInt8()", "RangeError", "ERR_BUFFER_OUT_OF_BOUNDS"},
		{"Buffer.alloc(1).fill('zz', 'hex')", "TypeError", "ERR_INVALID_ARG_VALUE"},
		{"atob()", "TypeError", "ERR_MISSING_ARGS"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := vm.RunString(c.src)
			var ex *goja.Exception
			require.ErrorAs(t, err, &ex)
			obj := ex.Value().(*goja.Object)
			assert.Equal(t, c.name, obj.Get("name").String())
			assert.Equal(t, c.code, obj.Get("code").String())
		})
	}
}
