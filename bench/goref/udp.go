package main

import (
	"net"
	"sync/atomic"
	"time"
)

// udpFlood is bench/node/udp-flood.js: 512-byte datagrams, at most 64 in
// flight, the outstanding ones presumed lost when two 50 ms checks in a row
// saw nothing arrive, 100 ms of grace before counting losses.
func udpFlood() (figures, error) {
	const size, window = 512, 64
	rx, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		return nil, err
	}
	defer rx.Close()
	tx, err := net.DialUDP("udp4", nil, rx.LocalAddr().(*net.UDPAddr))
	if err != nil {
		return nil, err
	}
	defer tx.Close()
	var got atomic.Int64
	kick := make(chan struct{}, 1)
	go func() {
		buf := make([]byte, 2048)
		for {
			if _, _, err := rx.ReadFromUDP(buf); err != nil {
				return
			}
			got.Add(1)
			select {
			case kick <- struct{}{}:
			default:
			}
		}
	}()
	msg := make([]byte, size)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var sent, presumedLost, lastGot int64 = 0, 0, -1
	stalls := 0
	t0 := time.Now()
	deadline := t0.Add(seconds())
	for {
		for sent-got.Load()-presumedLost >= window {
			select {
			case <-kick:
			case <-tick.C:
				g := got.Load()
				if g == lastGot {
					stalls++
				} else {
					stalls = 0
				}
				lastGot = g
				if stalls >= 2 {
					stalls = 0
					presumedLost = sent - g
				}
			}
		}
		if sent&63 == 0 && !time.Now().Before(deadline) {
			break
		}
		if _, err := tx.Write(msg); err != nil {
			return nil, err
		}
		sent++
	}
	rate := float64(got.Load()) / time.Since(t0).Seconds()
	time.Sleep(100 * time.Millisecond)
	return figures{"dgrams_per_s": float64(int64(rate + 0.5)), "lost": sent - got.Load()}, nil
}
