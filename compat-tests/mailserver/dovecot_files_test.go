package mailserver

import (
	"fmt"
	"net"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"testing"
	"text/template"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// The account the scripts log in with, and how many messages its INBOX
// holds.
const (
	mailUser     = "nodeshim"
	mailPassword = "test-secret"
	inboxSize    = 2
)

// serverHost is the address Dovecot listens on. Not 127.0.0.1: Dovecot
// treats a connection whose two ends have the same address as secure and
// would allow a plaintext LOGIN before STARTTLS; from 127.0.0.1 to
// 127.0.0.2 it advertises LOGINDISABLED until TLS is up, so the scripts can
// show that the server saw their TLS. All of 127.0.0.0/8 is local on Linux.
const serverHost = "127.0.0.2"

// dovecotSetup is what the configuration template needs.
type dovecotSetup struct {
	Dir                 string
	Host                string
	IMAPPort, IMAPSPort int
	MailUID, MailGID    int
	LoginUser, Internal string // empty as root: Dovecot's own accounts
	InternalGroup       string
}

var dovecotConf = template.Must(template.New("dovecot.conf").Parse(`# One test's Dovecot, written by compat-tests/mailserver.
base_dir = {{.Dir}}/run
state_dir = {{.Dir}}/state
log_path = {{.Dir}}/dovecot.log
listen = {{.Host}}
protocols = imap
ssl = yes
ssl_cert = <{{.Dir}}/cert.pem
ssl_key = <{{.Dir}}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain
mail_location = maildir:~/Maildir
first_valid_uid = {{.MailUID}}
first_valid_gid = {{.MailGID}}
{{- if .LoginUser}}
default_login_user = {{.LoginUser}}
default_internal_user = {{.Internal}}
default_internal_group = {{.InternalGroup}}
{{- end}}
passdb {
  driver = passwd-file
  args = {{.Dir}}/passwd
}
userdb {
  driver = passwd-file
  args = {{.Dir}}/passwd
}
# No chroot: it needs root, and the test may run without it.
service anvil {
  chroot =
}
service imap-login {
  chroot =
  inet_listener imap {
    port = {{.IMAPPort}}
  }
  inet_listener imaps {
    port = {{.IMAPSPort}}
    ssl = yes
  }
}
`))

// newDovecotSetup chooses the accounts Dovecot runs as. As root, the mail
// belongs to nobody and the other processes run as Dovecot's own accounts
// (its imap-login refuses root); otherwise everything runs as the current
// user.
func newDovecotSetup(t *testing.T, dir string) dovecotSetup {
	s := dovecotSetup{Dir: dir, Host: serverHost}
	if os.Geteuid() == 0 {
		nobody, err := user.Lookup("nobody")
		require.NoError(t, err)
		s.MailUID, s.MailGID = atoi(t, nobody.Uid), atoi(t, nobody.Gid)
		return s
	}
	me, err := user.Current()
	require.NoError(t, err)
	group, err := user.LookupGroupId(me.Gid)
	require.NoError(t, err)
	s.MailUID, s.MailGID = atoi(t, me.Uid), atoi(t, me.Gid)
	s.LoginUser, s.Internal, s.InternalGroup = me.Username, me.Username, group.Name
	return s
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

// writeDovecotFiles writes the configuration for s and what it names into
// s.Dir: a certificate for localhost and serverHost signed by a fresh CA
// (whose certificate goes to ca.pem for the scripts), the passwd file, and a
// mailbox of inboxSize messages owned by the mail account.
func writeDovecotFiles(t *testing.T, s dovecotSetup) {
	ca, err := w3ctest.NewCert(w3ctest.Spec{CommonName: "nodeshim mailserver test CA", IsCA: true})
	require.NoError(t, err)
	leaf, err := w3ctest.NewCert(w3ctest.Spec{
		CommonName: "localhost",
		DNSNames:   []string{"localhost"},
		IPs:        []net.IP{net.ParseIP(serverHost)},
		Issuer:     ca,
	})
	require.NoError(t, err)
	conf, err := os.Create(filepath.Join(s.Dir, "dovecot.conf"))
	require.NoError(t, err)
	defer conf.Close()
	require.NoError(t, dovecotConf.Execute(conf, s))

	home := filepath.Join(s.Dir, "home")
	files := map[string]string{
		"ca.pem":   ca.CertPEM,
		"cert.pem": leaf.CertPEM,
		"key.pem":  leaf.KeyPEM,
		"passwd":   fmt.Sprintf("%s:{PLAIN}%s:%d:%d::%s\n", mailUser, mailPassword, s.MailUID, s.MailGID, home),
	}
	for i := 1; i <= inboxSize; i++ {
		files[fmt.Sprintf("home/Maildir/new/%d.test", i)] = fmt.Sprintf(
			"From: test@localhost\r\nTo: %s@localhost\r\nSubject: message %d\r\n\r\nHello.\r\n", mailUser, i)
	}
	for _, sub := range []string{"home/Maildir/cur", "home/Maildir/new", "home/Maildir/tmp"} {
		require.NoError(t, os.MkdirAll(filepath.Join(s.Dir, sub), 0o700))
	}
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(s.Dir, name), []byte(content), 0o644))
	}
	require.NoError(t, os.Chmod(filepath.Join(s.Dir, "key.pem"), 0o600))
	require.NoError(t, filepath.WalkDir(home, func(path string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(path, s.MailUID, s.MailGID)
	}))
}
