package dgram

import (
	"github.com/dop251/goja"
)

// enqueue keeps fn until the socket is listening, as Node's dgram keeps the
// sends, connect and close made while it binds. Like Node, it waits through
// real listeners (once 'listening', once errorMonitor), so they run in the
// order scripts expect; a failed bind drops what waits.
func (s *socket) enqueue(fn func()) {
	vm := s.m.vm
	if s.queue == nil {
		onSuccess := vm.ToValue(func(goja.FunctionCall) goja.Value {
			s.call("removeListener", s.m.errorMonitor, s.onListenError)
			queue := s.queue
			s.queue = nil
			for _, f := range queue {
				f()
			}
			return goja.Undefined()
		})
		s.onListenError = vm.ToValue(func(goja.FunctionCall) goja.Value {
			s.call("removeListener", vm.ToValue("listening"), onSuccess)
			s.queue = nil
			return goja.Undefined()
		})
		s.queue = []func(){}
		s.call("once", s.m.errorMonitor, s.onListenError)
		s.call("once", vm.ToValue("listening"), onSuccess)
	}
	s.queue = append(s.queue, fn)
}
