process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', true);
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
