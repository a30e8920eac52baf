/** Comparison written with a target: ≥ > ≤ < = (and their words: 以上, 不低于, 不超过…). */
export type Comparison = 'ge' | 'gt' | 'le' | 'lt' | 'eq';

/** The three official bands of a qualitative actual (财预〔2020〕10号). */
export type Band = 'met' | 'partial' | 'notMet';

export interface Unit {
  /** The unit as written, normalised (full-width folded, separators unified): "万元", "%", "元/人·月". */
  text: string;
  /** The unit it converts into: 万元 and 亿元 → "元"; 万平方米 and ㎡ → "平方米"; 百分比 → "%". */
  base: string;
  /** Multiply a number in `text` by this to get it in `base`: 万元 → 10000. */
  factor: number;
}

export interface Quantity {
  kind: 'quantity';
  comparison?: Comparison;
  /** The number as written in `unit` (96 for "96%" and for a 0.96 cell formatted as a percent). */
  number: number;
  unit?: Unit;
  /** Decimals the number was written with ("86%" → 0, "86.19%" → 2, "250000.00" → 2); for cells, the format's. */
  decimals: number;
  text: string;
}

export interface DateValue {
  kind: 'date';
  /** "12月底前", "年底前", "2022年12月31日前" → 'le'. */
  comparison?: Comparison;
  /** Absent when the text gives no year ("12月底前"): the form's year applies. */
  year?: number;
  month: number;
  /** Absent when the text names only a month: the month's last day applies. */
  day?: number;
  text: string;
}

interface Label {
  kind: 'label';
  /** The text normalised for comparison (full-width folded, spaces removed). */
  label: string;
  /** The qualitative band an actual with this label falls into, when it is one of the known labels. */
  band?: Band;
  text: string;
}

interface Empty {
  kind: 'empty';
  /** 'blank': nothing, or a stand-in (/, -, —, 无); 'residue': template text left in (**, ★, 指标1, ……). */
  placeholder: 'blank' | 'residue';
  text: string;
}

export interface Unreadable {
  kind: 'unreadable';
  text: string;
  /** Why it could not be read, in Chinese and English. */
  reason: { zh: string; en: string };
}

export type ReadValue = Quantity | DateValue | Label | Empty | Unreadable;
