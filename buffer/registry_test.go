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

// registered reports how many of keys the registry still tracks.
func registered(keys []weak.Pointer[goja.Runtime]) int {
	registryMu.Lock()
	defer registryMu.Unlock()
	n := 0
	for _, k := range keys {
		if _, ok := registry[k]; ok {
			n++
		}
	}
	return n
}

func TestRegistryForgetsCollectedRuntimes(t *testing.T) {
	var keys []weak.Pointer[goja.Runtime]
	func() {
		vms := make([]*goja.Runtime, 5)
		for i := range vms {
			vms[i] = goja.New()
			Wrap(vms[i], []byte("x"))
			keys = append(keys, weak.Make(vms[i]))
		}
		require.Equal(t, len(vms), registered(keys))
		runtime.KeepAlive(vms)
	}()
	assert.Eventually(t, func() bool {
		runtime.GC()
		return registered(keys) == 0
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
