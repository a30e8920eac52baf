import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { guardedPage, launch, ROOT } from './harness';

/** A port free now on localhost. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something listens on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let child: ChildProcess | undefined;

afterAll(() => {
  // Whatever happened, nothing of `npm start` outlives the test.
  try {
    if (child?.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone, as it should be.
  }
});

describe('npm start', () => {
  it('serves the add-in and the preview, and Ctrl-C stops it leaving nothing behind', async () => {
    const port = await freePort();
    // Its own process group, as in a terminal: Ctrl-C sends SIGINT to npm, sh and node alike.
    child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 1200 && !output.includes('按 Ctrl-C 停止'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain(`http://localhost:${port}/preview.html`);
    expect(output).toContain('Upload My Add-in');

    const base = `http://localhost:${port}`;
    const html = await fetch(`${base}/preview.html`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Content-Security-Policy');
    expect((await fetch(`${base}/taskpane.html`)).status).toBe(200);
    expect((await fetch(`${base}/manifest.xml`)).status).toBe(200);

    // The development build runs under the page's CSP too (no eval-based source maps).
    const chromium = await launch();
    try {
      const g = await guardedPage(chromium.browser, base);
      await g.page.goto(`${base}/preview.html`);
      await g.page.getByTestId('pane').getByRole('button', { name: '校验本表', exact: true }).waitFor();
      await g.page.waitForTimeout(300);
      expect(g.foreign).toEqual([]);
      expect(g.problems).toEqual([]);
      await g.context.close();
    } finally {
      await chromium.close();
    }

    process.kill(-child.pid!, 'SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 15_000))),
    ]);
    clearTimeout(timer);
    expect(code).not.toBe('hung');
    expect(output).toContain('正在停止 / stopping');
    expect(await listening(port)).toBe(false);
    // No process of the group is left (npm, its shell, the server) a moment later.
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      try {
        process.kill(-child!.pid!, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
    child.stdout!.destroy();
    child.stderr!.destroy();
  });
});
