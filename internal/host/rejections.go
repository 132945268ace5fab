package host

import "github.com/dop251/goja"

// rejectionTracker remembers promises rejected with no handler, forgetting
// those that get a handler before the check at the end of the macrotask.
type rejectionTracker struct {
	pending []*goja.Promise
}

func (t *rejectionTracker) track(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		t.pending = append(t.pending, p)
	case goja.PromiseRejectionHandle:
		for i, q := range t.pending {
			if q == p {
				t.pending = append(t.pending[:i], t.pending[i+1:]...)
				return
			}
		}
	}
}

// take returns and clears the pending rejections.
func (t *rejectionTracker) take() []*goja.Promise {
	p := t.pending
	t.pending = nil
	return p
}
