package w3c

import (
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/hosttest"
)

// env is a runtime with only the W3C façade enabled (no Node façade),
// driven by a loop, with print() collecting lines and uncaught exceptions
// recorded as lines too.
type env struct {
	t    testing.TB
	vm   *goja.Runtime
	loop *loop.Loop
	host *host.Host
	out  []string
}

func newEnv(t testing.TB) *env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	vm := goja.New()
	Enable(vm, l)
	e := &env{t: t, vm: vm, loop: l, host: host.From(vm)}
	e.host.SetUncaughtHandler(func(err goja.Value) {
		e.out = append(e.out, "uncaught "+describe(err))
	})
	require.NoError(t, vm.Set("print", hosttest.Recorder(&e.out)))
	return e
}

// describe renders a thrown value as "Name: message".
func describe(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok && o.Get("message") != nil {
		return o.Get("name").String() + ": " + o.Get("message").String()
	}
	return v.String()
}

// run runs src as the first macrotask, then the loop until nothing keeps
// it alive (failing the test after a deadline), and returns the printed
// lines.
func (e *env) run(src string) []string {
	e.t.Helper()
	e.out = nil
	var err error
	e.loop.Post(func() { _, err = e.vm.RunString(src) })
	deadline := time.AfterFunc(20*time.Second, e.loop.Stop)
	defer deadline.Stop()
	require.NoError(e.t, e.loop.Run())
	require.NoError(e.t, err)
	require.False(e.t, e.loop.Alive(), "the script did not finish: %q", e.out)
	return e.out
}

// evalCase is an expression and the string form eval should give for it.
type evalCase struct{ expr, want string }

// expectEach evaluates each case's expression with eval, in order, and
// checks what it gives.
func (e *env) expectEach(cases []evalCase) {
	e.t.Helper()
	for _, c := range cases {
		assert.Equal(e.t, c.want, e.eval(c.expr), c.expr)
	}
}

// eval evaluates an expression outside the loop and returns its string
// form, or the thrown error as "Name: message".
func (e *env) eval(src string) string {
	e.t.Helper()
	v, err := e.vm.RunString(src)
	if err != nil {
		ex, ok := err.(*goja.Exception)
		require.True(e.t, ok, "unexpected error %v", err)
		return describe(ex.Value())
	}
	return v.String()
}
