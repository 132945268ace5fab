// Package gomodule ties a module's exports object to the Go value that
// implements it, so that Go code handed require('x')'s exports (another
// module, an embedding program) can reach the Go side.
package gomodule

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/hiddenprop"
)

// Key marks exports objects of one module with its Go value; each module
// package makes one.
type Key struct{ sym *goja.Symbol }

// NewKey returns a Key whose symbol has the given description.
func NewKey(description string) Key {
	return Key{sym: goja.NewSymbol(description)}
}

// Mark attaches m to exports as a hidden, read-only, non-configurable
// symbol property.
func (k Key) Mark(vm *goja.Runtime, exports *goja.Object, m any) {
	if err := exports.DefineDataPropertySymbol(k.sym, vm.ToValue(m),
		goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
}

// Of returns the Go value Mark attached to exports with k, if exports is
// such an object and the value is a T.
func Of[T any](k Key, exports goja.Value) (T, bool) {
	return hiddenprop.Get[T](exports, k.sym)
}
