package buffer

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/dop251/goja"
)

// The registry maps each goja.Runtime to its module state without keeping
// either alive: a runtime holds its state strongly (every Buffer method
// closes over it), the registry only weakly, and an entry is dropped when
// its runtime is collected.
var (
	registryMu sync.Mutex
	registry   = map[weak.Pointer[goja.Runtime]]weak.Pointer[module]{}
	// lastModule caches the most recent lookup so that Wrap and Bytes on
	// the loop's runtime skip the map.
	lastModule atomic.Pointer[weak.Pointer[module]]
)

// moduleFor returns vm's module state, building it on first use.
func moduleFor(vm *goja.Runtime) *module {
	if p := lastModule.Load(); p != nil {
		if m := p.Value(); m != nil && m.vm == vm {
			return m
		}
	}
	key := weak.Make(vm)
	registryMu.Lock()
	m := registry[key].Value()
	registryMu.Unlock()
	if m == nil {
		// Built outside the lock: construction runs JS-visible code on vm,
		// which only vm's goroutine may do, so no other goroutine can race
		// for this key.
		m = newModule(vm)
		registryMu.Lock()
		if _, known := registry[key]; !known {
			runtime.AddCleanup(vm, forgetRuntime, key)
		}
		registry[key] = weak.Make(m)
		registryMu.Unlock()
	}
	p := weak.Make(m)
	lastModule.Store(&p)
	return m
}

// forgetRuntime drops a collected runtime's registry entry.
func forgetRuntime(key weak.Pointer[goja.Runtime]) {
	registryMu.Lock()
	delete(registry, key)
	registryMu.Unlock()
}
