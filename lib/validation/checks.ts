import { namespaceOf, podSites, SelectorIndex } from './_objects';
import { validateSchema } from '../k8s/schema';
import { Finding } from './finding';
import { GateCheck, GateInput, RenderedObject } from './gate';
import { RULES } from './registry';
import { Rule, RuleContext } from './types';

/** Two objects of one kind with one name in one namespace would overwrite each other when applied. */
export const uniqueObjects: GateCheck = {
  name: 'unique-objects',
  run: (input: GateInput): Finding[] => {
    const seen = new Map<string, string>();
    const findings: Finding[] = [];
    for (const o of input.objects) {
      const key = `${o.blueprint}|${o.json.apiVersion}|${o.json.kind}|${o.json.metadata?.namespace ?? ''}|${o.json.metadata?.name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({
          path: o.path, rule: 'unique-objects', severity: 'error',
          message: `${o.json.kind} '${o.json.metadata?.name}' is also emitted by '${first}'`,
          fix: 'give one of the constructs another id or name',
        });
      } else {
        seen.set(key, o.path);
      }
    }
    return findings;
  },
};

/**
 * The first object per blueprint, namespace, kind and name, as a linear `find` would give it: nested maps, not a
 * `${blueprint}\0${namespace}\0${kind}\0${name}` string per object and per lookup (the rules look a name up for
 * every pod, container reference and autoscaler). Kinds and names are keyed as the strings a template literal makes
 * of them, as those keys were (`ref.kind` may be missing: 'undefined').
 */
class NameIndex {
  private readonly blueprints = new Map<string, Map<string, Map<string, Map<string, RenderedObject>>>>();

  /** Records `o` under the scope of `scope`, `kind` and `name`, unless an earlier object holds that place. */
  public add(scope: RenderedObject, kind: unknown, name: unknown, o: RenderedObject): void {
    let namespaces = this.blueprints.get(scope.blueprint);
    if (namespaces === undefined) this.blueprints.set(scope.blueprint, (namespaces = new Map()));
    const namespace = namespaceOf(scope);
    let kinds = namespaces.get(namespace);
    if (kinds === undefined) namespaces.set(namespace, (kinds = new Map()));
    const k = String(kind);
    let names = kinds.get(k);
    if (names === undefined) kinds.set(k, (names = new Map()));
    const n = String(name);
    if (!names.has(n)) names.set(n, o);
  }

  public get(scope: RenderedObject, kind: unknown, name: unknown): RenderedObject | undefined {
    return this.blueprints.get(scope.blueprint)?.get(namespaceOf(scope))?.get(String(kind))?.get(String(name));
  }
}

/** What the rules see: the output with its pods located and its objects indexed. */
export function ruleContext(input: GateInput): RuleContext {
  // Loops by index over the objects: no iterator result per object (these run once per gate run, unoptimized).
  const objects = input.objects;
  const byKind = new Map<string, RenderedObject[]>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const list = byKind.get(o.json.kind);
    if (list) list.push(o); else byKind.set(o.json.kind, [o]);
  }
  const pods = podSites(input.objects);
  const ofKind = (kind: string) => byKind.get(kind) ?? [];
  // Names are indexed per kind, the first time a rule asks for one: rules ask for few kinds (ServiceAccounts,
  // autoscaler targets), so most objects are never indexed by name (4,000 of 6,000 at 1,000 services).
  const byName = new Map<string, NameIndex>();
  const named = (kind: unknown, scope: RenderedObject, name: unknown): RenderedObject | undefined => {
    const k = String(kind);
    let index = byName.get(k);
    if (index === undefined) {
      index = new NameIndex();
      // the objects whose kind prints as k, in the output's order: byKind's list, unless kinds that are no string
      // print alike (a hand-made object's kind 5 and another's '5')
      const raws = [...byKind.keys()].filter((raw) => String(raw) === k);
      const source = raws.length === 1 ? byKind.get(raws[0])! : objects.filter((o) => String(o.json.kind) === k);
      for (let i = 0; i < source.length; i++) index.add(source[i], k, source[i].json.metadata?.name, source[i]);
      byName.set(k, index);
    }
    return index.get(scope, k, name);
  };
  const byTarget = new NameIndex();
  // KEDA ScaledObjects scale through an HPA of their own; their scaleTargetRef kind defaults to Deployment.
  for (const h of [...ofKind('HorizontalPodAutoscaler'), ...ofKind('ScaledObject').filter((o) => String(o.json.apiVersion).startsWith('keda.sh/'))]) {
    byTarget.add(h, h.json.spec?.scaleTargetRef?.kind ?? (h.json.kind === 'ScaledObject' ? 'Deployment' : undefined), h.json.spec?.scaleTargetRef?.name, h);
  }
  return {
    input, objects: input.objects, pods, ofKind,
    named,
    autoscalerOf: (w) => byTarget.get(w, w.json.kind, w.json.metadata?.name),
    podIndex: new SelectorIndex(pods, (p) => p.labels, (p) => p.object),
    workloadIndex: new SelectorIndex([...ofKind('Deployment'), ...ofKind('StatefulSet')], (w) => w.json.spec?.template?.metadata?.labels ?? {}, (w) => w),
  };
}

/**
 * Runs `rules` over one context. A rule that stops on an object it cannot read (a hand-made ApiObject with a list that
 * is not a list, say) becomes an error finding naming the rule and what stopped it — never a stack trace out of synth —
 * and the other rules still run; the schema check reports what is malformed.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let violations;
    try {
      violations = rule.check(ctx);
    } catch (e) {
      findings.push({
        path: '', rule: rule.id, severity: 'error',
        message: `rule '${rule.id}' could not read the app's objects: ${e instanceof Error ? e.message : String(e)}`,
        fix: 'fix the objects the schema check reports; if it reports none, this is a bug of cdk8s-blueprints: file it with this message',
      });
      continue;
    }
    for (const v of violations) {
      findings.push({ path: v.path, rule: rule.id, severity: v.severity ?? rule.severity, message: v.message, fix: rule.fix });
    }
  }
  return findings;
}

/** The semantic, Pod Security and policy rules of `RULES`. */
export const policyRules: GateCheck = {
  name: 'rules',
  run: (input: GateInput): Finding[] => runRules(ruleContext(input), RULES),
};

/** Every object against the Kubernetes 1.28 schema (and the bundled CRD schemas, and the app's own CRDs): unknown fields, types, required fields, served API versions, enums and formats. */
export const schema: GateCheck = {
  name: 'schema',
  run: (input: GateInput): Finding[] => {
    // A loop, not flatMap: no array per valid object (6,000 at 1,000 services) to concatenate.
    const findings: Finding[] = [];
    for (let i = 0; i < input.objects.length; i++) {
      const o = input.objects[i];
      const found = validateSchema(o.json, input.crds);
      for (let j = 0; j < found.length; j++) {
        findings.push({
          path: o.path, rule: 'schema', severity: 'error',
          message: `${o.json.kind} '${o.json.metadata?.name}' ${found[j].pointer || '/'}: ${found[j].message}`,
          fix: 'fix the field named, or file a bug if a construct of this library produced it',
        });
      }
    }
    return findings;
  },
};

/** The built-in checks, in the order they run. */
export function defaultChecks(): GateCheck[] {
  return [schema, uniqueObjects, policyRules];
}

/** Ids of every built-in rule, for suppression checks. */
export function knownRuleIds(): Set<string> {
  return new Set(['schema', 'unique-objects', ...RULES.map((r) => r.id)]);
}
