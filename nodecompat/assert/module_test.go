package assert

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with the assert and assert/strict exports as the
// globals `assert` and `strict`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	modtest.Load(t, vm, "assert", Require)
	modtest.Load(t, vm, "strict", RequireStrict)
	return vm
}

func TestAssertions(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`assert.strictEqual(1, 2)`, "AssertionError|ERR_ASSERTION|strictEqual|true|Expected values to be strictly equal:\n\n1 !== 2\n"},
		{`assert.strictEqual(1, 2, 'mine')`, "AssertionError|ERR_ASSERTION|strictEqual|false|mine\n\n1 !== 2\n"},
		{`assert.equal(1, '1'); assert.equal(NaN, NaN); assert.notEqual(1, 2); assert.notStrictEqual(1, '1')`, "no throw"},
		{`assert.notEqual(NaN, NaN)`, "AssertionError|ERR_ASSERTION|!=|true|NaN != NaN"},
		{`assert.deepEqual({a: [1]}, {a: ['1']}); assert.notDeepStrictEqual({a: [1]}, {a: ['1']})`, "no throw"},
		{`assert.deepStrictEqual({a: 1}, {a: 2})`, "AssertionError|ERR_ASSERTION|deepStrictEqual|true|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }"},
		{`assert.equal(1)`, "TypeError|ERR_MISSING_ARGS|||The \"actual\" and \"expected\" arguments must be specified"},
		{`assert.ok()`, "AssertionError|ERR_ASSERTION|==|true|No value argument passed to `assert.ok()`"},
		{`assert(0)`, "AssertionError|ERR_ASSERTION|==|true|0 == true"},
		{`assert(0, '')`, "AssertionError|ERR_ASSERTION|==|false|"},
		{`assert.fail()`, "AssertionError|ERR_ASSERTION|fail|true|Failed"},
		{`assert.fail(new RangeError('r'))`, "RangeError||||r"},
		{`assert.match('abc', /x/)`, "AssertionError|ERR_ASSERTION|match|true|The input did not match the regular expression /x/. Input:\n\n'abc'\n"},
		{`assert.doesNotMatch('abc', /b/, 'no b')`, "AssertionError|ERR_ASSERTION|doesNotMatch|false|no b"},
		{`assert.ifError(new Error('bad'))`, "AssertionError|ERR_ASSERTION|ifError|false|ifError got unwanted exception: bad"},
		{`assert.ifError(null); assert.ifError(undefined)`, "no throw"},
		{`assert.throws(() => { throw new TypeError('x') }, TypeError); assert.throws(() => { throw new Error('abc') }, {message: /b/})`, "no throw"},
		{`assert.throws(() => {}, TypeError, 'why')`, "AssertionError|ERR_ASSERTION|throws|false|Missing expected exception (TypeError): why"},
		{`assert.throws(() => { throw new Error('abc') }, {message: 'abd'})`, "AssertionError|ERR_ASSERTION|throws|true|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc'\n-   message: 'abd'\n  }"},
		{`assert.throws(() => { throw new Error('abc') }, 'abc')`, "TypeError|ERR_AMBIGUOUS_ARGUMENT|||The \"error/message\" argument is ambiguous. The error message \"abc\" is identical to the message."},
		{`assert.throws(() => { throw new Error('abc') }, (e) => false)`, "AssertionError|ERR_ASSERTION|throws|true|The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nError: abc"},
		{`assert.doesNotThrow(() => { throw new Error('bad') })`, "AssertionError|ERR_ASSERTION|doesNotThrow|false|Got unwanted exception.\nActual message: \"bad\""},
		{`assert.doesNotThrow(() => { throw new Error('bad') }, TypeError)`, "Error||||bad"},
		{`strict.equal(1, '1')`, "AssertionError|ERR_ASSERTION|strictEqual|true|Expected values to be strictly equal:\n\n1 !== '1'\n"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, fmtCatch(tc.js)), tc.js)
	}
}

func fmtCatch(js string) string {
	return `try { ` + js + `; 'no throw' } catch (e) { [e.name, e.code, e.operator, e.generatedMessage, e.message].join('|') }`
}

func TestShapeOfTheModule(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`strict === assert.strict && strict.strict === strict && strict.equal === assert.strictEqual && strict.strictEqual === assert.strictEqual`, "true"},
		{`typeof assert + assert.name + strict.name + assert.strictEqual.name + assert.rejects.name`, "functionokstrictstrictEqualrejects"},
		{`Object.keys(assert).join()`, "fail,AssertionError,ok,equal,notEqual,deepEqual,notDeepEqual,deepStrictEqual,notDeepStrictEqual,strictEqual,notStrictEqual,throws,rejects,doesNotThrow,doesNotReject,ifError,match,doesNotMatch,strict"},
		{`const e = new assert.AssertionError({actual: 1, expected: 2, operator: 'strictEqual'}); [e instanceof Error, e.name, Object.keys(e).join(), String(e).split('\n')[0], e.stack.split('\n')[0]].join('|')`,
			"true|AssertionError|generatedMessage,code,actual,expected,operator|AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:|AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:"},
		{`class Sub extends assert.AssertionError { constructor(o) { super(o); this.x = 1 } }; const s = new Sub({message: 'm'}); [s instanceof Sub, s instanceof assert.AssertionError, s.x, s.message, s.generatedMessage].join()`, "true,true,1,m,false"},
		{`try { new assert.AssertionError() } catch (e) { e.code }`, "ERR_INVALID_ARG_TYPE"},
		{`try { assert.strictEqual(1, 2) } catch (e) { e.stack.includes('(native)') }`, "false"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, tc.js), tc.js)
	}
}

func TestRejectsReturnsPromises(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`
		const log = [];
		const note = (label) => (e) => log.push(label + ':' + (e ? e.message : 'ok'));
		assert.rejects(Promise.reject(new Error('x')), Error).then(note('match'), note('match'));
		assert.rejects(Promise.resolve(1)).then(note('resolved'), note('resolved'));
		assert.rejects(() => 5).then(note('notPromise'), note('notPromise'));
		assert.doesNotReject(Promise.reject(new Error('y'))).then(note('dnr'), note('dnr'));
		log`)
	require.NoError(t, err)
	// Promise jobs ran when RunString returned.
	assert.ElementsMatch(t, []any{
		"match:ok", "resolved:Missing expected rejection.",
		`notPromise:Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).`,
		"dnr:Got unwanted rejection.\nActual message: \"y\"",
	}, v.Export())
}

func TestThrowSite(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`assert.strictEqual(1, 2)`, "node:assert:90\n  throw new AssertionError(obj);\n  ^\n"},
		{`assert(false)`, "node:internal/assert/utils:281\n    throw err;\n    ^\n"},
		{`assert.fail('x')`, "node:assert:137\n  throw err;\n  ^\n"},
		{`assert.throws(() => { throw new Error('a') }, TypeError)`, "node:assert:491\n    throw err;\n    ^\n"},
		{`assert.throws(() => { throw new Error('a') }, {message: 'b'})`, "node:assert:377\n      throw err;\n      ^\n"},
		{`assert.match('a', /b/)`, "node:assert:768\n    throw err;\n    ^\n"},
		{`assert.ifError(1)`, "node:assert:733\n    throw newErr;\n    ^\n"},
	}
	for _, tc := range tests {
		v, err := vm.RunString(`(() => { try { ` + tc.js + ` } catch (e) { return e } })()`)
		require.NoError(t, err)
		got, ok := ThrowSite(vm, v)
		assert.True(t, ok, tc.js)
		assert.Equal(t, tc.want, got, tc.js)
	}
	v, err := vm.RunString(`new assert.AssertionError({message: 'user made'})`)
	require.NoError(t, err)
	_, ok := ThrowSite(vm, v)
	assert.False(t, ok, "an AssertionError the script throws itself")
	_, ok = ThrowSite(goja.New(), v)
	assert.False(t, ok, "another runtime")
}
