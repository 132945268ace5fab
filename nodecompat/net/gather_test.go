package net_test

import (
	"fmt"
	"io"
	gonet "net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWritesGatheredInATaskReachThePeerWhenTheProcessExits(t *testing.T) {
	// The core gathers the small writes that follow a task's first one
	// until the task is over; process.exit() in that task must not lose
	// them, as Node, whose writes are all in the kernel, does not.
	const want = "first second third"
	ln, err := gonet.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	got := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			got <- err.Error()
			return
		}
		defer c.Close()
		_ = c.SetReadDeadline(time.Now().Add(time.Minute)) // a guard against hanging, not a measure
		b := make([]byte, len(want))
		n, _ := io.ReadFull(c, b)
		got <- string(b[:n])
	}()
	out, code := run(t, fmt.Sprintf(`
		const net = require('net');
		const c = net.connect(%d, '127.0.0.1', () => {
			c.write('first ');
			c.write('second ');
			c.write('third');
			process.exit(3);
		});
	`, ln.Addr().(*gonet.TCPAddr).Port))
	assert.Equal(t, 3, code, out)
	assert.Equal(t, want, <-got)
}
