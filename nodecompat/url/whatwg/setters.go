package whatwg

import "strings"

// The setters below follow the URL Standard's URL API: invalid values are
// ignored, leaving the URL as valid as it was.

// SetHref replaces u with the parse of href.
func (u *URL) SetHref(href string) error {
	parsed, err := Parse(href, nil)
	if err != nil {
		return err
	}
	*u = *parsed
	return nil
}

// SetProtocol changes the scheme.
func (u *URL) SetProtocol(v string) {
	_ = u.runOverride(v+":", stateSchemeStart)
}

// SetUsername changes the username, when the URL can have one.
func (u *URL) SetUsername(v string) {
	if !u.cannotHaveCredentialsOrPort() {
		u.Username = PercentEncode(v, &UserinfoSet)
	}
}

// SetPassword changes the password, when the URL can have one.
func (u *URL) SetPassword(v string) {
	if !u.cannotHaveCredentialsOrPort() {
		u.Password = PercentEncode(v, &UserinfoSet)
	}
}

// SetHost changes the host and, when v has one, the port.
func (u *URL) SetHost(v string) {
	if !u.OpaquePath {
		_ = u.runOverride(v, stateHost)
	}
}

// SetHostname changes the host only.
func (u *URL) SetHostname(v string) {
	if !u.OpaquePath {
		_ = u.runOverride(v, stateHostname)
	}
}

// SetPort changes the port; "" removes it.
func (u *URL) SetPort(v string) {
	if u.cannotHaveCredentialsOrPort() {
		return
	}
	if v == "" {
		u.Port = -1
		return
	}
	_ = u.runOverride(v, statePort)
}

// SetPathname replaces the path.
func (u *URL) SetPathname(v string) {
	if u.OpaquePath {
		return
	}
	u.Path = nil
	_ = u.runOverride(v, statePathStart)
}

// SetSearch replaces the query; "" removes it.
func (u *URL) SetSearch(v string) {
	if v == "" {
		u.Query, u.HasQuery = "", false
		u.stripTrailingSpacesFromOpaquePath()
		return
	}
	u.Query, u.HasQuery = "", true
	_ = u.runOverride(strings.TrimPrefix(v, "?"), stateQuery)
}

// SetHash replaces the fragment; "" removes it.
func (u *URL) SetHash(v string) {
	if v == "" {
		u.Fragment, u.HasFrag = "", false
		u.stripTrailingSpacesFromOpaquePath()
		return
	}
	u.Fragment, u.HasFrag = "", true
	_ = u.runOverride(strings.TrimPrefix(v, "#"), stateFragment)
}

// SetQuery sets the query as serialized by URLSearchParams ("" removes it).
func (u *URL) SetQuery(serialized string) {
	u.Query, u.HasQuery = serialized, serialized != ""
	if !u.HasQuery {
		u.stripTrailingSpacesFromOpaquePath()
	}
}

// runOverride parses v into u from state st. As in the standard, what the
// parse changed before failing stays changed ("x.com:abc" sets the host).
func (u *URL) runOverride(v string, st state) error {
	return u.parse(v, nil, st)
}

// stripTrailingSpacesFromOpaquePath drops the spaces that end an opaque
// path once neither a query nor a fragment follows it.
func (u *URL) stripTrailingSpacesFromOpaquePath() {
	if u.OpaquePath && !u.HasFrag && !u.HasQuery {
		u.PathText = strings.TrimRight(u.PathText, " ")
	}
}
