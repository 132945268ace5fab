package w3ctests

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// sink waits delay, reads to the end of stream and then reports the byte
// count and SHA-256 as "<count> <hex>\n" before ending too.
func sink(delay time.Duration) func(net.Conn) {
	return func(c net.Conn) {
		time.Sleep(delay)
		h := sha256.New()
		n, _ := io.Copy(h, c)
		fmt.Fprintf(c, "%d %s\n", n, hex.EncodeToString(h.Sum(nil)))
		closeWrite(c)
	}
}

// patternByte is byte i of the stream source sends: a sequence that does
// not repeat with a power-of-two period.
func patternByte(i int64) byte {
	return byte(i % 251)
}

// source reads "N\n" and sends N bytes of the pattern, then ends.
func source(c net.Conn) {
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	n, err := strconv.ParseInt(strings.TrimSpace(line), 10, 64)
	if err != nil {
		return
	}
	buf := make([]byte, 64<<10)
	for sent := int64(0); sent < n; {
		k := min(int64(len(buf)), n-sent)
		for i := range k {
			buf[i] = patternByte(sent + i)
		}
		if _, err := c.Write(buf[:k]); err != nil {
			return
		}
		sent += k
	}
	closeWrite(c)
	_, _ = io.Copy(io.Discard, c)
}
