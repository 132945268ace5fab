// The module's exports, in the order require('net') has them.
(function (S) {
  'use strict';

  S.exports = {
    _createServerHandle() {
      throw S.binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _createServerHandle method is not implemented');
    },
    _normalizeArgs: S.normalizeArgs,
    _setSimultaneousAccepts() {},
    BlockList: S.BlockList,
    SocketAddress: S.SocketAddress,
    connect: S.connect,
    createConnection: S.connect,
    createServer: S.createServer,
    isIP: S.isIP,
    isIPv4: S.isIPv4,
    isIPv6: S.isIPv6,
    Server: S.Server,
    Socket: S.Socket,
    Stream: S.Socket,
    getDefaultAutoSelectFamily: S.getDefaultAutoSelectFamily,
    setDefaultAutoSelectFamily: S.setDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout: S.getDefaultAutoSelectFamilyAttemptTimeout,
    setDefaultAutoSelectFamilyAttemptTimeout: S.setDefaultAutoSelectFamilyAttemptTimeout,
  };
})
