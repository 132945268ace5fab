package buffer

import (
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRegistryDoesNotKeepRuntimesAlive(t *testing.T) {
	var collected []weak.Pointer[goja.Runtime]
	func() {
		for range 5 {
			vm := goja.New()
			Wrap(vm, []byte("x"))
			require.NotNil(t, registry.Lookup(vm))
			collected = append(collected, weak.Make(vm))
		}
	}()
	assert.Eventually(t, func() bool {
		runtime.GC()
		for _, p := range collected {
			if p.Value() != nil {
				return false
			}
		}
		return true
	}, 5*time.Second, 10*time.Millisecond, "runtimes must not be kept alive by the registry")
}

func TestModuleForIsCached(t *testing.T) {
	a, b := goja.New(), goja.New()
	ma := moduleFor(a)
	mb := moduleFor(b)
	assert.NotSame(t, ma, mb)
	assert.Same(t, ma, moduleFor(a), "after another runtime's lookup")
	assert.Same(t, mb, moduleFor(b))
}
