package process

import (
	"os"
	"strings"

	"github.com/dop251/goja"
)

// env is process.env: a live view of the OS environment whose values are
// always strings, as in Node.
type env struct{ vm *goja.Runtime }

func newEnv(vm *goja.Runtime) *goja.Object {
	return vm.NewDynamicObject(env{vm: vm})
}

func (e env) Get(key string) goja.Value {
	if v, ok := os.LookupEnv(key); ok {
		return e.vm.ToValue(v)
	}
	return nil
}

func (e env) Set(key string, val goja.Value) bool {
	return os.Setenv(key, val.String()) == nil
}

func (e env) Has(key string) bool {
	_, ok := os.LookupEnv(key)
	return ok
}

func (e env) Delete(key string) bool {
	_ = os.Unsetenv(key)
	return true
}

func (e env) Keys() []string {
	var keys []string
	for _, kv := range os.Environ() {
		if k, _, ok := strings.Cut(kv, "="); ok {
			keys = append(keys, k)
		}
	}
	return keys
}
