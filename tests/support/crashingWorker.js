'use strict';
// A stand-in for ZiPing's check worker (src/cli/parallel.ts) in tests/cli/threads.test.ts: it speaks the same
// messages, answers every file with a form-less result, and dies on the file named crash.xlsx.
const { parentPort } = require('node:worker_threads');

parentPort.on('message', (message) => {
  if (message.done) {
    parentPort.close();
    return;
  }
  if (message.file === 'crash.xlsx') throw new Error('the worker crashed');
  parentPort.postMessage({ index: message.index, loaded: { ok: true, results: [] } });
});
