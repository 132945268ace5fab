package webapi

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
)

// env is a runtime with the globals enabled, driven by a loop through a
// Host, with print() collecting lines and uncaught exceptions recorded as
// lines too.
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
	h := host.New(vm, l)
	e := &env{t: t, vm: vm, loop: l, host: h}
	h.SetUncaughtHandler(func(err goja.Value) {
		msg := err.String()
		if o, ok := err.(*goja.Object); ok && o.Get("message") != nil {
			msg = o.Get("message").String()
		}
		e.out = append(e.out, "uncaught "+msg)
	})
	Enable(vm)
	require.NoError(t, vm.Set("print", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		e.out = append(e.out, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	// setTimeoutLike(ms) keeps the loop alive for ms, standing in for the
	// timers module, which this package does not depend on.
	require.NoError(t, vm.Set("setTimeoutLike", func(call goja.FunctionCall) goja.Value {
		l.NewTimer(time.Duration(call.Argument(0).ToInteger())*time.Millisecond, func() {})
		return goja.Undefined()
	}))
	return e
}

// run runs src as the first macrotask, then the loop until it is idle, and
// returns the printed lines.
func (e *env) run(src string) []string {
	e.t.Helper()
	e.out = nil
	var err error
	e.host.Run(func() { _, err = e.vm.RunString(src) })
	require.NoError(e.t, err)
	require.NoError(e.t, e.loop.Run())
	return e.out
}

// eval evaluates an expression outside any task and returns its string
// form, or the thrown error as "Name [code]: message".
func (e *env) eval(src string) string {
	e.t.Helper()
	v, err := e.vm.RunString(src)
	if err != nil {
		ex, ok := err.(*goja.Exception)
		require.True(e.t, ok, "unexpected error %v", err)
		return describeError(ex.Value())
	}
	return v.String()
}

// describeError renders a thrown value as "Name [code]: message".
func describeError(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return "throw " + v.String()
	}
	s := o.Get("name").String()
	if code := o.Get("code"); code != nil && !goja.IsUndefined(code) {
		s += " [" + code.String() + "]"
	}
	return s + ": " + o.Get("message").String()
}

// jsCase is a JavaScript expression and the string it must evaluate to.
type jsCase struct{ name, js, want string }

// runCases evaluates each case in a fresh env.
func runCases(t *testing.T, cases []jsCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, newEnv(t).eval(c.js))
		})
	}
}
