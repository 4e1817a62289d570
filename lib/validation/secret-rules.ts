/**
 * Secret references: every Secret a pod reads must be created by the blueprint (an ExternalSecret, or a Secret object)
 * or declared as provided out of band (the annotations `ProvidedSecret` writes), with the keys the pod reads.
 */
import { PROVIDED_BY_ANNOTATION, PROVIDED_SECRET_ANNOTATION, PROVIDED_SECRET_KEYS_ANNOTATION } from '../values/secret-ref';
import { containersOf, describe, PodSite } from './_objects';
import { RenderedObject } from './gate';
import type { Rule, RuleContext, Violation } from './types';

/** Where a Secret of the blueprint comes from, and the keys it holds when they are known. */
interface SecretSource {
  /** For messages, before the keys: `ExternalSecret 'x' creates only`, `its declaration as provided (ConfigMap 'x-provided') lists only`. */
  readonly only: string;
  readonly keys?: readonly string[];
}

/** One reference of a pod to a Secret: a key of it, or the whole Secret (envFrom, a volume without items, a pull secret). */
interface SecretUse {
  readonly name: string;
  readonly key?: string;
  /** `container 'api'` (for env, with `env`), `envFrom of container 'api'`, `volume age-identity`, `imagePullSecrets`. */
  readonly where: string;
  /** The env variable, for env references: `env A, B of container 'api'`. */
  readonly env?: string;
}

export const SECRET_RULES: readonly Rule[] = [
  {
    id: 'secret-refs', severity: 'error', category: 'semantic',
    source: 'Kubernetes kubelet: CreateContainerConfigError for a missing env/envFrom Secret or key (makeEnvironmentVariables, pkg/kubelet/kubelet_pods.go), FailedMount for a secret or projected volume (pkg/volume/secret/secret.go); kube-linter env-value-from (pkg/templates/envvarvaluefrom/template.go)',
    summary: 'Every Secret a pod reads (env secretKeyRef, envFrom, secret and projected volumes, imagePullSecrets) is created by an ExternalSecret of the blueprint or declared as provided with a reason, and has the keys the pod reads.',
    fix: 'provision the Secret with new ExternalSecret(...) or new GeneratedCredentials(...), or declare it with new ProvidedSecret(blueprint, name, { keys, providedBy })',
    check: (ctx) => {
      const sources = secretSources(ctx);
      const out: Violation[] = [];
      for (const site of ctx.pods) {
        const all = secretUses(site);
        if (all.length === 0) continue; // most pods read no Secret: no scope key and no map for them
        const scope = sources.get(scopeKey(site.object)) ?? new Map<string, SecretSource>();
        for (const [name, uses] of byName(all)) {
          const source = scope.get(name);
          if (!source) {
            out.push({ path: site.object.path, message: `${describe(site.object)} reads Secret '${name}'${keysText(uses)} (${whereText(uses)}), which no ExternalSecret of the blueprint creates and no ProvidedSecret declares` });
            continue;
          }
          if (source.keys === undefined) continue;
          const missing = uses.filter((u) => u.key !== undefined && !source.keys!.includes(u.key));
          if (missing.length > 0) {
            const keys = distinct(missing.map((u) => u.key!));
            out.push({ path: site.object.path, message: `${describe(site.object)} reads ${keys.length === 1 ? 'key' : 'keys'} ${keys.map(quote).join(', ')} of Secret '${name}' (${whereText(missing)}), but ${source.only} ${source.keys.map(quote).join(', ')}` });
          }
        }
      }
      return out;
    },
  },
];

/** Every Secret reference of a pod, in order: each container's env and envFrom (init containers first), the volumes, the pull secrets. Optional references are left out: the kubelet starts the pod without them. */
export function secretUses(site: PodSite): SecretUse[] {
  const uses: SecretUse[] = [];
  for (const { container } of containersOf(site)) {
    const c = String(container.name);
    for (const e of container.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (ref && !ref.optional) uses.push({ name: ref.name, key: ref.key, where: `container '${c}'`, env: String(e.name) });
    }
    for (const e of container.envFrom ?? []) {
      if (e.secretRef && !e.secretRef.optional) uses.push({ name: e.secretRef.name, where: `envFrom of container '${c}'` });
    }
  }
  for (const v of site.spec.volumes ?? []) {
    if (v.secret && !v.secret.optional) uses.push(...itemUses(v.secret.secretName, v.secret.items, `volume ${v.name}`));
    for (const s of v.projected?.sources ?? []) {
      if (s.secret && !s.secret.optional) uses.push(...itemUses(s.secret.name, s.secret.items, `projected volume ${v.name}`));
    }
  }
  for (const p of site.spec.imagePullSecrets ?? []) uses.push({ name: p.name, where: 'imagePullSecrets' });
  return uses;
}

/** The Secrets each blueprint and namespace creates or declares, by name. */
export function secretSources(ctx: RuleContext): Map<string, Map<string, SecretSource>> {
  const out = new Map<string, Map<string, SecretSource>>();
  const add = (o: RenderedObject, name: unknown, source: SecretSource) => {
    if (typeof name !== 'string') return;
    const key = scopeKey(o);
    const scope = out.get(key) ?? new Map<string, SecretSource>();
    if (!scope.has(name)) scope.set(name, source);
    out.set(key, scope);
  };
  // By index, and no empty annotations object for an object without: this reads every object of the app.
  for (let i = 0; i < ctx.objects.length; i++) {
    const o = ctx.objects[i];
    const j = o.json;
    const annotations = j.metadata?.annotations;
    if (annotations !== undefined && annotations !== null && typeof annotations[PROVIDED_SECRET_ANNOTATION] === 'string' && String(annotations[PROVIDED_BY_ANNOTATION] ?? '').trim() !== '') {
      const keys = annotations[PROVIDED_SECRET_KEYS_ANNOTATION];
      add(o, annotations[PROVIDED_SECRET_ANNOTATION], {
        only: `its declaration as provided (${describe(o)}) lists only`,
        keys: typeof keys === 'string' ? keys.split(',').map((k) => k.trim()).filter(Boolean) : undefined,
      });
    }
    if (j.kind === 'ExternalSecret' && String(j.apiVersion).startsWith('external-secrets.io/')) {
      const policy = j.spec?.target?.creationPolicy ?? 'Owner';
      // 'Merge' writes into a Secret that must already exist, 'None' writes nothing.
      if (policy === 'Owner' || policy === 'Orphan') add(o, j.spec?.target?.name ?? j.metadata?.name, { only: `${describe(o)} creates only`, keys: externalSecretKeys(j.spec ?? {}) });
    }
    if (j.kind === 'Secret' && j.apiVersion === 'v1') {
      const keys = [...Object.keys(j.data ?? {}), ...Object.keys(j.stringData ?? {})];
      add(o, j.metadata?.name, { only: `${describe(o)} holds only`, keys: keys.length > 0 ? keys : undefined });
    }
  }
  return out;
}

/**
 * The keys of the Secret an ExternalSecret creates, as the operator builds it (external-secrets
 * pkg/controllers/externalsecret/externalsecret_controller_template.go): without a template (or one without data), the
 * keys of `data` and `dataFrom`; with template data, the template's keys (merged with those when `mergePolicy: Merge`).
 * Undefined when a source's keys are only known at run time (`extract`, `find`, `templateFrom`, a rewrite); a
 * `Password` generator gives the key `password`.
 */
export function externalSecretKeys(spec: any): string[] | undefined {
  let fetched: string[] | undefined = (spec.data ?? []).map((d: any) => String(d.secretKey));
  for (const from of spec.dataFrom ?? []) {
    const generator = from.sourceRef?.generatorRef;
    if (generator?.kind === 'Password' && !(from.rewrite ?? []).length) fetched = fetched && [...fetched, 'password'];
    else fetched = undefined;
  }
  const template = spec.target?.template;
  const templated = Object.keys(template?.data ?? {});
  if (!template || (templated.length === 0 && !(template.templateFrom ?? []).length)) return fetched && distinct(fetched);
  if ((template.templateFrom ?? []).length) return undefined;
  if (template.mergePolicy === 'Merge') return fetched && distinct([...fetched, ...templated]);
  return templated;
}

function itemUses(name: string, items: any[] | undefined, where: string): SecretUse[] {
  if (!items?.length) return [{ name, where }];
  return items.map((i) => ({ name, key: i.key, where }));
}

function byName(uses: SecretUse[]): Map<string, SecretUse[]> {
  const out = new Map<string, SecretUse[]>();
  for (const u of uses) out.set(u.name, [...(out.get(u.name) ?? []), u]);
  return out;
}

function keysText(uses: SecretUse[]): string {
  const keys = distinct(uses.filter((u) => u.key !== undefined).map((u) => u.key!));
  if (keys.length === 0) return '';
  return `, ${keys.length === 1 ? 'key' : 'keys'} ${keys.map(quote).join(', ')}`;
}

/** `env A, B of container 'api', volume age-identity`: env names grouped by container, each place once, in order. */
function whereText(uses: SecretUse[]): string {
  const parts: Array<{ text: string; env?: string[] }> = [];
  for (const u of uses) {
    if (u.env !== undefined) {
      const group = parts.find((p) => p.env && p.text === u.where);
      if (!group) parts.push({ text: u.where, env: [u.env] });
      else if (!group.env!.includes(u.env)) group.env!.push(u.env);
    } else if (!parts.some((p) => !p.env && p.text === u.where)) {
      parts.push({ text: u.where });
    }
  }
  return parts.map((p) => (p.env ? `env ${p.env.join(', ')} of ${p.text}` : p.text)).join(', ');
}

export function scopeKey(o: RenderedObject): string {
  return `${o.blueprint}|${o.json.metadata?.namespace ?? ''}`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function quote(s: string): string {
  return `'${s}'`;
}
