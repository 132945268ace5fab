// os: the deterministic facts (EOL, platform, constants) and the types of the rest.
const os = require('os');

console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.endianness(), os.devNull);
console.log(`${os.platform}`, `${os.endianness}`, String(os.arch) === os.arch());
console.log(os.arch() === process.arch, os.tmpdir().endsWith('/') === false);

const types = {};
for (const name of ['hostname', 'release', 'version', 'machine', 'arch', 'tmpdir', 'homedir', 'totalmem', 'freemem', 'uptime', 'availableParallelism', 'getPriority']) {
  types[name] = typeof os[name]();
}
console.log(JSON.stringify(types));
console.log(os.totalmem() > 0, os.freemem() <= os.totalmem(), os.availableParallelism() >= 1, Number.isInteger(os.totalmem()));

const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));

const cpus = os.cpus();
console.log(cpus.length >= 1, cpus.length >= os.availableParallelism());
console.log(JSON.stringify(Object.keys(cpus[0])), JSON.stringify(Object.keys(cpus[0].times)), typeof cpus[0].model, typeof cpus[0].speed);

const user = os.userInfo();
console.log(JSON.stringify(Object.keys(user)), Object.getPrototypeOf(user) === null, typeof user.uid, typeof user.username);

const { signals, errno, priority } = os.constants;
console.log(Object.keys(os.constants).join(), Object.getPrototypeOf(signals) === null, os.constants.UV_UDP_REUSEADDR);
console.log(signals.SIGINT, signals.SIGTERM, signals.SIGKILL, signals.SIGHUP, signals.SIGUSR1, signals.SIGPIPE, Object.keys(signals).length);
console.log(errno.ECONNREFUSED, errno.ECONNRESET, errno.EADDRINUSE, errno.ENOENT, errno.EPIPE, errno.ETIMEDOUT, Object.keys(errno).length);
console.log(JSON.stringify(priority));

for (const fn of [() => os.setPriority(100), () => os.setPriority('x'), () => os.getPriority(1.5), () => os.setPriority(0, -21)]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
