package udp_test

import (
	"bytes"
	"fmt"
	"net/netip"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

// An echo server and a client on one loop. Callbacks run on the loop's
// goroutine; the loop returns once both sockets are closed.
func Example() {
	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()
	localhost := netip.MustParseAddr("127.0.0.1")

	var server, client *udp.Socket
	server, err = udp.Open(l, udp.Config{Address: localhost}, udp.Handler{
		OnMessage: func(m udp.Message) {
			fmt.Printf("server: %q sent to %s, arrived on %s\n", m.Data, m.To, m.IfName)
			_ = server.Send(bytes.ToUpper(m.Data), m.From, nil)
		},
		OnClose: func() { fmt.Println("server closed") },
	})
	if err != nil {
		panic(err)
	}
	client, err = udp.Open(l, udp.Config{Address: localhost}, udp.Handler{
		OnMessage: func(m udp.Message) {
			fmt.Printf("client: %q\n", m.Data)
			client.Close()
			server.Close()
		},
	})
	if err != nil {
		panic(err)
	}
	to, _ := server.LocalAddr()
	_ = client.Send([]byte("hello"), to, func(err *sockerr.Error) {
		fmt.Println("client: sent, error:", err)
	})
	if err := l.Run(); err != nil {
		panic(err)
	}
	// Output:
	// client: sent, error: <nil>
	// server: "hello" sent to 127.0.0.1, arrived on lo
	// client: "HELLO"
	// server closed
}
