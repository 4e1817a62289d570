import * as path from 'path';
import { CallSite } from '../values/_errors';
import { Finding } from '../validation/finding';

/** How a report is printed: paths relative to `cwd`; stacks only when verbose. */
export interface ReportOptions {
  readonly cwd: string;
  readonly verbose?: boolean;
}

/** `main.ts:12:5`, relative to the working directory. */
export function formatSite(site: CallSite | undefined, cwd: string): string | undefined {
  if (!site) return undefined;
  const rel = path.relative(cwd, site.file);
  return `${rel.startsWith('..') ? site.file : rel}:${site.line}:${site.column}`;
}

/**
 * Every finding, grouped by the construct it belongs to (in the order first reported), errors before warnings,
 * each line naming the user's file:line where it is known, the rule, and the fix.
 *
 *   ✗ Synthesis failed: 3 errors, 1 warning in 2 constructs; nothing was written.
 *
 *   hello-production/web
 *     ✗ main.ts:14:5  'prot' (9) is not a prop of WebServiceProps: did you mean 'port'?  [props]
 */
export function formatFindings(findings: readonly Finding[], options: ReportOptions): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const groups = new Map<string, Finding[]>();
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  for (const f of ordered) {
    const key = f.owner ?? f.path;
    const list = groups.get(key);
    if (list) list.push(f); else groups.set(key, [f]);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  const head = errors
    ? `✗ Synthesis failed: ${counts} in ${plural(groups.size, 'construct')}; nothing was written.`
    : `! ${counts} in ${plural(groups.size, 'construct')}:`;
  const lines = [head];
  for (const [owner, list] of groups) {
    lines.push('', `  ${owner || '(the app)'}`);
    for (const f of list) {
      const where = formatSite(f.site, options.cwd);
      const sub = f.path !== owner && f.path ? ` ${f.path.slice(owner.length).replace(/^\//, '')}:` : '';
      lines.push(`    ${f.severity === 'error' ? '✗' : '!'} ${where ? `${where}  ` : ''}${sub ? `${sub.trim()} ` : ''}${f.message}  [${f.rule}]`);
      if (f.fix) lines.push(`        fix: ${f.fix}`);
    }
  }
  return lines.join('\n');
}

/** A one-line summary of a successful synth. */
export function formatSummary(s: {
  readonly outdir: string; readonly blueprints: number; readonly objects: number; readonly files: number;
  readonly written: readonly string[]; readonly unchanged: readonly string[]; readonly removed: readonly string[];
}, cwd: string): string {
  const rel = path.relative(cwd, s.outdir) || '.';
  const shown = rel.startsWith('..') ? s.outdir : rel;
  return `✓ Synthesized ${s.blueprints} blueprint${s.blueprints === 1 ? '' : 's'} (${s.objects} objects) into ${shown}/: ` +
    `${s.written.length} written, ${s.unchanged.length} unchanged, ${s.removed.length} removed (${s.files} files).`;
}
