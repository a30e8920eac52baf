import { benchEngine } from './engine';
import { benchCli } from './cli';
import { benchRoundTrips } from './roundtrips';
import { benchPayload } from './payload';
import { benchHostile } from './hostile';
import { benchReport } from './report';
import { benchCorpus } from './corpus';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'engine') benchEngine();
  if (!only || only === 'cli') await benchCli();
  if (!only || only === 'addin' || only === 'roundtrips') await benchRoundTrips();
  if (!only || only === 'addin' || only === 'payload') await benchPayload();
  if (!only || only === 'report') benchReport();
  if (!only || only === 'hostile') await benchHostile();
  if (!only || only === 'corpus') await benchCorpus();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
