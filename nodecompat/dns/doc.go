// Package dns is Node's "dns" and "dns/promises" modules for nodeshim, and
// the host-name lookup the other Node façades (net, tls, dgram) share.
//
// dns.lookup goes through the system's resolver (the hosts file, then DNS)
// as Node's getaddrinfo does, on a goroutine that keeps the loop alive; the
// Go function Lookup is the same lookup for Go callers. The resolve family
// (resolve4, resolveMx, reverse, ..., and the Resolver class) speaks DNS
// itself, as Node's c-ares does: questions go over UDP (TCP when the answer
// is truncated) to the servers of /etc/resolv.conf or of setServers, so the
// hosts file is not consulted, TTLs are available, and failures carry
// c-ares's codes (ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT, ...).
package dns
