package stream_test

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

// env is a Node runtime with the stream module loaded, for tests that run
// JavaScript and call the module's Go API.
type env struct {
	vm  *goja.Runtime
	rt  *nodecompat.Runtime
	mod *stream.Module
	out *bytes.Buffer
}

// newEnv enables the Node façade on a fresh runtime and loads the stream
// module.
func newEnv(t testing.TB) *env {
	l, err := loop.New()
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	vm := goja.New()
	out := &bytes.Buffer{}
	rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"nodeshim", "test.js"}, Stdout: out, Stderr: out})
	mod, ok := stream.Of(rt.Require(stream.ModuleName))
	require.True(t, ok, "require('stream') is not backed by the Go module")
	require.NoError(t, vm.Set("stream", mod.Exports()))
	return &env{vm: vm, rt: rt, mod: mod, out: out}
}

// run evaluates src as one macrotask (with its ticks and microtasks) and
// returns the completion value.
func (e *env) run(t testing.TB, src string) goja.Value {
	var v goja.Value
	var err error
	e.rt.Host().Run(func() { v, err = e.vm.RunString(src) })
	require.NoError(t, err)
	return v
}

// task runs fn as one macrotask.
func (e *env) task(fn func()) {
	e.rt.Host().Run(fn)
}

// object returns the global named name as an object.
func (e *env) object(t testing.TB, name string) *goja.Object {
	o, ok := e.vm.Get(name).(*goja.Object)
	require.True(t, ok, "%s is not an object", name)
	return o
}

// log returns the global array log joined by spaces.
func (e *env) log(t testing.TB) string {
	return e.run(t, `log.join(' ')`).String()
}

// newCountingReadable makes a Readable r whose _read counts its calls in
// the global reads, with a global array log for listeners to fill, runs
// setup (a script using r) and lets resume() and the first read happen.
func newCountingReadable(t testing.TB, setup string) (*env, *goja.Object) {
	e := newEnv(t)
	e.run(t, `
		var log = [], reads = 0;
		var r = new stream.Readable({ read() { reads++; } });
		`+setup)
	r := e.object(t, "r")
	e.task(func() {}) // let resume() and the first read happen
	return e, r
}
