// Package stream is Node.js v20's "stream" module for nodeshim: Stream,
// Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished,
// addAbortSignal, compose, duplexPair and the "stream/promises" API.
//
// The classes are written in JavaScript (the js directory, embedded and
// compiled once per process) because their semantics are a web of
// callbacks, listeners and process.nextTick scheduling that must match
// Node's event order exactly and must let scripts subclass them with class
// syntax or util.inherits and peek at _readableState and _writableState.
// The per-chunk paths (push to 'data', write to _write) allocate nothing of
// their own; the natives they rely on (process.nextTick, error
// construction) are Go.
//
// Go code such as the net façade reaches a runtime's module through Of and
// pushes socket bytes into a Readable with Module.Push, which wraps the
// bytes as a Buffer without copying.
package stream
