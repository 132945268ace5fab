package tls

import (
	"github.com/dop251/goja"
)

// newBinding builds the natives the tls scripts know as S.tlsBinding.
func (m *module) newBinding() *goja.Object {
	vm := m.vm
	b := vm.NewObject()
	m.wrapProto = m.newWrapClass().Proto
	set(b, "createContext", m.createContext)
	set(b, "start", m.start)
	set(b, "isContext", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(m.contextOf(call.Argument(0)) != nil)
	})
	set(b, "takeOver", func(call goja.FunctionCall) goja.Value {
		if h, ok := m.net.TakeOver(call.Argument(0)); ok {
			return h
		}
		return goja.Null()
	})
	set(b, "rootCertificates", func(goja.FunctionCall) goja.Value {
		pems := rootPEMs()
		out := make([]interface{}, len(pems))
		for i, p := range pems {
			out[i] = p
		}
		return vm.NewArray(out...)
	})
	return b
}
