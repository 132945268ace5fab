const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setInterval === setInterval);
console.log(timers.setImmediate === setImmediate, timers.clearTimeout === clearTimeout);
console.log(require('node:timers') === timers);
timers.setTimeout(() => console.log('via module'), 1);
