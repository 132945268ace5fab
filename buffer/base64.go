package buffer

import (
	"github.com/dop251/goja"
	gnbuffer "github.com/dop251/goja_nodejs/buffer"
)

// base64Values maps a character to its 6-bit value in either base64
// alphabet, or 0xFF.
var base64Values = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// appendBase64 decodes src (either alphabet) and appends the bytes to dst
// the way Node does: characters outside the alphabet are skipped, the first
// '=' ends the data, and a final partial group yields the whole bytes it
// holds. Well-formed input takes goja_nodejs's fast decoder.
func appendBase64(dst []byte, src string) []byte {
	if out, err := gnbuffer.Base64DecodeAppend(dst, src); err == nil {
		return out
	}
	var acc uint32
	n := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '=' {
			break
		}
		v := base64Values[c]
		if v == 0xFF {
			continue
		}
		acc = acc<<6 | uint32(v)
		if n++; n == 4 {
			dst = append(dst, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		dst = append(dst, byte(acc>>4))
	case 3:
		dst = append(dst, byte(acc>>10), byte(acc>>2))
	}
	return dst
}

// base64DecodedLen is Node's base64 byte length estimate: three bytes per
// four characters, after dropping up to two trailing '='.
func base64DecodedLen(s goja.String) int {
	n := s.Length()
	for range 2 {
		if n > 0 && s.CharAt(n-1) == '=' {
			n--
		}
	}
	return n * 3 / 4
}
