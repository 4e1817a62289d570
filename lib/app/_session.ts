/**
 * What the `cdk8s-blueprints` CLI sees of the app file it runs: every BlueprintApp created in the process, and
 * what each `synth()` wrote. Kept on `globalThis` under a registered symbol, so the CLI and the user's app agree
 * even if they load the library through different paths. Private: not exported by the package.
 */

/** One `synth()` of an app: where it wrote, what, and the warnings it did not print. */
export interface SynthRecord {
  readonly app: object;
  readonly outdir: string;
  readonly blueprints: number;
  readonly objects: number;
  readonly files: number;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  readonly warnings: readonly import('../validation/finding').Finding[];
  /** Under a dry run (`diff`): what synth() would have written, by path, and every object by blueprint id. */
  readonly output?: {
    readonly files: ReadonlyMap<string, string>;
    readonly objects: ReadonlyArray<{ readonly blueprint: string; readonly json: any }>;
  };
}

/** A CLI run in progress. */
export interface Session {
  /** Every BlueprintApp constructed, in order. */
  readonly apps: object[];
  /** Every synth() that wrote, in order. */
  readonly synths: SynthRecord[];
  /** `cdk8s-blueprints diff`: synth() synthesizes (gate included) and records its output here, writing nothing. */
  readonly dryRun?: boolean;
  /** `cdk8s-blueprints lock`: synth() does nothing; the CLI reads only the construct tree the app file made. */
  readonly constructOnly?: boolean;
}

const KEY = Symbol.for('cdk8s-blueprints.cli-session');

/** The CLI's session, when the app runs under `cdk8s-blueprints synth`. */
export function currentSession(): Session | undefined {
  return (globalThis as Record<symbol, Session | undefined>)[KEY];
}

/** Starts a session (the CLI, before it runs the app file). */
export function startSession(options: { readonly dryRun?: boolean; readonly constructOnly?: boolean } = {}): Session {
  const session: Session = { apps: [], synths: [], ...(options.dryRun ? { dryRun: true } : {}), ...(options.constructOnly ? { constructOnly: true } : {}) };
  (globalThis as Record<symbol, Session | undefined>)[KEY] = session;
  return session;
}
