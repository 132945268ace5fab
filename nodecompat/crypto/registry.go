package crypto

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
)

// registry gives each runtime one module state, so that every require of the
// module (and its globals) share one set of objects.
var registry perruntime.Registry[cryptoModule]

// moduleFor returns vm's module state, building it on first use. Call it on
// vm's goroutine only.
func moduleFor(vm *goja.Runtime) *cryptoModule {
	return registry.Get(vm, newModule)
}
