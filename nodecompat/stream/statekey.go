package stream

import "github.com/dop251/goja"

// StateKey is the symbol under which a stream state keeps its flag number
// (Symbol(kState), as Node names it). It is one symbol for every runtime,
// so that Go code outside this package can read a state's flags.
var StateKey = goja.NewSymbol("kState")

// installStateKeys gives the scripts StateKey (as kState) and the flag bits
// of both states (as writableBits and readableBits), before they run. It
// returns the readable bits' object, which the module hands to net's
// scripts (ReadableFlagKeys).
func installStateKeys(vm *goja.Runtime, shared *goja.Object) (readableBits *goja.Object) {
	writableBits := vm.NewObject()
	for _, b := range writableBitNames {
		set(writableBits, b.name, int64(b.bit))
	}
	readableBits = vm.NewObject()
	for _, b := range readableBitNames {
		set(readableBits, b.name, b.bit)
	}
	set(shared, "kState", StateKey)
	set(shared, "writableBits", writableBits)
	set(shared, "readableBits", readableBits)
	return readableBits
}
