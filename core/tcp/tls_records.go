package tcp

// After crypto/tls has returned the plaintext of a record, reading again
// costs as much as the record's own decryption when it only learns that
// the socket is empty: its Read checks the handshake, locks, allocates a
// reader and asks the adapter, which answers errWouldBlock. When the
// adapter knows that crypto/tls holds no ciphertext, that it drained the
// socket and that it has no bytes of its own left, the answer is known
// without asking. crypto/tls takes whole records out of the bytes the
// adapter hands it, and asks for more only when it lacks a record's
// header or the rest of its body; so if the bytes handed over so far end
// at a record boundary when it asks, it has consumed all of them, and if
// what it is handed then is exactly one whole record, it holds nothing
// once it has returned that record's plaintext. The adapter follows the
// record boundaries of everything it hands over, from the connection's
// first byte (a TLS stream is records from its start).

// recordHeaderLen is the size of a TLS record's header: type, version and
// the length of the body, 2 bytes big-endian.
const recordHeaderLen = 5

// recordScan follows the record boundaries of a stream of TLS records.
type recordScan struct {
	header int // bytes of the current record's header seen; 0 at a boundary
	length int // the body length read from the header so far
	body   int // bytes of the current record's body still to come
}

// scan advances over b, the next bytes of the stream, and reports whether
// b is exactly one whole record that starts at a record boundary.
func (r *recordScan) scan(b []byte) (oneRecord bool) {
	aligned := r.header == 0 && r.body == 0
	if aligned && len(b) >= recordHeaderLen && recordHeaderLen+(int(b[3])<<8|int(b[4])) == len(b) {
		return true // a small message's read: one record, still at a boundary after it
	}
	records := 0
	for len(b) > 0 {
		switch {
		case r.body > 0:
			k := min(r.body, len(b))
			r.body -= k
			b = b[k:]
			if r.body == 0 {
				records++
			}
			continue
		case r.header == 0 && len(b) >= recordHeaderLen:
			r.length = int(b[3])<<8 | int(b[4])
			r.header = recordHeaderLen
			b = b[recordHeaderLen:]
		default: // a header across reads
			switch r.header {
			case 3:
				r.length = int(b[0]) << 8
			case 4:
				r.length |= int(b[0])
			}
			r.header++
			b = b[1:]
		}
		if r.header == recordHeaderLen {
			r.header, r.body = 0, r.length
			if r.body == 0 {
				records++
			}
		}
	}
	return aligned && records == 1 && r.header == 0 && r.body == 0
}
