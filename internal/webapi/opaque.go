package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/hiddenprop"
)

// Opaque lets a Go value live in a hidden property of a JavaScript object:
// embedded in a struct, it makes the struct a goja.DynamicObject without
// properties, which vm.NewDynamicObject wraps cheaply and Export returns.
// Unlike a host object, the JavaScript object stays ordinary, so subclasses
// built in JavaScript can still add their own properties to it.
type Opaque struct{}

// Get reports no properties.
func (Opaque) Get(string) goja.Value { return nil }

// Set refuses every property.
func (Opaque) Set(string, goja.Value) bool { return false }

// Has reports no properties.
func (Opaque) Has(string) bool { return false }

// Delete refuses to delete.
func (Opaque) Delete(string) bool { return false }

// Keys lists no properties.
func (Opaque) Keys() []string { return nil }

// Slot is a hidden, symbol-keyed property under which objects keep Go
// state. Each package that attaches state owns its own Slot, so that one
// object (a socket that is also an EventTarget) can carry the state of
// several packages side by side.
type Slot struct{ key *goja.Symbol }

// NewSlot returns a Slot keyed by a new symbol described as name.
func NewSlot(name string) Slot { return Slot{key: goja.NewSymbol(name)} }

// Attach stores st as the Go state of obj, in a property that scripts can
// neither change nor delete.
func (s Slot) Attach(vm *goja.Runtime, obj *goja.Object, st goja.DynamicObject) {
	must(obj.DefineDataPropertySymbol(s.key, vm.NewDynamicObject(st), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
}

// StateOf returns the Go state that slot holds on v if v is an object
// carrying a T there.
func StateOf[T goja.DynamicObject](slot Slot, v goja.Value) (T, bool) {
	return hiddenprop.Get[T](v, slot.key)
}

// hiddenState is the Slot in which this package's objects keep their Go
// state.
var hiddenState = NewSlot("nodeshim.webapi")
