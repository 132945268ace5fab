package webapi

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEventHandlerAttribute(t *testing.T) {
	cases := []struct{ name, js, want string }{
		{"keeps the place of its first assignment, even through null", `
			const ac = new AbortController(), s = ac.signal, log = [];
			s.onabort = () => log.push('f');
			s.addEventListener('abort', () => log.push('g'));
			s.onabort = null; const wasNull = s.onabort;
			s.onabort = function () { log.push('h' + (this === s)); };
			ac.abort(); print(wasNull, log.join())`, "null htrue,g"},
		{"non-functions are stored but not called", `
			const ac = new AbortController(), s = ac.signal, log = [];
			s.onabort = 5; const five = s.onabort;
			s.onabort = {handleEvent() { log.push('object'); }};
			s.addEventListener('abort', () => log.push('listener'));
			ac.abort(); print(five, typeof s.onabort, log.join())`, "5 object listener"},
		{"unset reads null", `print(new AbortController().signal.onabort)`, "null"},
		{"accessor shape", `
			const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
			print(d.get.name, d.set.name, d.enumerable, d.configurable)`, "get onabort set onabort true true"},
		{"brand check", `
			try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}); }
			catch (e) { print(e.code, e.message); }`,
			`ERR_INVALID_ARG_TYPE The "this" argument must be an instance of EventTarget. Received an instance of Object`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, newEnv(t).Run(c.js))
		})
	}
}
