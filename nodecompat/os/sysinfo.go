package os

import (
	"bufio"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// CPU is one entry of os.cpus(): times are in milliseconds.
type CPU struct {
	Model                      string
	Speed                      int // MHz
	User, Nice, Sys, Idle, IRQ int64
}

// userHZ is the unit of /proc/stat's times per second on Linux.
const userHZ = 100

// CPUs reads the CPUs from /proc/stat, their models from /proc/cpuinfo and
// their current speed from sysfs, as libuv does.
func CPUs() ([]CPU, error) {
	stat, err := os.Open("/proc/stat")
	if err != nil {
		return nil, err
	}
	defer stat.Close()
	cpus, err := parseStat(stat)
	if err != nil {
		return nil, err
	}
	var models []string
	if info, err := os.Open("/proc/cpuinfo"); err == nil {
		models = parseModels(info)
		info.Close()
	}
	for i := range cpus {
		cpus[i].Model = "unknown"
		if i < len(models) {
			cpus[i].Model = models[i]
		}
		cpus[i].Speed = cpuSpeed(i)
	}
	return cpus, nil
}

// parseStat reads the per-CPU lines ("cpu0 user nice system idle iowait
// irq ...") of /proc/stat.
func parseStat(r io.Reader) ([]CPU, error) {
	var cpus []CPU
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 7 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		var t [6]int64
		for i := range t {
			n, err := strconv.ParseInt(f[i+1], 10, 64)
			if err != nil {
				return nil, err
			}
			t[i] = n * (1000 / userHZ)
		}
		cpus = append(cpus, CPU{User: t[0], Nice: t[1], Sys: t[2], Idle: t[3], IRQ: t[5]})
	}
	return cpus, sc.Err()
}

// parseModels returns the "model name" of each processor in /proc/cpuinfo.
func parseModels(r io.Reader) []string {
	var models []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			models = append(models, strings.TrimSpace(value))
		}
	}
	return models
}

// cpuSpeed returns CPU n's current frequency in MHz, or 0 when the kernel
// does not report it.
func cpuSpeed(n int) int {
	b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(n) + "/cpufreq/scaling_cur_freq")
	if err != nil {
		return 0
	}
	khz, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return khz / 1000
}

// Memory returns total and available memory in bytes from /proc/meminfo.
func Memory() (total, free uint64, err error) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	total, free = parseMeminfo(f)
	return total, free, nil
}

// parseMeminfo reads MemTotal and MemAvailable (falling back to MemFree).
func parseMeminfo(r io.Reader) (total, free uint64) {
	fields := map[string]uint64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 {
			n, _ := strconv.ParseUint(f[1], 10, 64)
			fields[strings.TrimSuffix(f[0], ":")] = n * 1024
		}
	}
	free, ok := fields["MemAvailable"]
	if !ok {
		free = fields["MemFree"]
	}
	return fields["MemTotal"], free
}

// LoadAvg returns the 1, 5 and 15 minute load averages from /proc/loadavg.
func LoadAvg() [3]float64 {
	var out [3]float64
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return out
	}
	for i, f := range strings.Fields(string(b)) {
		if i == len(out) {
			break
		}
		out[i], _ = strconv.ParseFloat(f, 64)
	}
	return out
}

// Uptime returns the system uptime in seconds from /proc/uptime.
func Uptime() float64 {
	b, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	up, _ := strconv.ParseFloat(f[0], 64)
	return up
}

// Uname holds the kernel facts os.type, os.release, os.version and
// os.machine report.
type Uname struct {
	Sysname, Release, Version, Machine string
}

// KernelInfo calls uname(2).
func KernelInfo() Uname {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return Uname{Sysname: "Linux"}
	}
	return Uname{
		Sysname: unix.ByteSliceToString(u.Sysname[:]),
		Release: unix.ByteSliceToString(u.Release[:]),
		Version: unix.ByteSliceToString(u.Version[:]),
		Machine: unix.ByteSliceToString(u.Machine[:]),
	}
}

// Arch returns Node's name for the architecture (process.arch).
func Arch() string {
	if name, ok := map[string]string{
		"amd64": "x64", "386": "ia32", "ppc64le": "ppc64", "mips64le": "mips64el", "mipsle": "mipsel",
	}[runtime.GOARCH]; ok {
		return name
	}
	return runtime.GOARCH
}

// TmpDir returns the temporary directory as os.tmpdir() does: TMPDIR, TMP
// or TEMP, else /tmp, without a trailing slash.
func TmpDir() string {
	dir := "/tmp"
	for _, name := range []string{"TMPDIR", "TMP", "TEMP"} {
		if v := os.Getenv(name); v != "" {
			dir = v
			break
		}
	}
	if len(dir) > 1 {
		dir = strings.TrimSuffix(dir, "/")
	}
	return dir
}
