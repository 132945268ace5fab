package dns

import (
	"sync"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "dns"

// PromisesModuleName is the name of the promise API module, the same object
// as dns.promises.
const PromisesModuleName = "dns/promises"

// Require fills module.exports for the "dns" module. Every call on the same
// runtime sets the same exports object.
func Require(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", stateFor(vm).built().exports)
}

// RequirePromises fills module.exports for the "dns/promises" module.
func RequirePromises(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", stateFor(vm).built().promises)
}

// IsBuiltinLookup reports whether fn is the dns.lookup function of vm's dns
// module, so that a façade whose default lookup is dns.lookup can take the
// Go path (Lookup) unless a script has replaced it.
func IsBuiltinLookup(vm *goja.Runtime, fn goja.Value) bool {
	s := stateFor(vm)
	return s.lookupFn != nil && fn != nil && fn.SameAs(s.lookupFn)
}

// state is one runtime's dns module: the settings the Go API shares with
// JavaScript, and the module objects once built.
type state struct {
	vm *goja.Runtime

	order       string    // dns.getDefaultResultOrder()
	defaultRes  *resolver // the resolver behind dns.resolve*, dns.setServers
	promRes     *resolver // behind dns.promises.resolve*: defaultRes until dns.promises.setServers
	warnedEmpty bool      // DEP0118 was emitted

	exports  *goja.Object // require('dns'); nil until built
	promises *goja.Object // require('dns/promises')
	lookupFn *goja.Object // dns.lookup as built

	resolverKey  *goja.Symbol // the hidden Go state of Resolver objects
	oncompleteFn goja.Value   // see oncomplete
}

// newState creates the state of vm; the module objects are built on first
// require.
func newState(vm *goja.Runtime) *state {
	def := newResolver(systemConf())
	return &state{vm: vm, order: orderVerbatim, defaultRes: def, promRes: def, resolverKey: goja.NewSymbol("resolver")}
}

// host returns the runtime's Host.
func (s *state) host() *host.Host {
	return host.From(s.vm)
}

// systemConf reads /etc/resolv.conf once per process.
var systemConf = sync.OnceValue(func() resolvConf { return readResolvConf(resolvConfPath) })

// built returns the state with its module objects built.
func (s *state) built() *state {
	if s.exports == nil {
		s.build()
	}
	return s
}
