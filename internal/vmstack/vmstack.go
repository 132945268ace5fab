// Package vmstack keeps a goja.Runtime's value stack from one outermost call
// to the next.
//
// goja drops its value stack (sets it to nil) each time the outermost Go→JS
// call returns, so the next call regrows it from nothing: a few allocations
// and copies on every macrotask, 1–4 µs for the call depths a socket
// callback reaches. A Keeper lends the runtime one long-lived backing array
// before each outermost call and wipes it afterwards, so tasks run on a
// stack that is already grown.
//
// goja offers no API for this. The Keeper finds the runtime's stack field by
// reflection, once, and checks its type; if the goja in use is laid out
// differently, the Keeper does nothing and calls behave as before. The
// package's tests fail on such a goja, so an upgrade that moves the field is
// noticed.
package vmstack

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// spareSlots is the capacity of the lent stack: above what the socket
// workloads' tasks reach (they stay under 128 slots; a task that needs more
// makes goja grow its own copy, as without a Keeper).
const spareSlots = 256

// Wiping: the calls a task makes from Go into JS clear the stack above
// themselves when they return, so what a task leaves on the lent stack is
// its bottom frames, under 32 slots in the workloads. Clearing the whole
// spare after every task cost more than the regrowth it spares, so Wipe
// clears the first wipedSlots, and all of it every fullWipeEvery tasks.
const (
	wipedSlots    = 64
	fullWipeEvery = 64
)

// Keeper lends a runtime a value stack that outlives each outermost call.
// A Keeper belongs to the runtime's goroutine.
type Keeper struct {
	slot  *[]goja.Value // the runtime's stack field, or nil if not found
	spare []goja.Value
	wipes int // Wipe calls since the last full wipe
}

// New returns a Keeper for vm. If vm's stack cannot be reached, the
// Keeper's methods do nothing (Active reports false).
func New(vm *goja.Runtime) *Keeper {
	k := &Keeper{slot: stackField(vm)}
	if k.slot != nil {
		k.spare = make([]goja.Value, 0, spareSlots)
	}
	return k
}

// Active reports whether the Keeper reached the runtime's stack.
func (k *Keeper) Active() bool { return k.slot != nil }

// Lend gives the runtime the kept stack, empty, if it has none (that is,
// between outermost calls). Call it right before an outermost call.
func (k *Keeper) Lend() {
	if k.slot != nil && *k.slot == nil {
		*k.slot = k.spare
	}
}

// Wipe clears the kept stack after an outermost call, so that the values of
// finished tasks do not stay reachable through it: the bottom at once, the
// rest within fullWipeEvery tasks.
func (k *Keeper) Wipe() {
	if k.slot == nil {
		return
	}
	if k.wipes++; k.wipes < fullWipeEvery {
		clear(k.spare[:wipedSlots])
		return
	}
	k.wipes = 0
	clear(k.spare[:cap(k.spare)])
}

// valueType is the type of the stack's elements.
var valueType = reflect.TypeFor[goja.Value]()

// stackField returns a pointer to vm's value stack ([]goja.Value in the
// runtime's vm struct), or nil if goja is not laid out as expected.
func stackField(vm *goja.Runtime) *[]goja.Value {
	rt := reflect.ValueOf(vm).Elem()
	vmField := rt.FieldByName("vm")
	if !vmField.IsValid() || vmField.Kind() != reflect.Pointer || vmField.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	stack, ok := vmField.Type().Elem().FieldByName("stack")
	if !ok || stack.Type.Kind() != reflect.Slice || stack.Type.Elem() != valueType {
		return nil
	}
	vmPtr := *(*unsafe.Pointer)(unsafe.Pointer(vmField.UnsafeAddr()))
	if vmPtr == nil {
		return nil
	}
	return (*[]goja.Value)(unsafe.Add(vmPtr, stack.Offset))
}
