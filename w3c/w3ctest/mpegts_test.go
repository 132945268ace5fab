package w3ctest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTSDatagram(t *testing.T) {
	cc := 14
	d := TSDatagram(0x2100, &cc)
	assert.Len(t, d, 7*TSPacketSize)
	assert.Equal(t, 21, cc)
	for i := range 7 {
		p := d[i*TSPacketSize:]
		assert.Equal(t, byte(0x47), p[0])
		assert.Equal(t, uint16(0x100), uint16(p[1]&0x1f)<<8|uint16(p[2]), "PID masked to 13 bits")
		assert.Equal(t, byte((14+i)&0xf), p[3]&0xf)
	}
}
