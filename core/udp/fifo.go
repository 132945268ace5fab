package udp

// fifo is a first-in first-out queue over a slice that is reused once it
// empties, so a socket that keeps up with its traffic allocates nothing.
type fifo[T any] struct {
	items []T
	head  int
}

// len returns the number of queued items.
func (q *fifo[T]) len() int {
	return len(q.items) - q.head
}

// push appends v, first sliding the queued items to the front when the
// consumed prefix is at least half of a full backing array.
func (q *fifo[T]) push(v T) {
	if q.head > 0 && len(q.items) == cap(q.items) && q.head >= len(q.items)/2 {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items = q.items[:n]
		q.head = 0
	}
	q.items = append(q.items, v)
}

// at returns a pointer to the i-th queued item (0 is the oldest).
func (q *fifo[T]) at(i int) *T {
	return &q.items[q.head+i]
}

// pop removes and returns the oldest item.
func (q *fifo[T]) pop() T {
	v := q.items[q.head]
	var zero T
	q.items[q.head] = zero
	q.head++
	if q.head == len(q.items) {
		q.items = q.items[:0]
		q.head = 0
	}
	return v
}

// clear drops every queued item.
func (q *fifo[T]) clear() {
	clear(q.items)
	q.items = q.items[:0]
	q.head = 0
}
