// Package crlf splits a byte stream into CRLF-terminated lines, for the
// tests that speak line protocols (SMTP- and IMAP-like STARTTLS
// exchanges) over the core.
package crlf

import "bytes"

// Lines hands each complete CRLF-terminated line fed to it to OnLine,
// without the terminator. The zero value with OnLine set is ready to use.
type Lines struct {
	OnLine func(line string)
	buf    []byte
}

// Feed adds received bytes and calls OnLine for every line they complete.
func (l *Lines) Feed(b []byte) {
	l.buf = append(l.buf, b...)
	for {
		i := bytes.Index(l.buf, []byte("\r\n"))
		if i < 0 {
			return
		}
		line := string(l.buf[:i])
		l.buf = l.buf[i+2:]
		l.OnLine(line)
	}
}

// Rest hands over the bytes after the last complete line (for a STARTTLS
// upgrade, the first bytes of the TLS stream) and forgets them.
func (l *Lines) Rest() []byte {
	r := l.buf
	l.buf = nil
	return r
}
