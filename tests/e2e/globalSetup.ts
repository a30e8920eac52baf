import { buildPreview } from './harness';

/** Builds the preview for production once, before the end-to-end tests (ZIPING_E2E_NO_BUILD=1 reuses a build). */
export default function globalSetup(): void {
  const started = Date.now();
  buildPreview();
  process.stdout.write(`\n[e2e] preview built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
