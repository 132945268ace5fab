package dns

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// lookupResult is what one Lookup call reported.
type lookupResult struct {
	addrs []netip.Addr
	err   *sockerr.Error
	calls int
}

// lookup runs Lookup in a task and the loop until it is idle.
func (e *env) lookup(hostname string, family int, all bool) *lookupResult {
	r := &lookupResult{}
	e.Host.Run(func() {
		Lookup(e.Host, hostname, family, all, func(addrs []netip.Addr, err *sockerr.Error) {
			r.addrs, r.err = addrs, err
			r.calls++
		})
	})
	require.NoError(e.T, e.Loop.Run())
	return r
}

func TestLookupLocalhost(t *testing.T) {
	e := newEnv(t)
	r := e.lookup("localhost", 4, true)
	require.Nil(t, r.err)
	assert.Equal(t, 1, r.calls)
	assert.Contains(t, r.addrs, netip.MustParseAddr("127.0.0.1"))
	for _, a := range r.addrs {
		assert.True(t, a.Is4(), "family 4 gives IPv4 addresses only: %v", a)
	}
	one := e.lookup("localhost", 0, false)
	require.Nil(t, one.err)
	assert.Len(t, one.addrs, 1, "without all, only the first")
}

func TestLookupLiteralsAnswerFromTheNextTickQueue(t *testing.T) {
	e := newEnv(t)
	var order []string
	e.Host.Run(func() {
		Lookup(e.Host, "fe80::1%lo", 4, false, func(addrs []netip.Addr, err *sockerr.Error) {
			require.Nil(t, err)
			order = append(order, "lookup "+addrs[0].String())
		})
		e.Loop.Post(func() { order = append(order, "posted task") })
		order = append(order, "end of task")
	})
	require.NoError(t, e.Loop.Run())
	assert.Equal(t, []string{"end of task", "lookup fe80::1%lo", "posted task"}, order,
		"a literal is answered after the calling task, before the next one, whatever the family asked")

	empty := e.lookup("", 0, true)
	assert.Equal(t, 1, empty.calls)
	assert.Nil(t, empty.err)
	assert.Empty(t, empty.addrs)
}

func TestLookupFailure(t *testing.T) {
	e := newEnv(t)
	r := e.lookup("nonexistent.invalid", 0, false)
	require.NotNil(t, r.err)
	assert.Contains(t, []string{"ENOTFOUND", "EAI_AGAIN"}, r.err.Code)
	assert.Equal(t, "getaddrinfo", r.err.Syscall)
	assert.Equal(t, "nonexistent.invalid", r.err.Hostname)
	assert.Equal(t, "getaddrinfo "+r.err.Code+" nonexistent.invalid", r.err.Error())
	assert.Empty(t, r.addrs)
}

func TestLookupFollowsTheDefaultResultOrder(t *testing.T) {
	e := newEnv(t)
	e.Run(`dns.setDefaultResultOrder('ipv6first')`)
	assert.Equal(t, orderIPv6First, stateFor(e.VM).order, "the Go API and the module share the setting")
	assert.True(t, IsBuiltinLookup(e.VM, e.VM.Get("dns").ToObject(e.VM).Get("lookup")))
	assert.False(t, IsBuiltinLookup(e.VM, e.VM.Get("out")))
}
