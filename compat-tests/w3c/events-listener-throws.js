// A listener that throws is reported as an uncaught exception and the other
// listeners still run.
process.on('uncaughtException', e => console.log('uncaught:', e.message));
const s = new UDPSocket('127.0.0.1', 0);
s.addEventListener('open', () => { throw new Error('first listener failed'); });
s.addEventListener('open', () => console.log('second listener ran'));
s.onopen = () => { throw new Error('handler failed'); };
s.addEventListener('open', () => { console.log('fourth listener ran'); s.close(); });
s.onclose = () => console.log('close');
