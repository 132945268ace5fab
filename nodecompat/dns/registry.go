package dns

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// The registry gives each runtime one module state, so that require('dns'),
// require('dns/promises') and the Go API (Lookup, used by net and dgram)
// share the default result order and the default resolver. It holds runtimes
// and states weakly; a runtime's natives hold its state strongly.
var (
	registryMu sync.Mutex
	registry   = map[weak.Pointer[goja.Runtime]]weak.Pointer[state]{}
)

// stateFor returns vm's module state, building it on first use. Call it on
// vm's goroutine only.
func stateFor(vm *goja.Runtime) *state {
	key := weak.Make(vm)
	registryMu.Lock()
	s := registry[key].Value()
	registryMu.Unlock()
	if s != nil {
		return s
	}
	s = newState(vm)
	registryMu.Lock()
	if _, known := registry[key]; !known {
		runtime.AddCleanup(vm, forget, key)
	}
	registry[key] = weak.Make(s)
	registryMu.Unlock()
	return s
}

// forget drops a collected runtime's entry.
func forget(key weak.Pointer[goja.Runtime]) {
	registryMu.Lock()
	delete(registry, key)
	registryMu.Unlock()
}
