let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', code, rounds);
  if (rounds < 3) {
    setTimeout(() => console.log('more work', rounds), 1);
  }
});
process.on('exit', (code) => console.log('exit', code, 'after', rounds, 'rounds'));
