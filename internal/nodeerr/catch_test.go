package nodeerr

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCatch(t *testing.T) {
	vm := goja.New()

	got, thrown := Catch(func() int { return 7 })
	assert.Equal(t, 7, got)
	assert.Nil(t, thrown)

	err := TypeError(vm, "ERR_X", "bad")
	_, thrown = Catch(func() int { panic(err) })
	assert.Same(t, err, thrown)

	_, scriptErr := vm.RunString(`throw "from script"`)
	var exc *goja.Exception
	require.ErrorAs(t, scriptErr, &exc)
	_, thrown = Catch(func() int { panic(exc) })
	assert.Equal(t, "from script", thrown.Export())

	assert.PanicsWithValue(t, "go panic", func() { Catch(func() int { panic("go panic") }) })
}
