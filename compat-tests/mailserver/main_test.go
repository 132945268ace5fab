// Package mailserver tests nodeshim's STARTTLS and TLS clients against a
// real mail server that nobody on the project wrote: Dovecot (Debian's
// dovecot-imapd), started by the test with its own configuration, ports,
// certificate and mailbox in a temporary directory. The scripts of this
// folder hold an IMAP session with it through the W3C façade and through
// the Node façade (that one also under node, as the reference), and so does
// examples/w3c/imap-starttls.js.
//
// Without Dovecot the tests skip, unless the environment has CI=true: CI
// installs Dovecot (.ci/run), so there its absence is a failure.
package mailserver

import (
	"fmt"
	"os"
	"testing"

	"github.com/nodeshim/nodeshim/compat-tests/internal/nodeshimbin"
)

// nodeshimBin is the nodeshim binary TestMain builds; empty when Dovecot is
// missing, since every test then stops before running a script.
var nodeshimBin string

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	if _, err := dovecotPath(); err != nil {
		return m.Run()
	}
	bin, dir, err := nodeshimbin.Build("../../cmd/nodeshim", "nodeshim-mailserver-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	nodeshimBin = bin
	return m.Run()
}
