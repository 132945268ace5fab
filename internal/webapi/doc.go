// Package webapi implements the web-platform globals that both of nodeshim's
// façades install: EventTarget, Event, CustomEvent, DOMException,
// AbortController, AbortSignal, TextEncoder, TextDecoder and structuredClone,
// behaving as Node.js v20 exposes them (which follows the WHATWG and WebIDL
// standards, with a few Node quirks kept on purpose and listed where they
// are implemented).
//
// Enable installs the globals on a runtime. The rest of the exported API is
// for Go code that builds on these classes, such as the W3C socket façade:
// classes with real prototype chains (NewClass, EventTargetClass), events
// dispatched from Go without a call into JavaScript (Dispatch, Fire,
// NewEvent), on<event> handler attributes (DefineEventHandler), DOMException
// errors, abort signals (OnAbort, NewAbortSignal) and a streaming text
// decoder (NewDecoder).
//
// Everything here must run on the goroutine that owns the runtime. Listener
// exceptions are reported through the runtime's internal/host Host, as Node
// does: rethrown from process.nextTick, so they reach 'uncaughtException'.
package webapi
