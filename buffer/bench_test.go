package buffer

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// benchSizes are a small socket read and a full 64 KiB one.
var benchSizes = []struct {
	name string
	n    int
}{{"64B", 64}, {"64KiB", 64 << 10}}

// benchMethod returns the Buffer.prototype method name as a Go callable.
func benchMethod(b *testing.B, vm *goja.Runtime, name string) goja.Callable {
	fn, ok := goja.AssertFunction(vm.Get("Buffer").(*goja.Object).Get("prototype").(*goja.Object).Get(name))
	if !ok {
		b.Fatalf("no Buffer.prototype.%s", name)
	}
	return fn
}

// BenchmarkWrap hands a received chunk to JS: the socket read path.
func BenchmarkWrap(b *testing.B) {
	vm := newVM(b)
	for _, size := range benchSizes {
		data := make([]byte, size.n)
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size.n))
			for b.Loop() {
				Wrap(vm, data)
			}
		})
	}
}

// BenchmarkBytes reads a JS Buffer's memory from Go: the socket write path.
func BenchmarkBytes(b *testing.B) {
	vm := newVM(b)
	for _, size := range benchSizes {
		buf := Wrap(vm, make([]byte, size.n))
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := Bytes(vm, buf); !ok {
					b.Fatal("not bytes")
				}
			}
		})
	}
}

// BenchmarkToString is buf.toString(encoding) called from Go.
func BenchmarkToString(b *testing.B) {
	vm := newVM(b)
	toString := benchMethod(b, vm, "toString")
	for _, enc := range []string{"utf8", "hex", "base64"} {
		for _, size := range benchSizes {
			buf := Wrap(vm, []byte(strings.Repeat("a", size.n)))
			encoding := vm.ToValue(enc)
			b.Run(enc+"/"+size.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(size.n))
				for b.Loop() {
					if _, err := toString(buf, encoding); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkFrom is Buffer.from(string[, encoding]) called from Go.
func BenchmarkFrom(b *testing.B) {
	vm := newVM(b)
	from, _ := goja.AssertFunction(vm.Get("Buffer").(*goja.Object).Get("from"))
	texts := []struct{ name, unit string }{{"ascii", "a"}, {"unicode", "\u00e9"}}
	for _, text := range texts {
		for _, size := range benchSizes {
			s := vm.ToValue(strings.Repeat(text.unit, size.n/len(text.unit)))
			b.Run(text.name+"/"+size.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(size.n))
				for b.Loop() {
					if _, err := from(goja.Undefined(), s); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBytesToString converts bytes to a JS string without a Buffer,
// as a socket with setEncoding does.
func BenchmarkBytesToString(b *testing.B) {
	vm := newVM(b)
	for _, size := range benchSizes {
		data := []byte(strings.Repeat("a", size.n))
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size.n))
			for b.Loop() {
				BytesToString(vm, data, UTF8)
			}
		})
	}
}
