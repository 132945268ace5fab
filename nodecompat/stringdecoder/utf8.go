package stringdecoder

import "github.com/nodeshim/nodeshim/internal/utf8lossy"

// UTF8 is a streaming UTF-8 decoder for Go callers such as a socket's
// setEncoding('utf8'): a character split across writes comes out whole and
// invalid bytes become U+FFFD exactly as Node's StringDecoder makes them.
// The zero value is ready to use.
type UTF8 struct {
	s state
}

// Write decodes b, holding back the bytes of a character b ends inside.
func (d *UTF8) Write(b []byte) string {
	prefix, body := d.s.write(EncodingUTF8, b)
	return utf8lossy.String(prefix) + utf8lossy.String(body)
}

// End returns what the held-back bytes decode to and resets the decoder.
func (d *UTF8) End() string {
	return utf8lossy.String(d.s.flush(EncodingUTF8))
}
