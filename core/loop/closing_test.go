package loop

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCloseWorkRunsAfterTheCheckPhase(t *testing.T) {
	l := newLoop(t)
	var got []string
	add := func(s string) func() { return func() { got = append(got, s) } }
	l.QueueClose(add("close, queued first"))
	l.NewImmediate(func() {
		got = append(got, "immediate 1")
		l.QueueClose(add("close from the check phase"))
		l.NewImmediate(add("immediate of the next iteration"))
	})
	l.NewImmediate(add("immediate 2"))
	l.Post(func() {
		got = append(got, "posted")
		l.QueueClose(func() {
			got = append(got, "close from posted work")
			l.QueueClose(add("close from the close phase"))
		})
	})
	assert.True(t, l.Alive())
	require.NoError(t, l.Run())
	assert.Equal(t, []string{
		"posted", "immediate 1", "immediate 2",
		"close, queued first", "close from posted work", "close from the check phase",
		"immediate of the next iteration", "close from the close phase",
	}, got)
}

func TestCloseWorkKeepsTheLoopAliveAndSurvivesStop(t *testing.T) {
	l := newLoop(t)
	var got []string
	l.QueueClose(func() {
		got = append(got, "a")
		l.Stop()
	})
	l.QueueClose(func() { got = append(got, "b") })
	assert.True(t, l.Alive(), "close work alone keeps the loop alive")
	assert.Equal(t, 0, l.pollTimeout(), "and keeps poll from blocking")
	require.NoError(t, l.Run())
	assert.Equal(t, []string{"a"}, got)
	require.NoError(t, l.Run())
	assert.Equal(t, []string{"a", "b"}, got)
	assert.False(t, l.Alive())
}
