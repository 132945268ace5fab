package assert

import (
	"strings"

	"github.com/dop251/goja"
)

// site is where in Node's own sources an assertion failure is thrown; Node
// prints it above an uncaught error, so it is the first line of stderr.
type site struct {
	location, line string
}

// The sites of Node 20's throws, by the function that throws.
var (
	siteInnerFail  = site{"node:assert:90", "  throw new AssertionError(obj);"}
	siteOk         = site{"node:internal/assert/utils:281", "    throw err;"}
	siteFail       = site{"node:assert:137", "  throw err;"}
	siteKeyCompare = site{"node:assert:377", "      throw err;"}
	sitePrimitive  = site{"node:assert:416", "      throw err;"}
	siteExpected   = site{"node:assert:491", "    throw err;"}
	siteIfError    = site{"node:assert:733", "    throw newErr;"}
	siteMatch      = site{"node:assert:768", "    throw err;"}
)

// throwAt marks e with the site Node would throw it from, then throws it.
func (m *module) throwAt(e *goja.Object, s site) {
	caret := strings.Repeat(" ", len(s.line)-len(strings.TrimLeft(s.line, " "))) + "^"
	header := s.location + "\n" + s.line + "\n" + caret + "\n"
	must(e.DefineDataPropertySymbol(m.siteKey, m.vm.ToValue(header), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	panic(e)
}

// ThrowSite returns, for an AssertionError that an assert function threw
// in vm, the lines Node prints above it when it goes uncaught: the place in
// Node's sources ("node:assert:90"), that source line, and a caret under
// it. A host printing uncaught errors can print them where it would print
// the script line of the throw, so the first line of stderr reads as
// Node's. ok is false for any other value.
func ThrowSite(vm *goja.Runtime, err goja.Value) (header string, ok bool) {
	m := registry.Lookup(vm)
	obj, isObj := err.(*goja.Object)
	if m == nil || !isObj {
		return "", false
	}
	v := obj.GetSymbol(m.siteKey)
	if v == nil {
		return "", false
	}
	return v.String(), true
}
