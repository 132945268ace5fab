package crypto

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const uuidPattern = `/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/`

func TestRandomSync(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"randomBytes", `const b = c.randomBytes(32); [Buffer.isBuffer(b), b.length, b.some((x) => x !== 0)].join()`, "true,32,true"},
		{"randomBytes zero", `c.randomBytes(0).length`, "0"},
		{"randomBytes fraction", `c.randomBytes(1.5).length`, "1"},
		{"randomBytes distinct", `c.randomBytes(16).equals(c.randomBytes(16))`, "false"},
		{"fill whole", `const u = new Uint8Array(64); c.randomFillSync(u) === u && u.some((x) => x !== 0)`, "true"},
		{"fill range", `const b = Buffer.alloc(16); c.randomFillSync(b, 4, 8); [b.subarray(0, 4), b.subarray(12)].every((p) => p.every((x) => x === 0))`, "true"},
		{"fill elements", `const u = new Uint32Array(4); c.randomFillSync(u, 3); u[0] === 0 && u[1] === 0 && u[2] === 0`, "true"},
		{"fill arraybuffer", `const a = new ArrayBuffer(8); c.randomFillSync(a) === a`, "true"},
		{"uuid", uuidPattern + `.test(c.randomUUID())`, "true"},
		{"uuid distinct", `c.randomUUID() !== c.randomUUID()`, "true"},
		{"uuid options", `typeof c.randomUUID({disableEntropyCache: true})`, "string"},
		{"int range", `let ok = true; for (let i = 0; i < 500; i++) { const n = c.randomInt(-3, 4); ok = ok && Number.isInteger(n) && n >= -3 && n < 4; } ok`, "true"},
		{"int covers range", `const seen = new Set(); for (let i = 0; i < 300; i++) seen.add(c.randomInt(3)); [...seen].sort().join()`, "0,1,2"},
		{"int single value", `c.randomInt(7, 8)`, "7"},
		{"int large", `const n = c.randomInt(2 ** 48 - 1); n >= 0 && n < 2 ** 48 - 1`, "true"},
		{"timingSafeEqual", `[c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))].join()`, "true,false"},
		{"timingSafeEqual views", `c.timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])) && c.timingSafeEqual(new ArrayBuffer(1), Buffer.from([0]))`, "true"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestRandomErrors(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ js, want string }{
		{`c.randomBytes()`, `TypeError|ERR_INVALID_ARG_TYPE|The "size" argument must be of type number. Received undefined`},
		{`c.randomBytes('2')`, `TypeError|ERR_INVALID_ARG_TYPE|The "size" argument must be of type number. Received type string ('2')`},
		{`c.randomBytes(-1)`, `RangeError|ERR_OUT_OF_RANGE|The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1`},
		{`c.randomBytes(2 ** 31)`, `RangeError|ERR_OUT_OF_RANGE|The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648`},
		{`c.randomBytes(2, 5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "callback" argument must be of type function. Received type number (5)`},
		{`c.randomInt(1.5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "max" argument must be a safe integer. Received type number (1.5)`},
		{`c.randomInt('1', 2)`, `TypeError|ERR_INVALID_ARG_TYPE|The "min" argument must be a safe integer. Received type string ('1')`},
		{`c.randomInt(5, 3)`, `RangeError|ERR_OUT_OF_RANGE|The value of "max" is out of range. It must be greater than the value of "min" (5). Received 3`},
		{`c.randomInt(0, 2 ** 48)`, `RangeError|ERR_OUT_OF_RANGE|The value of "max - min" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656`},
		{`c.randomInt(2 ** 48)`, `RangeError|ERR_OUT_OF_RANGE|The value of "max" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656`},
		{`c.randomInt(1, 2, 'x')`, `TypeError|ERR_INVALID_ARG_TYPE|The "callback" argument must be of type function. Received type string ('x')`},
		{`c.randomFillSync(5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (5)`},
		{`c.randomFillSync(new Uint8Array(4), 5)`, `RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5`},
		{`c.randomFillSync(new Uint8Array(4), 1, 4)`, `RangeError|ERR_OUT_OF_RANGE|The value of "size + offset" is out of range. It must be <= 4. Received 5`},
		{`c.randomFillSync(new Uint32Array(4), 1, 4)`, `RangeError|ERR_OUT_OF_RANGE|The value of "size + offset" is out of range. It must be <= 16. Received 20`},
		{`c.randomFill(new Uint8Array(4))`, `TypeError|ERR_INVALID_ARG_TYPE|The "callback" argument must be of type function. Received undefined`},
		{`c.randomUUID(5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "options" argument must be of type object. Received type number (5)`},
		{`c.randomUUID({disableEntropyCache: 1})`, `TypeError|ERR_INVALID_ARG_TYPE|The "options.disableEntropyCache" property must be of type boolean. Received type number (1)`},
		{`c.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))`, `RangeError|ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH|Input buffers must have the same byte length`},
		{`c.timingSafeEqual('a', Buffer.from('a'))`, `TypeError|ERR_INVALID_ARG_TYPE|The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`},
		{`c.timingSafeEqual(Buffer.from('a'), 'a')`, `TypeError|ERR_INVALID_ARG_TYPE|The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`},
	}
	for _, tc := range tests {
		t.Run(tc.js, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(`attempt(() => `+tc.js+`)`)) })
	}
}

func TestRandomCallbacks(t *testing.T) {
	e := newEnv(t)
	got := e.Run(`
		c.randomBytes(4, function (err, b) { out('bytes', err, b.length, arguments.length); });
		const u = new Uint8Array(8);
		c.randomFill(u, 2, (err, buf) => out('fill', err, buf === u, u[0] === 0 && u[1] === 0));
		c.randomFill(u, 0, 0, (err, buf) => out('empty fill is synchronous', buf === u));
		c.randomInt(10, (err, n) => out('int', err, n >= 0 && n < 10));
		c.randomInt(5, 6, (err, n) => out('int2', n));
		out('sync first');`)
	assert.Equal(t, []string{"empty fill is synchronous true", "sync first", "bytes null 4 2", "fill null true true", "int undefined true", "int2 5"}, got)
}

func TestWebCrypto(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"same object", `[c.webcrypto === crypto, c.subtle === crypto.subtle].join()`, "true,true"},
		{"tag", `Object.prototype.toString.call(crypto) + Object.prototype.toString.call(crypto.subtle)`, "[object Crypto][object SubtleCrypto]"},
		{"keys", `Object.getOwnPropertyNames(Object.getPrototypeOf(crypto)).join()`, "constructor,subtle,getRandomValues,randomUUID"},
		{"global getter", `const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto'); [typeof d.get, d.set, d.enumerable, d.configurable].join()`, "function,,true,true"},
		{"getRandomValues", `const u = new Uint32Array(8); crypto.getRandomValues(u) === u && u.some((x) => x !== 0)`, "true"},
		{"module getRandomValues", `const u = new Int16Array(4); c.getRandomValues(u) === u`, "true"},
		{"buffer allowed", `crypto.getRandomValues(Buffer.alloc(2)).constructor.name`, "Buffer"},
		{"bigint allowed", `crypto.getRandomValues(new BigInt64Array(2)).length`, "2"},
		{"max length", `crypto.getRandomValues(new Uint8Array(65536)).length`, "65536"},
		{"quota", `attempt(() => crypto.getRandomValues(new Uint8Array(65537)))`, "QuotaExceededError|22|The requested length exceeds 65,536 bytes"},
		{"float", `attempt(() => crypto.getRandomValues(new Float64Array(1)))`, "TypeMismatchError|17|The data argument must be an integer-type TypedArray"},
		{"dataview", `attempt(() => c.getRandomValues(new DataView(new ArrayBuffer(1))))`, "TypeMismatchError|17|The data argument must be an integer-type TypedArray"},
		{"module missing arg", `attempt(() => c.getRandomValues())`, "TypeMismatchError|17|The data argument must be an integer-type TypedArray"},
		{"missing arg", `attempt(() => crypto.getRandomValues())`, "TypeError|ERR_MISSING_ARGS|Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present."},
		{"this", `attempt(() => crypto.getRandomValues.call({}, new Uint8Array(1)))`, `TypeError|ERR_INVALID_THIS|Value of "this" must be of type Crypto`},
		{"uuid", uuidPattern + `.test(crypto.randomUUID())`, "true"},
		{"uuid this", `const f = crypto.randomUUID; attempt(() => f())`, `TypeError|ERR_INVALID_THIS|Value of "this" must be of type Crypto`},
		{"illegal constructor", `attempt(() => new crypto.constructor())`, "TypeError|ERR_ILLEGAL_CONSTRUCTOR|Illegal constructor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestSubtleDigest(t *testing.T) {
	e := newEnv(t)
	got := e.Run(`(async () => {
		const hex = (b) => Buffer.from(b).toString('hex');
		const r = await crypto.subtle.digest('SHA-256', Buffer.from('abc'));
		out(r instanceof ArrayBuffer, hex(r));
		out(hex(await crypto.subtle.digest({name: 'sha-1'}, Buffer.from('abc'))));
		out((await crypto.subtle.digest('SHA-512', new ArrayBuffer(0))).byteLength);
		for (const bad of [['MD5', new Uint8Array(1)], ['SHA-256', 'abc'], ['SHA-256']]) {
			await crypto.subtle.digest(...bad).catch((e) => out(e.name, e.code, e.message));
		}
		await crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1)).catch((e) => out(e.code));
	})()`)
	assert.Equal(t, []string{
		"true " + abcDigests["sha256"],
		abcDigests["sha1"],
		"64",
		"NotSupportedError 9 Unrecognized algorithm name",
		"TypeError ERR_INVALID_ARG_TYPE Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.",
		"TypeError ERR_MISSING_ARGS Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present.",
		"ERR_INVALID_THIS",
	}, got)
}
