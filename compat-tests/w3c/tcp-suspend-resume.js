// suspend() stops message events until resume(); calls nest, and what
// arrives meanwhile waits (in the kernel) to be delivered in order.
const { port, thrown } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('TICKER'), { binaryType: 'string' });
let text = '';
let duringSuspend = 0;
let suspended = false;
s.onmessage = e => {
  if (suspended) duringSuspend++;
  text += e.data;
  if (text === 'tick 0\n') {
    s.suspend();
    s.suspend();
    suspended = true;
    console.log('suspended', s.isSuspended);
    setTimeout(() => {
      s.resume();
      console.log('one resume', s.isSuspended);
      setTimeout(() => {
        suspended = false;
        s.resume();
        console.log('two resumes', s.isSuspended);
        console.log(thrown(() => s.resume()));
      }, 60);
    }, 120);
  }
};
s.onend = () => console.log('messages while suspended', duringSuspend, 'ticks', text.split('\n').filter(Boolean).length);
s.onclose = () => console.log('close');
