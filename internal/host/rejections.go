package host

import "github.com/dop251/goja"

// rejectionTracker follows promises rejected with no handler. Each gets an id
// in rejection order, as Node numbers them. A rejection that gets a handler
// before the end-of-macrotask check is forgotten; one that gets a handler
// after it was reported is queued as "handled late".
type rejectionTracker struct {
	nextID   int
	pending  []trackedRejection
	reported map[*goja.Promise]int
	late     []trackedRejection
}

type trackedRejection struct {
	promise *goja.Promise
	id      int
}

func (t *rejectionTracker) track(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		t.nextID++
		t.pending = append(t.pending, trackedRejection{promise: p, id: t.nextID})
	case goja.PromiseRejectionHandle:
		for i, r := range t.pending {
			if r.promise == p {
				t.pending = append(t.pending[:i], t.pending[i+1:]...)
				return
			}
		}
		if id, ok := t.reported[p]; ok {
			delete(t.reported, p)
			t.late = append(t.late, trackedRejection{promise: p, id: id})
		}
	}
}

// take returns and clears the pending rejections, remembering them as
// reported.
func (t *rejectionTracker) take() []trackedRejection {
	p := t.pending
	t.pending = nil
	if t.reported == nil {
		t.reported = map[*goja.Promise]int{}
	}
	for _, r := range p {
		t.reported[r.promise] = r.id
	}
	return p
}

// takeLate returns and clears the rejections handled after being reported.
func (t *rejectionTracker) takeLate() []trackedRejection {
	l := t.late
	t.late = nil
	return l
}
