// A server on ::1, and one on every interface that accepts IPv4 and IPv6.
const six = new TCPServerSocket('::1', 0);
six.onopen = () => {
  console.log('::1', six.localAddress, six.localURL === '[::1]:' + six.localPort, six.ipVersion);
  const c = new TCPSocket('::1', six.localPort);
  six.onconnect = ({ socket }) => { console.log('accepted from', socket.address); socket.close(); };
  c.onclose = () => { six.close(); any(); };
};
function any() {
  const all = new TCPServerSocket();
  all.onopen = () => {
    console.log('all interfaces', all.localAddress);
    let n = 0;
    all.onconnect = ({ socket }) => {
      console.log('accepted', socket.address);
      socket.close();
      if (++n === 2) all.close();
    };
    const a = new TCPSocket('127.0.0.1', all.localPort);
    a.onclose = () => new TCPSocket('::1', all.localPort);
  };
}
