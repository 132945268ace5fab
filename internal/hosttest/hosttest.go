// Package hosttest runs scripts on a goja runtime driven by its own event
// loop through a host.Host, for the unit tests of the modules that schedule
// work on the loop.
package hosttest

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
)

// Env is a runtime on a loop with a global function that records lines.
type Env struct {
	T    testing.TB
	VM   *goja.Runtime
	Loop *loop.Loop
	Host *host.Host
	// Out holds the lines recorded since Run began.
	Out []string
	// Uncaught holds the uncaught exceptions as strings, unless the test
	// gives Host a handler of its own.
	Uncaught []string
}

// New returns an Env whose loop is closed when the test ends. The global
// function called record appends its arguments, as strings joined by
// spaces, to Out as one line.
func New(t testing.TB, record string) *Env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	vm := goja.New()
	e := &Env{T: t, VM: vm, Loop: l, Host: host.New(vm, l)}
	e.Host.SetUncaughtHandler(func(err goja.Value) { e.Uncaught = append(e.Uncaught, err.String()) })
	require.NoError(t, vm.Set(record, Recorder(&e.Out)))
	return e
}

// Recorder returns a function for a test's scripts that appends its
// arguments, as strings joined by spaces, to *lines as one line.
func Recorder(lines *[]string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		*lines = append(*lines, strings.Join(parts, " "))
		return goja.Undefined()
	}
}

// Run runs js as the first task, then the loop until it is idle, requires
// that no exception went uncaught, and returns the lines recorded
// meanwhile.
func (e *Env) Run(js string) []string {
	e.T.Helper()
	e.Out = nil
	e.Start(js)
	require.NoError(e.T, e.Loop.Run())
	require.Empty(e.T, e.Uncaught)
	return e.Out
}

// Start runs js as a task, without running the loop, for a test that
// does more before it runs the loop itself.
func (e *Env) Start(js string) {
	e.T.Helper()
	var err error
	e.Host.Run(func() { _, err = e.VM.RunString(js) })
	require.NoError(e.T, err)
}

// Eval runs js outside any task, as a block so that its declarations stay
// local, and returns its completion value as a string.
func (e *Env) Eval(js string) string {
	e.T.Helper()
	v, err := e.VM.RunString("{" + js + "\n}")
	require.NoError(e.T, err, js)
	return v.String()
}
