// Package perruntime keeps one state value per goja.Runtime for packages that
// serve many runtimes (a module's prototypes, its exports object), without
// keeping either the runtime or the state alive: the registry holds both
// weakly, the runtime's natives hold the state strongly, and an entry goes
// away when its runtime is collected.
package perruntime

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/dop251/goja"
)

// Registry maps runtimes to their *T. The zero value is ready to use.
type Registry[T any] struct {
	mu      sync.Mutex
	entries map[weak.Pointer[goja.Runtime]]weak.Pointer[T]
	last    atomic.Pointer[lastEntry[T]] // the most recent lookup, to skip the map
}

type lastEntry[T any] struct {
	vm    weak.Pointer[goja.Runtime]
	state weak.Pointer[T]
}

// Get returns vm's state, calling build to create it on first use. Call it on
// vm's goroutine only: build may run JavaScript on vm. The runtime must keep
// the state alive (its native functions close over it); the registry does
// not.
func (r *Registry[T]) Get(vm *goja.Runtime, build func(*goja.Runtime) *T) *T {
	key := weak.Make(vm)
	if last := r.last.Load(); last != nil && last.vm == key {
		if s := last.state.Value(); s != nil {
			return s
		}
	}
	r.mu.Lock()
	s := r.entries[key].Value()
	r.mu.Unlock()
	if s == nil {
		// Built outside the lock: only vm's goroutine can ask for this key.
		s = build(vm)
		r.mu.Lock()
		if r.entries == nil {
			r.entries = map[weak.Pointer[goja.Runtime]]weak.Pointer[T]{}
		}
		if _, known := r.entries[key]; !known {
			runtime.AddCleanup(vm, r.forget, key)
		}
		r.entries[key] = weak.Make(s)
		r.mu.Unlock()
	}
	r.last.Store(&lastEntry[T]{vm: key, state: weak.Make(s)})
	return s
}

// Lookup returns vm's state, or nil if it has none.
func (r *Registry[T]) Lookup(vm *goja.Runtime) *T {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.entries[weak.Make(vm)].Value()
}

// Len returns the number of runtimes with a live entry.
func (r *Registry[T]) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.entries)
}

// forget drops a collected runtime's entry.
func (r *Registry[T]) forget(key weak.Pointer[goja.Runtime]) {
	r.mu.Lock()
	delete(r.entries, key)
	r.mu.Unlock()
}
