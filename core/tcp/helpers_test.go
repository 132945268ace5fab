package tcp

import (
	"fmt"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
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

// recorder is a Handler that keeps what it is told and checks the contract:
// nothing after close, close exactly once, no data after end.
type recorder struct {
	t      testing.TB
	name   string
	data   []byte
	keep   bool // keep the data (else only count it)
	n      int
	events []string
	err    error
	closed bool

	onData  func(b []byte)
	onEnd   func()
	onDrain func()
	onClose func(hadError bool)
}

func newRecorder(t testing.TB, name string) *recorder {
	return &recorder{t: t, name: name, keep: true}
}

func (r *recorder) check(event string) {
	assert.False(r.t, r.closed, "%s: %s after close", r.name, event)
}

func (r *recorder) OnData(b []byte) {
	r.check("data")
	assert.NotContains(r.t, r.events, "end", "%s: data after end", r.name)
	assert.NotEmpty(r.t, b, "%s: empty data", r.name)
	r.n += len(b)
	if r.keep {
		r.data = append(r.data, b...)
	}
	if r.onData != nil {
		r.onData(b)
	}
}

func (r *recorder) OnEnd() {
	r.check("end")
	r.events = append(r.events, "end")
	if r.onEnd != nil {
		r.onEnd()
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
	r.events = append(r.events, "error")
	r.err = err
}

func (r *recorder) OnClose(hadError bool) {
	r.check("close")
	r.closed = true
	r.events = append(r.events, fmt.Sprintf("close:%v", hadError))
	if r.onClose != nil {
		r.onClose(hadError)
	}
}

// listenerFuncs adapts functions to ListenerHandler.
type listenerFuncs struct {
	conn func(c *Conn)
	err  func(err error)
}

func (f listenerFuncs) OnConnection(c *Conn) { f.conn(c) }

func (f listenerFuncs) OnError(err error) {
	if f.err != nil {
		f.err(err)
	}
}

// echoOn has c write back what it reads and end when the peer ends, through
// a recorder named name that counts the bytes without keeping them.
func echoOn(t testing.TB, c *Conn, name string) {
	r := newRecorder(t, name)
	r.keep = false
	r.onData = func(b []byte) { c.Write(b, nil) }
	r.onEnd = func() { c.CloseWrite(nil) }
	c.SetHandler(r)
}

// echo serves every accepted connection by writing back what it reads and
// ending when the peer ends. It closes the listener after max connections.
func echo(t testing.TB, l *loop.Loop, opts ListenOptions, max int) *Listener {
	t.Helper()
	served := 0
	var ln *Listener
	ln, err := Listen(l, opts, listenerFuncs{conn: func(c *Conn) {
		echoOn(t, c, "echo")
		served++
		if served == max {
			require.NoError(t, ln.Close())
		}
	}})
	require.NoError(t, err)
	return ln
}
