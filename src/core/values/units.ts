import { normaliseText } from './normalise';
import { toExcelPrecision } from './numfmt';
import type { Quantity, Unit } from './types';

interface UnitDef {
  base: string;
  factor: number;
}

/** Counting and time units: each is its own base. */
const SELF_UNITS = [
  '个',
  '户',
  '人',
  '人次',
  '套',
  '间',
  '栋',
  '幢',
  '次',
  '篇',
  '份',
  '年',
  '天',
  '日',
  '个月',
  '月',
  '周',
  '季度',
  '小时',
  '分钟',
  '秒',
  '分',
  '件',
  '家',
  '项',
  '台',
  '辆',
  '所',
  '条',
  '处',
  '名',
  '座',
  '株',
  '棵',
  '亩',
  '批',
  '场',
  '期',
  '部',
  '本',
  '册',
  '张',
  '块',
  '盏',
  '个百分点',
  '工作日',
  '吨',
  '千克',
  '平方米',
  '米',
  '立方米',
  '元',
];

const KNOWN: Record<string, UnitDef> = {
  ...Object.fromEntries(SELF_UNITS.map((u) => [u, { base: u, factor: 1 }])),
  '%': { base: '%', factor: 1 },
  百分比: { base: '%', factor: 1 },
  '‰': { base: '%', factor: 0.1 },
  千元: { base: '元', factor: 1e3 },
  万元: { base: '元', factor: 1e4 },
  亿元: { base: '元', factor: 1e8 },
  m2: { base: '平方米', factor: 1 },
  万平方米: { base: '平方米', factor: 1e4 },
  公顷: { base: '平方米', factor: 1e4 },
  平方公里: { base: '平方米', factor: 1e6 },
  m3: { base: '立方米', factor: 1 },
  千米: { base: '米', factor: 1e3 },
  公里: { base: '米', factor: 1e3 },
  km: { base: '米', factor: 1e3 },
  公斤: { base: '千克', factor: 1 },
  个工作日: { base: '工作日', factor: 1 },
};

/** Base units that 万 or 亿 may multiply (万人, 万户, 亿元…): not shares such as %. */
const NOT_MULTIPLIABLE = new Set(['%', '个百分点']);
const MAX_UNIT_LENGTH = 16;

function simpleUnit(text: string): UnitDef | undefined {
  const known = KNOWN[text] ?? KNOWN[text.toLowerCase()];
  if (known) return known;
  const multiplier = text.startsWith('万') ? 1e4 : text.startsWith('亿') ? 1e8 : 0;
  if (!multiplier) return undefined;
  const inner = KNOWN[text.slice(1)];
  if (!inner || NOT_MULTIPLIABLE.has(inner.base)) return undefined;
  return { base: inner.base, factor: inner.factor * multiplier };
}

/** 元/人·月: the leading unit converts, the per-part is kept (with ㎡ written as 平方米). */
function compoundUnit(text: string): UnitDef | undefined {
  const slash = text.indexOf('/');
  const head = simpleUnit(text.slice(0, slash));
  if (!head) return undefined;
  const tailParts = text.slice(slash + 1).split(/([/·])/);
  const tail: string[] = [];
  for (const part of tailParts) {
    if (part === '/' || part === '·') {
      tail.push(part);
      continue;
    }
    const def = simpleUnit(part);
    if (!def) return undefined;
    tail.push(def.factor === 1 ? def.base : part);
  }
  return { base: `${head.base}/${tail.join('')}`, factor: head.factor };
}

function unitFromNormalised(text: string): Unit | undefined {
  if (!text || text.length > MAX_UNIT_LENGTH) return undefined;
  const def = text.includes('/') ? compoundUnit(text) : simpleUnit(text);
  return def && { text, base: def.base, factor: def.factor };
}

/** Unifies the separators people type inside units: 元/人*月, 元/户˙月 → 元/人·月. */
function unifySeparators(text: string): string {
  return text.replace(/\*/g, '·');
}

/** A known unit ("万元", "元/人*月", "㎡", "百分比"), normalised; undefined for anything else. */
export function parseUnit(text: string): Unit | undefined {
  if (typeof text !== 'string' || text.length > 4 * MAX_UNIT_LENGTH) return undefined;
  return unitFromNormalised(unifySeparators(normaliseText(text)));
}

/** The longest known unit at the start of an already normalised text ("19个小区" → 个). */
export function leadingUnit(text: string): { unit: Unit; length: number } | undefined {
  const unified = unifySeparators(text);
  for (let length = Math.min(unified.length, MAX_UNIT_LENGTH); length > 0; length--) {
    const unit = unitFromNormalised(unified.slice(0, length));
    if (unit) return { unit, length };
  }
  return undefined;
}

/**
 * Whether two quantities can be compared: same base unit. A missing unit is taken from the other side
 * (an actual with no unit takes the target's), so it converts with anything.
 */
export function unitsConvertible(a?: Unit, b?: Unit): boolean {
  if (!a || !b) return true;
  return a.base === b.base;
}

/** The quantity's number in its unit's base (202.6 万元 → 2026000); the number itself when it has no unit. */
export function inBase(q: Quantity): number {
  const value = q.unit ? q.number * q.unit.factor : q.number;
  return toExcelPrecision(value);
}
