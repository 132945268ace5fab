package tls

import (
	"errors"

	"github.com/dop251/goja"
)

// alpnCallback adapts choose(servername, protocols), a server-side
// TLSSocket's ALPNCallback as the scripts wrap it (servername is false
// when the client sent none; it returns one of the protocols or undefined,
// and throws for anything else), to the core's ALPNCallback: undefined
// refuses every protocol, and what choose throws fails the handshake with
// that very value.
func (m *module) alpnCallback(choose goja.Callable) func(string, []string) (string, error) {
	return func(name string, protocols []string) (string, error) {
		vm := m.vm
		list := make([]interface{}, len(protocols))
		for i, p := range protocols {
			list[i] = p
		}
		nameValue := vm.ToValue(false)
		if name != "" {
			nameValue = vm.ToValue(name)
		}
		v, err := choose(goja.Undefined(), nameValue, vm.NewArray(list...))
		var ex *goja.Exception
		switch {
		case errors.As(err, &ex):
			return "", &scriptError{ex.Value()}
		case err != nil:
			return "", err
		case goja.IsUndefined(v):
			return "", nil
		}
		return v.String(), nil
	}
}
