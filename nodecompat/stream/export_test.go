package stream

// ReadableBits returns the bits of a ReadableState's flags by their
// scripts' names (kEnded...), in bit order, for the tests.
func ReadableBits() (names []string, bits map[string]int64) {
	bits = make(map[string]int64, len(readableBitNames))
	for _, b := range readableBitNames {
		names = append(names, b.name)
		bits[b.name] = b.bit
	}
	return names, bits
}
