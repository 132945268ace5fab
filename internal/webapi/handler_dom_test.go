package webapi

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDOMEventHandlerAttribute(t *testing.T) {
	cases := []struct{ name, js, want string }{
		{"null drops the place, the next assignment goes last", `
			const t = new T(), log = [];
			t.onping = () => log.push('f');
			t.addEventListener('ping', () => log.push('g'));
			t.onping = null; const wasNull = t.onping;
			t.onping = function () { log.push('h' + (this === t)); };
			t.dispatchEvent(new Event('ping')); print(wasNull, log.join())`, "null g,htrue"},
		{"replacing keeps the place", `
			const t = new T(), log = [];
			t.onping = () => log.push('f');
			t.addEventListener('ping', () => log.push('g'));
			t.onping = () => log.push('h');
			t.dispatchEvent(new Event('ping')); print(log.join())`, "h,g"},
		{"a non-object is null", `
			const t = new T(), log = [];
			t.onping = () => log.push('f');
			t.onping = 5;
			t.dispatchEvent(new Event('ping')); print(t.onping, log.length)`, "null 0"},
		{"removal during dispatch stops the handler", `
			const t = new T(), log = [];
			t.addEventListener('ping', () => { log.push('g'); t.onping = null; });
			t.onping = () => log.push('f');
			t.dispatchEvent(new Event('ping')); t.dispatchEvent(new Event('ping')); print(log.join())`, "g,g"},
		{"a non-callable object is kept but not called", `
			const t = new T(), log = [];
			t.onping = {handleEvent() { log.push('object'); }};
			t.addEventListener('ping', () => log.push('listener'));
			t.dispatchEvent(new Event('ping')); print(typeof t.onping, log.join())`, "object listener"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			v, err := e.VM.RunString(`(class T extends EventTarget {})`)
			require.NoError(t, err)
			require.NoError(t, e.VM.Set("T", v))
			DefineDOMEventHandler(e.VM, v.(*goja.Object).Get("prototype").(*goja.Object), "ping")
			assert.Equal(t, []string{c.want}, e.Run(c.js))
		})
	}
}
