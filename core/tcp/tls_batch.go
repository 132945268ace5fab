package tcp

import "sync"

// Records that one Write of plaintext produces — a 64 KiB write makes four
// TLS records of at most 16 KiB — are collected and handed to the kernel
// with one system call, instead of one write (and, when the socket is
// full, one copy into the queue) per record. On loopback that also means
// one large segment instead of several: the receiving side wakes and
// acknowledges once.

// maxBatch is the most ciphertext collected before it is written; a larger
// plaintext write goes out in several batches.
const maxBatch = 256 << 10

// batchPool recycles batch buffers that the kernel took in full, so that an
// idle connection keeps none.
var batchPool = sync.Pool{New: func() any { return new([]byte) }}

// startBatch makes the adapter collect the records written from now on,
// the ciphertext of a plaintext of size n.
func (a *adapter) startBatch(n int) {
	a.batch = batchPool.Get().(*[]byte)
	if need := min(sealedSize(n), maxBatch); cap(*a.batch) < need {
		*a.batch = make([]byte, 0, need)
	}
}

// sealedSize bounds the ciphertext of n bytes of plaintext: records of at
// most 16 KiB, each with its header, content type and AEAD tag.
func sealedSize(n int) int {
	const maxPlaintext, overhead = 16 << 10, 5 + 1 + 16
	return n + (n/maxPlaintext+1)*overhead
}

// collect adds one record to the batch, writing the batch first when the
// record would make it too large.
func (a *adapter) collect(p []byte) {
	if len(*a.batch)+len(p) > maxBatch && len(*a.batch) > 0 {
		a.flushBatch()
		a.startBatch(maxBatch)
	}
	*a.batch = append(*a.batch, p...)
}

// endBatch writes what was collected and stops collecting.
func (a *adapter) endBatch() {
	a.flushBatch()
	a.batch = nil
}

// flushBatch writes the batch inline or queues it. The queue takes over a
// buffer it holds any of; one the kernel took in full goes back to the
// pool.
func (a *adapter) flushBatch() {
	p := a.batch
	c := a.c
	if len(*p) > 0 && c.st == stateOpen {
		c.writeRaw(*p, nil, false)
		if !c.q.empty() {
			return // queued: the buffer belongs to the queue now
		}
	}
	*p = (*p)[:0]
	batchPool.Put(p)
}
