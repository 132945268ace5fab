package nodeerr

import (
	"syscall"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMessagesMatchNode(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		name string
		make func(v goja.Value) *goja.Object
		arg  string
		want string
	}{
		{"type number", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "size", "of type string", v) }, "5",
			`The "size" argument must be of type string. Received type number (5)`},
		{"long string", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "size", "of type number", v) }, "'abcdefghijklmnopqrstuvwxyz0123'",
			`The "size" argument must be of type number. Received type string ('abcdefghijklmnopqrstuvwxy...')`},
		{"instance", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "opts.x", "of type number", v) }, "new Map()",
			`The "opts.x" property must be of type number. Received an instance of Map`},
		{"symbol", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "listener", "of type function", v) }, "Symbol('s')",
			`The "listener" argument must be of type function. Received type symbol (Symbol(s))`},
		{"null", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "x", "of type number", v) }, "null",
			`The "x" argument must be of type number. Received null`},
		{"function", func(v goja.Value) *goja.Object { return InvalidArgType(vm, "x", "of type number", v) }, "(function foo(){})",
			`The "x" argument must be of type number. Received function foo`},
		{"range", func(v goja.Value) *goja.Object { return OutOfRange(vm, "offset", ">= 0 and <= 3", v) }, "5",
			`The value of "offset" is out of range. It must be >= 0 and <= 3. Received 5`},
		{"range big", func(v goja.Value) *goja.Object { return OutOfRange(vm, "port", ">= 0 and < 65536", v) }, "12345678901",
			`The value of "port" is out of range. It must be >= 0 and < 65536. Received 12_345_678_901`},
		{"range bigint", func(v goja.Value) *goja.Object { return OutOfRange(vm, "v", ">= 0n", v) }, "-5n",
			`The value of "v" is out of range. It must be >= 0n. Received -5n`},
		{"arg value", func(v goja.Value) *goja.Object { return InvalidArgValue(vm, "encoding", v, "") }, "'nope'",
			`The argument 'encoding' is invalid. Received 'nope'`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, err := vm.RunString(tc.arg)
			require.NoError(t, err)
			e := tc.make(v)
			assert.Equal(t, tc.want, e.Get("message").String())
		})
	}
}

func TestErrorShape(t *testing.T) {
	vm := goja.New()
	require.NoError(t, vm.Set("e", TypeError(vm, "ERR_X", "bad")))
	v, err := vm.RunString(`[e instanceof TypeError, e.name, e.code, Object.keys(e).join(), e.stack.split("\n")[0]].join("|")`)
	require.NoError(t, err)
	assert.Equal(t, "true|TypeError|ERR_X|code|TypeError [ERR_X]: bad", v.String())
}

func TestErrnoMessagesAreLibuvs(t *testing.T) {
	tests := []struct {
		errno syscall.Errno
		code  string
		msg   string
	}{
		{syscall.EEXIST, "EEXIST", "file already exists"},
		{syscall.EISDIR, "EISDIR", "illegal operation on a directory"},
		{syscall.ENOENT, "ENOENT", "no such file or directory"},
		{syscall.ELOOP, "ELOOP", "too many symbolic links encountered"},
		{syscall.EIO, "EIO", "i/o error"},
		{syscall.Errno(4000), "UNKNOWN", "Unknown system error -4000"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, tc.code, ErrnoCode(tc.errno))
			assert.Equal(t, tc.msg, ErrnoMessage(tc.errno))
		})
	}
}

func TestAddNumericalSeparator(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "1": "1", "999": "999", "1000": "1_000", "-1000": "-1_000", "-100": "-100",
		"1234567": "1_234_567", "1e+300": "1e+_300",
	} {
		assert.Equal(t, want, AddNumericalSeparator(in), in)
	}
}
