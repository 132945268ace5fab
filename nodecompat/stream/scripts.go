package stream

import (
	"embed"
	"sync"

	"github.com/dop251/goja"
)

//go:embed js/*.js
var scriptFS embed.FS

// scriptOrder lists the scripts in the order they run: each one is a
// function of the shared internals object and may use what the earlier
// ones put there when it runs (later ones only from inside functions).
var scriptOrder = []string{
	"utils", "legacy", "destroy", "readable", "readable_read", "readable_flow", "readable_pipe", "readable_iter", "from",
	"writable", "writable_end", "duplex", "transform", "eos", "pipeline", "abort", "duplexpair", "compose", "operators",
	"index",
}

// compiled holds the scripts compiled once per process; every runtime
// runs the same programs.
var compiled = sync.OnceValue(func() []*goja.Program {
	progs := make([]*goja.Program, len(scriptOrder))
	for i, name := range scriptOrder {
		src, err := scriptFS.ReadFile("js/" + name + ".js")
		if err != nil {
			panic(err)
		}
		progs[i] = goja.MustCompile("node:internal/streams/"+name, string(src), true)
	}
	return progs
})

// runScripts runs every script on vm with shared as its argument.
func runScripts(vm *goja.Runtime, shared *goja.Object) {
	for _, prog := range compiled() {
		v, err := vm.RunProgram(prog)
		if err != nil {
			panic(err)
		}
		fn, ok := goja.AssertFunction(v)
		if !ok {
			panic(vm.NewTypeError("stream: a script did not evaluate to a function"))
		}
		if _, err := fn(goja.Undefined(), shared); err != nil {
			panic(err)
		}
	}
}
