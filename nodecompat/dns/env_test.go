package dns

import (
	"testing"

	"github.com/nodeshim/nodeshim/internal/hosttest"
	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// env is a runtime on a loop with the dns modules as the globals `dns` and
// `dnsPromises`, and `out(...)` recording lines.
type env struct{ *hosttest.Env }

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{hosttest.New(t, "out")}
	modtest.Load(t, e.VM, "dns", Require)
	modtest.Load(t, e.VM, "dnsPromises", RequirePromises)
	return e
}
