package webapi

import "unicode/utf8"

// utf8Codec is the WHATWG UTF-8 decoder: a malformed sequence becomes one
// U+FFFD for its maximal valid prefix, and the byte that broke it is read
// again as the start of what follows.
type utf8Codec struct {
	cp           rune
	needed, seen int
	lower, upper byte
}

func (c *utf8Codec) reset() { *c = utf8Codec{} }

// pending reports whether a character is partly read.
func (c *utf8Codec) pending() bool { return c.needed != 0 }

func (c *utf8Codec) decode(dst, src []byte, flush, fatal bool) ([]byte, bool) {
	malformed := false
	for i := 0; i < len(src); i++ {
		b := src[i]
		if c.needed == 0 {
			switch {
			case b < 0x80:
				dst = append(dst, b)
				continue
			case b >= 0xC2 && b <= 0xDF:
				c.needed, c.cp = 1, rune(b&0x1F)
			case b >= 0xE0 && b <= 0xEF:
				c.needed, c.cp = 2, rune(b&0x0F)
			case b >= 0xF0 && b <= 0xF4:
				c.needed, c.cp = 3, rune(b&0x07)
			default:
				malformed = true
				if fatal {
					return dst, true
				}
				dst = utf8.AppendRune(dst, utf8.RuneError)
				continue
			}
			c.lower, c.upper = 0x80, 0xBF
			switch b {
			case 0xE0:
				c.lower = 0xA0
			case 0xED:
				c.upper = 0x9F
			case 0xF0:
				c.lower = 0x90
			case 0xF4:
				c.upper = 0x8F
			}
			continue
		}
		if b < c.lower || b > c.upper {
			c.reset()
			malformed = true
			if fatal {
				return dst, true
			}
			dst = utf8.AppendRune(dst, utf8.RuneError)
			i-- // read b again
			continue
		}
		c.lower, c.upper = 0x80, 0xBF
		c.cp = c.cp<<6 | rune(b&0x3F)
		c.seen++
		if c.seen == c.needed {
			dst = utf8.AppendRune(dst, c.cp)
			c.reset()
		}
	}
	if flush && c.needed != 0 {
		c.reset()
		malformed = true
		if !fatal {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		}
	}
	return dst, malformed
}
