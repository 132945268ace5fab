// Package net is Node.js v20's "net" module for nodeshim: Socket (a
// stream.Duplex), Server, connect/createConnection, createServer, isIP,
// BlockList and SocketAddress, over the socket core's TCP and Unix-domain
// connections (package core/tcp), which the loop drives.
//
// The classes are JavaScript (the js directory, embedded and compiled once
// per process) because a Socket is a stream.Duplex whose event order and
// nextTick scheduling must match Node's exactly and which scripts subclass
// and inspect. Beneath them are handles written in Go, the counterparts of
// Node's TCPWrap and PipeWrap: each wraps one core connection or listener.
//
// The read path is the hot one: a chunk the core read goes into the
// socket's readable side with one Go→JavaScript call
// (stream.Module.PushProducing, which also settles the stream's read-ahead
// while the handle reads), as a Buffer over the core's fresh slice,
// without a copy, or as the string it decodes to in Go when the socket has
// an encoding. A paused socket's 'readable' listener reads it with read(),
// which skips the socket's _read while the handle reads
// (stream.Module.SetIdleRead). Writes pass the bytes of a Buffer to the core without a
// copy; the core keeps them referenced until the kernel has taken them. A
// write of a Buffer, or of a string in UTF-8 (encoded in Go), with or
// without a callback, on an idle, connected socket goes from write() to
// the handle in Go
// (writeDirect, registered with stream.Module.SetDirectWrite), so
// that a write the kernel takes at once runs no JavaScript of the stream. Idle timeouts are timers of
// the loop that reads refresh from Go, so a read costs no extra crossing.
//
// The tls package builds on this one through the Go API in goapi.go: it
// extends Socket and Server in JavaScript and takes over a handle's core
// connection to start TLS on it.
package net
