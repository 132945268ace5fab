package tcp

// writeEntry is one queued write: the bytes not yet handed to the kernel
// and the callback to run once they are. An entry with no bytes is a
// completion marker that runs its callback when everything before it has
// been written.
type writeEntry struct {
	b    []byte
	done func(error)
}

// writeQueue holds, in order, the writes the kernel has not taken yet.
type writeQueue struct {
	e     []writeEntry
	head  int
	bytes int // bytes queued
}

// keptCapacity is the largest entry array a drained queue keeps for reuse;
// a bigger one is released so that idle connections stay small.
const keptCapacity = 16

func (q *writeQueue) empty() bool {
	return q.head == len(q.e)
}

func (q *writeQueue) push(b []byte, done func(error)) {
	if q.head > 0 && q.head*2 >= len(q.e) {
		n := copy(q.e, q.e[q.head:])
		clear(q.e[n:])
		q.e = q.e[:n]
		q.head = 0
	}
	q.e = append(q.e, writeEntry{b: b, done: done})
	q.bytes += len(b)
}

// pending returns the queued entries, oldest first.
func (q *writeQueue) pending() []writeEntry {
	return q.e[q.head:]
}

// consume records that the kernel took n bytes from the front of the queue.
// Entries written in full keep their place, now empty, until popDone.
func (q *writeQueue) consume(n int) {
	q.bytes -= n
	for i := q.head; n > 0 && i < len(q.e); i++ {
		k := min(n, len(q.e[i].b))
		q.e[i].b = q.e[i].b[k:]
		n -= k
	}
}

// popDone removes the front entry if it has been written in full and
// returns it.
func (q *writeQueue) popDone() (writeEntry, bool) {
	if q.empty() || len(q.e[q.head].b) > 0 {
		return writeEntry{}, false
	}
	e := q.e[q.head]
	q.e[q.head] = writeEntry{}
	q.head++
	if q.empty() {
		q.reset()
	}
	return e, true
}

// drop empties the queue and returns what it held.
func (q *writeQueue) drop() []writeEntry {
	dropped := q.e[q.head:]
	q.e, q.head, q.bytes = nil, 0, 0
	return dropped
}

func (q *writeQueue) reset() {
	q.head = 0
	if cap(q.e) > keptCapacity {
		q.e = nil
		return
	}
	q.e = q.e[:0]
}
