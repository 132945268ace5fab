package mailserver

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// What the scripts print for a whole session. Before TLS the server lists
// STARTTLS and LOGINDISABLED (no plaintext password); after it, neither.
var (
	startTLSSession = fmt.Sprintf(`greeting: OK
a1 CAPABILITY: OK STARTTLS=true LOGINDISABLED=true
a2 STARTTLS: OK
secure: true TLSv1.3 localhost
a3 CAPABILITY: OK STARTTLS=false LOGINDISABLED=false
a4 LOGIN: OK
a5 SELECT INBOX: OK EXISTS=%d
a6 LOGOUT: OK BYE=true
closed, 0 more lines
`, inboxSize)
	implicitTLSSession = fmt.Sprintf(`secure: true TLSv1.3 localhost
greeting: OK
a1 CAPABILITY: OK STARTTLS=false LOGINDISABLED=false
a2 LOGIN: OK
a3 SELECT INBOX: OK EXISTS=%d
a4 LOGOUT: OK BYE=true
closed, 0 more lines
`, inboxSize)
	// Without the CA the certificate does not verify: the upgrade fails
	// with Node's code for a leaf whose issuer is unknown (Dovecot sends
	// the leaf alone).
	untrustedSession = `greeting: OK
a1 CAPABILITY: OK STARTTLS=true LOGINDISABLED=true
a2 STARTTLS: OK
failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE
`
)

// TestIMAPSessions runs the scripts of this folder against Dovecot.
func TestIMAPSessions(t *testing.T) {
	d := startDovecot(t, requireDovecot(t))
	imap, imaps := strconv.Itoa(d.imapPort), strconv.Itoa(d.imapsPort)
	cases := []struct {
		name, engine, script, port, ca string
		want                           string
		code                           int
	}{
		{"W3C STARTTLS", nodeshimBin, "w3c-starttls.js", imap, d.caFile, startTLSSession, 0},
		{"W3C implicit TLS", nodeshimBin, "w3c-implicit-tls.js", imaps, d.caFile, implicitTLSSession, 0},
		{"Node STARTTLS", nodeshimBin, "node-starttls.js", imap, d.caFile, startTLSSession, 0},
		{"Node STARTTLS under node", "node", "node-starttls.js", imap, d.caFile, startTLSSession, 0},
		{"W3C STARTTLS untrusted", nodeshimBin, "w3c-starttls.js", imap, "-", untrustedSession, 1},
		{"Node STARTTLS untrusted", nodeshimBin, "node-starttls.js", imap, "-", untrustedSession, 1},
		{"Node STARTTLS untrusted under node", "node", "node-starttls.js", imap, "-", untrustedSession, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if _, err := exec.LookPath(c.engine); err != nil {
				t.Skip("the reference needs node:", err)
			}
			out := runScript(t, c.engine, c.script, serverHost, c.port, c.ca, mailUser, mailPassword)
			assert.Equal(t, c.want, out.stdout, "stderr:\n%s", out.stderr)
			assert.Equal(t, c.code, out.code, "exit status; stderr:\n%s", out.stderr)
		})
	}
}

// TestShippedExample runs examples/w3c/imap-starttls.js against Dovecot:
// the example must work with a real server, not only with its local peer.
func TestShippedExample(t *testing.T) {
	d := startDovecot(t, requireDovecot(t))
	out := runScript(t, nodeshimBin, "../../examples/w3c/imap-starttls.js",
		serverHost, strconv.Itoa(d.imapPort), mailUser, mailPassword, d.caFile)
	assert.Empty(t, out.stderr)
	assert.Equal(t, 0, out.code)
	lines := strings.Split(strings.TrimSuffix(out.stdout, "\n"), "\n")
	for _, want := range []string{
		"C: a1 CAPABILITY", "C: a2 STARTTLS", "-- TLSv1.3, certificate for localhost", "C: a3 LOGIN ***",
		"C: a4 SELECT INBOX", fmt.Sprintf("S: * %d EXISTS", inboxSize), "C: a5 LOGOUT", "S: * BYE Logging out",
	} {
		assert.Contains(t, lines, want)
	}
	for tag := 1; tag <= 5; tag++ {
		prefix := "S: a" + strconv.Itoa(tag) + " OK"
		assert.True(t, containsPrefix(lines, prefix), "no line %q... in\n%s", prefix, out.stdout)
	}
	assert.Equal(t, "closed", lines[len(lines)-1])
}

// containsPrefix reports whether a line starts with prefix.
func containsPrefix(lines []string, prefix string) bool {
	for _, line := range lines {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}
