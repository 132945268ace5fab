package emitter

import (
	"github.com/dop251/goja"
)

// throwSiteKey marks an error that emit threw for an 'error' event nobody
// listened to with the place in Node's sources it throws from.
var throwSiteKey = goja.NewSymbol("nodeshim.events.throwSite")

// Node 20's throws in EventEmitter.prototype.emit, each as Node prints it
// above an uncaught error: the location, that source line, a caret.
const (
	// siteError throws the Error that was emitted.
	siteError = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n"
	// siteUnhandled throws ERR_UNHANDLED_ERROR for any other value.
	siteUnhandled = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n"
)

// throwAt marks err with the site Node would throw it from, then throws
// it. An error that cannot take the mark (a frozen one) is thrown as is.
func (e *events) throwAt(err *goja.Object, site string) {
	_ = err.DefineDataPropertySymbol(throwSiteKey, e.vm.ToValue(site), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	panic(err)
}

// ThrowSite returns, for an error that emit threw because an 'error'
// event had no listener, the lines Node prints above it when it goes
// uncaught ("node:events:502", the source line, a caret), so that a host
// printing the uncaught error shows them instead of the script line and
// the first line of stderr reads as Node's. ok is false for any other
// value.
func ThrowSite(err goja.Value) (header string, ok bool) {
	obj, isObj := err.(*goja.Object)
	if !isObj {
		return "", false
	}
	v := obj.GetSymbol(throwSiteKey)
	if v == nil || goja.IsUndefined(v) {
		return "", false
	}
	return v.String(), true
}
