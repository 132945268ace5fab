package jsnames

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixRenamesGoNamedFunctions(t *testing.T) {
	vm := goja.New()
	exports := vm.NewObject()
	require.NoError(t, exports.Set("setTimeout", func(goja.FunctionCall) goja.Value { return nil }))
	ctor, err := vm.RunString("(function Server() {})")
	require.NoError(t, err)
	proto := ctor.(*goja.Object).Get("prototype").(*goja.Object)
	require.NoError(t, proto.Set("listen", func(goja.FunctionCall) goja.Value { return nil }))
	require.NoError(t, exports.Set("Server", ctor))
	js, err := vm.RunString("(function keep() {})")
	require.NoError(t, err)
	require.NoError(t, exports.Set("alias", js))

	assert.Contains(t, exports.Get("setTimeout").(*goja.Object).Get("name").String(), "jsnames")
	Fix(vm, exports)
	require.NoError(t, vm.Set("m", exports))
	v, err := vm.RunString("[m.setTimeout.name, m.Server.prototype.listen.name, m.Server.name, m.alias.name].join()")
	require.NoError(t, err)
	assert.Equal(t, "setTimeout,listen,Server,keep", v.String())
}
