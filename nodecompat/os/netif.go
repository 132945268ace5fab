package os

import (
	"net"
	"strconv"
)

// Address is one entry of os.networkInterfaces().
type Address struct {
	Interface string
	Address   string
	Netmask   string
	Family    string // "IPv4" or "IPv6"
	MAC       string
	Internal  bool
	CIDR      string
	ScopeID   int // IPv6 only: the interface index for link-local addresses
}

// NetworkInterfaces returns the addresses of the interfaces that are up and
// running, IPv4 addresses first and then IPv6, each in the kernel's order,
// as getifaddrs (and so Node) lists them.
func NetworkInterfaces() ([]Address, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var v4, v6 []Address
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			return nil, err
		}
		for _, a := range addrs {
			ipnet, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			entry := newAddress(ifc, ipnet)
			if entry.Family == "IPv4" {
				v4 = append(v4, entry)
			} else {
				v6 = append(v6, entry)
			}
		}
	}
	return append(v4, v6...), nil
}

// newAddress describes one address of ifc.
func newAddress(ifc net.Interface, ipnet *net.IPNet) Address {
	a := Address{
		Interface: ifc.Name,
		MAC:       "00:00:00:00:00:00",
		Internal:  ifc.Flags&net.FlagLoopback != 0,
	}
	if len(ifc.HardwareAddr) == 6 {
		a.MAC = ifc.HardwareAddr.String()
	}
	ip, mask := ipnet.IP, ipnet.Mask
	if ip4 := ip.To4(); ip4 != nil && len(mask) == net.IPv4len {
		ip = ip4
		a.Family = "IPv4"
	} else {
		a.Family = "IPv6"
		if ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() {
			a.ScopeID = ifc.Index
		}
	}
	ones, _ := mask.Size()
	a.Address = ip.String()
	a.Netmask = net.IP(mask).String()
	a.CIDR = a.Address + "/" + strconv.Itoa(ones)
	return a
}
