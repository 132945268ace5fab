package buffer

import (
	"runtime"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
)

func TestRegistryForgetsCollectedRuntimes(t *testing.T) {
	before := registry.Len()
	func() {
		vms := make([]*goja.Runtime, 5)
		for i := range vms {
			vms[i] = goja.New()
			Wrap(vms[i], []byte("x"))
		}
		assert.GreaterOrEqual(t, registry.Len(), before+len(vms))
		runtime.KeepAlive(vms)
	}()
	assert.Eventually(t, func() bool {
		runtime.GC()
		return registry.Len() <= before
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
