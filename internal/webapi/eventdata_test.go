package webapi

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEventData(t *testing.T) {
	e := newEnv(t)
	type payload struct{ n int }
	vm := e.VM

	ev := NewEventWithData(vm, EventClass(vm).Proto, "ping", EventInit{}, &payload{1})
	d, ok := EventsOf(vm).Data(ev)
	require.True(t, ok)
	assert.Equal(t, 1, d.(*payload).n)
	assert.True(t, ev.Get("isTrusted").ToBoolean(), "a Go-made event is trusted")
	assert.Equal(t, "ping", ev.Get("type").String())
	require.NoError(t, vm.Set("ev", ev))
	n, err := vm.RunString(`Reflect.ownKeys(ev).length`)
	require.NoError(t, err)
	assert.Equal(t, int64(0), n.ToInteger(), "no property holds the Event's and the subclass's state")

	plain, err := vm.RunString(`new Event('x')`)
	require.NoError(t, err)
	_, ok = EventsOf(vm).Data(plain)
	assert.False(t, ok, "an event without data")
	assert.True(t, SetEventData(plain.(*goja.Object), "mine"))
	d, ok = EventsOf(vm).Data(plain)
	assert.True(t, ok)
	assert.Equal(t, "mine", d)

	assert.False(t, SetEventData(vm.NewObject(), 1), "not an Event")
	_, ok = EventsOf(vm).Data(vm.ToValue(5))
	assert.False(t, ok)
}
