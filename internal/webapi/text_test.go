package webapi

import "testing"

func TestTextEncoder(t *testing.T) {
	runCases(t, []jsCase{
		{"encode", `Array.from(new TextEncoder().encode('h€\ud800x')).join()`, "104,226,130,172,239,191,189,120"},
		{"encode defaults", `[new TextEncoder().encode().length, new TextEncoder().encode(undefined).length, new TextEncoder().encode(null).length, new TextEncoder().encode(5)[0]].join()`, "0,0,4,53"},
		{"result is a plain Uint8Array", `Object.getPrototypeOf(new TextEncoder().encode('a')) === Uint8Array.prototype`, "true"},
		{"encoding", `new TextEncoder().encoding`, "utf-8"},
		{"encodeInto", `const b = new Uint8Array(5); const r = new TextEncoder().encodeInto('a€bc', b); [r.read, r.written, Array.from(b)].join()`, "3,5,97,226,130,172,98"},
		{"encodeInto whole characters only", `const r = new TextEncoder().encodeInto('😀x', new Uint8Array(3)); [r.read, r.written].join()`, "0,0"},
		{"encodeInto pair and lone surrogate", `const r = new TextEncoder().encodeInto('😀\ud800a', new Uint8Array(10)); [r.read, r.written].join()`, "4,8"},
		{"encodeInto needs a Uint8Array", `new TextEncoder().encodeInto('x', new Uint16Array(2))`, `TypeError [ERR_INVALID_ARG_TYPE]: The "dest" argument must be an instance of Uint8Array. Received an instance of Uint16Array`},
		{"encodeInto needs a string", `new TextEncoder().encodeInto(5, new Uint8Array(1))`, `TypeError [ERR_INVALID_ARG_TYPE]: The "src" argument must be of type string. Received type number (5)`},
		{"encodeInto missing dest", `new TextEncoder().encodeInto('x')`, `TypeError [ERR_INVALID_ARG_TYPE]: The "dest" argument must be an instance of Uint8Array. Received undefined`},
		{"brand check", `TextEncoder.prototype.encode.call({}, 'x')`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type TextEncoder`},
		{"members", `Object.getOwnPropertyNames(TextEncoder.prototype).join() + ' ' + TextEncoder.prototype.encodeInto.length`, "constructor,encoding,encode,encodeInto 2"},
	})
}

func TestTextDecoder(t *testing.T) {
	runCases(t, []jsCase{
		{"defaults", `const d = new TextDecoder(); [d.encoding, d.fatal, d.ignoreBOM].join()`, "utf-8,false,false"},
		{"labels", `['latin1', ' UTF8 ', 'utf-16', 'utf-16be'].map(l => new TextDecoder(l).encoding).join()`, "windows-1252,utf-8,utf-16le,utf-16be"},
		{"options", `const d = new TextDecoder('utf-8', {fatal: 'yes', ignoreBOM: 1}); [d.fatal, d.ignoreBOM].join()`, "true,true"},
		{"unsupported", `new TextDecoder('x-user-defined')`, `RangeError [ERR_ENCODING_NOT_SUPPORTED]: The "x-user-defined" encoding is not supported`},
		{"bad options", `new TextDecoder('utf-8', 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type number (5)`},
		{"decode sources", `const d = new TextDecoder(); [d.decode(new Uint8Array([0x41, 0x42]).buffer), d.decode(new DataView(new Uint8Array([0x43]).buffer)), d.decode(new Uint16Array([0x4544])), d.decode(), d.decode(undefined)].join('|')`, "AB|C|DE||"},
		{"decode subarray view", `new TextDecoder().decode(new Uint8Array([0x41, 0x42, 0x43]).subarray(1, 2))`, "B"},
		{"decode bad input", `new TextDecoder().decode('abc')`, `TypeError [ERR_INVALID_ARG_TYPE]: The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`},
		{"decode null", `new TextDecoder().decode(null)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`},
		{"replacement", `new TextDecoder().decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))`, "\ufffdA\ufffd"},
		{"fatal", `new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xff]))`, "TypeError [ERR_ENCODING_INVALID_ENCODED_DATA]: The encoded data was not valid for encoding utf-8"},
		{"fatal utf-16le", `new TextDecoder('utf-16le', {fatal: true}).decode(new Uint8Array([0x00, 0xd8]))`, "TypeError [ERR_ENCODING_INVALID_ENCODED_DATA]: The encoded data was not valid for encoding utf-16le"},
		{"streaming", `const s = new TextDecoder(); JSON.stringify([s.decode(new Uint8Array([0xe2]), {stream: true}), s.decode(new Uint8Array([0x82]), {stream: true}), s.decode(new Uint8Array([0xac]), {stream: true}), s.decode()])`, `["","","€",""]`},
		{"stream ended early", `const s = new TextDecoder(); [s.decode(new Uint8Array([0xe2]), {stream: true}), s.decode()].join('|')`, "|\ufffd"},
		{"bad decode options", `new TextDecoder('utf-16le').decode(new Uint8Array(1), 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type number (5)`},
		{"decode options unchecked on Node's fast path", `new TextDecoder().decode(new Uint8Array([65]), 5)`, "A"},
		{"decode options checked once streamed", `const d = new TextDecoder(); d.decode(new Uint8Array(1), {stream: true}); d.decode(new Uint8Array(1), 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type number (5)`},
		{"brand check", `TextDecoder.prototype.decode.call({})`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type TextDecoder`},
		{"detached view", `const b = new ArrayBuffer(4); structuredClone(b, {transfer: [b]}); new TextDecoder().decode(b).length`, "0"},
	})
}
