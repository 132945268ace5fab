package emitter

import (
	"fmt"
	"io"
	"os"

	"github.com/dop251/goja"
)

// warningOutput is where a max-listener warning goes when the runtime has
// no process.emitWarning.
var warningOutput io.Writer = os.Stderr

// checkMaxListeners warns, once per listener array, when list holds more
// listeners than target's limit (0 means no limit).
func (e *events) checkMaxListeners(target *goja.Object, typ goja.Value, list *goja.Object) {
	limit := e.maxListeners(target).ToFloat()
	n := nilSafe(list.Get("length")).ToInteger()
	if !(limit > 0 && float64(n) > limit) || nilSafe(list.Get("warned")).ToBoolean() {
		return
	}
	must(list.Set("warned", true))
	msg := fmt.Sprintf("Possible EventEmitter memory leak detected. %d %s listeners added to %s. "+
		"MaxListeners is %s. Use emitter.setMaxListeners() to increase limit",
		n, keyString(typ), inspectShallow(target), e.vm.ToValue(limit).String())
	w, err := e.vm.New(e.errorCtor, e.vm.ToValue(msg))
	must(err)
	must(w.Set("name", "MaxListenersExceededWarning"))
	must(w.Set("emitter", target))
	must(w.Set("type", typ))
	must(w.Set("count", n))
	e.emitWarning(w)
}

// emitWarning hands w to process.emitWarning, or prints it to stderr the
// way Node does when the runtime has no process object.
func (e *events) emitWarning(w *goja.Object) {
	if proc, ok := e.vm.Get("process").(*goja.Object); ok {
		if emit := proc.Get("emitWarning"); isFunction(emit) {
			e.call(emit, proc, w)
			return
		}
	}
	fmt.Fprintf(warningOutput, "(node:%d) %s: %s\n"+
		"(Use `node --trace-warnings ...` to show where the warning was created)\n",
		os.Getpid(), w.Get("name").String(), w.Get("message").String())
}

// maxListeners returns target's limit: _maxListeners, or the module's
// defaultMaxListeners when unset.
func (e *events) maxListeners(target *goja.Object) goja.Value {
	if m := target.Get("_maxListeners"); !isUndefined(m) {
		return m
	}
	return e.defaultMax
}
