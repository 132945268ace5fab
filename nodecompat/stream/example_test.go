package stream_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

// A Go socket layer feeds a JavaScript Readable: each read is pushed as a
// Buffer from inside a host task, as a loop callback would, and the end of
// input is pushed as EOF.
func ExampleModule_Push() {
	l, _ := loop.New()
	defer l.Close()
	vm := goja.New()
	rt := nodecompat.Enable(vm, l, nodecompat.Options{})
	mod, _ := stream.Of(rt.Require(stream.ModuleName))

	_ = vm.Set("Readable", mod.Readable)
	var sock *goja.Object
	rt.Host().Run(func() {
		v, _ := vm.RunString(`
			const sock = new Readable({ read() {} });
			sock.setEncoding('utf8');
			sock.on('data', (text) => console.log('data', JSON.stringify(text)));
			sock.on('end', () => console.log('end'));
			sock;
		`)
		sock = v.(*goja.Object)
	})
	// "€" is split across two reads; setEncoding's decoder joins it.
	for _, read := range [][]byte{[]byte("price: \xe2\x82"), []byte("\xac5")} {
		rt.Host().Run(func() { mod.Push(sock, read) })
	}
	rt.Host().Run(func() { mod.PushEOF(sock) })
	fmt.Println("flowing:", sock.Get("readableFlowing"))
	// Output:
	// data "price: "
	// data "€5"
	// end
	// flowing: true
}
