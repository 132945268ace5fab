package webapi

import "unicode/utf8"

// utf16Codec is the WHATWG shared UTF-16 decoder: code units from byte
// pairs, surrogate pairs joined, a lone surrogate or odd trailing byte
// becoming U+FFFD.
type utf16Codec struct {
	bigEndian   bool
	hasLeadByte bool
	leadByte    byte
	lead        int // a lead surrogate waiting for its trail, 0 for none
}

func (c *utf16Codec) reset() {
	c.hasLeadByte, c.leadByte, c.lead = false, 0, 0
}

func (c *utf16Codec) decode(dst, src []byte, flush, fatal bool) ([]byte, bool) {
	malformed := false
	// bad records malformed input and reports whether decoding must stop.
	bad := func() bool {
		malformed = true
		if !fatal {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		}
		return fatal
	}
	for _, b := range src {
		if !c.hasLeadByte {
			c.hasLeadByte, c.leadByte = true, b
			continue
		}
		c.hasLeadByte = false
		unit := int(c.leadByte) | int(b)<<8
		if c.bigEndian {
			unit = int(c.leadByte)<<8 | int(b)
		}
		if c.lead != 0 {
			lead := c.lead
			c.lead = 0
			if unit >= 0xDC00 && unit <= 0xDFFF {
				dst = utf8.AppendRune(dst, rune(0x10000+(lead-0xD800)<<10+(unit-0xDC00)))
				continue
			}
			if bad() {
				return dst, true
			}
		}
		switch {
		case unit >= 0xD800 && unit <= 0xDBFF:
			c.lead = unit
		case unit >= 0xDC00 && unit <= 0xDFFF:
			if bad() {
				return dst, true
			}
		default:
			dst = utf8.AppendRune(dst, rune(unit))
		}
	}
	if flush && (c.hasLeadByte || c.lead != 0) {
		c.reset()
		if bad() {
			return dst, true
		}
	}
	return dst, malformed
}
