package webapi

import "github.com/dop251/goja"

// DefineDOMEventHandler defines the on<typ> event handler attribute on proto
// with the DOM's rule rather than Node 20's (DefineEventHandler): the first
// assignment registers the handler at the end of typ's listeners and later
// ones keep that place, but assigning null (or any value that is not an
// object, which WebIDL's EventHandler converts to null) removes the handler,
// so that the next assignment registers it again after the listeners added
// meanwhile. It is for APIs whose contract is the DOM's, such as the W3C
// sockets.
func DefineDOMEventHandler(vm *goja.Runtime, proto *goja.Object, typ string) {
	realmOf(vm).defineEventHandler(proto, typ, true)
}
