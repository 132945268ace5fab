package url

import "strings"

// formatFields are the properties url.format() reads from a URL object,
// already converted as its `x || ”` reads do; query is the stringified
// query object, if there was one.
type formatFields struct {
	auth, protocol, pathname, hash, host, hostname, port, search, query string
	slashes                                                             bool
}

// formatLegacy builds a URL string from fields as Node's legacy
// url.format() does.
func formatLegacy(f formatFields) string {
	auth := f.auth
	if auth != "" {
		auth = escapeAuth(auth) + "@"
	}
	host := ""
	switch {
	case f.host != "":
		host = auth + f.host
	case f.hostname != "":
		name := f.hostname
		if strings.Contains(name, ":") && !(strings.HasPrefix(name, "[") && strings.HasSuffix(name, "]")) {
			name = "[" + name + "]"
		}
		host = auth + name
		if f.port != "" {
			host += ":" + f.port
		}
	}
	search := f.search
	if search == "" && f.query != "" {
		search = "?" + f.query
	}
	protocol := f.protocol
	if protocol != "" && !strings.HasSuffix(protocol, ":") {
		protocol += ":"
	}
	pathname := strings.NewReplacer("#", "%23", "?", "%3F").Replace(f.pathname)
	if f.slashes || slashedProtocols[protocol] {
		if f.slashes || host != "" {
			if pathname != "" && pathname[0] != '/' {
				pathname = "/" + pathname
			}
			host = "//" + host
		} else if protocol == "file:" {
			host = "//"
		}
	}
	search = strings.ReplaceAll(search, "#", "%23")
	hash := f.hash
	if hash != "" && hash[0] != '#' {
		hash = "#" + hash
	}
	if search != "" && search[0] != '?' {
		search = "?" + search
	}
	return protocol + host + pathname + search + hash
}

// escapeAuth percent-encodes auth, keeping letters, digits and
// !'()*-.:_~ as Node does.
func escapeAuth(s string) string {
	return escapeExcept(s, "!'()*-.:_~")
}

const upperHexDigits = "0123456789ABCDEF"

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
