package sockerr

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/sys/unix"
)

func TestFromErrnoReadsLikeNode(t *testing.T) {
	cases := []struct {
		errno   unix.Errno
		syscall string
		code    string
		msg     string
	}{
		{unix.ECONNREFUSED, "connect", "ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9"},
		{unix.EADDRINUSE, "listen", "EADDRINUSE", "listen EADDRINUSE 127.0.0.1:9"},
		{unix.ECONNRESET, "read", "ECONNRESET", "read ECONNRESET 127.0.0.1:9"},
		{unix.EMSGSIZE, "send", "EMSGSIZE", "send EMSGSIZE 127.0.0.1:9"},
	}
	for _, tc := range cases {
		e := FromErrno(tc.syscall, tc.errno, "127.0.0.1", 9)
		assert.Equal(t, tc.code, e.Code)
		assert.Equal(t, -int(tc.errno), e.Errno)
		assert.Equal(t, tc.msg, e.Error())
	}
}

func TestWrapFindsErrnoInsideWrappedErrors(t *testing.T) {
	e := Wrap("write", fmt.Errorf("writev: %w", unix.EPIPE), "", 0)
	assert.Equal(t, "EPIPE", e.Code)
	assert.Equal(t, "write EPIPE", e.Error())
	same := Wrap("read", e, "", 0)
	assert.Same(t, e, same)
	assert.Nil(t, Wrap("x", nil, "", 0))
}
