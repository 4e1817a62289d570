/**
 * Signed images in production: a production workload running an Image built here is admitted only when a Kyverno
 * verifyImages policy of its namespace enforces a signature on that image (SLSA v1.0 "verify provenance before use";
 * Sigstore cosign; Kyverno's verifyImages rules). A production Blueprint emits that policy from its Images' `signing`;
 * the rule finds the workload's image, then a policy that covers it — from the rendered objects alone.
 */
import { dockerHubForms, ImageRef } from '../values/image-ref';
import type { RenderedObject } from './gate';
import { siteOf } from './_rule-helpers';
import type { Rule, RuleContext, Violation } from './types';

/** Kyverno's wildcard match of an image reference pattern: `*` any run of characters, `?` one. */
function wildcardMatch(pattern: string, value: string): boolean {
  let re = PATTERNS.get(pattern);
  if (re === undefined) {
    if (PATTERNS.size >= 4096) PATTERNS.clear();
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    PATTERNS.set(pattern, re);
  }
  return re.test(value);
}

/** Each pattern's expression, made once: a policy of many Images is matched against every binding of the app. */
const PATTERNS = new Map<string, RegExp>();

/** What a verifyImages entry says, whatever image is asked about: read once per entry (see `enforcesSignature`). */
interface EntryFacts {
  /** Its own failureAction enforces; `undefined` when it has none (the policy's applies). */
  readonly action: boolean | undefined;
  readonly required: boolean;
  readonly attested: boolean;
  readonly patterns: readonly unknown[];
}

/**
 * Facts of the policies' rules and verifyImages entries, for one run of the rule: each read the first time a binding
 * reaches it, with the reads a walk for every binding makes, in its order (so a malformed policy fails where it did).
 */
interface PolicyFacts {
  readonly podRules: WeakMap<object, boolean>;
  readonly entries: WeakMap<object, EntryFacts>;
}

/** A field that should be a list, as one: anything else (malformed, which the schema check reports) is empty. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function matchesPods(rule: any, memo: PolicyFacts): boolean {
  if (typeof rule !== 'object' || rule === null) return false; // a malformed rule: the schema check reports it
  const known = memo.podRules.get(rule);
  if (known !== undefined) return known;
  const filters = [...list(rule.match?.any), ...list(rule.match?.all), ...(rule.match?.resources ? [{ resources: rule.match.resources }] : [])];
  const pods = filters.some((f: any) => list(f?.resources?.kinds).includes('Pod'));
  memo.podRules.set(rule, pods);
  return pods;
}

/** What a malformed entry (not an object) enforces: nothing; the schema check reports it. */
const NO_ENTRY: EntryFacts = { action: false, required: false, attested: false, patterns: [] };

function entryFacts(v: any, memo: PolicyFacts): EntryFacts {
  if (typeof v !== 'object' || v === null) return NO_ENTRY;
  const known = memo.entries.get(v);
  if (known !== undefined) return known;
  const action = v.failureAction !== undefined ? String(v.failureAction).toLowerCase() === 'enforce' : undefined;
  const patterns: unknown[] = [...list(v.imageReferences), ...(v.image !== undefined ? [v.image] : [])];
  const attested = list(v.attestors).some((a: any) => list(a?.entries).length > 0) || v.key !== undefined || v.subject !== undefined;
  const facts = { action, required: v.required !== false, attested, patterns };
  memo.entries.set(v, facts);
  return facts;
}

/** Whether `policy` (a Kyverno Policy of the namespace, or a ClusterPolicy) enforces a signature on `image` in Pods. */
function enforcesSignature(policy: any, image: string, memo: PolicyFacts): boolean {
  const spec = policy.spec ?? {};
  const enforcing = String(spec.validationFailureAction ?? 'Audit').toLowerCase() === 'enforce';
  const sees = dockerHubForms(image); // as written and as Kyverno normalizes it (its default registry, docker.io)
  for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
    if (!matchesPods(rule, memo)) continue;
    for (const v of Array.isArray(rule.verifyImages) ? rule.verifyImages : []) {
      const facts = entryFacts(v, memo);
      const action = facts.action ?? enforcing;
      if (action && facts.required && facts.attested && facts.patterns.some((p) => typeof p === 'string' && sees.some((i) => wildcardMatch(p, i)))) return true;
    }
  }
  return false;
}

function containerImage(ctx: RuleContext, object: RenderedObject, container: string): string | undefined {
  const site = siteOf(ctx, object);
  const c = (site?.spec.containers ?? []).find((x: any) => x?.name === container);
  return typeof c?.image === 'string' ? c.image : undefined;
}

function check(ctx: RuleContext): Violation[] {
  const images = ctx.input.images ?? [];
  if (images.length === 0) return []; // and no index of every object by path for an app without Images
  const byPath = new Map(ctx.objects.map((o) => [o.path, o]));
  const policies = [...ctx.ofKind('Policy'), ...ctx.ofKind('ClusterPolicy')].filter((o) => o.json.apiVersion === 'kyverno.io/v1');
  const memo: PolicyFacts = { podRules: new WeakMap(), entries: new WeakMap() };
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const b of images) {
    const object = byPath.get(b.objectPath);
    const key = `${b.objectPath}\0${b.container}`;
    if (!object?.production || seen.has(key)) continue;
    seen.add(key);
    const image = containerImage(ctx, object, b.container);
    if (image === undefined) continue;
    const namespace = object.json.metadata?.namespace;
    const covering = policies.filter((p) => p.json.kind === 'ClusterPolicy' || (p.blueprint === object.blueprint && p.json.metadata?.namespace === namespace));
    if (covering.some((p) => enforcesSignature(p.json, image, memo))) continue;
    let repository = image;
    try {
      repository = ImageRef.parse(image).repository;
    } catch {
      // the reference's own rules report it
    }
    out.push({
      path: b.objectPath,
      message: `${object.json.kind} '${object.json.metadata?.name}' runs '${image}' (${b.dockerfilePath}) unsigned: no Kyverno verifyImages policy in namespace '${namespace}' admits only signed ${repository} images; give the Image a signing identity, e.g. signing: ImageSigning.githubActions({ repository: 'owner/name' })`,
    });
  }
  return out;
}

export const SIGNING_RULES: readonly Rule[] = [
  {
    id: 'image-signed-in-production', severity: 'error', category: 'image',
    source: 'SLSA v1.0 ("verify artifacts before use"); Sigstore cosign signatures; Kyverno verifyImages rules (kyverno.io/docs/writing-policies/verify-images)',
    summary: 'A production workload running an Image built here runs it only signed: a Kyverno verifyImages policy of its namespace enforces the Image\'s signing identity (production only).',
    fix: 'give the Image `signing: ImageSigning.githubActions({ repository: \'owner/name\' })` (or `ImageSigning.keyless({...})`, `ImageSigning.key({ publicKey })`): its production blueprints then emit the Kyverno Policy `<app>-verify-images`, and the build signs it',
    check,
  },
];
