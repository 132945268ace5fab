'use strict';
const util = require('util');
for (const n of [-1, -2, -11, -13, -32, -98, -99, -104, -110, -111, -113, -125, -3008, -3001, -4095, -9999]) {
  console.log(n, util.getSystemErrorName(n));
}
for (const bad of [1, 0, 1.5, 'x', null]) {
  try {
    util.getSystemErrorName(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
