// Package w3c is nodeshim's W3C-style socket façade: the globals of the
// contract in spec/w3c-api.md — Socket (abstract), TCPSocket,
// TCPServerSocket, UDPSocket and WebSocket, their events (MessageEvent,
// UDPMessageEvent, ErrorEvent, CloseEvent, ConnectEvent) and Blob — on top
// of the socket core (core/tcp, core/udp, core/ws) and the shared web-platform
// classes of internal/webapi (EventTarget, Event, DOMException,
// AbortController, TextEncoder, TextDecoder).
//
// Enable installs the globals on a goja runtime driven by a core/loop.Loop.
// It works with or without the Node façade on the same runtime: the two
// share one Host (internal/host), one EventTarget and one loop. On a runtime
// without the Node façade Enable also provides queueMicrotask and the
// HTML timers (setTimeout, setInterval and their clear functions) when they
// are missing, so that W3C scripts can run on their own.
//
// # Events
//
// Every event is dispatched from a loop task, never from inside a
// constructor or a method call, in the order the network produced it; each
// network event costs one dispatch, and a message event is built only when
// something listens for it. An error that ends a socket is followed by
// close; a UDP send failure (EMSGSIZE) leaves the socket open.
//
// # Threads
//
// Everything runs on the loop's goroutine. The core starts goroutines only
// for blocking work (name resolution, TLS handshakes) and posts their
// results back; this package starts none.
package w3c
