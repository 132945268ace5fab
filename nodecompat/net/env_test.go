package net_test

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// run runs src as a Node program (event loop included) on a fresh runtime
// and returns what it printed and its exit code.
func run(t testing.TB, src string) (string, int) {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	out := &bytes.Buffer{}
	rt := nodecompat.Enable(goja.New(), l, nodecompat.Options{Argv: []string{"nodeshim", "test.js"}, Stdout: out, Stderr: out})
	code := rt.RunEval(src, false)
	return out.String(), code
}
