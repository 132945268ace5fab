package w3ctests

import (
	"net"

	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/net/ipv4"
)

// mdnsServices are the service types the test responder advertises.
var mdnsServices = []string{"_http._tcp.local.", "_ipp._tcp.local."}

// startMDNS runs an mDNS responder on 224.0.0.251:5353 (lo) that answers
// the DNS-SD service enumeration query (PTR _services._dns-sd._udp.local)
// with mdnsServices: to the querier directly when it asked from another
// port than 5353 (a "legacy unicast" query), else to the group.
func (p *peerSet) startMDNS() error {
	pc, err := net.ListenPacket("udp4", "0.0.0.0:5353")
	if err != nil {
		return err
	}
	p.closers = append(p.closers, pc)
	lo, err := net.InterfaceByName("lo")
	if err != nil {
		return err
	}
	group := &net.UDPAddr{IP: net.IPv4(224, 0, 0, 251), Port: 5353}
	if err := ipv4.NewPacketConn(pc).JoinGroup(lo, group); err != nil {
		return err
	}
	p.goRun(func() {
		buf := make([]byte, 9000)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			reply, ok := mdnsAnswer(buf[:n])
			if !ok {
				continue
			}
			to := net.Addr(group)
			if from.(*net.UDPAddr).Port != 5353 {
				to = from
			}
			_, _ = pc.WriteTo(reply, to)
		}
	})
	return nil
}

// mdnsAnswer answers a service enumeration query; ok is false for any
// other message.
func mdnsAnswer(query []byte) ([]byte, bool) {
	var m dnsmessage.Message
	if err := m.Unpack(query); err != nil || m.Header.Response || len(m.Questions) != 1 {
		return nil, false
	}
	q := m.Questions[0]
	if q.Type != dnsmessage.TypePTR || q.Name.String() != "_services._dns-sd._udp.local." {
		return nil, false
	}
	reply := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: m.Header.ID, Response: true, Authoritative: true},
		Questions: m.Questions,
	}
	for _, svc := range mdnsServices {
		reply.Answers = append(reply.Answers, dnsmessage.Resource{
			Header: dnsmessage.ResourceHeader{Name: q.Name, Type: dnsmessage.TypePTR, Class: dnsmessage.ClassINET, TTL: 4500},
			Body:   &dnsmessage.PTRResource{PTR: dnsmessage.MustNewName(svc)},
		})
	}
	b, err := reply.Pack()
	return b, err == nil
}
