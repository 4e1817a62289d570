/**
 * `cdk8s-blueprints diff --env A --env B`: each application that has a blueprint in both environments, its
 * objects in A against its objects in B, showing only what the environments make different.
 *
 * Blueprints are paired by their application's name (`Blueprint.appName`: the `name` prop, else the id without
 * `-<environment>`), never by parsing ids. Objects are matched by API group, kind and name. Left out of the
 * comparison, because they differ on every object by construction: the identity labels
 * (`app.kubernetes.io/instance: <name>-<environment>`, `blueprints.cdk8s.io/environment: <environment>`, in
 * labels and selectors alike) and, when the two blueprints have namespaces of their own, `metadata.namespace`
 * (the blueprints' Namespace objects are matched with each other). ConfigMaps and Secrets named with a content hash
 * are matched by the name without it: their name and data show as changed fields.
 */
import { UsageError } from './_run-app';
import { compare, diffObjects, FieldChange, isKubernetesObject, ObjectChange, objectId, ObjectId } from './_diff-objects';

/** A blueprint, as the CLI reads it from the app (duck-typed: the app file may load another copy of the library). */
export interface BlueprintInfo {
  /** The construct id (the manifest's file name). */
  readonly id: string;
  /** The application's name, the same in every environment. */
  readonly name: string;
  readonly environment: string;
  readonly namespace: string;
}

/** One application in the two environments. */
export interface BlueprintPairDiff {
  readonly name: string;
  readonly before: BlueprintInfo;
  readonly after: BlueprintInfo;
  /** '-' only in the first environment, '+' only in the second, '~' in both with different fields. */
  readonly objects: readonly ObjectChange[];
}

/** The comparison of two environments. */
export interface EnvironmentDiff {
  readonly from: string;
  readonly to: string;
  /** Every application in both, by name. */
  readonly blueprints: readonly BlueprintPairDiff[];
  /** Applications in only one of the two environments, by name (not compared). */
  readonly onlyIn: ReadonlyArray<{ readonly name: string; readonly environment: string }>;
}

const INSTANCE = 'app.kubernetes.io/instance';
const ENVIRONMENT = 'blueprints.cdk8s.io/environment';

/** The blueprints of an app (its charts with an environment, an application name and a namespace). */
export function blueprintsOf(app: unknown): BlueprintInfo[] {
  const root = app as { node: { findAll(): any[] } };
  return root.node.findAll()
    .filter((c) => typeof c?.environment?.name === 'string' && typeof c.appName === 'string' && typeof c.namespaceName === 'string')
    .map((c) => ({ id: c.node.id, name: c.appName, environment: c.environment.name, namespace: c.namespaceName }));
}

/**
 * Compares environment `from` with `to`. Throws a UsageError when either has no blueprint, when they are the
 * same, or when no application has a blueprint in both.
 */
export function diffEnvironments(blueprints: readonly BlueprintInfo[], objects: ReadonlyArray<{ readonly blueprint: string; readonly json: unknown }>,
  from: string, to: string): EnvironmentDiff {
  const environments = [...new Set(blueprints.map((b) => b.environment))].sort(compare);
  for (const env of [from, to]) {
    if (!environments.includes(env)) {
      throw new UsageError(`--env: no blueprint is in the environment '${env}'; the app's environments: ${environments.join(', ') || '(none)'}`);
    }
  }
  if (from === to) throw new UsageError(`--env: give two different environments ('${from}' twice)`);
  const byName = (env: string) => new Map(blueprints.filter((b) => b.environment === env).map((b) => [b.name, b]));
  const a = byName(from);
  const b = byName(to);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort(compare);
  const pairs: BlueprintPairDiff[] = [];
  const onlyIn: Array<{ name: string; environment: string }> = [];
  for (const name of names) {
    const before = a.get(name);
    const after = b.get(name);
    if (!before || !after) { onlyIn.push({ name, environment: before ? from : to }); continue; }
    const ownNamespaces = before.namespace !== after.namespace;
    const keyed = (bp: BlueprintInfo) => keyedObjects(bp, objects, ownNamespaces);
    const changes = diffObjects(keyed(before), keyed(after), {
      idOf: (o) => shownId(o, ownNamespaces),
      ignore: (f, _old, now) => byConstruction(f, before, after, ownNamespaces, now),
    });
    pairs.push({ name, before, after, objects: changes });
  }
  if (pairs.length === 0) throw new UsageError(`--env: no application has a blueprint in both '${from}' and '${to}'`);
  return { from, to, blueprints: pairs, onlyIn };
}

/**
 * A blueprint's objects keyed by API group, kind and name; its own Namespace under one key in every environment,
 * and a ConfigMap or Secret whose name ends in a content hash (`settings-48f370e393`) by the name without it, so
 * that the environments' different data shows as fields rather than one object removed and another added.
 */
function keyedObjects(bp: BlueprintInfo, objects: ReadonlyArray<{ readonly blueprint: string; readonly json: unknown }>, ownNamespaces: boolean): Map<string, unknown> {
  const entries: Array<[string, string | undefined, unknown]> = [];
  for (const o of objects) {
    if (o.blueprint !== bp.id || !isKubernetesObject(o.json)) continue;
    const id = objectId(o.json);
    const group = id.apiVersion.includes('/') ? id.apiVersion.slice(0, id.apiVersion.indexOf('/')) : '';
    const own = ownNamespaces && id.kind === 'Namespace' && group === '' && id.name === bp.namespace;
    const hashed = group === '' && (id.kind === 'ConfigMap' || id.kind === 'Secret') ? HASHED.exec(id.name) : null;
    entries.push([`${group}/${id.kind}/${own ? '' : id.name}`, hashed ? `${group}/${id.kind}/${hashed[1]}-<hash>` : undefined, o.json]);
  }
  const bases = new Map<string, number>();
  for (const [, base] of entries) if (base) bases.set(base, (bases.get(base) ?? 0) + 1);
  return new Map(entries.map(([key, base, json]) => [base && bases.get(base) === 1 ? base : key, json]));
}

/** A name with synth's content hash: `<name>-<10 hex digits>`. */
const HASHED = /^(.+)-[0-9a-f]{10}$/;

function shownId(obj: any, ownNamespaces: boolean): ObjectId {
  const id = objectId(obj);
  return ownNamespaces ? { ...id, namespace: '' } : id;
}

/** Whether a change is one the two environments make on every object by construction (see the top of this file). */
function byConstruction(f: FieldChange, a: BlueprintInfo, b: BlueprintInfo, ownNamespaces: boolean, obj: any): boolean {
  if (f.op !== 'changed') return false;
  if (f.path.endsWith(`[${JSON.stringify(INSTANCE)}]`)) return f.before === `${a.name}-${a.environment}` && f.after === `${b.name}-${b.environment}`;
  if (f.path.endsWith(`[${JSON.stringify(ENVIRONMENT)}]`)) return f.before === a.environment && f.after === b.environment;
  if (!ownNamespaces) return false;
  return (f.path === 'metadata.namespace' && f.before === a.namespace && f.after === b.namespace)
    || (f.path === 'metadata.name' && obj.kind === 'Namespace' && f.before === a.namespace && f.after === b.namespace);
}
