process.on('SIGUSR2', (sig) => {
  console.log('got', sig);
  process.removeAllListeners('SIGUSR2');
});
const t = setTimeout(() => console.log('timeout: no signal'), 2000);
process.on('SIGUSR2', () => clearTimeout(t));
process.kill(process.pid, 'SIGUSR2');
