// Package path is Node's "path" module: POSIX path manipulation on strings.
// path.posix is the module itself; path.win32 only carries the Windows
// separator and delimiter, since nodeshim runs on POSIX systems.
package path

import (
	"os"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "path"

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	m := &pathModule{vm: vm}
	exports := vm.NewObject()
	fns := []struct {
		name string
		fn   func(goja.FunctionCall) goja.Value
	}{
		{"resolve", m.resolve},
		{"normalize", m.stringFn(Normalize)},
		{"isAbsolute", m.isAbsolute},
		{"join", m.join},
		{"relative", m.relative},
		{"toNamespacedPath", toNamespacedPath},
		{"dirname", m.stringFn(Dirname)},
		{"basename", m.basename},
		{"extname", m.stringFn(Extname)},
		{"format", m.format},
		{"parse", m.parse},
	}
	for _, f := range fns {
		must(exports.Set(f.name, f.fn))
	}
	must(exports.Set("sep", Sep))
	must(exports.Set("delimiter", Delimiter))
	must(exports.Set("posix", exports))
	must(exports.Set("win32", m.win32(exports)))
	must(exports.Set("_makeLong", exports.Get("toNamespacedPath")))
	must(module.Set("exports", exports))
}

// pathModule holds the runtime the module's natives work in.
type pathModule struct {
	vm *goja.Runtime
}

// must panics on an error from setting a property on a fresh ordinary
// object, which cannot happen.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// str returns v as a Go string or throws ERR_INVALID_ARG_TYPE naming name.
func (m *pathModule) str(v goja.Value, name string) string {
	if !goja.IsString(v) {
		panic(nodeerr.InvalidArgType(m.vm, name, "of type string", v))
	}
	return v.String()
}

// stringFn wraps a function of one path string as a native.
func (m *pathModule) stringFn(f func(string) string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		return m.vm.ToValue(f(m.str(call.Argument(0), "path")))
	}
}

// ResolveFromCwd is path.resolve: parts resolved against the process
// working directory.
func ResolveFromCwd(parts ...string) string {
	return Resolve(cwd(), parts...)
}

// cwd returns the process working directory for resolve and relative.
func cwd() string {
	dir, err := os.Getwd()
	if err != nil {
		return "/"
	}
	return dir
}

func (m *pathModule) resolve(call goja.FunctionCall) goja.Value {
	// Node validates only the arguments it reaches, right to left, stopping
	// at the first absolute one.
	parts := make([]string, len(call.Arguments))
	for i := len(parts) - 1; i >= 0; i-- {
		parts[i] = m.str(call.Arguments[i], "paths["+strconv.Itoa(i)+"]")
		if IsAbsolute(parts[i]) {
			return m.vm.ToValue(Resolve("", parts[i:]...))
		}
	}
	return m.vm.ToValue(Resolve(cwd(), parts...))
}

func (m *pathModule) join(call goja.FunctionCall) goja.Value {
	parts := make([]string, len(call.Arguments))
	for i, arg := range call.Arguments {
		parts[i] = m.str(arg, "path")
	}
	return m.vm.ToValue(Join(parts...))
}

func (m *pathModule) isAbsolute(call goja.FunctionCall) goja.Value {
	return m.vm.ToValue(IsAbsolute(m.str(call.Argument(0), "path")))
}

func (m *pathModule) relative(call goja.FunctionCall) goja.Value {
	from := m.str(call.Argument(0), "from")
	to := m.str(call.Argument(1), "to")
	return m.vm.ToValue(Relative(cwd(), from, to))
}

// toNamespacedPath returns its argument unchanged, as on POSIX in Node.
func toNamespacedPath(call goja.FunctionCall) goja.Value {
	return call.Argument(0)
}

func (m *pathModule) basename(call goja.FunctionCall) goja.Value {
	suffix := ""
	if s := call.Argument(1); !goja.IsUndefined(s) {
		suffix = m.str(s, "suffix")
	}
	return m.vm.ToValue(Basename(m.str(call.Argument(0), "path"), suffix))
}

func (m *pathModule) parse(call goja.FunctionCall) goja.Value {
	p := Parse(m.str(call.Argument(0), "path"))
	obj := m.vm.NewObject()
	must(obj.Set("root", p.Root))
	must(obj.Set("dir", p.Dir))
	must(obj.Set("base", p.Base))
	must(obj.Set("ext", p.Ext))
	must(obj.Set("name", p.Name))
	return obj
}

func (m *pathModule) format(call goja.FunctionCall) goja.Value {
	arg := call.Argument(0)
	obj, ok := arg.(*goja.Object)
	if _, isFunc := goja.AssertFunction(arg); !ok || isFunc || obj.ClassName() == "Array" {
		panic(nodeerr.InvalidArgType(m.vm, "pathObject", "of type object", arg))
	}
	field := func(name string) string {
		v := obj.Get(name)
		if v == nil || !v.ToBoolean() {
			return ""
		}
		return v.String()
	}
	return m.vm.ToValue(Format(Parsed{
		Root: field("root"), Dir: field("dir"), Base: field("base"),
		Ext: field("ext"), Name: field("name"),
	}))
}

// win32 builds the minimal path.win32: Windows separator and delimiter,
// with posix and win32 links so code that only reads those keeps working.
func (m *pathModule) win32(posix *goja.Object) *goja.Object {
	w := m.vm.NewObject()
	must(w.Set("sep", `\`))
	must(w.Set("delimiter", ";"))
	must(w.Set("posix", posix))
	must(w.Set("win32", w))
	return w
}
