// Package dgram is Node's "dgram" module for nodeshim: UDP sockets as
// EventEmitters over the socket core's udp.Socket, which the loop drives.
//
// A Socket is created unbound, as in Node; its core socket is opened when it
// binds (explicitly, or implicitly by send and connect). Host names go
// through the dns module's Lookup, or the socket's lookup option. Received
// datagrams reach JavaScript as Buffers over the core's fresh slices, without
// a copy; sent Buffers are referenced, not copied, until the kernel has them.
// Errors are Node's: the core's errors through nodeerr.FromSocket, argument
// errors with Node's codes (ERR_SOCKET_BAD_PORT, ERR_SOCKET_DGRAM_NOT_RUNNING
// ...).
package dgram
