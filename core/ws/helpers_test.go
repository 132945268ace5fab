package ws

import (
	"fmt"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testTimeout bounds every loop run of the tests.
const testTimeout = 60 * time.Second

// newLoop returns a loop closed when the test ends.
var newLoop = looptest.New

// run runs the loop until nothing keeps it alive, failing the test if that
// takes longer than testTimeout.
func run(t testing.TB, l *loop.Loop) {
	t.Helper()
	looptest.Run(t, l, testTimeout)
}

// message is a message received.
type message struct {
	kind MessageType
	data []byte
}

// closeInfo is what OnClose reported.
type closeInfo struct {
	code     int
	reason   string
	wasClean bool
}

// recorder is a Handler that keeps what it is told and checks the
// contract: open before messages, nothing after close, close exactly once.
type recorder struct {
	t      testing.TB
	name   string
	conn   *Conn // the connection recorded, when set by echoServer or dial
	events []string
	msgs   []message
	errs   []error
	closed *closeInfo
	opened bool

	protocol, extensions string

	onOpen    func()
	onMessage func(m message)
	onDrain   func()
	onClose   func(ci closeInfo)
}

func newRecorder(t testing.TB, name string) *recorder {
	return &recorder{t: t, name: name}
}

func (r *recorder) check(event string) {
	assert.Nil(r.t, r.closed, "%s: %s after close", r.name, event)
	r.events = append(r.events, event)
}

func (r *recorder) OnOpen(protocol, extensions string) {
	r.check("open")
	assert.False(r.t, r.opened, "%s: opened twice", r.name)
	r.opened = true
	r.protocol, r.extensions = protocol, extensions
	if r.onOpen != nil {
		r.onOpen()
	}
}

func (r *recorder) OnMessage(kind MessageType, data []byte) {
	if len(r.events) == 0 || r.events[len(r.events)-1] != "message" {
		r.check("message")
	}
	assert.True(r.t, r.opened, "%s: message before open", r.name)
	assert.NotNil(r.t, data, "%s: nil message", r.name)
	m := message{kind, data}
	r.msgs = append(r.msgs, m)
	if r.onMessage != nil {
		r.onMessage(m)
	}
}

func (r *recorder) OnDrain() {
	r.check("drain")
	if r.onDrain != nil {
		r.onDrain()
	}
}

func (r *recorder) OnError(err error) {
	r.check("error")
	r.errs = append(r.errs, err)
}

func (r *recorder) OnClose(code int, reason string, wasClean bool) {
	r.check(fmt.Sprintf("close:%d", code))
	r.closed = &closeInfo{code, reason, wasClean}
	if r.onClose != nil {
		r.onClose(*r.closed)
	}
}

// listenerFuncs adapts a function to tcp.ListenerHandler.
type listenerFuncs func(c *tcp.Conn)

func (f listenerFuncs) OnConnection(c *tcp.Conn) { f(c) }
func (f listenerFuncs) OnError(error)            {}

// serve listens on loopback and accepts WebSocket upgrades with o, giving
// each connection to setup; after max connections it stops listening. It
// returns the ws:// URL to dial.
func serve(t testing.TB, l *loop.Loop, o AcceptOptions, max int, setup func(c *Conn)) string {
	t.Helper()
	served := 0
	var ln *tcp.Listener
	ln, err := tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, listenerFuncs(func(tc *tcp.Conn) {
		setup(Accept(tc, o))
		served++
		if served == max {
			require.NoError(t, ln.Close())
		}
	}))
	require.NoError(t, err)
	return fmt.Sprintf("ws://127.0.0.1:%d", ln.Addr().Port())
}

// echoServer serves one connection that sends every message back and
// records what it sees.
func echoServer(t testing.TB, l *loop.Loop, o AcceptOptions) (string, *recorder) {
	r := newRecorder(t, "server")
	url := serve(t, l, o, 1, func(c *Conn) {
		r.conn = c
		r.onMessage = func(m message) { send(c, m) }
		c.SetHandler(r)
	})
	return url, r
}

// dial connects a client with a recorder.
func dial(t testing.TB, l *loop.Loop, url string, o DialOptions) (*Conn, *recorder) {
	t.Helper()
	c, err := Dial(l, url, o)
	require.NoError(t, err)
	r := newRecorder(t, "client")
	r.conn = c
	c.SetHandler(r)
	return c, r
}

// sendAllThenClose has the client c, recorded by cli, send every message of
// sent once it opens, and close with code and reason once as many messages
// have come back: the client side of an echo test.
func sendAllThenClose(t testing.TB, c *Conn, cli *recorder, sent []message, code int, reason string) {
	cli.onOpen = func() {
		for _, m := range sent {
			send(c, m)
		}
	}
	cli.onMessage = func(message) {
		if len(cli.msgs) == len(sent) {
			require.NoError(t, c.Close(code, reason))
		}
	}
}

// pattern returns n bytes of a repeating, position-dependent pattern.
func pattern(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7) + seed + byte(i>>11)
	}
	return b
}

// send sends m on c.
func send(c *Conn, m message) {
	if m.kind == Text {
		c.SendText(string(m.data), nil)
	} else {
		c.SendBinary(m.data, nil)
	}
}
