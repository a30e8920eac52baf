import * as os from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RuleProfile } from '../core/profile';
import { internalFailure, loadAndCheck, type Loaded } from './load';

/**
 * `ziping check` over many files on a machine of 3 cores or more uses every core: worker threads check files beside
 * this thread, each taking the next file when it is done, and the results are handed on in the order of the files,
 * so the output is the same as checking them one by one. Why threads and when (and why not on 2 cores):
 * docs/decisions.md, "Checking a folder on every core".
 */

/**
 * A thread per this many files at most: a worker first loads ZiPing again (some 0.2 s of one core and 40 MB), so 16
 * files get two threads, and a thread only comes with enough files to pay for itself.
 */
export const FILES_PER_THREAD = 8;
/** Below this many files one thread checks them all. */
export const MIN_FILES_FOR_THREADS = 2 * FILES_PER_THREAD;
/** At most this many threads unless ZIPING_THREADS asks for more: on a many-core machine memory grows with each. */
export const MAX_THREADS = 8;

/**
 * Below this many cores one thread checks every file unless ZIPING_THREADS asks for more: on two cores a worker's
 * own start and cold compiler cost what it saves (measured with npm run bench: 100 workbooks 1.33 s on one thread,
 * 1.62 s on two; 500 workbooks 3.56–3.89 s against 3.53–3.75 s, with a third more CPU and memory).
 */
export const MIN_CORES_FOR_THREADS = 3;

/** Set to a number, the most threads checking at once (1: this thread alone); otherwise one per core. */
export const THREADS_VARIABLE = 'ZIPING_THREADS';

const ROLE = 'ziping-check-worker';

type ToWorker = { index: number; file: string } | { done: true };
type FromWorker = { index: number; loaded: Loaded };

/**
 * How many threads check `count` files: one per core from MIN_CORES_FOR_THREADS cores, at most MAX_THREADS (or as
 * many as ZIPING_THREADS says), and at most one per FILES_PER_THREAD files.
 */
export function threadCount(
  count: number,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = os.availableParallelism(),
): number {
  const asked = Number.parseInt(env[THREADS_VARIABLE] ?? '', 10);
  const own = cores < MIN_CORES_FOR_THREADS ? 1 : Math.min(cores, MAX_THREADS);
  const most = Number.isInteger(asked) && asked >= 1 ? asked : own;
  return Math.max(1, Math.min(most, Math.floor(count / FILES_PER_THREAD)));
}

/** How checkFiles runs: the worker's script, how many workers, whether this thread checks files too. */
export interface ThreadOptions {
  script?: string;
  workers: number;
  checkHere: boolean;
}

/**
 * Reads and checks every file, calling `each` once per file in the order of `files`, as soon as it and every file
 * before it are done. A worker that dies costs only the file it held: that file gets the same one-line message as
 * any fault of ZiPing's own while checking it, and the other threads check the rest.
 */
export async function checkFiles(
  files: string[],
  profile: RuleProfile,
  each: (file: string, loaded: Loaded) => void,
  options: ThreadOptions = defaultOptions(files.length),
): Promise<void> {
  const results: (Loaded | undefined)[] = new Array(files.length);
  let handed = 0;
  const settle = (index: number, loaded: Loaded) => {
    results[index] = loaded;
    while (handed < files.length && results[handed] !== undefined) {
      each(files[handed], results[handed]!);
      results[handed] = undefined;
      handed++;
    }
  };
  let next = 0;
  const take = (): number | undefined => (next < files.length ? next++ : undefined);
  const checkHere = async () => {
    for (let index = take(); index !== undefined; index = take())
      settle(index, await loadAndCheck(files[index], profile));
  };

  const { script } = options;
  const workers = script ? options.workers : 0;
  const running = Array.from({ length: workers }, () => runWorker(script!, files, profile, take, settle));
  if (options.checkHere) await checkHere();
  await Promise.all(running);
  // Whatever no worker took (they all died, or none could start) is checked here.
  await checkHere();
}

function defaultOptions(count: number): ThreadOptions {
  return { script: workerScript(), workers: threadCount(count) - 1, checkHere: true };
}

/** One worker, fed a file at a time until none is left; resolves when it has exited. */
function runWorker(
  script: string,
  files: string[],
  profile: RuleProfile,
  take: () => number | undefined,
  settle: (index: number, loaded: Loaded) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let held: number | undefined;
    let failure: string | undefined;
    const worker = new Worker(script, { workerData: { role: ROLE, profile } });
    const feed = () => {
      held = take();
      const message: ToWorker = held === undefined ? { done: true } : { index: held, file: files[held] };
      worker.postMessage(message);
    };
    worker.on('online', feed);
    worker.on('message', ({ index, loaded }: FromWorker) => {
      if (index !== held) return;
      held = undefined;
      settle(index, loaded);
      feed();
    });
    worker.on('error', (e) => {
      failure = e instanceof Error ? e.message : String(e);
    });
    worker.on('exit', (code) => {
      if (held !== undefined) {
        settle(held, internalFailure(path.basename(files[held]), failure ?? `exit code ${code}`));
      }
      resolve();
    });
  });
}

/**
 * The file a worker runs: this module, compiled (the CLI's bundle, or tsc's output). Under ts-jest it is a .ts file
 * that a worker cannot load, and the files are checked in this thread.
 */
function workerScript(): string | undefined {
  return __filename.endsWith('.js') ? __filename : undefined;
}

function serve(): void {
  const port = parentPort!;
  const profile = (workerData as { profile: RuleProfile }).profile;
  port.on('message', (message: ToWorker) => {
    if ('done' in message) {
      port.close();
      return;
    }
    void loadAndCheck(message.file, profile).then((loaded) => {
      const reply: FromWorker = { index: message.index, loaded };
      port.postMessage(reply);
    });
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();
