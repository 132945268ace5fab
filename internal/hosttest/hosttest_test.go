package hosttest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunRecordsLinesAcrossTasks(t *testing.T) {
	e := New(t, "out")
	got := e.Run(`out('a', 1); Promise.resolve().then(() => out('micro'))`)
	assert.Equal(t, []string{"a 1", "micro"}, got)
	assert.Equal(t, []string{"again"}, e.Run(`out('again')`), "each Run starts a fresh record")
}

func TestEvalKeepsDeclarationsLocal(t *testing.T) {
	e := New(t, "out")
	assert.Equal(t, "3", e.Eval(`const x = 3; x`))
	assert.Equal(t, "4", e.Eval(`const x = 4; x`))
}

func TestUncaughtIsRecorded(t *testing.T) {
	e := New(t, "out")
	e.Host.Run(func() { _, _ = e.VM.RunString(`Promise.reject(new Error('boom'))`) })
	assert.NoError(t, e.Loop.Run())
	assert.Len(t, e.Uncaught, 1)
	assert.Contains(t, e.Uncaught[0], "boom")
}
