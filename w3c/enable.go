package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/perruntime"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// realm is the façade's state on one runtime: its classes, and the Host
// and loop that drive it.
type realm struct {
	vm   *goja.Runtime
	host *host.Host
	loop *loop.Loop
	in   intrinsics
	ev   webapi.Events

	messageEvent, udpMessageEvent *webapi.Class
	errorEvent, closeEvent        *webapi.Class
	connectEvent                  *webapi.Class
	blob                          *webapi.Class
	socket                        *webapi.Class
	tcpSocket, udpSocket          *webapi.Class
	tcpServer                     *webapi.Class
	webSocket                     *webapi.Class

	installed bool
	receiving *sock         // the socket whose message listeners are running, if any
	truth     [2]goja.Value // false and true, which send() returns, made once

	messageStates  webapi.EventStates[messageData] // the states of TCP (and WebSocket) messages
	datagramStates webapi.EventStates[udpData]     // the states of UDP messages
	sent           repeatSend
	sentText       repeatText
}

// realms holds each runtime's realm without keeping either alive.
var realms perruntime.Registry[realm]

// Enable installs the W3C socket API's globals on vm, driven by l: Socket,
// TCPSocket, TCPServerSocket, UDPSocket, WebSocket, MessageEvent, UDPMessageEvent,
// ErrorEvent, CloseEvent, ConnectEvent and Blob, besides the shared
// EventTarget, Event, DOMException, AbortController, AbortSignal,
// TextEncoder and TextDecoder. Without the Node façade it also adds
// queueMicrotask and the HTML timers if they are missing. It must be called
// on the goroutine that runs l; calls after the first do nothing.
//
// Run scripts as loop tasks (l.Post) and then l.Run, so that each runs as
// a macrotask followed by its microtasks; see the package example.
func Enable(vm *goja.Runtime, l *loop.Loop) {
	r := realms.Get(vm, func(vm *goja.Runtime) *realm { return newRealm(vm, l) })
	r.install()
}

// realmOf returns the realm of a runtime on which Enable was called.
func realmOf(vm *goja.Runtime) *realm {
	return realms.Lookup(vm)
}

// newRealm builds the classes on vm.
func newRealm(vm *goja.Runtime, l *loop.Loop) *realm {
	h := host.New(vm, l) // the Node façade's Host, if it made one first
	webapi.Enable(vm)
	r := &realm{vm: vm, host: h, loop: h.Loop(), in: loadIntrinsics(vm), ev: webapi.EventsOf(vm)}
	r.truth = [2]goja.Value{vm.ToValue(false), vm.ToValue(true)}
	r.messageEvent = r.newMessageEventClass()
	r.udpMessageEvent = r.newUDPMessageEventClass()
	r.errorEvent = r.newErrorEventClass()
	r.closeEvent = r.newCloseEventClass()
	r.connectEvent = r.newConnectEventClass()
	r.blob = r.newBlobClass()
	r.socket = r.newSocketClass()
	r.tcpSocket = r.newTCPSocketClass()
	r.udpSocket = r.newUDPSocketClass()
	r.tcpServer = r.newTCPServerClass()
	r.webSocket = r.newWebSocketClass()
	return r
}

// install sets the globals: classes are writable, configurable and not
// enumerable, as a browser's and Node's are. A global that already exists
// (Blob or MessageEvent from another façade) is left alone.
func (r *realm) install() {
	if r.installed {
		return
	}
	r.installed = true
	g := r.vm.GlobalObject()
	for _, c := range []*webapi.Class{r.messageEvent, r.udpMessageEvent, r.errorEvent, r.closeEvent,
		r.connectEvent, r.blob, r.socket, r.tcpSocket, r.tcpServer, r.udpSocket, r.webSocket} {
		if v := g.Get(c.Name); v != nil && !goja.IsUndefined(v) {
			continue
		}
		must(g.DefineDataProperty(c.Name, c.Ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	r.installStandalone()
}

// intrinsics are built-ins the package calls, captured before any script
// can replace them.
type intrinsics struct {
	arrayFrom  goja.Callable
	freeze     goja.Callable
	uint8Array *goja.Object
}

func loadIntrinsics(vm *goja.Runtime) intrinsics {
	fn := func(obj, name string) goja.Callable {
		f, ok := goja.AssertFunction(vm.Get(obj).(*goja.Object).Get(name))
		if !ok {
			panic(vm.NewTypeError(obj + "." + name + " is not a function"))
		}
		return f
	}
	return intrinsics{
		arrayFrom:  fn("Array", "from"),
		freeze:     fn("Object", "freeze"),
		uint8Array: vm.Get("Uint8Array").(*goja.Object),
	}
}
