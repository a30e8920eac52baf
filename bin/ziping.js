#!/usr/bin/env node
'use strict';
require('../dist/cli/ziping.js')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
