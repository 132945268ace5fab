// Package jsnames gives Go-implemented JavaScript functions the names Node's
// have. goja names a native function after its Go symbol
// ("github.com/x/pkg.(*T).method-fm"), which shows up in fn.name, stack traces
// and util.inspect; Fix renames such functions after the property that holds
// them.
package jsnames

import (
	"github.com/dop251/goja"
)

// fixSource walks data properties only, so no getter runs.
const fixSource = `(function fix(obj, depth, seen) {
	for (const key of Object.getOwnPropertyNames(obj)) {
		const d = Object.getOwnPropertyDescriptor(obj, key);
		if (!d || !('value' in d)) continue;
		const v = d.value;
		if (typeof v === 'function' && /[./()]|-fm$/.test(v.name)) {
			Object.defineProperty(v, 'name', { value: key, configurable: true });
		}
		if (depth > 0 && v !== null && (typeof v === 'object' || typeof v === 'function') && !seen.has(v)) {
			seen.add(v);
			fix(v, depth - 1, seen);
			if (typeof v === 'function' && v.prototype && !seen.has(v.prototype)) {
				seen.add(v.prototype);
				fix(v.prototype, depth - 1, seen);
			}
		}
	}
})`

var fixProgram = goja.MustCompile("node:internal/jsnames", fixSource, true)

// Fix renames the Go-named functions reachable from obj through data
// properties (two levels deep, including constructors' prototypes) after
// their property keys.
func Fix(vm *goja.Runtime, obj *goja.Object) {
	fn, err := vm.RunProgram(fixProgram)
	if err != nil {
		panic(err)
	}
	fix, _ := goja.AssertFunction(fn)
	seen, err := vm.RunString("new Set()")
	if err != nil {
		panic(err)
	}
	if _, err := fix(goja.Undefined(), obj, vm.ToValue(2), seen); err != nil {
		panic(err)
	}
}
