// A client that resets: the accepted socket reports ECONNRESET
// (NetworkInterruptError) and closes uncleanly.
const { ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0);
srv.onconnect = ({ socket: s }) => {
  s.onmessage = () => console.log('message');
  s.onerror = e => console.log('error', e.name, e.code);
  s.onclose = e => { console.log('close', e.wasClean); srv.close(); };
};
srv.onopen = async () => console.log('harness:', await ctl('rst-client ' + srv.localPort));
