// Everything a W3C socket script sees, for projects without lib "dom" or
// @types/node. Projects with either include sockets.d.ts alone.
/// <reference path="web.d.ts" />
/// <reference path="sockets.d.ts" />
