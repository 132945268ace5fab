package buffer

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWrapSharesMemory(t *testing.T) {
	wrappers := []struct {
		name string
		wrap func(vm *goja.Runtime, b []byte) *goja.Object
	}{
		{"Wrap", Wrap},
		{"Wrapper", func(vm *goja.Runtime, b []byte) *goja.Object { return Wrapper(vm)(b) }},
	}
	for _, w := range wrappers {
		t.Run(w.name, func(t *testing.T) {
			vm := newVM(t)
			data := []byte("hello")
			buf := w.wrap(vm, data)
			require.NoError(t, vm.Set("b", buf))
			assert.True(t, run(t, vm, "Buffer.isBuffer(b) && b instanceof Uint8Array && b.length === 5").ToBoolean())
			assert.Equal(t, "hello", run(t, vm, "b.toString()").String())

			run(t, vm, "b[0] = 0x4a")
			assert.Equal(t, "Jello", string(data), "JS writes reach the Go slice")
			data[1] = 'E'
			assert.Equal(t, "JEllo", run(t, vm, "b.toString()").String(), "Go writes reach JS")

			got, ok := Bytes(vm, buf)
			require.True(t, ok)
			assert.Same(t, &data[0], &got[0], "Bytes returns the wrapped memory")
		})
	}
}

func TestWrapEmpty(t *testing.T) {
	vm := newVM(t)
	for _, b := range [][]byte{nil, {}} {
		buf := Wrap(vm, b)
		require.NoError(t, vm.Set("b", buf))
		assert.Equal(t, int64(0), run(t, vm, "b.length").ToInteger())
		got, ok := Bytes(vm, buf)
		assert.True(t, ok)
		assert.Empty(t, got)
	}
}

func TestBytes(t *testing.T) {
	vm := newVM(t)
	cases := []struct {
		src  string
		want []byte
		ok   bool
	}{
		{"Buffer.from('abc')", []byte("abc"), true},
		{"Buffer.from('abcdef').subarray(2, 4)", []byte("cd"), true},
		{"new Uint8Array([1, 2])", []byte{1, 2}, true},
		{"new Uint8ClampedArray([3])", []byte{3}, true},
		{"new Uint16Array([0x0102])", []byte{2, 1}, true},
		{"new Float64Array(1)", make([]byte, 8), true},
		{"new Uint16Array(new Uint8Array([1, 2, 3, 4, 5, 6]).buffer, 2, 1)", []byte{3, 4}, true},
		{"new DataView(new Uint8Array([1, 2, 3]).buffer, 1)", []byte{2, 3}, true},
		{"new Uint8Array([7, 8, 9]).buffer", []byte{7, 8, 9}, true},
		{"'abc'", nil, false},
		{"[1, 2]", nil, false},
		{"({length: 1, 0: 1})", nil, false},
		{"42", nil, false},
		{"undefined", nil, false},
		{"null", nil, false},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			got, ok := Bytes(vm, run(t, vm, c.src))
			assert.Equal(t, c.ok, ok)
			if c.ok {
				assert.Equal(t, c.want, got)
			}
		})
	}
}

func TestBytesIsZeroCopy(t *testing.T) {
	vm := newVM(t)
	for _, src := range []string{"new Uint8Array(4)", "new Uint32Array(1)", "new DataView(new ArrayBuffer(4))", "new ArrayBuffer(4)"} {
		t.Run(src, func(t *testing.T) {
			v := run(t, vm, src)
			require.NoError(t, vm.Set("v", v))
			b, ok := Bytes(vm, v)
			require.True(t, ok)
			b[0] = 0x7f
			assert.Equal(t, int64(0x7f), run(t, vm, "new Uint8Array(v.buffer || v)[0]").ToInteger())
		})
	}
}

// A detached buffer must read as empty, never as wild memory: the socket
// façades detach reused read buffers after their callback.
func TestDetachedBuffer(t *testing.T) {
	vm := newVM(t)
	data := []byte("0123456789")
	ab := vm.NewArrayBuffer(data)
	require.NoError(t, vm.Set("ab", ab))
	views := run(t, vm, "[Buffer.from(ab), Buffer.from(ab, 3, 4), new Uint16Array(ab, 2, 2), new DataView(ab, 1)]").(*goja.Object)
	require.True(t, ab.Detach())
	for i := range 4 {
		b, ok := Bytes(vm, views.Get(itoa(int64(i))))
		assert.True(t, ok, "view %d", i)
		assert.Empty(t, b, "view %d", i)
	}
	require.NoError(t, vm.Set("b", views.Get("1")))
	assert.Equal(t, "", run(t, vm, "b.toString('hex')").String())
	assert.Equal(t, "ERR_BUFFER_OUT_OF_BOUNDS", run(t, vm, "try { b.readUInt8(0) } catch (e) { e.code }").String())
}

func TestWrapBeforeRequire(t *testing.T) {
	vm := goja.New()
	buf := Wrap(vm, []byte{1})
	exports := requireModule(t, vm)
	assert.True(t, vm.InstanceOf(buf, exports.Get("Buffer").(*goja.Object)), "Wrap and require share one Buffer class")
}

func TestPredicates(t *testing.T) {
	vm := newVM(t)
	cases := []struct {
		src              string
		isBuffer, isUint bool
	}{
		{"Buffer.alloc(1)", true, true},
		{"Buffer.alloc(2).subarray(1)", true, true},
		{"new Uint8Array(1)", false, true},
		{"new Uint8ClampedArray(1)", false, false},
		{"new Uint16Array(1)", false, false},
		{"new ArrayBuffer(1)", false, false},
		{"'abc'", false, false},
		{"Object.create(Buffer.prototype)", true, false},
	}
	for _, c := range cases {
		v := run(t, vm, c.src)
		assert.Equal(t, c.isBuffer, IsBuffer(vm, v), c.src)
		assert.Equal(t, c.isUint, IsUint8Array(vm, v), c.src)
	}
}

func TestInspectMaxBytes(t *testing.T) {
	vm := newVM(t)
	exports := requireModule(t, vm)
	assert.Equal(t, 50, InspectMaxBytes(vm))
	require.NoError(t, exports.Set("INSPECT_MAX_BYTES", 3))
	assert.Equal(t, 3, InspectMaxBytes(vm))
	assert.Equal(t, "<Buffer 61 62 63 ... 1 more byte>", run(t, vm, "Buffer.from('abcd').inspect()").String())
}
