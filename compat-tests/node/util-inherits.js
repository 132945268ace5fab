'use strict';
const util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return 'woof'; };
const d = new Dog('rex');
console.log(d.speak(), d.bark(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getOwnPropertyDescriptor(Dog, 'super_'));
console.log(d);
for (const args of [[undefined, Animal], [Dog, null], [Dog, {}], [Dog, Object.create(null)]]) {
  try {
    util.inherits(...args);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
class Base {}
function Legacy() {}
util.inherits(Legacy, Base);
console.log(new Legacy() instanceof Base, Legacy.super_ === Base);
