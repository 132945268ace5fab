// Command goref is the pure-Go reference for nodeshim's benchmark
// workloads: the same loopback work as bench/node/*.js, done with the
// standard library's net and crypto/tls, server and client in one process,
// printing the same one JSON line.
//
//	goref [-certs DIR] WORKLOAD
//
// Workloads: tcp-throughput, tcp-pingpong, tcp-connrate, tcp-many, udp-flood,
// tls-throughput, tls-handshake. BENCH_SECONDS, BENCH_CONNS and
// BENCH_PINGPONGS are read as by the scripts. TLS is restricted to TLS 1.3
// with the X25519 key exchange, which is what node v20 negotiates (Go's
// default would be the slower X25519MLKEM768 hybrid).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"time"
)

// workloads maps each workload's name to the function that runs it and
// returns its figures.
var workloads = map[string]func() (figures, error){
	"tcp-throughput": tcpThroughput,
	"tcp-pingpong":   tcpPingPong,
	"tcp-connrate":   tcpConnRate,
	"tcp-many":       tcpMany,
	"udp-flood":      udpFlood,
	"tls-throughput": tlsThroughput,
	"tls-handshake":  tlsHandshake,
}

// certDir is where the TLS workloads find ca.pem, server.pem and
// server-key.pem.
var certDir string

// figures is one workload's result, printed as JSON.
type figures map[string]any

func main() {
	flag.StringVar(&certDir, "certs", "bench/certs", "directory holding the benchmark certificates")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: goref [-certs DIR] WORKLOAD")
		flag.PrintDefaults()
	}
	flag.Parse()
	run, ok := workloads[flag.Arg(0)]
	if flag.NArg() != 1 || !ok {
		flag.Usage()
		os.Exit(2)
	}
	f, err := run()
	if err != nil {
		fmt.Fprintln(os.Stderr, "goref:", err)
		os.Exit(1)
	}
	f["workload"] = flag.Arg(0)
	out, err := json.Marshal(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goref:", err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}

// seconds is how long each timed phase runs: BENCH_SECONDS, default 2.
func seconds() time.Duration {
	s, err := strconv.ParseFloat(os.Getenv("BENCH_SECONDS"), 64)
	if err != nil || s <= 0 {
		s = 2
	}
	return time.Duration(s * float64(time.Second))
}

// count reads a positive integer parameter from the environment.
func count(name string, dflt int) int {
	n, err := strconv.Atoi(os.Getenv(name))
	if err != nil || n <= 0 {
		return dflt
	}
	return n
}

// round keeps d decimals.
func round(x float64, d int) float64 {
	f := math.Pow(10, float64(d))
	return math.Round(x*f) / f
}

// percentile returns the p-th percentile (0..100) of an ascending slice, as
// common.js does.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(0, min(len(sorted)-1, i))]
}

// latencyFigures summarises round-trip times (µs) measured over elapsed.
func latencyFigures(rtts []float64, elapsed time.Duration) figures {
	sort.Float64s(rtts)
	return figures{
		"round_trips_per_s": math.Round(float64(len(rtts)) / elapsed.Seconds()),
		"p50_us":            round(percentile(rtts, 50), 1),
		"p99_us":            round(percentile(rtts, 99), 1),
	}
}
