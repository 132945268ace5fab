package webapi

import (
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withHandler gives EventTarget.prototype an on<typ> handler attribute for
// the test (the plain EventTarget has none).
func withHandler(e *env, typ string) {
	DefineDOMEventHandler(e.VM, EventTargetPrototype(e.VM), typ)
}

func TestTargetFireWith(t *testing.T) {
	e := newEnv(t)
	vm := e.VM
	withHandler(e, "ping")
	obj, err := vm.RunString(`const t = new EventTarget(), log = []; t`)
	require.NoError(t, err)
	target, ok := TargetOf(obj.(*goja.Object))
	require.True(t, ok)
	_, ok = TargetOf(vm.NewObject())
	assert.False(t, ok, "not an EventTarget")

	proto := EventClass(vm).Proto
	e.Host.Run(func() {
		assert.False(t, target.Listeners("ping").Listened())
		assert.True(t, FireWith(target, proto, "ping", 1), "nobody listens: nothing canceled")
	})
	e.Run(`
		t.onping = (ev) => log.push('handler', ev.type, ev.isTrusted, ev.target === t);
		t.addEventListener('ping', (ev) => { log.push('listener'); ev.preventDefault(); });
		t.addEventListener('pong', (ev) => log.push(ev.type, ev.cancelable));`)
	e.Host.Run(func() {
		assert.True(t, target.Listeners("ping").Listened())
		assert.True(t, FireWith(target, proto, "ping", 2), "not cancelable, so not canceled")
		FireWith(target, proto, "pong", 3)
	})
	var got []any
	require.NoError(t, vm.ExportTo(vm.Get("log"), &got))
	assert.Equal(t, []any{"handler", "ping", true, true, "listener", "pong", false}, got)
}

func TestTargetFireWithCarriesData(t *testing.T) {
	e := newEnv(t)
	obj, err := e.VM.RunString(`const t = new EventTarget(); t`)
	require.NoError(t, err)
	target, _ := TargetOf(obj.(*goja.Object))
	var seen any
	require.NoError(t, e.VM.Set("peek", func(call goja.FunctionCall) goja.Value {
		seen, _ = EventsOf(e.VM).Data(call.Argument(0))
		return goja.Undefined()
	}))
	e.Run(`t.addEventListener('data', peek)`)
	e.Host.Run(func() { FireWith(target, EventClass(e.VM).Proto, "data", "payload") })
	require.IsType(t, (*string)(nil), seen, "the event carries a copy of the data")
	assert.Equal(t, "payload", *seen.(*string))
}

// TestTargetListeners checks that a kept listener list follows every change
// to the target's listeners of its type, made before or after it was taken,
// the DOM rule's removal and re-registration of a handler included.
func TestTargetListeners(t *testing.T) {
	e := newEnv(t)
	withHandler(e, "ping")
	obj, err := e.VM.RunString(`const t = new EventTarget(), log = [], f = () => log.push('listener'); t`)
	require.NoError(t, err)
	target, _ := TargetOf(obj.(*goja.Object))
	pings := target.Listeners("ping")
	proto := EventClass(e.VM).Proto
	var states EventStates[int]
	fire := func(js string) (listened bool, log string) {
		e.Run(js + `; log.length = 0`)
		e.Host.Run(func() {
			listened = pings.Listened()
			assert.True(t, FireTo(pings, &states, proto, 0))
		})
		return listened, e.VM.Get("log").String()
	}
	steps := []struct {
		js       string
		listened bool
		log      string
	}{
		{`0`, false, ""},
		{`t.onping = () => log.push('handler'); t.addEventListener('ping', f)`, true, "handler,listener"},
		{`t.onping = null; t.removeEventListener('ping', f)`, false, ""},
		{`t.addEventListener('ping', f); t.onping = () => log.push('handler again')`, true, "listener,handler again"},
	}
	for _, s := range steps {
		listened, log := fire(s.js)
		assert.Equal(t, s.listened, listened, s.js)
		assert.Equal(t, s.log, log, s.js)
	}
}

func TestHandlerChangesTakeEffectAtOnce(t *testing.T) {
	e := newEnv(t)
	withHandler(e, "x")
	out := e.Run(`
		const t = new EventTarget(), log = [];
		t.addEventListener('x', () => { t.onx = () => log.push('new'); }, {once: true});
		t.onx = () => log.push('old');
		t.dispatchEvent(new Event('x'));
		t.dispatchEvent(new Event('x'));
		t.onx = {handleEvent() { log.push('object'); }};
		t.dispatchEvent(new Event('x'));
		const kind = typeof t.onx;
		t.onx = () => log.push('last');
		t.dispatchEvent(new Event('x'));
		print(log.join(), kind)`)
	assert.Equal(t, []string{"new,new,last object"}, out)
}

// TestFireToBatches checks that events fired from one EventStates keep
// their own state after their dispatch though a batch of them shares its
// prototype link: each kept event still answers its own data and members,
// a new batch starts when the batch is full or the prototype changes, and
// an object the script gives a batch's link as prototype is no Event.
func TestFireToBatches(t *testing.T) {
	e := newEnv(t)
	obj, err := e.VM.RunString(`const t = new EventTarget(), kept = []; t.addEventListener('tick', (ev) => kept.push(ev)); t`)
	require.NoError(t, err)
	target, _ := TargetOf(obj.(*goja.Object))
	ticks := target.Listeners("tick")
	var states EventStates[int]
	custom := e.VM.Get("CustomEvent").(*goja.Object).Get("prototype").(*goja.Object)
	n := 2*eventBatchSize + 3
	e.Host.Run(func() {
		for i := range n {
			proto := EventClass(e.VM).Proto
			if i == n-1 {
				proto = custom
			}
			assert.True(t, FireTo(ticks, &states, proto, i))
		}
	})
	events := EventsOf(e.VM)
	kept := e.VM.Get("kept").(*goja.Object)
	for i := range n {
		ev := kept.Get(strconv.Itoa(i))
		data, ok := events.Data(ev)
		require.True(t, ok, "event %d", i)
		assert.Equal(t, i, *data.(*int), "event %d", i)
	}
	v, err := e.VM.RunString(`[
		Object.getPrototypeOf(kept[0]) === Object.getPrototypeOf(kept[1]),
		Object.getPrototypeOf(kept[0]) === Object.getPrototypeOf(kept[` + strconv.Itoa(eventBatchSize) + `]),
		kept[` + strconv.Itoa(n-1) + `] instanceof CustomEvent, kept[` + strconv.Itoa(n-2) + `] instanceof CustomEvent,
		kept.every((ev) => ev.type === 'tick' && ev.isTrusted && ev.target === t),
		(() => { try { Event.prototype.preventDefault.call(Object.create(Object.getPrototypeOf(kept[0]))); return 'no throw'; } catch (e) { return e.code; } })(),
	].join()`)
	require.NoError(t, err)
	assert.Equal(t, "true,false,true,false,true,ERR_INVALID_THIS", v.String())
}
