package dgram

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// method is a Socket method given its receiver's Go state.
type method func(s *socket, call goja.FunctionCall) goja.Value

// defineMethods defines Socket.prototype's methods in Node's order.
func (m *module) defineMethods(c *webapi.Class) {
	undefined := goja.Undefined()
	this := func(s *socket) goja.Value { return s.obj }
	methods := []struct {
		name   string
		length int
		fn     method
	}{
		{"bind", 2, func(s *socket, call goja.FunctionCall) goja.Value { s.bind(call.Arguments); return this(s) }},
		{"connect", 3, func(s *socket, call goja.FunctionCall) goja.Value {
			s.connect(call.Argument(0), call.Argument(1), call.Argument(2))
			return undefined
		}},
		{"disconnect", 0, func(s *socket, _ goja.FunctionCall) goja.Value { s.disconnect(); return undefined }},
		{"sendto", 6, func(s *socket, call goja.FunctionCall) goja.Value { return m.sendto(s, call) }},
		{"send", 6, func(s *socket, call goja.FunctionCall) goja.Value { s.send(call.Arguments); return undefined }},
		{"close", 1, func(s *socket, call goja.FunctionCall) goja.Value { s.close(call.Argument(0)); return this(s) }},
		{"address", 0, func(s *socket, _ goja.FunctionCall) goja.Value { return s.address() }},
		{"remoteAddress", 0, func(s *socket, _ goja.FunctionCall) goja.Value { return s.remoteAddress() }},
		{"setBroadcast", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			s.check(s.coreFor("setBroadcast").SetBroadcast(call.Argument(0).ToBoolean()))
			return undefined
		}},
		{"setTTL", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			return s.setTTL("setTTL", call.Argument(0), (*udp.Socket).SetTTL)
		}},
		{"setMulticastTTL", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			return s.setTTL("setMulticastTTL", call.Argument(0), (*udp.Socket).SetMulticastTTL)
		}},
		{"setMulticastLoopback", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			s.check(s.coreFor("setMulticastLoopback").SetMulticastLoopback(call.Argument(0).ToBoolean()))
			return call.Argument(0)
		}},
		{"setMulticastInterface", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			s.setMulticastInterface(call.Argument(0))
			return undefined
		}},
		{"addMembership", 2, func(s *socket, call goja.FunctionCall) goja.Value {
			m.groupMembership(s, call, "addMembership", true)
			return undefined
		}},
		{"dropMembership", 2, func(s *socket, call goja.FunctionCall) goja.Value {
			m.groupMembership(s, call, "dropMembership", false)
			return undefined
		}},
		{"addSourceSpecificMembership", 3, func(s *socket, call goja.FunctionCall) goja.Value {
			m.sourceMembership(s, call, "addSourceSpecificMembership", true)
			return undefined
		}},
		{"dropSourceSpecificMembership", 3, func(s *socket, call goja.FunctionCall) goja.Value {
			m.sourceMembership(s, call, "dropSourceSpecificMembership", false)
			return undefined
		}},
		{"ref", 0, func(s *socket, _ goja.FunctionCall) goja.Value { s.ref(); return this(s) }},
		{"unref", 0, func(s *socket, _ goja.FunctionCall) goja.Value { s.unref(); return this(s) }},
		{"setRecvBufferSize", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			s.bufferSize(call.Argument(0), true)
			return undefined
		}},
		{"setSendBufferSize", 1, func(s *socket, call goja.FunctionCall) goja.Value {
			s.bufferSize(call.Argument(0), false)
			return undefined
		}},
		{"getRecvBufferSize", 0, func(s *socket, _ goja.FunctionCall) goja.Value {
			return s.bufferSize(m.vm.ToValue(0), true)
		}},
		{"getSendBufferSize", 0, func(s *socket, _ goja.FunctionCall) goja.Value {
			return s.bufferSize(m.vm.ToValue(0), false)
		}},
		{"getSendQueueSize", 0, func(s *socket, _ goja.FunctionCall) goja.Value {
			return s.sendQueue("getSendQueueSize", (*udp.Socket).SendQueueSize)
		}},
		{"getSendQueueCount", 0, func(s *socket, _ goja.FunctionCall) goja.Value {
			return s.sendQueue("getSendQueueCount", (*udp.Socket).SendQueueCount)
		}},
		{"_healthCheck", 0, m.deprecated("_healthCheck", func(s *socket) { s.healthCheck() })},
		{"_stopReceiving", 0, m.deprecated("_stopReceiving", func(s *socket) {
			if s.core != nil && !s.closed {
				s.core.Pause()
			}
		})},
	}
	for _, d := range methods {
		fn := d.fn
		c.Method(d.name, d.length, func(call goja.FunctionCall) goja.Value {
			return fn(m.socketOf(call.This), call)
		})
	}
}

// groupMembership is add/dropMembership(multicastAddress[, interfaceAddress]).
func (m *module) groupMembership(s *socket, call goja.FunctionCall, op string, join bool) {
	s.healthCheck()
	if !call.Argument(0).ToBoolean() {
		panic(nodeerr.TypeError(m.vm, "ERR_MISSING_ARGS", `The "multicastAddress" argument must be specified`))
	}
	s.membership(op, nil, call.Argument(0), call.Argument(1), join)
}

// sourceMembership is add/dropSourceSpecificMembership(sourceAddress,
// groupAddress[, interfaceAddress]).
func (m *module) sourceMembership(s *socket, call goja.FunctionCall, op string, join bool) {
	s.healthCheck()
	source, group := call.Argument(0), call.Argument(1)
	if !isString(source) {
		panic(nodeerr.InvalidArgType(m.vm, "sourceAddress", "of type string", source))
	}
	if !isString(group) {
		panic(nodeerr.InvalidArgType(m.vm, "groupAddress", "of type string", group))
	}
	s.membership(op, source, group, call.Argument(2), join)
}

// sendto is the deprecated socket.sendto(buffer, offset, length, port,
// address[, callback]).
func (m *module) sendto(s *socket, call goja.FunctionCall) goja.Value {
	vm := m.vm
	if !isNumber(call.Argument(1)) {
		panic(nodeerr.InvalidArgType(vm, "offset", "of type number", call.Argument(1)))
	}
	if !isNumber(call.Argument(2)) {
		panic(nodeerr.InvalidArgType(vm, "length", "of type number", call.Argument(2)))
	}
	if !isNumber(call.Argument(3)) {
		panic(nodeerr.InvalidArgType(vm, "port", "of type number", call.Argument(3)))
	}
	if !isString(call.Argument(4)) {
		panic(nodeerr.InvalidArgType(vm, "address", "of type string", call.Argument(4)))
	}
	s.send(call.Arguments)
	return goja.Undefined()
}

// deprecated wraps one of the methods Node keeps for compatibility
// (DEP0112): the first call emits the deprecation warning.
func (m *module) deprecated(name string, fn func(*socket)) method {
	warned := false
	return func(s *socket, _ goja.FunctionCall) goja.Value {
		if !warned {
			warned = true
			if process, ok := m.vm.Get("process").(*goja.Object); ok {
				callMethod(m.vm, process, "emitWarning", m.vm.ToValue("Socket.prototype."+name+"() is deprecated"),
					m.vm.ToValue("DeprecationWarning"), m.vm.ToValue("DEP0112"))
			}
		}
		fn(s)
		return goja.Undefined()
	}
}
