package tls

import (
	"embed"
	"sync"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
	nodenet "github.com/nodeshim/nodeshim/nodecompat/net"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "tls"

// CoreFunc returns the exports of another core module by name, as the
// runtime's loader does: the tls classes extend the very net module that
// require('net') returns.
type CoreFunc func(name string) (goja.Value, bool)

//go:embed js/*.js
var scriptFS embed.FS

// compiled holds the scripts compiled once per process.
var compiled = sync.OnceValue(func() []*goja.Program {
	return nodenet.CompileScripts(scriptFS, "js", "node:tls/",
		[]string{"context", "identity", "tlssocket", "connect", "server", "index"})
})

// module is the tls module of one runtime.
type module struct {
	vm   *goja.Runtime
	host *host.Host
	net  *nodenet.Module

	contextKey *goja.Symbol // the hidden Go state of a native context or TLS wrap
	wrapProto  *goja.Object // the prototype of the TLS wraps (socket.ssl)
}

// Loader returns the function that fills module.exports for "tls", taking
// the net module from core.
func Loader(core CoreFunc) func(vm *goja.Runtime, module *goja.Object) {
	go compiled()
	return func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", newModule(vm, core))
	}
}

// newModule runs the tls scripts on top of the net module's internals and
// returns the exports.
func newModule(vm *goja.Runtime, core CoreFunc) *goja.Object {
	netExports, _ := core(nodenet.ModuleName)
	netMod, ok := nodenet.Of(netExports)
	if !ok {
		panic(vm.NewTypeError("tls: the net module is not nodeshim's"))
	}
	m := &module{vm: vm, host: host.From(vm), net: netMod, contextKey: goja.NewSymbol("context")}
	shared := netMod.Shared()
	set(shared, "tlsBinding", m.newBinding())
	netMod.RunScripts(compiled())
	return shared.Get("tlsExports").(*goja.Object)
}

// set defines a property on an object this package made; it cannot fail.
func set(o *goja.Object, name string, v interface{}) {
	if err := o.Set(name, v); err != nil {
		panic(err)
	}
}
