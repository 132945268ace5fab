package webapi

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDOMException(t *testing.T) {
	runCases(t, []jsCase{
		{"fields", `const d = new DOMException('m', 'AbortError'); [d.name, d.message, d.code, d instanceof Error, String(d), Object.prototype.toString.call(d)].join()`,
			"AbortError,m,20,true,AbortError: m,[object DOMException]"},
		{"defaults", `const d = new DOMException(); JSON.stringify([d.name, d.message, d.code])`, `["Error","",0]`},
		{"options object", `const d = new DOMException('x', {name: 'TimeoutError', cause: 7}); [d.name, d.code, d.cause, Object.getOwnPropertyDescriptor(d, 'cause').enumerable].join()`, "TimeoutError,23,7,false"},
		{"options without a name", `const d = new DOMException('x', {}); [typeof d.name, d.name, d.code].join()`, "string,undefined,0"},
		{"stringified arguments", `const d = new DOMException(5, 6); JSON.stringify([d.name, d.message, d.code])`, `["6","5",0]`},
		{"own properties", `Object.getOwnPropertyNames(new DOMException('m')).join()`, "stack"},
		{"stack header", `new DOMException('m', 'DataError').stack.split('\n')[0]`, "DataError: m"},
		{"stack header without message", `new DOMException('', 'DataError').stack.split('\n')[0]`, "DataError"},
		{"constants", `[DOMException.ABORT_ERR, DOMException.prototype.DATA_CLONE_ERR, DOMException.INDEX_SIZE_ERR].join()`, "20,25,1"},
		{"historical names have code 0", `['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError', 'EncodingError'].map(n => new DOMException('', n).code).join()`, "0,0,0,0"},
		{"chain", `[Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype, DOMException.length].join()`, "true,true,0"},
		{"subclass", `class M extends DOMException { constructor() { super('sub', 'DataError'); } } const m = new M(); [m.name, m instanceof M, m instanceof DOMException].join()`, "DataError,true,true"},
		{"brand check", `Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({})`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of DOMException`},
		{"call without new", `DOMException('x')`, `TypeError: Class constructor DOMException cannot be invoked without 'new'`},
	})
}

func TestDOMExceptionCodes(t *testing.T) {
	for name, code := range map[string]int{"IndexSizeError": 1, "HierarchyRequestError": 3, "NotFoundError": 8,
		"InvalidStateError": 11, "SyntaxError": 12, "NetworkError": 19, "TimeoutError": 23, "DataCloneError": 25,
		"NotAllowedError": 0, "DOMStringSizeError": 0} {
		assert.Equal(t, code, DOMExceptionCode(name), name)
	}
}

func TestDOMExceptionStackNamesTheCaller(t *testing.T) {
	e := newEnv(t)
	stack := e.eval(`function thrower() { return new DOMException('m', 'AbortError'); } thrower().stack`)
	lines := strings.Split(stack, "\n")
	assert.Equal(t, "AbortError: m", lines[0])
	assert.Contains(t, lines[1], "at thrower (")
}
