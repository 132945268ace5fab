package dns

import (
	"net/netip"
	"slices"
)

// The result orders of dns.lookup and dns.setDefaultResultOrder.
const (
	orderVerbatim  = "verbatim"
	orderIPv4First = "ipv4first"
	orderIPv6First = "ipv6first"
)

// validOrders lists the orders in the order Node's messages name them.
var validOrders = []string{orderVerbatim, orderIPv4First, orderIPv6First}

// sortByOrder reorders addrs in place: verbatim keeps the resolver's order,
// the others move one family ahead of the other, keeping each family's order.
func sortByOrder(addrs []netip.Addr, order string) {
	if order == orderVerbatim {
		return
	}
	v4First := order == orderIPv4First
	slices.SortStableFunc(addrs, func(a, b netip.Addr) int {
		rank := func(x netip.Addr) int {
			if x.Is4() == v4First {
				return 0
			}
			return 1
		}
		return rank(a) - rank(b)
	})
}
