package stringdecoder

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with StringDecoder as a global.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	exports := modtest.Load(t, vm, "string_decoder", Require)
	require.NoError(t, vm.Set("StringDecoder", exports.Get("StringDecoder")))
	return vm
}

func TestStringDecoderJS(t *testing.T) {
	tests := []struct{ js, want string }{
		{`const d = new StringDecoder(); [d.write(new Uint8Array([0xe2, 0x82])), d.lastNeed, d.lastTotal, d.write(new Uint8Array([0xac]))].join('|')`, "|1|3|€"},
		{`new StringDecoder('hex').write(new Uint16Array([0x0102]))`, "0201"},
		{`new StringDecoder('latin1').end(new Uint8Array([0xe9]))`, "é"},
		{`new StringDecoder('ascii').write(new Uint8Array([0xc1]))`, "A"},
		{`const b = new StringDecoder('base64'); b.write(new Uint8Array([1, 2, 3, 4])) + b.end()`, "AQIDBA=="},
		{`const u = new StringDecoder('ucs2'); const s = u.write(new Uint8Array([0x3d, 0xd8, 0x00, 0xde, 0x3d])) + u.end(new Uint8Array([0xd8])); s.length + ':' + s.charCodeAt(0).toString(16) + ',' + s.charCodeAt(2).toString(16)`, "3:d83d,d83d"},
		{`const x = new StringDecoder('utf8'); x.write(new Uint8Array([0xf0])); Array.from(x.lastChar).join(',') + ' ' + x.lastNeed`, "240,0,0,0 3"},
		{`const t = new StringDecoder(); t.write(new Uint8Array([0xe2])); t.text(new Uint8Array([0x61, 0x62, 0x63]), 1) + t.lastNeed`, "bc0"},
		{`new StringDecoder('utf8').write('str')`, "str"},
		{`new StringDecoder('UCS-2').encoding + new StringDecoder('Binary').encoding`, "utf16lelatin1"},
		{`Object.keys(new StringDecoder()).join()`, "encoding"},
		{`class S extends StringDecoder { constructor() { super('hex'); this.n = 1 } }; const s2 = new S(); s2.write(new Uint8Array([255])) + s2.n + (s2 instanceof StringDecoder)`, "ff1true"},
	}
	for _, tc := range tests {
		// A fresh runtime per case, since cases declare constants.
		assert.Equal(t, tc.want, modtest.Eval(t, newVM(t), tc.js), tc.js)
	}
}

func TestStringDecoderJSErrors(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`new StringDecoder('utf16')`, "TypeError ERR_UNKNOWN_ENCODING Unknown encoding: utf16"},
		{`new StringDecoder().write(5)`, `TypeError ERR_INVALID_ARG_TYPE The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)`},
		{`new StringDecoder().end(new ArrayBuffer(1))`, `TypeError ERR_INVALID_ARG_TYPE The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer`},
		{`StringDecoder.prototype.write.call({}, new Uint8Array(1))`, "TypeError undefined Illegal invocation"},
	}
	for _, tc := range tests {
		got := modtest.Eval(t, vm, `try { `+tc.js+`; 'no throw' } catch (e) { e.name + ' ' + e.code + ' ' + e.message }`)
		assert.Equal(t, tc.want, got, tc.js)
	}
}

func TestDecoderGoAPI(t *testing.T) {
	vm := goja.New()
	d := NewDecoder(EncodingUTF16LE)
	assert.Equal(t, EncodingUTF16LE, d.Encoding())
	first := d.Write(vm, []byte{0x41, 0x00, 0x3d, 0xd8})
	second := d.Write(vm, []byte{0x00, 0xde})
	assert.Equal(t, "A", first.String())
	assert.Equal(t, "😀", second.String())
	assert.Equal(t, "", d.End(vm).String())

	h := NewDecoder(EncodingBase64)
	assert.Equal(t, "", h.Write(vm, []byte{0xff}).String())
	assert.Equal(t, "/w==", h.End(vm).String())
}
