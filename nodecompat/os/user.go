package os

import (
	"bufio"
	"io"
	"os"
	"os/user"
	"strconv"
	"strings"
)

// UserInfo is one passwd entry, as os.userInfo() reports it.
type UserInfo struct {
	UID, GID                 int
	Username, Homedir, Shell string
}

// CurrentUser returns the passwd entry of the effective user: from
// /etc/passwd, else from os/user (which knows no shell).
func CurrentUser() (UserInfo, error) {
	uid := os.Geteuid()
	if f, err := os.Open("/etc/passwd"); err == nil {
		info, found := findPasswd(f, uid)
		f.Close()
		if found {
			return info, nil
		}
	}
	u, err := user.LookupId(strconv.Itoa(uid))
	if err != nil {
		return UserInfo{}, err
	}
	gid, _ := strconv.Atoi(u.Gid)
	return UserInfo{UID: uid, GID: gid, Username: u.Username, Homedir: u.HomeDir}, nil
}

// findPasswd looks uid up in passwd-format lines
// ("name:x:uid:gid:gecos:home:shell").
func findPasswd(r io.Reader, uid int) (UserInfo, bool) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), ":")
		if len(f) < 7 || f[2] != strconv.Itoa(uid) {
			continue
		}
		gid, err := strconv.Atoi(f[3])
		if err != nil {
			continue
		}
		return UserInfo{UID: uid, GID: gid, Username: f[0], Homedir: f[5], Shell: f[6]}, true
	}
	return UserInfo{}, false
}

// HomeDir returns $HOME, else the user's passwd home directory.
func HomeDir() (string, error) {
	if home := os.Getenv("HOME"); home != "" {
		return home, nil
	}
	u, err := CurrentUser()
	return u.Homedir, err
}
