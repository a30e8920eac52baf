import { benchEngine } from './engine';
import { benchCli } from './cli';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'engine') benchEngine();
  if (!only || only === 'cli') await benchCli();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
