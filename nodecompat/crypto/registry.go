package crypto

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// The registry gives each runtime one module state, so that
// require('crypto').webcrypto and the global crypto are the same object. It
// holds runtimes and states weakly; a runtime's natives hold its state.
var (
	registryMu sync.Mutex
	registry   = map[weak.Pointer[goja.Runtime]]weak.Pointer[cryptoModule]{}
)

// moduleFor returns vm's module state, building it on first use. Call it on
// vm's goroutine only.
func moduleFor(vm *goja.Runtime) *cryptoModule {
	key := weak.Make(vm)
	registryMu.Lock()
	m := registry[key].Value()
	registryMu.Unlock()
	if m != nil {
		return m
	}
	m = newModule(vm)
	registryMu.Lock()
	if _, known := registry[key]; !known {
		runtime.AddCleanup(vm, forget, key)
	}
	registry[key] = weak.Make(m)
	registryMu.Unlock()
	return m
}

// forget drops a collected runtime's entry.
func forget(key weak.Pointer[goja.Runtime]) {
	registryMu.Lock()
	delete(registry, key)
	registryMu.Unlock()
}
