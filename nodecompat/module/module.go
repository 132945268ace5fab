// Package module is nodeshim's CommonJS loader: require() with Node's
// resolution rules (relative and absolute paths, .js/.cjs/.json, index.js,
// package.json "main", node_modules lookup), the module wrapper with
// exports/require/module/__filename/__dirname, require.main, require.resolve,
// require.cache and cycles. Core modules (with or without the "node:" prefix)
// are Go loaders registered with RegisterCore.
package module

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/jsnames"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// ModuleName is the name of the 'module' core module this package serves.
const ModuleName = "module"

// CoreLoader fills module.exports of a core module (the signature of
// goja_nodejs's require.ModuleLoader).
type CoreLoader func(vm *goja.Runtime, module *goja.Object)

// Loader is the module system of one runtime.
type Loader struct {
	vm        *goja.Runtime
	core      map[string]CoreLoader
	coreCache map[string]*goja.Object
	cache     *goja.Object // require.cache: filename -> module
	main      goja.Value
}

// New creates the loader of vm. Nothing is installed on the global object.
func New(vm *goja.Runtime) *Loader {
	l := &Loader{
		vm:        vm,
		core:      map[string]CoreLoader{},
		coreCache: map[string]*goja.Object{},
		cache:     vm.NewObject(),
		main:      goja.Undefined(),
	}
	l.RegisterCore(ModuleName, l.requireModuleModule)
	return l
}

// RegisterCore makes a core module available as name and, unless name already
// starts with "node:", as "node:"+name.
func (l *Loader) RegisterCore(name string, loader CoreLoader) {
	l.core[name] = loader
}

// Core returns the exports of a core module, loading it on first use.
func (l *Loader) Core(name string) (goja.Value, bool) {
	name = strings.TrimPrefix(name, "node:")
	if m, ok := l.coreCache[name]; ok {
		return m.Get("exports"), true
	}
	loader, ok := l.core[name]
	if !ok {
		loader, ok = l.core["node:"+name]
	}
	if !ok {
		return nil, false
	}
	m := l.vm.NewObject()
	_ = m.Set("exports", l.vm.NewObject())
	_ = m.Set("id", name)
	l.coreCache[name] = m
	loader(l.vm, m)
	exports := m.Get("exports")
	if obj, ok := exports.(*goja.Object); ok {
		jsnames.Fix(l.vm, obj)
	}
	return exports, true
}

// builtinNames lists the core modules, sorted, as module.builtinModules does.
func (l *Loader) builtinNames() []string {
	names := make([]string, 0, len(l.core))
	for n := range l.core {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// requireModuleModule serves require('module').
func (l *Loader) requireModuleModule(vm *goja.Runtime, module *goja.Object) {
	exports := module.Get("exports").(*goja.Object)
	_ = exports.Set("builtinModules", l.builtinNames())
	_ = exports.Set("isBuiltin", func(name string) bool {
		_, ok := l.core[strings.TrimPrefix(name, "node:")]
		return ok
	})
	_ = exports.Set("createRequire", func(filename string) goja.Value {
		return l.makeRequire(l.newModule(filename, goja.Null()))
	})
}

// RunMain loads filename as the program's main module (require.main). Like
// require, it throws JavaScript exceptions, so call it from inside a task.
func (l *Loader) RunMain(filename string) {
	abs, err := filepath.Abs(filename)
	if err != nil {
		panic(l.vm.NewGoError(err))
	}
	resolved, ok := l.resolveFile(abs)
	if !ok {
		panic(l.notFound(abs, nil))
	}
	m := l.newModule(resolved, goja.Null())
	_ = m.Set("id", ".")
	l.main = m
	_ = l.cache.Set(resolved, m)
	if err := l.load(m, resolved); err != nil {
		rethrow(l.vm, err)
	}
}

// rethrow throws err into JavaScript: a JS exception keeps its value and a
// compile error becomes a SyntaxError whose stack names the file and line.
func rethrow(vm *goja.Runtime, err error) {
	var syntax *goja.CompilerSyntaxError
	switch {
	case errors.As(err, new(*goja.Exception)):
		panic(err.(*goja.Exception).Value())
	case errors.As(err, &syntax):
		ctor, _ := vm.Get("SyntaxError").(*goja.Object)
		e, _ := vm.New(ctor, vm.ToValue(syntax.Message))
		if syntax.File != nil {
			pos := syntax.File.Position(syntax.Offset)
			if pos.Line == 1 {
				pos.Column = max(pos.Column-len(wrapperHead), 1)
			}
			_ = e.Set("stack", fmt.Sprintf("SyntaxError: %s\n    at %s:%d:%d", syntax.Message, pos.Filename, pos.Line, pos.Column))
		}
		panic(e)
	}
	panic(vm.NewGoError(err))
}

// Eval runs code as Node's [eval] module: a module in the current directory
// whose require, module and exports are visible to the code.
func (l *Loader) Eval(code string) (goja.Value, error) {
	cwd, _ := os.Getwd()
	m := l.newModule(filepath.Join(cwd, "[eval]"), goja.Null())
	_ = m.Set("id", "[eval]")
	global := l.vm.GlobalObject()
	_ = global.Set("require", l.makeRequire(m))
	_ = global.Set("module", m)
	_ = global.Set("exports", m.Get("exports"))
	_ = global.Set("__filename", "[eval]")
	_ = global.Set("__dirname", ".")
	prg, err := goja.Compile("[eval]", code, false)
	if err != nil {
		return nil, err
	}
	return l.vm.RunProgram(prg)
}

// newModule creates a Module object for filename.
func (l *Loader) newModule(filename string, parent goja.Value) *goja.Object {
	m := l.vm.NewObject()
	_ = m.Set("id", filename)
	_ = m.Set("path", filepath.Dir(filename))
	_ = m.Set("exports", l.vm.NewObject())
	_ = m.Set("filename", filename)
	_ = m.Set("loaded", false)
	_ = m.Set("children", l.vm.NewArray())
	_ = m.Set("paths", nodeModulePaths(filepath.Dir(filename)))
	_ = m.DefineDataProperty("parent", parent, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = m.Set("require", l.makeRequire(m))
	return m
}

// nodeModulePaths lists the node_modules folders searched from dir upwards.
func nodeModulePaths(dir string) []string {
	var paths []string
	for {
		if filepath.Base(dir) != "node_modules" {
			paths = append(paths, filepath.Join(dir, "node_modules"))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return paths
		}
		dir = parent
	}
}

// notFound builds Node's MODULE_NOT_FOUND error.
func (l *Loader) notFound(request string, from *goja.Object) *goja.Object {
	msg := "Cannot find module '" + request + "'"
	var stack []string
	for m := from; m != nil; {
		if f := m.Get("filename"); f != nil && !goja.IsUndefined(f) {
			stack = append(stack, f.String())
		}
		p, _ := m.Get("parent").(*goja.Object)
		m = p
	}
	if len(stack) > 0 {
		msg += "\nRequire stack:\n- " + strings.Join(stack, "\n- ")
	}
	e := nodeerr.Error(l.vm, "MODULE_NOT_FOUND", msg)
	_ = e.Set("requireStack", stack)
	return e
}
