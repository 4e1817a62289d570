/**
 * How `cdk8s-blueprints diff` prints: for a terminal (ANSI colours only when asked: stdout a TTY and NO_COLOR
 * unset) and as GitHub-flavoured Markdown for a pull-request comment (a collapsible <details> per object).
 *
 * Order: output files by path, as synth writes them; within a manifest, objects in `kubectl diff`'s order (by
 * `<group>.<version>.<kind>.<namespace>.<name>`, the names of the files it diffs), which does not move when the
 * apply order does; fields in the object's own order.
 */
import { toYaml } from '../k8s/yaml';
import { FieldChange, isMultiline, lineCounts, ObjectChange, showId, showValue, unifiedLines } from './_diff-objects';
import { FileChange, FolderDiff } from './_diff-folder';
import { EnvironmentDiff } from './_diff-env';

/** How the diff is printed. */
export interface DiffFormat {
  readonly format: 'text' | 'markdown';
  /** ANSI colours (text only). */
  readonly color: boolean;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m', bold: '\x1b[1m', reset: '\x1b[0m' };
type Paint = (style: keyof typeof ANSI, text: string) => string;
const painter = (color: boolean): Paint => (style, text) => (color ? `${ANSI[style]}${text}${ANSI.reset}` : text);

const MARK = { added: '+', removed: '-', changed: '~' } as const;
const STYLE = { added: 'green', removed: 'red', changed: 'yellow' } as const;

/** Counts of what differs, for the summary lines. */
interface Counts { added: number; removed: number; changed: number; files: number; otherFiles: number }

function countFolder(diffs: readonly FolderDiff[]): Counts {
  const c: Counts = { added: 0, removed: 0, changed: 0, files: 0, otherFiles: 0 };
  for (const d of diffs) {
    for (const f of d.files) {
      c.files++;
      if (!f.objects) c.otherFiles++;
      for (const o of f.objects ?? []) c[o.op]++;
    }
  }
  return c;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function objectCounts(c: { added: number; removed: number; changed: number }, words = { added: 'added', removed: 'removed', changed: 'changed' }): string {
  return `${plural(c.added + c.removed + c.changed, 'object')} (${c.added} ${words.added}, ${c.removed} ${words.removed}, ${c.changed} ${words.changed})`;
}

/** The summary line of the comparison with output folders. */
export function folderSummary(diffs: readonly FolderDiff[], shown: (outdir: string) => string): string {
  const c = countFolder(diffs);
  const where = diffs.map((d) => `${shown(d.outdir)}/`).join(', ');
  if (c.files === 0) return `✓ No differences: ${where} holds what synth would write (${plural(diffs.reduce((n, d) => n + d.compared, 0), 'file')}).`;
  const manifests = c.files - c.otherFiles;
  const parts = [manifests > 0 ? `${objectCounts(c)} in ${plural(manifests, 'manifest')}` : '', c.otherFiles > 0 ? `${plural(c.otherFiles, 'other file')}` : ''].filter(Boolean);
  return `✗ ${plural(c.files, 'file')} in ${where} would change: ${parts.join('; ')}. Run cdk8s-blueprints synth to write them.`;
}

/** The comparison with output folders, for a terminal. */
export function formatFolderText(diffs: readonly FolderDiff[], shown: (outdir: string) => string, color: boolean): string {
  const p = painter(color);
  const lines: string[] = [];
  for (const d of diffs) {
    for (const f of d.files) {
      lines.push(p('bold', `${MARK[f.op]} ${shown(d.outdir)}/${f.path}${f.objects && f.objects.length === 0 ? ' (same objects: the order or layout of the file changed)' : ''}`));
      for (const o of f.objects ?? []) lines.push(...objectText(o, p, '  '));
      if (f.text) lines.push(...f.text.map((l) => `  ${paintDiffLine(l, p)}`));
    }
  }
  return [...lines, ...(lines.length ? [''] : []), folderSummary(diffs, shown)].join('\n');
}

/** The comparison of two environments, for a terminal. */
export function formatEnvText(diff: EnvironmentDiff, color: boolean): string {
  const p = painter(color);
  const lines: string[] = [`${diff.from} → ${diff.to}: ${p('red', '-')} only in ${diff.from}, ${p('green', '+')} only in ${diff.to}, ${p('yellow', '~')} different`];
  for (const b of diff.blueprints) {
    if (b.objects.length === 0) continue;
    lines.push('', p('bold', `${b.name} (${b.before.id} → ${b.after.id})`));
    for (const o of b.objects) lines.push(...objectText(o, p, '  '));
  }
  if (diff.onlyIn.length > 0) lines.push('', `not compared: ${diff.onlyIn.map((o) => `${o.name} (only in ${o.environment})`).join(', ')}`);
  return [...lines, '', envSummary(diff)].join('\n');
}

/** The summary line of the comparison of two environments. */
export function envSummary(diff: EnvironmentDiff): string {
  const differing = diff.blueprints.filter((b) => b.objects.length > 0);
  if (differing.length === 0) return `✓ No differences between ${diff.from} and ${diff.to} in ${plural(diff.blueprints.length, 'application')}.`;
  const c = { added: 0, removed: 0, changed: 0 };
  for (const b of differing) for (const o of b.objects) c[o.op]++;
  return `✗ ${diff.from} and ${diff.to} differ in ${differing.length} of ${plural(diff.blueprints.length, 'application')}: ` +
    `${objectCounts(c, { added: `only in ${diff.to}`, removed: `only in ${diff.from}`, changed: 'different' })}.`;
}

function objectText(o: ObjectChange, p: Paint, indent: string): string[] {
  const head = `${indent}${p(STYLE[o.op], MARK[o.op])} ${showId(o.id)}`;
  return [head, ...o.fields.flatMap((f) => fieldText(f, p, `${indent}    `))];
}

function fieldText(f: FieldChange, p: Paint, indent: string): string[] {
  if (isMultiline(f)) return [`${indent}${f.path}:`, ...unifiedLines(f.before as string, f.after as string).map((l) => `${indent}  ${paintDiffLine(l, p)}`)];
  const order = f.op === 'reordered' ? 'order ' : '';
  if (!isLarge(f.before) && !isLarge(f.after)) return [`${indent}${f.path}: ${order}${p('red', showValue(f.before))} → ${p('green', showValue(f.after))}`];
  // A list or mapping too long for one line: as YAML, under the field.
  const side = (word: string, value: unknown, style: 'red' | 'green') => (isLarge(value)
    ? [`${indent}  ${word}:`, ...toYaml([value]).trimEnd().split('\n').map((l) => `${indent}    ${p(style, l)}`)]
    : [`${indent}  ${word}: ${p(style, showValue(value))}`]);
  return [`${indent}${f.path}:`, ...side('before', f.before, 'red'), ...side('after', f.after, 'green')];
}

/** A list or mapping whose JSON is too long to read on one line with the path. */
function isLarge(value: unknown): boolean {
  return typeof value === 'object' && value !== null && JSON.stringify(value).length > 60;
}

function paintDiffLine(line: string, p: Paint): string {
  if (line.startsWith('@@')) return p('cyan', line);
  if (line.startsWith('+')) return p('green', line);
  if (line.startsWith('-')) return p('red', line);
  return line;
}

/** The comparison with output folders, as Markdown. */
export function formatFolderMarkdown(diffs: readonly FolderDiff[], shown: (outdir: string) => string): string {
  const out: string[] = [`## cdk8s-blueprints diff: ${diffs.map((d) => code(`${shown(d.outdir)}/`)).join(', ')}`, '', folderSummary(diffs, shown)];
  for (const d of diffs) for (const f of d.files) out.push(...fileMarkdown(f));
  return `${out.join('\n')}\n`;
}

/** The comparison of two environments, as Markdown. */
export function formatEnvMarkdown(diff: EnvironmentDiff): string {
  const out: string[] = [`## cdk8s-blueprints diff: ${code(diff.from)} → ${code(diff.to)}`, '', envSummary(diff)];
  for (const b of diff.blueprints) {
    if (b.objects.length === 0) continue;
    out.push('', `### ${code(b.name)} (${code(b.before.id)} → ${code(b.after.id)})`);
    for (const o of b.objects) out.push(...objectMarkdown(o, { added: `only in ${diff.to}`, removed: `only in ${diff.from}`, changed: 'different' }));
  }
  if (diff.onlyIn.length > 0) out.push('', `Not compared: ${diff.onlyIn.map((o) => `${code(o.name)} (only in ${o.environment})`).join(', ')}.`);
  return `${out.join('\n')}\n`;
}

function fileMarkdown(f: FileChange): string[] {
  const out = ['', `### ${MARK[f.op]} ${code(f.path)}${f.op === 'changed' ? '' : ` (${f.op})`}`];
  for (const o of f.objects ?? []) out.push(...objectMarkdown(o, { added: 'added', removed: 'removed', changed: 'changed' }));
  if (f.text) {
    const n = lineCounts(f.text);
    const what = f.objects ? 'same objects: the order or layout of the file changed' : `${plural(n.added, 'line')} added, ${n.removed} removed`;
    out.push('', `<details><summary>${what}</summary>`, '', ...fenced('diff', f.text.join('\n')), '', '</details>');
  }
  return out;
}

function objectMarkdown(o: ObjectChange, words: Record<ObjectChange['op'], string>): string[] {
  const fields = o.op === 'changed' ? `: ${plural(o.fields.length, 'field')}` : '';
  const out = ['', `<details><summary>${MARK[o.op]} ${words[o.op]} <code>${html(showId(o.id))}</code>${fields}</summary>`, ''];
  if (o.op === 'changed') {
    out.push('| field | before | after |', '| --- | --- | --- |');
    const texts: FieldChange[] = [];
    for (const f of o.fields) {
      if (isMultiline(f)) { texts.push(f); out.push(`| ${cell(f.path)} | (text, below) | (text, below) |`); continue; }
      const prefix = f.op === 'reordered' ? 'order ' : '';
      out.push(`| ${cell(f.path)} | ${prefix}${cell(showValue(f.before))} | ${prefix}${cell(showValue(f.after))} |`);
    }
    for (const f of texts) out.push('', code(f.path), '', ...fenced('diff', unifiedLines(f.before as string, f.after as string).join('\n')));
  } else {
    out.push(...fenced('yaml', toYaml([o.object]).trimEnd()));
  }
  out.push('', '</details>');
  return out;
}

/** A fenced block whose fence is longer than any run of backticks in the text. */
function fenced(lang: string, text: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return [`${fence}${lang}`, text, fence];
}

/** An inline code span that survives any backticks in the text. */
function code(text: string): string {
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A code span in a table cell: `|` escaped, as GitHub's tables require even inside code. */
function cell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
