// Package stream is Node.js v20's "stream" module for nodeshim: Stream,
// Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished,
// addAbortSignal, compose, duplexPair and the "stream/promises" API.
//
// The classes are written in JavaScript (the js directory, embedded and
// compiled once per process) because their semantics are a web of
// callbacks, listeners and process.nextTick scheduling that must match
// Node's event order exactly and must let scripts subclass them with class
// syntax or util.inherits and peek at _readableState and _writableState.
// The per-chunk paths (push to 'data', write to _write) allocate little of
// their own (goja boxes the result of a bitwise operation on a flags
// number); the natives they rely on (process.nextTick, error
// construction) are Go.
//
// Go code such as the net façade reaches a runtime's module through Of and
// pushes socket bytes into a Readable with Module.Push, which wraps the
// bytes as a Buffer without copying. Because goja runs JavaScript some 100
// times slower than V8, the socket paths cross into JavaScript as little as
// the semantics allow: Module.PushProducing emits a flowing chunk (decoded
// in Go when the stream has an encoding) and settles its read-ahead in one
// call, or buffers a paused one and queues its 'readable' and read-ahead
// as one Go tick; read() is a Go function that takes a one-chunk buffer
// itself (Module.SetIdleRead names a _read it may skip calling); and
// Module.SetDirectWrite lets a write of bytes or a UTF-8
// string, with or without a callback, on an idle stream go from write(),
// which is a Go function, to the sink without running JavaScript (one the
// sink finishes later completes through Module.WriteCompletion, whose
// common case, 'drain' and the callback included, is Go too; the callbacks
// of writes finished at once run on a tick of Go's, batched as Node
// batches them). A Buffer written to an idle stream of any other _write
// reaches _write from Go as well. The rest of a socket's life takes Go's
// paths too: read(0), resume() and its tick, listeners for events other
// than 'data' and 'readable', end() and end(chunk), the end of the data
// from Go (Module.EndOfData) with its 'end' tick, and destroy() with what
// a direct _destroy calls when done; each hands the cases it does not
// settle to the script's function. Both states keep few own
// properties, since every own property is a map entry per stream in goja:
// their flags are bits of one number under kState, in Node 20.20's layout
// (readstate.go and writablestate.go define the bits), so that Go reads
// every flag of a state at once.
package stream
