package loop

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScratchIsTheSameRoomGrown(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	defer l.Close()
	a := l.Scratch(16)
	require.Len(t, a, 16)
	a[0] = 7
	assert.Equal(t, byte(7), l.Scratch(8)[0], "the same memory again")
	assert.Len(t, l.Scratch(64), 64)
}

func TestCopiesAreOwnedAndCapped(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	defer l.Close()
	src := l.Scratch(maxCarved + 1)
	var copies [][]byte
	// Enough small copies to fill more than one block, then a large one.
	for i := range 2 * copyBlock / 100 {
		for j := range 100 {
			src[j] = byte(i + j)
		}
		c := l.Copy(src[:100])
		require.Len(t, c, 100)
		require.Equal(t, 100, cap(c), "appending must not reach the next copy")
		copies = append(copies, c)
	}
	big := l.Copy(src[:maxCarved+1])
	assert.Equal(t, src[:maxCarved+1], big)
	src[0]++
	assert.NotEqual(t, src[0], big[0], "a copy does not share the scratch area")
	for i, c := range copies {
		want := make([]byte, 100)
		for j := range want {
			want[j] = byte(i + j)
		}
		require.True(t, bytes.Equal(want, c), "copy %d kept its bytes", i)
	}
	grown := append(copies[0], 1)
	assert.Equal(t, byte(1), grown[100])
	assert.Equal(t, byte(1+0), copies[1][0], "the next copy is untouched")
}
