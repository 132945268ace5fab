package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
)

// registry maps each runtime to its module state without keeping either
// alive: a runtime holds its state strongly (every Buffer method closes over
// it), the registry only weakly.
var registry perruntime.Registry[module]

// moduleFor returns vm's module state, building it on first use.
func moduleFor(vm *goja.Runtime) *module {
	return registry.Get(vm, newModule)
}
