// new net.Socket({ fd }) and new net.Socket(fd) check the descriptor as
// Node does: an int32 >= 0, else ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE.
'use strict';
const net = require('net');
for (const options of [{ fd: 'x' }, { fd: -5 }, { fd: 1.5 }, { fd: {} }, { fd: 2 ** 31 }, -1]) {
  try {
    new net.Socket(options);
    console.log('accepted', JSON.stringify(options));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
