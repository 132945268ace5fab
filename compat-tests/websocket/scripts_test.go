package websockettests

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClientScript runs client.js under node and nodeshim against each
// peer: the four runs must print client.out.
func TestClientScript(t *testing.T) {
	needNode(t)
	certs := newCerts(t)
	for _, peer := range []struct {
		name  string
		start func(t *testing.T, certs *testCerts) (url, tlsURL string, env []string)
	}{
		{"go peer", func(t *testing.T, certs *testCerts) (string, string, []string) {
			url, tlsURL := startGoServer(t, certs)
			return url, tlsURL, nil
		}},
		{"npm ws peer", startWSServer},
	} {
		t.Run(peer.name, func(t *testing.T) {
			url, tlsURL, env := peer.start(t, certs)
			env = append(append(env, certs.trustEnv()...), "WS_URL="+url, "WSS_URL="+tlsURL)
			outs := map[string]string{}
			for engine, argv := range map[string][]string{
				"node":     {"node", "--experimental-websocket", "client.js"},
				"nodeshim": {bin, "client.js"},
			} {
				outs[engine] = start(t, env, argv...).rest(t)
			}
			require.Equal(t, outs["node"], outs["nodeshim"], "node's and nodeshim's output differ")
			golden(t, "client.out", outs["nodeshim"])
		})
	}
}

// startWSServer runs ws-server.js, the npm ws package's peer of
// client.js, under node, with certs for its wss: port.
func startWSServer(t *testing.T, certs *testCerts) (string, string, []string) {
	env := []string{needWS(t)}
	p := start(t, env, "node", "ws-server.js", certs.cert, certs.key)
	return "ws://127.0.0.1:" + p.field(t, "port"), "wss://127.0.0.1:" + p.field(t, "tlsport"), env
}

// TestServerScript serves the npm ws client (ws-client.js) from server.js
// under nodeshim: messages of every kind echoed with permessage-deflate
// (and its window and context takeover parameters) and a subprotocol,
// closes both ways, and protocol violations answered with 1002 or 1007
// while the script sees error then close 1006.
func TestServerScript(t *testing.T) {
	env := []string{needWS(t)}
	srv := start(t, nil, bin, "server.js")
	port := srv.field(t, "port")
	client := start(t, env, "node", "ws-client.js", "ws://127.0.0.1:"+port+"/").rest(t)
	golden(t, "ws-client.out", client)
	golden(t, "server.out", srv.rest(t))
	// What the .out files must keep saying, whatever -update writes.
	assert.Contains(t, client, `"label":"messages","echoed":8,"mismatches":0,"pongs":1,"errors":[],`+
		`"accepted":"permessage-deflate","protocol":"chat","extensions":"permessage-deflate","code":4000`)
	assert.Contains(t, client, `"label":"server window 10","echoed":3,"mismatches":0,"pongs":0,"errors":[],`+
		`"accepted":"permessage-deflate; server_max_window_bits=10"`)
	assert.Contains(t, client, `"label":"unmasked frame","echoed":0,"mismatches":0,"pongs":0,"errors":[],`+
		`"accepted":"","protocol":"","extensions":"","code":1002`)
	assert.Contains(t, client, `"label":"invalid utf-8","echoed":0,"mismatches":0,"pongs":0,"errors":[],`+
		`"accepted":"","protocol":"","extensions":"","code":1007`)
	assert.Equal(t, 8, strings.Count(client, `"code":1002`)+strings.Count(client, `"code":1007`),
		"each of the eight violations is answered with 1002 or 1007")
}
