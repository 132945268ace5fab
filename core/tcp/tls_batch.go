package tcp

import "sync"

// Records that one Write of plaintext produces — a 64 KiB write makes four
// TLS records of at most 16 KiB — are collected and handed to the kernel
// with one system call, instead of one write (and, when the socket is
// full, one copy into the queue) per record. On loopback that also means
// one large segment instead of several: the receiving side wakes and
// acknowledges once.

// smallWrite is the largest plaintext write that needs no batch: crypto/tls
// seals it in one record (the smallest records it makes, those of dynamic
// record sizing at a connection's start, carry about 1.2 KB), which the
// adapter writes as it comes.
const smallWrite = 1 << 10

// maxBatch is the most ciphertext collected before it is written; a larger
// plaintext write goes out in several batches.
const maxBatch = 256 << 10

// batchBuf is a batch's buffer, recycled through batchPool once the kernel
// has taken all of it — at once, or from the queue — so that neither an
// idle connection nor a steady sender allocates one per write.
type batchBuf struct {
	b       []byte
	recycle func(error) // the queue's callback that puts it back in the pool
}

// batchPool holds batchBufs whose buffers the kernel has taken.
var batchPool sync.Pool

func init() {
	batchPool.New = func() any {
		bb := new(batchBuf)
		bb.recycle = func(error) {
			bb.b = bb.b[:0]
			batchPool.Put(bb)
		}
		return bb
	}
}

// startBatch makes the adapter collect the records written from now on,
// the ciphertext of a plaintext of size n.
func (a *adapter) startBatch(n int) {
	a.batch = batchPool.Get().(*batchBuf)
	if need := min(sealedSize(n), maxBatch); cap(a.batch.b) < need {
		a.batch.b = make([]byte, 0, need)
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
	if len(a.batch.b)+len(p) > maxBatch && len(a.batch.b) > 0 {
		a.flushBatch()
		a.startBatch(maxBatch)
	}
	a.batch.b = append(a.batch.b, p...)
}

// endBatch writes what was collected and stops collecting.
func (a *adapter) endBatch() {
	a.flushBatch()
	a.batch = nil
}

// flushBatch writes the batch inline or queues what the kernel does not
// take; the buffer goes back to the pool once all of it is written (or the
// connection closes).
func (a *adapter) flushBatch() {
	bb := a.batch
	if len(bb.b) == 0 || a.c.st != stateOpen {
		bb.recycle(nil)
		return
	}
	a.c.writeRaw(bb.b, bb.recycle, false)
}
