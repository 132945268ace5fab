package net

import (
	"embed"
	"sync"

	"github.com/dop251/goja"
)

//go:embed js/*.js
var scriptFS embed.FS

// scriptOrder lists the scripts in the order they run: each one is a
// function of the shared internals object and may use what the earlier
// ones put there.
var scriptOrder = []string{
	"validate", "isip", "socket", "connect", "server", "socketaddress", "blocklist", "index",
}

// compiled holds the scripts compiled once per process.
var compiled = sync.OnceValue(func() []*goja.Program {
	return CompileScripts(scriptFS, "js", "node:net/", scriptOrder)
})

// CompileScripts compiles the named scripts dir/<name>.js of fsys, naming
// them prefix+name in stack traces. The tls package compiles its own
// scripts with it.
func CompileScripts(fsys embed.FS, dir, prefix string, names []string) []*goja.Program {
	progs := make([]*goja.Program, len(names))
	for i, name := range names {
		src, err := fsys.ReadFile(dir + "/" + name + ".js")
		if err != nil {
			panic(err)
		}
		progs[i] = goja.MustCompile(prefix+name, string(src), true)
	}
	return progs
}

// runScripts runs every program on vm with shared as its argument.
func runScripts(vm *goja.Runtime, shared *goja.Object, progs []*goja.Program) {
	for _, prog := range progs {
		v, err := vm.RunProgram(prog)
		if err != nil {
			panic(err)
		}
		fn, ok := goja.AssertFunction(v)
		if !ok {
			panic(vm.NewTypeError("net: a script did not evaluate to a function"))
		}
		if _, err := fn(goja.Undefined(), shared); err != nil {
			panic(err)
		}
	}
}
