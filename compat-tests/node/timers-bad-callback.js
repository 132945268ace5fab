for (const f of [setTimeout, setInterval, setImmediate]) {
  for (const bad of [undefined, null, 1, 'x', {}]) {
    try {
      f(bad, 1);
      console.log('no throw');
    } catch (e) {
      console.log(f.name, e.name, e.code, e.message);
    }
  }
}
