#!/usr/bin/env node
'use strict';
require('./load.js')
  .loadCli()
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
