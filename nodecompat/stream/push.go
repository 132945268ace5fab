package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
)

// dataPath is pushFromGo's common case done in Go: a chunk pushed into a
// flowing byte stream with nothing buffered, 'data' listeners, no decoder
// and the stock push, emit and read. Reading the state from Go costs less
// than the same reads in the script, and 'data' goes straight to the
// emitter. Whenever the case does not hold, the script does the push.
type dataPath struct {
	push, read *goja.Object     // Readable.prototype.push and read
	emitter    *emitter.Emitter // EventEmitter.prototype.emit
	afterData  goja.Callable    // the script's afterData
	zero       goja.Value       // the number 0
}

// newDataPath returns the data path of a module whose streams extend
// events, or nil when events is not nodeshim's EventEmitter.
func newDataPath(vm *goja.Runtime, events, readable *goja.Object, afterData goja.Value) *dataPath {
	proto, ok := events.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	em, ok := emitter.EmitterOf(vm, proto.Get("emit"))
	if !ok {
		return nil
	}
	after, _ := goja.AssertFunction(afterData)
	rproto := readable.Get("prototype").(*goja.Object)
	return &dataPath{
		push:      rproto.Get("push").(*goja.Object),
		read:      rproto.Get("read").(*goja.Object),
		emitter:   em,
		afterData: after,
		zero:      vm.ToValue(0),
	}
}

// pushChunk pushes chunk, of n bytes, into stream when the common case
// holds, and returns push's answer; handled is false (and nothing done)
// otherwise. Its tests read what pushFromGo's do, and one more:
// awaitDrainWriters is null (a pipe's drain bookkeeping stays with the
// script).
func (p *dataPath) pushChunk(stream *goja.Object, chunk goja.Value, n int, idleRead goja.Value) (more, handled bool) {
	if n == 0 || !sameObject(stream.Get("push"), p.push) {
		return false, false
	}
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok || truthy(st.Get("objectMode")) {
		return false, false
	}
	events, ok := stream.Get("_events").(*goja.Object)
	if !ok || !truthy(st.Get("flowing")) || !p.isZero(st.Get("length")) || truthy(st.Get("sync")) ||
		!isNull(st.Get("decoder")) || p.ending(st) || isMissing(events.Get("data")) ||
		!isNull(st.Get("awaitDrainWriters")) || !sameObject(stream.Get("emit"), p.emitter.Func()) {
		return false, false
	}
	set(st, "reading", false)
	set(st, "dataEmitted", true)
	p.emitter.Emit(stream, "data", chunk)
	if p.readAheadIdle(stream, st, idleRead) {
		// Nothing is buffered and the stream has not ended: push's answer
		// is yes.
		set(st, "reading", true)
		set(st, "needReadable", true)
		return true, true
	}
	res, err := p.afterData(goja.Undefined(), stream, st, idleRead)
	if err != nil {
		panic(err)
	}
	return res.ToBoolean(), true
}

// readAheadIdle is a narrower form of afterData's test that the read-ahead
// would only call an idle _read (afterData repeats the full test when this
// one fails): no read-ahead scheduled, not reading, nothing buffered, a
// positive high water mark or flowing, nothing ending or failing,
// constructed, and neither _read nor read replaced.
func (p *dataPath) readAheadIdle(stream, st *goja.Object, idleRead goja.Value) bool {
	if isMissing(idleRead) || truthy(st.Get("readingMore")) || truthy(st.Get("reading")) || !p.isZero(st.Get("length")) {
		return false
	}
	hwm := st.Get("highWaterMark")
	if !(hwm != nil && goja.IsNumber(hwm) && hwm.ToFloat() > 0) && !truthy(st.Get("flowing")) {
		return false
	}
	return !p.ending(st) && truthy(st.Get("constructed")) &&
		sameObject(stream.Get("_read"), idleRead) && sameObject(stream.Get("read"), p.read)
}

// ending tells whether the state has ended, been destroyed or failed.
func (p *dataPath) ending(st *goja.Object) bool {
	return truthy(st.Get("ended")) || truthy(st.Get("destroyed")) || truthy(st.Get("errored"))
}

// isZero tells whether v === 0.
func (p *dataPath) isZero(v goja.Value) bool {
	return v != nil && v.StrictEquals(p.zero)
}

// truthy is JavaScript's ToBoolean, a missing property being undefined.
func truthy(v goja.Value) bool {
	return v != nil && v.ToBoolean()
}

// isNull tells whether v === null.
func isNull(v goja.Value) bool {
	return v != nil && goja.IsNull(v)
}

// isMissing tells whether v is undefined (or a missing property).
func isMissing(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

// sameObject tells whether v is the object o (v === o for an object o).
func sameObject(v goja.Value, o goja.Value) bool {
	ov, ok := v.(*goja.Object)
	return ok && o != nil && ov == o
}
