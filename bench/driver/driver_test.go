package main

import (
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSummarize(t *testing.T) {
	cases := []struct {
		name   string
		values []float64
		want   summary
	}{
		{"odd count takes the middle", []float64{5, 1, 3}, summary{median: 3, min: 1, max: 5, n: 3}},
		{"even count averages the middle two", []float64{4, 1, 2, 10}, summary{median: 3, min: 1, max: 10, n: 4}},
		{"one run", []float64{7}, summary{median: 7, min: 7, max: 7, n: 1}},
		{"no runs", nil, summary{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, summarize(tc.values))
		})
	}
	values := []float64{3, 1, 2}
	summarize(values)
	assert.Equal(t, []float64{3, 1, 2}, values, "summarize must not reorder the caller's slice")
}

func TestRatio(t *testing.T) {
	assert.InDelta(t, 1.5, ratio(summarize([]float64{3}), summarize([]float64{2})), 1e-9)
	assert.True(t, math.IsNaN(ratio(summarize([]float64{3}), summarize([]float64{0}))), "zero denominator")
	assert.True(t, math.IsNaN(ratio(summarize(nil), summarize([]float64{2}))), "no runs of the engine")
	assert.True(t, math.IsNaN(ratio(summarize([]float64{2}), summarize(nil))), "no runs of node")
}

func TestLowerIsBetter(t *testing.T) {
	for name, want := range map[string]bool{
		"p50_us": true, "p99_us": true, "seconds": true, "rss_mb": true, "peak_rss_mb": true, "lost": true,
		"mb_per_s": false, "round_trips_per_s": false, "c50_conn_per_s": false, "dgrams_per_s": false,
	} {
		assert.Equal(t, want, lowerIsBetter(name), name)
	}
}

func TestParseReport(t *testing.T) {
	figs, notes, err := parseReport("warming up\n{\"workload\":\"w\",\"b\":2,\"a\":1.5,\"cipher\":\"X\"}\n", "w")
	require.NoError(t, err)
	assert.Equal(t, []figure{{"b", 2}, {"a", 1.5}}, figs, "figures keep the printed order")
	assert.Equal(t, map[string]string{"cipher": "X"}, notes)

	figs, _, err = parseReport("{\"workload\":\"w\",\"a\":1}\n{\"workload\":\"w\",\"a\":2}\n", "w")
	require.NoError(t, err)
	assert.Equal(t, []figure{{"a", 2}}, figs, "the last JSON line wins")

	for name, output := range map[string]string{
		"no JSON line":   "hello\n",
		"other workload": `{"workload":"x","a":1}`,
		"no figures":     `{"workload":"w","cipher":"X"}`,
		"broken JSON":    `{"workload":"w","a":}`,
		"not an object":  `{1}`,
	} {
		_, _, err := parseReport(output, "w")
		assert.Error(t, err, name)
	}
}

func TestErrorLine(t *testing.T) {
	node := "/x/a.js:3\n  require('tls')\n  ^\n\nError: Cannot find module 'tls'\n    at f (a.js:3:1)\n\nNode.js v20.20.2\n"
	assert.Equal(t, "Error: Cannot find module 'tls'", errorLine(node))
	assert.Equal(t, "killed", errorLine("\nkilled\nmore\n"))
	assert.Equal(t, "", errorLine(""))
}

func TestTable(t *testing.T) {
	r := newResults()
	ok := func(v, rss float64) outcome {
		return outcome{figures: []figure{{"mb_per_s", v}, {"p50_us", v / 100}}, notes: map[string]string{"cipher": "C"}, rssMB: rss}
	}
	for _, v := range []float64{1000, 1200, 1100} {
		r.add("tcp", engineNode, ok(v, 50))
		r.add("tcp", engineNodeshim, ok(v*2, 25))
	}
	r.add("tcp", engineW3C, outcome{err: errors.New("boom")})
	out := r.table([]string{"tcp", "udp"}, []string{engineNode, engineNodeshim, engineW3C, engineGo})
	lines := strings.Split(out, "\n")
	assert.Equal(t, "| workload | figure | node | nodeshim | nodeshim/node | nodeshim-w3c | nodeshim-w3c/node | go | go/node |", lines[0])
	assert.Equal(t, "| tcp | mb_per_s ↑ | 1,100 (1,000–1,200) | 2,200 (2,000–2,400) | 2.00 | n/a | – |  | – |", lines[2])
	assert.Equal(t, "| tcp | p50_us ↓ | 11.0 (10.0–12.0) | 22.0 (20.0–24.0) | 2.00 | n/a | – |  | – |", lines[3])
	assert.Equal(t, "| tcp | peak_rss_mb ↓ | 50.0 | 25.0 | 0.50 | n/a | – |  | – |", lines[4])
	assert.Contains(t, out, "- tcp, node: cipher C")
	assert.Contains(t, out, "- tcp, nodeshim-w3c: 1 of 1 runs failed (boom)")
}

func TestFormatNumber(t *testing.T) {
	for x, want := range map[float64]string{
		0: "0", 0.534: "0.53", 18.44: "18.4", 563.4: "563", 56321: "56,321", 1234567: "1,234,567", -4200: "-4,200",
	} {
		assert.Equal(t, want, formatNumber(x), "%v", x)
	}
}

func TestRotate(t *testing.T) {
	e := []string{"a", "b", "c"}
	assert.Equal(t, []string{"a", "b", "c"}, rotate(e, 0))
	assert.Equal(t, []string{"b", "c", "a"}, rotate(e, 1))
	assert.Equal(t, []string{"a", "b", "c"}, rotate(e, 3))
	assert.Equal(t, []string{"a", "b", "c"}, e, "rotate must not change its argument")
}

func TestParseFlags(t *testing.T) {
	cfg, err := parseFlags([]string{"-rounds", "7", "-seconds", "0.5", "-engines", "node,nodeshim", "-only", "tcp"})
	require.NoError(t, err)
	assert.Equal(t, 7, cfg.rounds)
	assert.Equal(t, []string{engineNode, engineNodeshim}, cfg.engines)
	assert.True(t, cfg.only.MatchString("tcp-many"))
	assert.False(t, cfg.only.MatchString("udp-flood"))
	assert.Positive(t, cfg.timeout)

	for _, args := range [][]string{{"-engines", "deno"}, {"-rounds", "0"}, {"-only", "("}} {
		_, err := parseFlags(args)
		assert.Error(t, err, "%v", args)
	}

	cfg, err = parseFlags([]string{"-variants"})
	require.NoError(t, err)
	assert.Equal(t, []string{engineNode, engineNodeshim}, cfg.engines, "the variants run under node and nodeshim only")
}

// TestVariantsAreListed checks that the driver's list of variants and the
// scripts in bench/variants are the same set (pingpong.js and throughput.js
// are harnesses the variants share, not workloads).
func TestVariantsAreListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "variants", "*.js"))
	require.NoError(t, err)
	var scripts []string
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".js"); name != "pingpong" && name != "throughput" {
			scripts = append(scripts, name)
		}
	}
	assert.ElementsMatch(t, variants, scripts)
}
