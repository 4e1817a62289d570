import { CallSite } from '../values/_errors';

/** How bad a finding is. Errors stop synthesis; warnings are printed and written to nothing. */
export type Severity = 'error' | 'warning';

/** One problem the validation gate found. */
export interface Finding {
  /** The construct path of the object or artifact, e.g. 'shop-production/user-service/Deployment'. */
  readonly path: string;
  /** The rule id, e.g. 'schema', 'pss-run-as-non-root', 'image-port-mismatch'. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, naming the field and echoing the value. */
  readonly message: string;
  /** How to fix it. */
  readonly fix?: string;
  /**
   * The line of the user's code the finding comes from: where the construct was made or the mistaken call was.
   * @default - unknown
   */
  readonly site?: CallSite;
  /**
   * Path of the construct the user made that the finding belongs to (the workload of a Deployment), for grouping.
   * @default - the path
   */
  readonly owner?: string;
}

/** Formats findings the way synth prints them and the test helper throws them. */
export function formatReport(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const head = `Validation failed: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}; nothing was written.`;
  const lines = [...findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule))
    .map((f) => `  ${f.severity === 'error' ? '✗' : '!'} [${f.rule}] ${f.path}: ${f.message}${f.fix ? `\n      fix: ${f.fix}` : ''}`);
  return [head, ...lines].join('\n');
}

/** Thrown by synthesis when the gate finds errors. Carries every finding, not just the first. */
export class ValidationError extends Error {
  public override readonly name = 'ValidationError';
  constructor(public readonly findings: readonly Finding[]) {
    super(formatReport(findings));
    // Uncaught (an app run with plain node or ts-node), it prints the report, not frames from inside the library.
    this.stack = `${this.name}: ${this.message}`;
  }
}
