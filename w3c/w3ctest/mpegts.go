package w3ctest

import "encoding/binary"

// TSPacketSize is the size of an MPEG transport stream packet.
const TSPacketSize = 188

// TSDatagram returns seven MPEG-TS packets (the usual payload of a UDP
// datagram of a multicast video stream) for pid: sync byte 0x47, payload
// only, continuity counter taken from *cc and advanced.
func TSDatagram(pid uint16, cc *int) []byte {
	d := make([]byte, 7*TSPacketSize)
	for i := range 7 {
		pkt := d[i*TSPacketSize : (i+1)*TSPacketSize]
		pkt[0] = 0x47
		binary.BigEndian.PutUint16(pkt[1:], pid&0x1fff)
		pkt[3] = 0x10 | byte(*cc&0xf)
		*cc++
	}
	return d
}
