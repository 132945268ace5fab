// Command localpeer runs local peers for the W3C examples: an SMTP server
// with STARTTLS on 127.0.0.1:2525, an IMAP server with STARTTLS on
// 127.0.0.1:1143 (user "user", password "secret"), both with a certificate
// for localhost from a CA it writes to a file, and, with -ts, an MPEG-TS
// multicast sender.
//
//	go run ./examples/w3c/localpeer -ca /tmp/localpeer-ca.pem -ts 239.1.1.1:5004
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"time"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

func main() {
	caFile := flag.String("ca", "/tmp/localpeer-ca.pem", "where to write the CA certificate the examples trust")
	smtpAddr := flag.String("smtp", "127.0.0.1:2525", "SMTP listen address")
	imapAddr := flag.String("imap", "127.0.0.1:1143", "IMAP listen address")
	ts := flag.String("ts", "", "send an MPEG-TS stream (100 datagrams a second) to this group:port")
	flag.Parse()
	pki, err := w3ctest.NewPKI()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*caFile, []byte(pki.CA.CertPEM), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("CA certificate written to", *caFile)
	serve(*smtpAddr, "SMTP", func(c net.Conn) { w3ctest.ServeSMTP(c, pki.Leaf.TLS) })
	serve(*imapAddr, "IMAP", func(c net.Conn) { w3ctest.ServeIMAP(c, pki.Leaf.TLS, true) })
	if *ts != "" {
		go sendTS(*ts)
	}
	select {}
}

// serve accepts connections on addr and serves each on a goroutine.
func serve(addr, name string, handle func(net.Conn)) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(name, "with STARTTLS on", ln.Addr())
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				log.Fatal(err)
			}
			go func() {
				defer c.Close()
				handle(c)
			}()
		}
	}()
}

// sendTS sends seven-packet datagrams of PID 0x100 to group:port forever.
func sendTS(to string) {
	c, err := net.Dial("udp4", to)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("MPEG-TS to", to)
	cc := 0
	for range time.Tick(10 * time.Millisecond) {
		if _, err := c.Write(w3ctest.TSDatagram(0x100, &cc)); err != nil {
			log.Print(err)
		}
	}
}
