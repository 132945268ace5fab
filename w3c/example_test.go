package w3c_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/w3c"
)

// A Go program that embeds goja enables the W3C sockets on its runtime,
// posts its script to the loop (so that it runs as a task, with its
// microtasks after it) and runs the loop until no socket keeps it alive.
func Example() {
	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()
	vm := goja.New()
	w3c.Enable(vm, l)
	_ = vm.Set("print", func(s string) { fmt.Println(s) })
	l.Post(func() {
		_, err := vm.RunString(`
			const a = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
			const b = new UDPSocket('127.0.0.1', 0);
			b.onopen = () => b.send('hello', '127.0.0.1', a.localPort);
			a.onmessage = e => {
				print(e.data + ' from ' + e.remoteAddress + ' to ' + e.localAddress);
				a.close();
				b.close();
			};
			a.onclose = () => print('closed');
		`)
		if err != nil {
			panic(err)
		}
	})
	if err := l.Run(); err != nil {
		panic(err)
	}
	// Output:
	// hello from 127.0.0.1 to 127.0.0.1
	// closed
}
