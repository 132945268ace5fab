package stringdecoder

import "github.com/dop251/goja"

// Decoder is a streaming decoder producing JavaScript strings in any of
// Node's StringDecoder encodings, for façades that implement setEncoding.
type Decoder struct {
	enc Encoding
	s   state
}

// NewDecoder returns a decoder for enc.
func NewDecoder(enc Encoding) *Decoder {
	return &Decoder{enc: enc}
}

// Encoding returns the decoder's encoding.
func (d *Decoder) Encoding() Encoding {
	return d.enc
}

// Write decodes b into a string, holding back the bytes of a character
// (or base64 group) that b ends inside.
func (d *Decoder) Write(vm *goja.Runtime, b []byte) goja.Value {
	prefix, body := d.s.write(d.enc, b)
	if len(prefix) == 0 {
		return d.enc.jsString(vm, body)
	}
	if d.enc == EncodingUTF16LE {
		// Whole code units on both sides: decoding them together is the same.
		return d.enc.jsString(vm, append(prefix, body...))
	}
	return vm.ToValue(d.enc.text(prefix) + d.enc.text(body))
}

// End decodes the held-back bytes, as Node's end() does, and resets the
// decoder for reuse.
func (d *Decoder) End(vm *goja.Runtime) goja.Value {
	return d.enc.jsString(vm, d.s.flush(d.enc))
}
