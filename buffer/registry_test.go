package buffer

import (
	"runtime"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// registrySize returns the number of runtimes the registry tracks.
func registrySize() int {
	registryMu.Lock()
	defer registryMu.Unlock()
	return len(registry)
}

func TestRegistryForgetsCollectedRuntimes(t *testing.T) {
	before := registrySize()
	for range 5 {
		vm := goja.New()
		Wrap(vm, []byte("x"))
	}
	require.GreaterOrEqual(t, registrySize(), before+1)
	assert.Eventually(t, func() bool {
		runtime.GC()
		return registrySize() <= before
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
