package udp

import "net/netip"

// Membership is a multicast group membership: any-source when Source is the
// zero Addr, source-specific (only Source's datagrams) otherwise.
type Membership struct {
	Group     netip.Addr
	Source    netip.Addr
	Interface Interface
}

// op returns the name Node gives the operation in its errors.
func (m Membership) op(join bool) string {
	switch {
	case join && m.Source.IsValid():
		return "addSourceSpecificMembership"
	case join:
		return "addMembership"
	case m.Source.IsValid():
		return "dropSourceSpecificMembership"
	default:
		return "dropMembership"
	}
}
