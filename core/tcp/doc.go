// Package tcp is the socket core's stream transport: TCP and Unix-domain
// connections and listeners driven by the event loop of package loop, with
// TLS and STARTTLS on the same connections. It imports no JavaScript engine;
// both façades (W3C sockets and Node's net/tls) drive these handles, and
// package tlsconn gives the TLS side Node's options and verdicts.
//
// # The I/O model
//
// Sockets are non-blocking file descriptors made with socket(2) and
// accept4(2) and registered, edge-triggered, with the loop's epoll. They
// never touch Go's netpoller, and the package starts no goroutine for them:
// the loop's goroutine reads a socket when epoll reports it readable and
// writes inline. Only blocking work runs elsewhere — name resolution
// (package dns) and the TLS handshake — and posts its result back to the
// loop.
//
// Reads hand on exactly the bytes read, at most 64 KiB per OnData (or what
// SetMaxChunk allows), in one of two ways (SetReadReuse). By default each
// chunk is a fresh slice which the handler owns: a façade can wrap it in an
// ArrayBuffer without copying. Small messages are read into a pooled 4 KiB
// buffer and copied out (one system call); once a read fills it, reads are
// sized with FIONREAD and go straight into the fresh slice, whose array is
// recycled once nothing refers to it (a finalizer) and capped at the
// chunk's length, so stale bytes stay out of reach. A handler that
// consumes bytes at once (a parser, a hash, a pipe) can instead take a
// reused buffer that is only valid during the call, which saves an
// allocation per read. One readiness event reads at most a budget of chunks
// before the connection yields to the others.
//
// Writes never block. Write writes inline when nothing is queued; what the
// kernel does not take is queued without a copy — so the caller must not
// modify a slice it passed to Write until that write's callback has run —
// and flushed with writev when epoll reports the socket writable.
// WriteBorrowed copies what it queues instead, for a caller whose buffer may
// change as soon as the call returns. The small writes that follow a loop
// task's first one are copied and gathered into one write(2) at the end of
// the task (see gather in conn_write.go); to the caller they are writes the
// kernel took at once.
//
// # The handle contract
//
// All methods of Conn and Listener must be called on the loop's goroutine,
// and all callbacks run there. Callbacks never run inside a method call the
// owner makes (a Write's done callback for a write the kernel took, or that
// was gathered, at once is the one exception), so a handler may call any
// method at any time.
//
//   - Data: OnData delivers received bytes in order. Pause stops reading —
//     the kernel's receive window then closes and TCP slows the peer down —
//     and Resume restarts it.
//   - Writes: Write(b, done) returns the bytes now queued (Node's
//     writableLength, W3C's bufferedAmount); done runs once b is handed to
//     the kernel (or gathered for it). Writes complete in order. OnDrain reports that the queue
//     emptied after a Write had returned a non-zero count.
//   - Ending: CloseWrite sends FIN once the queue is flushed and keeps
//     reading; OnEnd reports the peer's FIN. When both directions are
//     finished the connection closes by itself. Close flushes, then closes;
//     Destroy closes at once and drops the queue; Reset closes with RST.
//   - Closing: OnClose is the last event and comes exactly once, with
//     hadError true when a failure closed the connection. A failure is
//     reported by OnError just before it — or, for a failed connect or TLS
//     handshake, to that operation's own callback instead.
//   - Keep-alive: an open connection or listener keeps the loop alive
//     unless Unref'd.
//   - Errors are *sockerr.Error values carrying Node's code, errno and
//     syscall.
//
// Options follow Node's defaults, not Go's: Nagle's algorithm on and
// keep-alive off, until SetNoDelay and SetKeepAlive say otherwise.
//
// # TLS
//
// StartTLS secures an open connection, right after connecting or in the
// middle of a plain conversation (STARTTLS), on either side. Reading in
// clear stops at once, bytes written before the call go out in clear,
// bytes written after it are held and encrypted, and bytes already received
// that belong to the handshake are handed over with TLSUpgrade.Pending. The
// handshake runs crypto/tls on a short-lived goroutine over an adapter the
// loop feeds; afterwards the same tls.Conn runs on the loop: its records
// are read when the socket is readable — the adapter returns a temporary
// error when the socket is empty, which crypto/tls does not keep — and
// written into the connection's queue. No goroutine remains per connection.
// Plaintext comes in chunks as clear text does: small ones copied out of a
// pooled buffer, a bulk transfer's decrypted straight into recycled arrays
// of up to SetMaxChunk's bound.
package tcp
