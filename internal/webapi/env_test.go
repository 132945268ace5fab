package webapi

import (
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/internal/hosttest"
)

// env is a runtime with the globals enabled, driven by a loop through a
// Host, with print() collecting lines and uncaught exceptions recorded as
// lines too.
type env struct{ *hosttest.Env }

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{hosttest.New(t, "print")}
	e.Host.SetUncaughtHandler(func(err goja.Value) {
		msg := err.String()
		if o, ok := err.(*goja.Object); ok && o.Get("message") != nil {
			msg = o.Get("message").String()
		}
		e.Out = append(e.Out, "uncaught "+msg)
	})
	Enable(e.VM)
	// setTimeoutLike(ms) keeps the loop alive for ms, standing in for the
	// timers module, which this package does not depend on.
	require.NoError(t, e.VM.Set("setTimeoutLike", func(call goja.FunctionCall) goja.Value {
		e.Loop.NewTimer(time.Duration(call.Argument(0).ToInteger())*time.Millisecond, func() {})
		return goja.Undefined()
	}))
	return e
}

// eval evaluates an expression outside any task and returns its string
// form, or the thrown error as "Name [code]: message".
func (e *env) eval(src string) string {
	e.T.Helper()
	v, err := e.VM.RunString(src)
	if err != nil {
		ex, ok := err.(*goja.Exception)
		require.True(e.T, ok, "unexpected error %v", err)
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
