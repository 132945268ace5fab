package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/udp"
)

// membership implements addMulticastMembership and dropMulticastMembership
// (and their aliases): (group, [{interface, source}]). A number as the
// second argument, the proposal's port, is ignored.
func (u *udpSock) membership(c ctx, args []goja.Value, join bool) {
	r := u.r
	r.requireArgs(c, args, 1)
	group := r.toDOMString(c, args[0])
	ip, ok := parseIP(group)
	if !ok {
		panic(r.domError(c, "SyntaxError", "'"+group+"' is not a valid multicast group address."))
	}
	if !ip.Unmap().IsMulticast() {
		panic(r.domError(c, "InvalidAccessError", "'"+group+"' is not a multicast group address."))
	}
	m := udp.Membership{Group: ip.Unmap()}
	if d, ok := arg(args, 1).(*goja.Object); ok {
		if v := member(d, "interface"); v != nil {
			m.Interface = udp.ParseInterface(r.toDOMString(c, v))
		}
		if v := member(d, "source"); v != nil {
			s := r.toDOMString(c, v)
			src, ok := parseIP(s)
			if !ok {
				panic(r.domError(c, "SyntaxError", "'"+s+"' is not a valid source address."))
			}
			m.Source = src.Unmap()
		}
	}
	u.mustBeBound(c)
	var err error
	if join {
		err = u.u.Join(m)
	} else {
		err = u.u.Leave(m)
	}
	if err != nil {
		panic(r.jsError(asSockErr(err)))
	}
}

// joinedGroups returns the groups joined and not left, each once, in
// joining order, as a frozen array.
func (u *udpSock) joinedGroups() goja.Value {
	var groups []any
	if !u.closed() {
		seen := map[string]bool{}
		for _, m := range u.u.Memberships() {
			g := m.Group.String()
			if !seen[g] {
				seen[g] = true
				groups = append(groups, g)
			}
		}
	}
	return u.r.freeze(u.r.vm.NewArray(groups...))
}
