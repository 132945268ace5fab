package udp_test

import (
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

// newLoop returns a loop closed when the test ends.
var newLoop = looptest.New

// run runs the loop until nothing keeps it alive, failing the test if that
// takes longer than 5*time.Second.
func run(t testing.TB, l *loop.Loop) {
	t.Helper()
	looptest.Run(t, l, 5*time.Second)
}

// after runs fn on the loop once d has passed.
func after(l *loop.Loop, d time.Duration, fn func()) {
	l.NewTimer(d, fn)
}

// recorder collects a socket's events in the order they happen.
type recorder struct {
	msgs   []udp.Message
	errs   []*sockerr.Error
	drains int
	closes int
	events []string
	// onMessage, if set, runs after each message is recorded.
	onMessage func(udp.Message)
}

func (r *recorder) handler() udp.Handler {
	return udp.Handler{
		OnMessage: func(m udp.Message) {
			r.msgs = append(r.msgs, m)
			r.events = append(r.events, "message")
			if r.onMessage != nil {
				r.onMessage(m)
			}
		},
		OnError: func(err *sockerr.Error) {
			r.errs = append(r.errs, err)
			r.events = append(r.events, "error")
		},
		OnDrain: func() {
			r.drains++
			r.events = append(r.events, "drain")
		},
		OnClose: func() {
			r.closes++
			r.events = append(r.events, "close")
		},
	}
}

// payloads returns the received datagrams as strings.
func (r *recorder) payloads() []string {
	out := make([]string, len(r.msgs))
	for i, m := range r.msgs {
		out[i] = string(m.Data)
	}
	return out
}

// open opens a socket with a recorder, failing the test on error.
func open(t testing.TB, l *loop.Loop, cfg udp.Config) (*udp.Socket, *recorder) {
	t.Helper()
	r := &recorder{}
	s, err := udp.Open(l, cfg, r.handler())
	require.NoError(t, err)
	return s, r
}

// localAddr returns the socket's bound address, failing the test on error.
func localAddr(t testing.TB, s *udp.Socket) netip.AddrPort {
	t.Helper()
	a, err := s.LocalAddr()
	require.NoError(t, err)
	return a
}

// freePort returns a port that was free on addr a moment ago.
func freePort(t testing.TB, l *loop.Loop, addr netip.Addr) int {
	t.Helper()
	s, _ := open(t, l, udp.Config{Address: addr})
	port := localAddr(t, s).Port()
	s.Close()
	return int(port)
}

// requireCode asserts that err is a *sockerr.Error with the given code and
// syscall.
func requireCode(t testing.TB, err error, code, syscall string) *sockerr.Error {
	t.Helper()
	require.Error(t, err)
	var se *sockerr.Error
	require.ErrorAs(t, err, &se)
	require.Equal(t, code, se.Code, "error %q", err)
	require.Equal(t, syscall, se.Syscall, "error %q", err)
	return se
}

var (
	lo4 = netip.MustParseAddr("127.0.0.1")
	lo6 = netip.MustParseAddr("::1")
)
