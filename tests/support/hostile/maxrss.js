'use strict';
// Preloaded (node --require) into the `ziping` child process of tests/hostile/cli.test.ts: on exit, writes the
// process's peak resident memory (KiB), its CPU time (all threads) and heap statistics to the file named by
// ZIPING_HOSTILE_RSS. It writes
// nothing to stdout or stderr, so the command's own output is untouched.
const fs = require('node:fs');
const v8 = require('node:v8');

const target = process.env.ZIPING_HOSTILE_RSS;
if (target) {
  process.on('exit', () => {
    const heap = v8.getHeapStatistics();
    const usage = process.resourceUsage();
    const record = {
      maxRssKiB: usage.maxRSS,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      heapLimitMiB: heap.heap_size_limit / 2 ** 20,
      totalHeapMiB: heap.total_heap_size / 2 ** 20,
    };
    fs.writeFileSync(target, JSON.stringify(record));
  });
}
