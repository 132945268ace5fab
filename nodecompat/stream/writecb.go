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
	// spareInfoKey (kSpareTickInfo) keeps a used record for the next, in
	// a slot hidden from inspection (which shows Node's fields only).
	spareInfoKey = goja.NewSymbol("kSpareTickInfo")
)

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
	d.afterWriteTickFn = d.afterWriteTick
}

// deferWriteCb is onwrite's end for a write with callback cb that
// completed synchronously, on a state with flags (pendingcb counts the
// write): the callback runs on the next tick, one tick for a run of
// writes sharing a callback, as Node batches them.
func (d *directWriter) deferWriteCb(stream, st *goja.Object, flags WritableFlags, cb goja.Value) {
	if flags&WritableAfterWriteTickInfo != 0 {
		if info, ok := st.GetSymbol(tickInfoKey).(*goja.Object); ok && sameObject(info.Get("cb"), cb) {
			set(info, "count", info.Get("count").ToInteger()+1)
			return
		}
	}
	info, ok := st.GetSymbol(spareInfoKey).(*goja.Object)
	if ok {
		setSymbol(st, spareInfoKey, goja.Null())
		set(info, "count", 1)
		set(info, "cb", cb)
	} else {
		info = d.vm.NewObject()
		set(info, "count", 1)
		set(info, "cb", cb)
		set(info, "stream", stream)
		set(info, "state", st)
	}
	setSymbol(st, tickInfoKey, info)
	setFlags(st, flags|WritableAfterWriteTickInfo)
	d.host.NextTick(d.afterWriteTickFn, info)
}

// afterWriteTick runs the callbacks a tick record (args[0]) holds, after
// a 'drain' that is due, and keeps the record for the next run.
func (d *directWriter) afterWriteTick(_ goja.Value, args ...goja.Value) (goja.Value, error) {
	info := args[0].(*goja.Object)
	st := info.Get("state").(*goja.Object)
	stream := info.Get("stream").(*goja.Object)
	cbv := info.Get("cb")
	count := info.Get("count").ToInteger()
	if ex := d.vm.Try(func() {
		flags, _ := WritableStateFlags(st)
		setFlags(st, flags&^WritableAfterWriteTickInfo)
		setSymbol(st, tickInfoKey, goja.Null())
		set(info, "cb", goja.Null())
		if st.GetSymbol(spareInfoKey) == nil {
			if err := st.DefineDataPropertySymbol(spareInfoKey, info, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
				panic(err)
			}
		} else {
			setSymbol(st, spareInfoKey, info)
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
