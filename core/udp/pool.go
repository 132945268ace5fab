package udp

import "sync"

// pool keeps large scratch areas for reuse. Unlike sync.Pool it never drops
// them at a garbage collection: a loop reuses the same area for every batch,
// and the pool holds at most one per loop working at the same moment.
type pool[T any] struct {
	mu    sync.Mutex
	free  []*T
	fresh func() *T
}

// get returns a free area or a new one.
func (p *pool[T]) get() *T {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		a := p.free[n-1]
		p.free = p.free[:n-1]
		return a
	}
	return p.fresh()
}

// put gives an area back.
func (p *pool[T]) put(a *T) {
	p.mu.Lock()
	p.free = append(p.free, a)
	p.mu.Unlock()
}
