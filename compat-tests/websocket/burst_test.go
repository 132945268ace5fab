package websockettests

import "strings"

// burstMessage is one message a peer sends on the command "burst", as
// the parts it is sent in (each part one frame where the peer allows).
type burstMessage struct {
	binary bool
	parts  [][]byte
}

// burst is what a peer sends on "burst": text, fragmented text, binary,
// fragmented binary, large text and binary, empty messages, then the
// text "burst done". ws-server.js sends the same messages.
func burst() []burstMessage {
	text := func(parts ...string) burstMessage {
		m := burstMessage{}
		for _, p := range parts {
			m.parts = append(m.parts, []byte(p))
		}
		return m
	}
	binary := func(parts ...[]byte) burstMessage { return burstMessage{binary: true, parts: parts} }
	return []burstMessage{
		text("burst: ünïcødé €"),
		text("frag", "men", "ted ✓"),
		binary(pattern(256, 1)),
		binary(pattern(1000, 7), pattern(1000, 11), pattern(1000, 13)),
		text(strings.Repeat("€uro ", 200_000)),
		binary(pattern(3<<20, 31)),
		binary(),
		text(),
		text("burst done"),
	}
}

// pattern is n bytes (i*step) mod 256.
func pattern(n, step int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * step)
	}
	return b
}
