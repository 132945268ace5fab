package stream

import (
	"github.com/dop251/goja"
)

// The symbols under which a WritableState keeps the fields of a write's
// callback, which Go's write path reads and writes as the scripts do
// (they get them as writableKeys).
var (
	// writeCbKey (kWriteCbValue) holds the callback of the write in
	// progress while WritableWriteCb is set.
	writeCbKey = goja.NewSymbol("kWriteCbValue")
	// tickInfoKey (kAfterWriteTickInfoValue) holds, while
	// WritableAfterWriteTickInfo is set, the record of the callbacks due
	// on a tick: {count, cb, stream, state}, Node's afterWriteTickInfo.
	tickInfoKey = goja.NewSymbol("kAfterWriteTickInfoValue")
)

// maxSpareRecords bounds the used tick records kept for reuse (each keeps
// its last stream reachable until reused).
const maxSpareRecords = 4

// tickRecord is an afterWriteTickInfo record: the object the state shows,
// and the same fields in Go, which the tick reads (only Go changes them;
// count is the object's count, also once the record is spare).
type tickRecord struct {
	d      *directWriter
	obj    *goja.Object // {count, cb, stream, state}
	stream *goja.Object
	state  *goja.Object
	cb     goja.Value
	count  int64
	run    goja.Callable // r.tick, for the nextTick queue
}

// installWriteCb gives the scripts the keys above (as writableKeys) and
// deferWriteCb(stream, state, cb), before they run.
func (d *directWriter) installWriteCb(shared *goja.Object) {
	keys := d.vm.NewObject()
	set(keys, "kWriteCbValue", writeCbKey)
	set(keys, "kAfterWriteTickInfoValue", tickInfoKey)
	set(shared, "writableKeys", keys)
	set(shared, "deferWriteCb", func(call goja.FunctionCall) goja.Value {
		stream, _ := call.Argument(0).(*goja.Object)
		st, _ := call.Argument(1).(*goja.Object)
		if flags, ok := WritableStateFlags(st); ok && stream != nil {
			d.deferWriteCb(stream, st, flags, call.Argument(2))
		}
		return goja.Undefined()
	})
	d.ticks = make(map[*goja.Object]*tickRecord)
}

// deferWriteCb is onwrite's end for a write with callback cb that
// completed synchronously, on a state with flags (pendingcb counts the
// write): the callback runs on the next tick, one tick for a run of
// writes sharing a callback, as Node batches them.
func (d *directWriter) deferWriteCb(stream, st *goja.Object, flags WritableFlags, cb goja.Value) {
	if flags&WritableAfterWriteTickInfo != 0 {
		if r := d.ticks[st]; r != nil && sameObject(r.cb, cb) {
			r.count++
			set(r.obj, "count", r.count)
			return
		}
	}
	r := d.record(stream, st)
	if r.count != 1 {
		r.count = 1
		set(r.obj, "count", 1)
	}
	r.cb = cb
	set(r.obj, "cb", cb)
	d.ticks[st] = r
	setSymbol(st, tickInfoKey, r.obj)
	setFlags(st, flags|WritableAfterWriteTickInfo)
	d.host.NextTick(r.run)
}

// record returns a tick record for stream and its state st: a spare one,
// preferably st's last, or a new one.
func (d *directWriter) record(stream, st *goja.Object) *tickRecord {
	for i, r := range d.spares {
		if r.state == st {
			d.spares = append(d.spares[:i], d.spares[i+1:]...)
			return r
		}
	}
	if n := len(d.spares); n > 0 {
		r := d.spares[n-1]
		d.spares[n-1] = nil
		d.spares = d.spares[:n-1]
		r.stream, r.state = stream, st
		set(r.obj, "stream", stream)
		set(r.obj, "state", st)
		return r
	}
	r := &tickRecord{d: d, obj: d.vm.NewObject(), stream: stream, state: st}
	// The fields in Node's order; the caller sets count and cb.
	set(r.obj, "count", 0)
	set(r.obj, "cb", goja.Undefined())
	set(r.obj, "stream", stream)
	set(r.obj, "state", st)
	r.run = r.tick
	return r
}

// tick is afterWriteTick(info): it retires the record (the state's
// afterWriteTickInfo becomes null, as after any of its ticks) and runs
// its callbacks, after a 'drain' that is due.
func (r *tickRecord) tick(goja.Value, ...goja.Value) (goja.Value, error) {
	d, stream, st, cbv, count := r.d, r.stream, r.state, r.cb, r.count
	r.cb = nil
	delete(d.ticks, st)
	if ex := d.vm.Try(func() {
		flags, _ := WritableStateFlags(st)
		setFlags(st, flags&^WritableAfterWriteTickInfo)
		setSymbol(st, tickInfoKey, goja.Null())
		set(r.obj, "cb", goja.Null())
		if len(d.spares) < maxSpareRecords {
			d.spares = append(d.spares, r)
		}
		cb, ok := d.callables.Callable(cbv)
		if !ok {
			panic(d.vm.NewTypeError("cb is not a function"))
		}
		d.afterWrite(stream, st, count, cb)
	}); ex != nil {
		return nil, ex
	}
	return goja.Undefined(), nil
}

// setSymbol sets a symbol-keyed property on an object of the scripts;
// it cannot fail.
func setSymbol(o *goja.Object, key *goja.Symbol, v goja.Value) {
	if err := o.SetSymbol(key, v); err != nil {
		panic(err)
	}
}
