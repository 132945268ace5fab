// Package e2e holds end-to-end tests of the socket core against Node.js
// itself: the same TLS and STARTTLS conversations with node v20 as the
// peer, so that interoperability and Node's verdicts are checked live. The
// tests skip when node is not installed.
package e2e
