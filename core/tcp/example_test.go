package tcp_test

import (
	"fmt"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/tcp"
)

// echoHandler writes back what it reads and ends when the peer ends.
type echoHandler struct{ c *tcp.Conn }

func (h echoHandler) OnData(b []byte) { h.c.Write(b, nil) }
func (h echoHandler) OnEnd()          { h.c.CloseWrite(nil) }
func (echoHandler) OnDrain()          {}
func (echoHandler) OnError(error)     {}
func (echoHandler) OnClose(bool)      {}

// server hands every connection to an echoHandler, and stops listening
// after the first.
type server struct{ ln *tcp.Listener }

func (s *server) OnConnection(c *tcp.Conn) {
	c.SetHandler(echoHandler{c})
	s.ln.Close()
}

func (*server) OnError(error) {}

// printer prints what a client receives and how it ends.
type printer struct{}

func (printer) OnData(b []byte)       { fmt.Printf("received %q\n", b) }
func (printer) OnEnd()                { fmt.Println("end") }
func (printer) OnDrain()              {}
func (printer) OnError(err error)     { fmt.Println("error:", err) }
func (printer) OnClose(hadError bool) { fmt.Println("close, hadError:", hadError) }

// An echo server and a client on one loop. The client writes before it is
// connected (the bytes are queued), half-closes, and the connection closes
// by itself once the echo has ended too.
func Example() {
	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()

	s := &server{}
	s.ln, err = tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, s)
	if err != nil {
		panic(err)
	}
	c := tcp.Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: s.ln.Addr().Port()}, func(err error) {
		fmt.Println("connected:", err == nil)
	})
	c.SetHandler(printer{})
	c.Write([]byte("hello"), nil)
	c.CloseWrite(nil)

	if err := l.Run(); err != nil {
		panic(err)
	}
	// Output:
	// connected: true
	// received "hello"
	// end
	// close, hadError: false
}
