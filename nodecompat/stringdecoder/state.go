package stringdecoder

// state is the part of a streaming decoder that holds back the bytes of a
// character (or base64 group) a chunk ends inside, as Node's StringDecoder
// does. The held bytes live at the start of held; like Node's lastChar, the
// array is overwritten but never cleared.
type state struct {
	held     [4]byte
	buffered int // bytes of the unfinished character in held
	missing  int // bytes still needed to finish it
}

// write takes a chunk and returns the bytes ready to decode: prefix, the
// character finished (or abandoned) with bytes from this chunk, and body,
// the rest of the chunk minus any unfinished character at its end, which
// is held back. The two are decoded separately.
func (s *state) write(enc Encoding, data []byte) (prefix, body []byte) {
	if s.missing > 0 {
		take := min(s.missing, len(data))
		abandoned := false
		if enc == EncodingUTF8 {
			// A byte that cannot continue the character ends it early; the
			// byte then starts afresh in the body.
			for i := range take {
				if !isContinuation(data[i]) {
					take, abandoned = i, true
					break
				}
			}
		}
		copy(s.held[s.buffered:], data[:take])
		s.buffered += take
		s.missing -= take
		data = data[take:]
		if abandoned {
			s.missing = 0
		}
		if s.missing > 0 {
			return nil, nil
		}
		prefix = append([]byte(nil), s.held[:s.buffered]...)
		s.buffered = 0
	}
	if len(data) == 0 {
		return prefix, nil
	}
	keep, missing := unfinishedTail(enc, data)
	cut := len(data) - keep
	copy(s.held[:], data[cut:])
	s.buffered, s.missing = keep, missing
	return prefix, data[:cut]
}

// flush returns the held-back bytes to decode at the end of the stream and
// resets the counts. An odd byte of UTF-16LE is dropped.
func (s *state) flush(enc Encoding) []byte {
	n := s.buffered
	if enc == EncodingUTF16LE {
		n &^= 1
	}
	s.buffered, s.missing = 0, 0
	return append([]byte(nil), s.held[:n]...)
}

// reset forgets any held-back bytes.
func (s *state) reset() {
	s.buffered, s.missing = 0, 0
}

// isContinuation reports whether c has the form of a UTF-8 trailing byte.
func isContinuation(c byte) bool {
	return c&0xc0 == 0x80
}

// unfinishedTail returns how many bytes at the end of a non-empty chunk
// begin a character (or base64 group) the chunk does not finish, and how
// many more bytes that needs.
func unfinishedTail(enc Encoding, data []byte) (keep, missing int) {
	switch enc {
	case EncodingUTF8:
		return unfinishedUTF8(data)
	case EncodingUTF16LE:
		if len(data)%2 == 1 {
			return 1, 1
		}
		if data[len(data)-1]&0xfc == 0xd8 {
			return 2, 2 // a high surrogate waits for its low half
		}
	case EncodingBase64, EncodingBase64URL:
		if keep := len(data) % 3; keep > 0 {
			return keep, 3 - keep
		}
	}
	return 0, 0
}

// unfinishedUTF8 finds the lead byte of the last character by its form
// alone (so C0, C1 and F5–F7 count as leads), looking back over at most
// three trailing bytes, and holds it back if it announces more bytes than
// follow it. A chunk starting with trailing bytes holds nothing back.
func unfinishedUTF8(data []byte) (keep, missing int) {
	for i := len(data) - 1; i >= 0; i-- {
		seen := len(data) - i
		c := data[i]
		if c < 0x80 {
			return 0, 0
		}
		if isContinuation(c) {
			if seen >= 4 || i == 0 {
				return 0, 0
			}
			continue
		}
		total := announcedLen(c)
		if total == 0 || seen >= total {
			return 0, 0
		}
		return seen, total - seen
	}
	return 0, 0
}

// announcedLen is the character length a lead byte's high bits announce,
// or 0 for F8–FF.
func announcedLen(c byte) int {
	switch {
	case c&0xe0 == 0xc0:
		return 2
	case c&0xf0 == 0xe0:
		return 3
	case c&0xf8 == 0xf0:
		return 4
	}
	return 0
}
