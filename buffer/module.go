package buffer

import (
	"github.com/dop251/goja"
	gnbuffer "github.com/dop251/goja_nodejs/buffer"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "buffer"

// Node's limits on 64-bit platforms.
const (
	// MaxLength is the largest Buffer Node allocates (buffer.kMaxLength).
	MaxLength = 1 << 32
	// MaxStringLength is V8's longest string (buffer.kStringMaxLength).
	MaxStringLength = 1<<29 - 24
)

// module is the per-runtime state of the buffer module: the Buffer class
// and the intrinsics its methods use.
type module struct {
	vm *goja.Runtime

	ctor  *goja.Object // Buffer
	fast  *goja.Object // FastBuffer: Buffer[Symbol.species], builds Buffers like Uint8Array does
	proto *goja.Object // Buffer.prototype, shared by Buffer and FastBuffer

	u8       *goja.Object     // Uint8Array
	u8New    goja.Constructor // Uint8Array's [[Construct]]
	wrapArgs [1]goja.Value    // newBuffer's argument to u8New
	subarray goja.Callable    // %TypedArray%.prototype.subarray
	isView   goja.Callable    // ArrayBuffer.isView

	exports *goja.Object // the module's exports, shared by every require

	inspectMaxBytes int64 // buffer.INSPECT_MAX_BYTES
	warned          bool  // whether DEP0005 has been emitted
}

// Require fills module.exports for the module. Every call on the same
// runtime sets the same exports object, so there is one Buffer class per
// runtime however often the module is loaded.
func Require(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", moduleFor(vm).exports)
}

// Enable installs the module's globals on vm: Buffer, atob and btoa.
func Enable(vm *goja.Runtime) {
	m := moduleFor(vm)
	for _, name := range []string{"Buffer", "atob", "btoa"} {
		_ = vm.Set(name, m.exports.Get(name))
	}
}

// newModule builds the Buffer class on vm. It starts from goja_nodejs's
// Buffer, called directly rather than through require so that a global
// require that routes "buffer" here cannot recurse: its prototype object
// (already a Uint8Array.prototype descendant) becomes Buffer.prototype, and
// its Go API keeps working because its hidden state moves to the new
// constructor.
func newModule(vm *goja.Runtime) *module {
	m := &module{vm: vm, inspectMaxBytes: 50}
	m.u8 = vm.Get("Uint8Array").(*goja.Object)
	m.u8New, _ = goja.AssertConstructor(m.u8)
	typedArrayProto := m.u8.Prototype().Get("prototype").(*goja.Object)
	m.subarray, _ = goja.AssertFunction(typedArrayProto.Get("subarray"))
	m.isView, _ = goja.AssertFunction(vm.Get("ArrayBuffer").(*goja.Object).Get("isView"))

	base := vm.NewObject()
	_ = base.Set("exports", vm.NewObject())
	gnbuffer.Require(vm, base)
	gnCtor := base.Get("exports").(*goja.Object).Get("Buffer").(*goja.Object)
	m.proto = gnCtor.Get("prototype").(*goja.Object)

	m.ctor = m.constructor("Buffer", 3, m.construct, true)
	m.fast = m.constructor("FastBuffer", 3, m.constructFast, false)
	m.adoptHiddenState(gnCtor)
	_ = m.proto.DefineDataProperty("constructor", m.ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = m.ctor.DefineAccessorPropertySymbol(goja.SymSpecies,
		m.function("get [Symbol.species]", 0, func(goja.FunctionCall) goja.Value { return m.fast }),
		nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	m.installStatics()
	m.installPrototype()
	m.buildExports()
	return m
}

// constructor returns a native function named name that is both callable
// and constructible, inheriting from Uint8Array, whose prototype property
// is Buffer.prototype.
func (m *module) constructor(name string, length int, fn func(goja.ConstructorCall) *goja.Object, writableProto bool) *goja.Object {
	c := m.vm.ToValue(fn).(*goja.Object)
	m.nameFunction(c, name, length)
	_ = c.SetPrototype(m.u8)
	_ = c.DefineDataProperty("prototype", m.proto, goja.ToFlag(writableProto), goja.FLAG_FALSE, goja.FLAG_FALSE)
	return c
}

// adoptHiddenState copies goja_nodejs's hidden Symbol-keyed state from its
// constructor to Buffer, so goja_nodejs's buffer.GetApi and WrapBytes find
// it through the global Buffer.
func (m *module) adoptHiddenState(gnCtor *goja.Object) {
	ownSymbols, _ := goja.AssertFunction(m.vm.Get("Object").(*goja.Object).Get("getOwnPropertySymbols"))
	list, err := ownSymbols(goja.Undefined(), gnCtor)
	if err != nil {
		panic(err)
	}
	m.vm.ForOf(list, func(v goja.Value) bool {
		if sym, ok := v.(*goja.Symbol); ok {
			_ = m.ctor.DefineDataPropertySymbol(sym, gnCtor.GetSymbol(sym), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
		return true
	})
}

// function wraps fn as a JS function with the given name and length.
func (m *module) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := m.vm.ToValue(fn).(*goja.Object)
	m.nameFunction(f, name, length)
	return f
}

// nameFunction gives f Node's name and length instead of the Go names goja
// derives.
func (m *module) nameFunction(f *goja.Object, name string, length int) {
	_ = f.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
