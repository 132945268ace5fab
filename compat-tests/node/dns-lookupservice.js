'use strict';
// dns.lookupService: the host name from the hosts file, the TCP service
// name from the services database (the number when it has none).
const dns = require('dns');

dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  console.log('ssh', err, hostname, service);
  dns.lookupService('127.0.0.1', 0, (err2, hostname2, service2) => {
    console.log('port 0', err2, hostname2, service2);
    dns.lookupService('127.0.0.1', '80', (err3, hostname3, service3) => {
      console.log('port as a string', err3, hostname3, service3);
      dns.lookupService('127.0.0.1', 54321, (err4, hostname4, service4) => {
        console.log('unnamed port', err4, hostname4, service4);
        dns.promises.lookupService('127.0.0.1', 25).then((r) => console.log('promise', JSON.stringify(r)));
      });
    });
  });
});
