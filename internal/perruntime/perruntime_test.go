package perruntime

import (
	"runtime"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
)

type state struct{ vm *goja.Runtime }

func build(vm *goja.Runtime) *state { return &state{vm: vm} }

func TestOneStatePerRuntime(t *testing.T) {
	var r Registry[state]
	a, b := goja.New(), goja.New()
	sa, sb := r.Get(a, build), r.Get(b, build)
	assert.NotSame(t, sa, sb)
	assert.Same(t, sa, r.Get(a, build), "after another runtime's lookup")
	assert.Same(t, sb, r.Get(b, build))
	assert.Same(t, a, sa.vm)
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
}

func TestEntriesGoAwayWithTheirRuntime(t *testing.T) {
	var r Registry[state]
	for range 10 {
		r.Get(goja.New(), build)
	}
	deadline := time.Now().Add(5 * time.Second)
	for r.Len() > 1 && time.Now().Before(deadline) { // the last lookup may be cached weakly only
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, r.Len(), 1)
}
