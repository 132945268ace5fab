package webapi

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// benchTarget returns an EventTarget with one JavaScript 'message'
// listener, as a W3C socket with an onmessage handler would have.
func benchTarget(b *testing.B) (*env, *goja.Object) {
	e := newEnv(b)
	v, err := e.VM.RunString(`const t = new EventTarget(); let n = 0; t.addEventListener('message', (ev) => { n++; }); t`)
	require.NoError(b, err)
	return e, v.(*goja.Object)
}

func BenchmarkFire(b *testing.B) {
	e, target := benchTarget(b)
	b.ReportAllocs()
	e.Host.Run(func() {
		for b.Loop() {
			Fire(e.VM, target, "message")
		}
	})
}

func BenchmarkDispatchWithData(b *testing.B) {
	e, target := benchTarget(b)
	proto := EventClass(e.VM).Proto
	data := e.VM.ToValue("payload")
	b.ReportAllocs()
	e.Host.Run(func() {
		for b.Loop() {
			ev := NewEventWithPrototype(e.VM, proto, "message", EventInit{})
			_ = ev.Set("data", data)
			Dispatch(e.VM, target, ev)
		}
	})
}

func BenchmarkFireWithoutListeners(b *testing.B) {
	e, target := benchTarget(b)
	b.ReportAllocs()
	for b.Loop() {
		Fire(e.VM, target, "close")
	}
}
