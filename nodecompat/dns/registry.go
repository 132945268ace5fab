package dns

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
)

// states gives each runtime one module state, so that require('dns'),
// require('dns/promises') and the Go API (Lookup, used by net and dgram)
// share the default result order and the default resolver. A runtime's
// natives hold its state.
var states perruntime.Registry[state]

// stateFor returns vm's module state, building it on first use. Call it on
// vm's goroutine only.
func stateFor(vm *goja.Runtime) *state {
	return states.Get(vm, newState)
}
