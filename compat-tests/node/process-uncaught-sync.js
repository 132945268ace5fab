console.log('line 1');
throw new RangeError('sync failure');
