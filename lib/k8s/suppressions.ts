import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { BlueprintError } from '../values/_errors';

const REGISTRY = new WeakMap<IConstruct, Map<string, string>>();

/** Annotation prefix that records a suppression on every object it covers, for reviewers. */
export const SUPPRESSION_ANNOTATION_PREFIX = 'suppress.blueprints.cdk8s.io/';

/** A suppression in force. */
export interface Suppression {
  readonly path: string;
  readonly rule: string;
  readonly justification: string;
}

/**
 * Suppresses one gate rule for one construct and everything inside it, with a written justification. The
 * justification is recorded on every object it covers as the annotation
 * `suppress.blueprints.cdk8s.io/<rule>: <justification>`, so reviewers see it in the YAML.
 *
 * @example
 * Policy.suppress(db, 'high-uid', 'the official postgres image runs as UID 999 and owns its data directory as 999');
 */
export class Policy {
  /** Suppresses `rule` for `scope` (a workload, a blueprint…). */
  public static suppress(scope: IConstruct, rule: string, justification: string): void {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule)) {
      throw new BlueprintError(`Policy.suppress '${scope.node.path}': 'rule' (${JSON.stringify(rule)}) must be a rule id such as 'high-uid' (see the README's rule table)`);
    }
    const text = justification.trim();
    if (text.length < 20) {
      throw new BlueprintError(`Policy.suppress '${scope.node.path}': 'justification' (${JSON.stringify(justification)}) must explain in at least 20 characters why rule '${rule}' does not apply`);
    }
    const map = REGISTRY.get(scope) ?? new Map<string, string>();
    map.set(rule, text);
    REGISTRY.set(scope, map);
  }

  /**
   * Every suppression declared under `root`, in tree order.
   * @param constructs `root.node.findAll()`, when the caller has it already (synthesis walks the tree once)
   */
  public static all(root: IConstruct, constructs: readonly IConstruct[] = root.node.findAll()): Suppression[] {
    const out: Suppression[] = [];
    for (const c of constructs) {
      for (const [rule, justification] of REGISTRY.get(c) ?? []) out.push({ path: c.node.path, rule, justification });
    }
    return out;
  }

  private constructor() {}
}

/** Whether suppression `s` covers the object or artifact at `path`. */
export function covers(s: Suppression, path: string): boolean {
  return path === s.path || path.startsWith(`${s.path}/`) || s.path === '';
}

/**
 * Annotates every ApiObject covered by a suppression (call before rendering); `constructs` is `root.node.findAll()`,
 * when the caller has it already.
 */
export function annotateSuppressions(root: IConstruct, suppressions: readonly Suppression[], constructs?: readonly IConstruct[]): void {
  if (suppressions.length === 0) return;
  for (const c of constructs ?? root.node.findAll()) {
    if (!(c instanceof ApiObject)) continue;
    for (const s of suppressions) {
      if (covers(s, c.node.path)) c.metadata.addAnnotation(`${SUPPRESSION_ANNOTATION_PREFIX}${s.rule}`, s.justification);
    }
  }
}
