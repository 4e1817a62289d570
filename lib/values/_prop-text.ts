/** How the props checks word their messages: suggestions, echoed values, lists. */
import type * as levenshtein from 'fastest-levenshtein';
import { show } from './_errors';

export function closest(word: string, candidates: ReadonlyArray<readonly [string, string]>): string | undefined {
  // Loaded on first use: only a mistake in a prop name asks for a suggestion.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { distance } = require('fastest-levenshtein') as typeof levenshtein;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [candidate, target] of candidates) {
    const d = candidate === w ? 0 : distance(w, candidate);
    const longest = Math.max(w.length, candidate.length);
    const limit = longest <= 3 ? 1 : longest <= 8 ? 2 : 3;
    if (d <= limit && d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  let stem = 3;
  for (const [candidate, target] of candidates) {
    let common = 0;
    while (common < w.length && common < candidate.length && w[common] === candidate[common]) common++;
    // One must start the other, or both share most of the shorter one ('waitforreadiness' / 'waitforready').
    const shorter = Math.min(w.length, candidate.length);
    if (common > stem && (common === shorter || common >= shorter - 2)) {
      best = target;
      stem = common;
    }
  }
  return best;
}

/**
 * The value as messages echo it: show() for primitives; JSON for plain data, with `<Class>` for the class
 * instances and functions inside it, cut after 80 characters; 'a Class' for an instance.
 */
export function echo(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return String(v);
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return show(v);
  if (!isPlain(v)) {
    const name = classOf(v);
    return name === undefined ? show(v) : `${article(name)} ${name}`;
  }
  let text: string;
  try {
    text = JSON.stringify(v, (_key, x: unknown) => (x !== null && typeof x === 'object' || typeof x === 'function') && !isPlain(x) ? `${MARK}${classOf(x) ?? 'object'}${MARK}` : x)
      .replace(MARKED, '<$1>');
  } catch {
    text = show(v);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const MARK = '\u0001';
const MARKED = /"\\u0001([^"\\]*)\\u0001"/g;

export function isPlain(v: object): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v === 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function classOf(v: object): string | undefined {
  if (typeof v === 'function') return 'function';
  const name: unknown = Object.getPrototypeOf(v)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}


export function article(word: string): string {
  return /^[AEIOUaeiou]/.test(word) ? 'an' : 'a';
}

export function or(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function and(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
