package ws

import "encoding/binary"

// opcode is a frame's type (RFC 6455, section 5.2).
type opcode byte

const (
	opContinuation opcode = 0x0
	opText         opcode = 0x1
	opBinary       opcode = 0x2
	opClose        opcode = 0x8
	opPing         opcode = 0x9
	opPong         opcode = 0xA
)

// control reports whether op is a control frame's (close, ping, pong).
func (op opcode) control() bool { return op&0x8 != 0 }

// Bits of a frame header's first two bytes.
const (
	bitFin  = 0x80
	bitRsv1 = 0x40
	bitRsv2 = 0x20
	bitRsv3 = 0x10
	bitMask = 0x80
)

const (
	// maxHeader is the longest frame header: two bytes, a 64-bit length and
	// a masking key.
	maxHeader = 2 + 8 + 4
	// maxControlPayload is the largest payload of a control frame.
	maxControlPayload = 125
)

// headerSize returns the length of a header for a payload of n bytes.
func headerSize(n int, masked bool) int {
	size := 2
	switch {
	case n > 0xFFFF:
		size += 8
	case n > 125:
		size += 2
	}
	if masked {
		size += 4
	}
	return size
}

// putHeader writes a final frame's header for a payload of n bytes into b
// (at least headerSize long) and returns the header's length. A non-nil key
// masks the frame.
func putHeader(b []byte, op opcode, rsv1 bool, n int, key *[4]byte) int {
	b[0] = bitFin | byte(op)
	if rsv1 {
		b[0] |= bitRsv1
	}
	i := 2
	switch {
	case n > 0xFFFF:
		b[1] = 127
		binary.BigEndian.PutUint64(b[2:], uint64(n))
		i += 8
	case n > 125:
		b[1] = 126
		binary.BigEndian.PutUint16(b[2:], uint16(n))
		i += 2
	default:
		b[1] = byte(n)
	}
	if key != nil {
		b[1] |= bitMask
		i += copy(b[i:], key[:])
	}
	return i
}

// mask XORs b with the masking key, starting pos bytes into the key's
// four-byte cycle, and returns the position after b. Masking twice
// unmasks. It works 64-bit words at a time.
func mask(key [4]byte, pos int, b []byte) int {
	var k [8]byte
	for i := range k {
		k[i] = key[(pos+i)&3]
	}
	kw := binary.LittleEndian.Uint64(k[:])
	i := 0
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32 : i+32]
		binary.LittleEndian.PutUint64(w, binary.LittleEndian.Uint64(w)^kw)
		binary.LittleEndian.PutUint64(w[8:], binary.LittleEndian.Uint64(w[8:])^kw)
		binary.LittleEndian.PutUint64(w[16:], binary.LittleEndian.Uint64(w[16:])^kw)
		binary.LittleEndian.PutUint64(w[24:], binary.LittleEndian.Uint64(w[24:])^kw)
	}
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], binary.LittleEndian.Uint64(b[i:])^kw)
	}
	for ; i < len(b); i++ {
		b[i] ^= k[i&7]
	}
	return (pos + len(b)) & 3
}
