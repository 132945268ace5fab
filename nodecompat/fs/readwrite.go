package fs

import (
	"math"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// viewExpected completes ERR_INVALID_ARG_TYPE's "must be ..." for buffers.
const viewExpected = "an instance of Buffer, TypedArray, or DataView"

// defaultReadSize is the Buffer fs.read allocates when given none.
const defaultReadSize = 16384

// read is fs.read(fd, buffer, offset, length, position), also called as
// read(fd, buffer, [options]) and read(fd, [options]); it yields the bytes
// read and the buffer.
func (m *fsModule) read() parser {
	return func(args []goja.Value) job {
		fd := m.fd(arg(args, 0), "fd")
		target := arg(args, 1)
		var opts *goja.Object
		positional := true
		if _, isView := jsarg.View(m.vm, target); !isView {
			o, isObj := target.(*goja.Object)
			if !isUndefined(target) && !isObj {
				panic(nodeerr.InvalidArgType(m.vm, "buffer", viewExpected, target))
			}
			opts, positional = o, false
			target = get(o, "buffer")
			if goja.IsUndefined(target) {
				target = buffer.Wrap(m.vm, make([]byte, defaultReadSize))
			} else if _, isView := jsarg.View(m.vm, target); !isView {
				panic(nodeerr.InvalidArgType(m.vm, "buffer", viewExpected, target))
			}
		} else if o, isObj := arg(args, 2).(*goja.Object); isObj || len(args) <= 2 || goja.IsNull(arg(args, 2)) {
			opts, positional = o, false
		}
		offsetV, lengthV, posV := arg(args, 2), arg(args, 3), arg(args, 4)
		if !positional {
			offsetV, lengthV, posV = get(opts, "offset"), get(opts, "length"), get(opts, "position")
		}
		b, _ := jsarg.View(m.vm, target)
		offset := 0
		if !goja.IsUndefined(offsetV) {
			offset = int(jsarg.Integer(m.vm, offsetV, "offset", 0, maxSafeInteger))
		}
		length := len(b) - offset
		if !goja.IsUndefined(lengthV) {
			length = int(int32(toInt64(lengthV)))
		}
		if length == 0 {
			return job{run: func() (any, error) { return 0, nil }, values: m.readValues(target, offset, nil)}
		}
		if len(b) == 0 {
			panic(nodeerr.InvalidArgValue(m.vm, "buffer", target, "is empty and cannot be written"))
		}
		m.checkReadRange(offset, length, len(b))
		pos := int64(-1)
		if !isUndefined(posV) {
			pos = int64(m.readPosition(posV))
		}
		tmp := make([]byte, length)
		return job{
			run:    func() (any, error) { return readAt(fd, tmp, pos) },
			values: m.readValues(target, offset, tmp),
		}
	}
}

// readValues copies what was read into the JavaScript buffer at offset and
// yields the count and the buffer.
func (m *fsModule) readValues(target goja.Value, offset int, tmp []byte) func(any) []goja.Value {
	return func(res any) []goja.Value {
		n := res.(int)
		if b, ok := jsarg.View(m.vm, target); ok && offset <= len(b) {
			copy(b[offset:], tmp[:n])
		}
		return []goja.Value{m.vm.ToValue(n), target}
	}
}

// checkReadRange is Node's validateOffsetLengthRead.
func (m *fsModule) checkReadRange(offset, length, size int) {
	switch {
	case length < 0:
		panic(nodeerr.OutOfRange(m.vm, "length", ">= 0", m.vm.ToValue(length)))
	case offset+length > size:
		panic(nodeerr.OutOfRange(m.vm, "length", "<= "+strconv.Itoa(size-offset), m.vm.ToValue(length)))
	}
}

// readPosition checks a read position: an integer >= -1.
func (m *fsModule) readPosition(v goja.Value) float64 {
	if _, ok := jsarg.Number(v); !ok {
		panic(nodeerr.InvalidArgType(m.vm, "position", "of type bigint or integer", v))
	}
	return jsarg.Integer(m.vm, v, "position", -1, maxSafeInteger)
}

// write is fs.write(fd, buffer, [offset], [length], [position]) or
// write(fd, buffer, [options]) or write(fd, string, [position],
// [encoding]); it yields the bytes written and the buffer or string.
func (m *fsModule) write() parser {
	return func(args []goja.Value) job {
		fd := m.fd(arg(args, 0), "fd")
		source := arg(args, 1)
		var data []byte
		var pos int64
		if b, isView := jsarg.View(m.vm, source); isView {
			data, pos = m.writeRange(b, args)
		} else {
			if !jsarg.IsString(source) {
				panic(nodeerr.InvalidArgType(m.vm, "buffer", "of type string or "+viewExpected, source))
			}
			enc := m.encoding(m.options(arg(args, 3)), encoding{enc: buffer.UTF8})
			if enc.raw {
				enc.enc = buffer.UTF8
			}
			if n := len(source.String()); enc.enc == buffer.Hex && n%2 != 0 {
				panic(nodeerr.InvalidArgValue(m.vm, "encoding", arg(args, 3), "is invalid for data of length "+strconv.Itoa(n)))
			}
			data, pos = buffer.StringToBytes(source, enc.enc), position(arg(args, 2))
		}
		return job{
			run: func() (any, error) { return writeAt(fd, data, pos) },
			values: func(res any) []goja.Value {
				return []goja.Value{m.vm.ToValue(res), source}
			},
		}
	}
}

// writeRange picks the bytes and position of a buffer write, checking them
// as Node's validateOffsetLengthWrite, and copies the bytes.
func (m *fsModule) writeRange(b []byte, args []goja.Value) ([]byte, int64) {
	offsetV, lengthV, posV := arg(args, 2), arg(args, 3), arg(args, 4)
	if o, isObj := offsetV.(*goja.Object); isObj {
		offsetV, lengthV, posV = get(o, "offset"), get(o, "length"), get(o, "position")
	}
	offset := 0
	if !isUndefined(offsetV) {
		offset = int(jsarg.Integer(m.vm, offsetV, "offset", 0, maxSafeInteger))
	}
	length := float64(len(b) - offset)
	if f, ok := jsarg.Number(lengthV); ok {
		length = f
	}
	switch {
	case offset > len(b):
		panic(nodeerr.OutOfRange(m.vm, "offset", "<= "+strconv.Itoa(len(b)), m.vm.ToValue(offset)))
	case length > float64(len(b)-offset):
		panic(nodeerr.OutOfRange(m.vm, "length", "<= "+strconv.Itoa(len(b)-offset), m.vm.ToValue(length)))
	case length < 0:
		panic(nodeerr.OutOfRange(m.vm, "length", ">= 0", m.vm.ToValue(length)))
	}
	end := offset + int(jsarg.Integer(m.vm, m.vm.ToValue(length), "length", 0, math.MaxInt32))
	return append([]byte(nil), b[offset:end]...), position(posV)
}

// toInt64 converts v as JavaScript's ToNumber then truncation, NaN being 0.
func toInt64(v goja.Value) int64 {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int64(f)
}
