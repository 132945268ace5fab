package ws

import (
	"net/http"
	"strconv"
	"strings"
)

// extension is one element of a Sec-WebSocket-Extensions header: a name
// and its parameters.
type extension struct {
	name   string
	params []param
}

type param struct {
	key, value string
	hasValue   bool
}

// parseExtensions reads a Sec-WebSocket-Extensions header's offers or
// answers, in order.
func parseExtensions(h http.Header) []extension {
	var out []extension
	for _, e := range listValues(h, "Sec-WebSocket-Extensions") {
		parts := strings.Split(e, ";")
		ext := extension{name: strings.TrimSpace(parts[0])}
		for _, p := range parts[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			ext.params = append(ext.params, param{
				key:      strings.TrimSpace(k),
				value:    strings.Trim(strings.TrimSpace(v), `"`),
				hasValue: ok,
			})
		}
		out = append(out, ext)
	}
	return out
}

// deflateName is RFC 7692's extension.
const deflateName = "permessage-deflate"

// deflateParams are permessage-deflate's parameters (RFC 7692, section
// 7.1). A window size of 0 is absent; clientMaxBits is -1 when an offer
// names client_max_window_bits without a value.
type deflateParams struct {
	serverNoContext, clientNoContext bool
	serverMaxBits, clientMaxBits     int
}

// parseDeflate checks the parameters of an offer (response false) or an
// answer: each known, at most once, with a valid value.
func parseDeflate(ps []param, response bool) (deflateParams, bool) {
	var d deflateParams
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.key] {
			return d, false
		}
		seen[p.key] = true
		switch p.key {
		case "server_no_context_takeover", "client_no_context_takeover":
			if p.hasValue {
				return d, false
			}
			if p.key[0] == 's' {
				d.serverNoContext = true
			} else {
				d.clientNoContext = true
			}
		case "server_max_window_bits", "client_max_window_bits":
			bits := -1
			if p.hasValue {
				n, err := strconv.Atoi(p.value)
				if err != nil || n < 8 || n > 15 {
					return d, false
				}
				bits = n
			} else if response || p.key[0] == 's' {
				return d, false
			}
			if p.key[0] == 's' {
				d.serverMaxBits = bits
			} else {
				d.clientMaxBits = bits
			}
		default:
			return d, false
		}
	}
	return d, true
}

// clientOffer is the extension a client offers when it asks for
// compression.
const clientOffer = deflateName + "; client_max_window_bits"

// clientDeflate applies the server's answer to our offer. Go's compressor
// always uses a 32 KiB window, so a client told to use a smaller one sends
// its messages uncompressed (which RFC 7692 allows) and still inflates the
// server's.
func clientDeflate(p deflateParams) *deflate {
	return &deflate{
		compressOut: p.clientMaxBits == 0 || p.clientMaxBits == 15,
		resetOut:    p.clientNoContext,
		resetIn:     p.serverNoContext,
	}
}

// acceptDeflate picks the first permessage-deflate offer whose parameters
// are valid and returns the configuration and the answer; nil when none.
// A client asking the server for a window smaller than 32 KiB gets
// uncompressed messages.
func acceptDeflate(offers []extension) (*deflate, string) {
	for _, o := range offers {
		if o.name != deflateName {
			continue
		}
		p, ok := parseDeflate(o.params, false)
		if !ok {
			continue
		}
		answer := deflateName
		d := &deflate{compressOut: true}
		if p.serverNoContext {
			answer += "; server_no_context_takeover"
			d.resetOut = true
		}
		if p.clientNoContext {
			answer += "; client_no_context_takeover"
			d.resetIn = true
		}
		if p.serverMaxBits > 0 {
			answer += "; server_max_window_bits=" + strconv.Itoa(p.serverMaxBits)
			d.compressOut = p.serverMaxBits == 15
		}
		return d, answer
	}
	return nil, ""
}
