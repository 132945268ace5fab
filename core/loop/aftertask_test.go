package loop

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAfterTaskWorkRunsOnceTheTaskIsOver(t *testing.T) {
	l := newLoop(t)
	var got []string
	add := func(s string) func() { return func() { got = append(got, s) } }
	l.AfterTask(add("queued before Run"))
	first := l.Task()
	var tasks []uint64
	l.Post(func() {
		tasks = append(tasks, l.Task())
		l.AfterTask(func() {
			got = append(got, "after the first")
			l.AfterTask(add("queued by after-task work"))
		})
		got = append(got, "first")
	})
	l.Post(func() {
		tasks = append(tasks, l.Task())
		got = append(got, "second")
	})
	require.NoError(t, l.Run())
	assert.Equal(t, []string{"queued before Run", "first", "after the first", "queued by after-task work", "second"}, got)
	require.Len(t, tasks, 2)
	assert.NotEqual(t, first, tasks[0], "each task has its own Task()")
	assert.NotEqual(t, tasks[0], tasks[1])
}

func TestRunAfterTaskRunsWhatIsQueued(t *testing.T) {
	l := newLoop(t)
	ran := 0
	l.AfterTask(func() { ran++ })
	l.RunAfterTask()
	l.RunAfterTask()
	assert.Equal(t, 1, ran)
}
