package udp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFifoKeepsOrderAndStaysSmallWhenItNeverEmpties(t *testing.T) {
	var q fifo[int]
	next, want := 0, 0
	for range 3 {
		q.push(next)
		next++
	}
	for range 1000 { // always 3 or 4 queued: the head must slide back
		q.push(next)
		next++
		require.Equal(t, want, *q.at(0))
		require.Equal(t, want, q.pop())
		want++
	}
	assert.Equal(t, 3, q.len())
	assert.LessOrEqual(t, cap(q.items), 8)
	for q.len() > 0 {
		require.Equal(t, want, q.pop())
		want++
	}
	assert.Equal(t, next, want)

	q.push(1)
	q.push(2)
	q.clear()
	assert.Zero(t, q.len())
}
