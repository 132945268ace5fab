package buffer_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// Go hands bytes to JS as a Buffer and reads JS bytes back, both without
// copying.
func Example() {
	vm := goja.New()
	buffer.Enable(vm)

	chunk := []byte("ping")
	_ = vm.Set("chunk", buffer.Wrap(vm, chunk))
	reply, _ := vm.RunString(`Buffer.concat([Buffer.from('re: '), chunk.subarray(0, 2)])`)
	out, _ := buffer.Bytes(vm, reply)
	fmt.Printf("%s\n", out)

	s := buffer.BytesToString(vm, []byte{0xe2, 0x82, 0xac, 0xff}, buffer.UTF8)
	fmt.Printf("%+q\n", s.String())
	fmt.Printf("% x\n", buffer.StringToBytes(vm.ToValue("\u00e9"), buffer.UTF16LE))
	// Output:
	// re: pi
	// "\u20ac\ufffd"
	// e9 00
}
