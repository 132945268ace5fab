package net

import (
	"reflect"

	"github.com/dop251/goja"
)

// connectOnlyKeys are the options of connect() that only its lookup and
// connect read, never the Socket constructor.
var connectOnlyKeys = map[string]bool{
	"port": true, "host": true, "path": true, "localAddress": true, "localPort": true, "family": true,
	"hints": true, "lookup": true, "timeout": true, "autoSelectFamily": true,
	"autoSelectFamilyAttemptTimeout": true,
}

// proxyType is what ExportType reports for a Proxy.
var proxyType = reflect.TypeOf(goja.Proxy{})

// connectOnly(options) tells whether a caller's options object is a plain
// object (no Proxy, Object.prototype its prototype) whose own enumerable
// keys are all connectOnlyKeys: such options make the same socket as
// connect(port, host). Done in Go, where listing the keys costs a tenth of
// a for-in loop in the script, and without a Proxy trap.
func (m *Module) connectOnly(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok || o.ExportType() == proxyType || o.Prototype() != m.objectProto {
		return m.vm.ToValue(false)
	}
	for _, k := range o.Keys() {
		if !connectOnlyKeys[k] {
			return m.vm.ToValue(false)
		}
	}
	return m.vm.ToValue(true)
}
