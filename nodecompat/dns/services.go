package dns

import (
	"strconv"
	"strings"
	"sync"
)

// servicesPath is the services database lookupService reads.
const servicesPath = "/etc/services"

// tcpServices maps TCP ports to their first service name, read once.
var tcpServices = sync.OnceValue(func() map[int]string { return readServices(servicesPath) })

// readServices reads the TCP entries of a services file ("ssh 22/tcp").
func readServices(path string) map[int]string {
	names := map[int]string{}
	scanTable(path, func(fields []string) {
		portText, proto, ok := strings.Cut(fields[1], "/")
		port, err := strconv.Atoi(portText)
		if !ok || err != nil || proto != "tcp" {
			return
		}
		if _, seen := names[port]; !seen {
			names[port] = fields[0]
		}
	})
	return names
}

// serviceName is getnameinfo's service for a TCP port: its name in the
// services database, else the number.
func serviceName(port int) string {
	if name, ok := tcpServices()[port]; ok {
		return name
	}
	return strconv.Itoa(port)
}
