import { registerCommands, MANIFEST_FUNCTIONS } from '../../src/addin/commands/register';
import type { Controller } from '../../src/app/controller';

describe('the ribbon commands', () => {
  const associated = new Map<string, (event?: { completed(): void }) => Promise<void>>();
  const calls: string[] = [];
  const controller = {
    insert: async (kind: string) => void calls.push(`insert:${kind}`),
    validate: async () => void calls.push('validate'),
    draftReport: async () => void calls.push('draftReport'),
  } as unknown as Controller;

  beforeAll(() => {
    (globalThis as Record<string, unknown>).Office = {
      actions: {
        associate: (name: string, fn: (event?: { completed(): void }) => Promise<void>) => associated.set(name, fn),
      },
      addin: { showAsTaskpane: async () => void calls.push('showAsTaskpane') },
    };
    registerCommands(controller);
  });

  afterAll(() => delete (globalThis as Record<string, unknown>).Office);

  it('registers every function manifest.xml names', () => {
    expect([...associated.keys()].sort()).toEqual([...MANIFEST_FUNCTIONS].sort());
    expect(MANIFEST_FUNCTIONS).toEqual(
      expect.arrayContaining(['insertDepartmentForm', 'validateActiveSheet', 'draftReport']),
    );
  });

  it('runs the action and tells Office it is done, even when the action fails', async () => {
    let completed = 0;
    const event = { completed: () => void completed++ };
    await associated.get('insertSampleForm')!(event);
    await associated.get('validateActiveSheet')!(event);
    await associated.get('draftReport')!(event);
    expect(calls).toEqual(['insert:sample', 'validate', 'draftReport', 'showAsTaskpane']);
    expect(completed).toBe(3);
    const failing = {
      ...controller,
      validate: async () => {
        throw new Error('boom');
      },
    } as unknown as Controller;
    associated.clear();
    registerCommands(failing);
    await expect(associated.get('validateActiveSheet')!(event)).rejects.toThrow('boom');
    expect(completed).toBe(4);
  });

  it('registers nothing, and does not fail, in an Excel without the shared runtime (Excel 2019)', () => {
    const office = (globalThis as Record<string, unknown>).Office;
    (globalThis as Record<string, unknown>).Office = { addin: {} };
    try {
      expect(registerCommands(controller)).toBe(false);
    } finally {
      (globalThis as Record<string, unknown>).Office = office;
    }
  });
});
