import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The value strings of docs/spec/annex1.md, section "What is typed into the value cells": every `quoted` example,
 * the three-cell examples also cell by cell, and every unit. Read from the spec itself, so the corpus follows it.
 */
let cached: string | undefined;

export function annex1Values(): string[] {
  const section = valueSection();
  const values = new Set<string>();
  for (const m of section.matchAll(/`([^`]+)`/g)) {
    const text = m[1];
    values.add(text);
    // `≤ | 9.9 | 万元`: three cells in the newer templates; as one string and as each part.
    if (text.includes(' | ')) for (const part of text.split(' | ')) if (part.trim()) values.add(part.trim());
  }
  for (const unit of annex1Units()) values.add(unit);
  if (values.size < 80) throw new Error(`annex1.md: only ${values.size} value strings found; has the section moved?`);
  return [...values];
}

/** The units listed in the section, as typed after a number. */
export function annex1Units(): string[] {
  const line = valueSection()
    .split('\n')
    .find((l) => l.startsWith('- Units:'));
  if (!line) throw new Error('annex1.md: no "- Units:" line in "What is typed into the value cells"');
  return line.slice('- Units:'.length).replace(/;.*$/, '').trim().split(/\s+/).filter(Boolean);
}

function valueSection(): string {
  if (cached !== undefined) return cached;
  const text = fs.readFileSync(findSpec(), 'utf8');
  const start = text.indexOf('## What is typed into the value cells');
  if (start < 0) throw new Error('annex1.md: no section "What is typed into the value cells"');
  const end = text.indexOf('\n## ', start + 4);
  cached = text.slice(start, end < 0 ? undefined : end);
  return cached;
}

/** docs/spec/annex1.md, found upwards from here (this file also runs compiled, from dist/bench/…) or from the cwd. */
function findSpec(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'docs', 'spec', 'annex1.md');
      if (fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`docs/spec/annex1.md not found above ${__dirname} nor ${process.cwd()}`);
}
