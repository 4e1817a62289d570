import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { Blueprint, BlueprintTesting, Environment, Finding, HealthCheck, Policy, ValidationError, WebService } from '../../lib/index';
import { SUPPRESSION_ANNOTATION_PREFIX } from '../../lib/k8s/suppressions';
import { RULES } from '../../lib/validation/registry';
import { CORPUS, CorpusCase, IMAGE } from './_corpus';

/** The checks of the gate that are not in RULES. */
const BUILT_IN_CHECKS = ['schema', 'unique-objects'];

/** A justification long enough for Policy.suppress. */
const REASON = 'accepted for this corpus case: the input is bad on purpose';

/** The findings of the gate for a gate case, from a fresh app. */
function findingsOf(c: CorpusCase): Finding[] {
  const app = BlueprintTesting.app();
  c.build(app);
  try {
    app.synthesize();
  } catch (e) {
    if (e instanceof ValidationError) return [...e.findings];
    throw e;
  }
  throw new Error(`corpus case '${c.name}' passes the gate`);
}

/** The construct at `path` in the tree of `root`. */
function constructAt(root: IConstruct, constructPath: string): IConstruct {
  const found = root.node.findAll().find((c) => c.node.path === constructPath);
  if (!found) throw new Error(`no construct at '${constructPath}'`);
  return found;
}

describe('RULES', () => {
  test('rule ids are unique kebab-case and not the ids of the built-in checks', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toEqual(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of BUILT_IN_CHECKS) expect(ids).not.toContain(id);
  });

  test.each(RULES.map((r) => [r.id, r]))('%s has a severity, a category, a source, a summary and a fix', (_id, rule) => {
    expect(['error', 'warning']).toContain(rule.severity);
    expect(['semantic', 'pss', 'policy', 'image']).toContain(rule.category);
    for (const field of [rule.source, rule.summary, rule.fix]) {
      expect(typeof field).toBe('string');
      expect(field.trim().length).toBeGreaterThan(5);
    }
  });

  test.each([...BUILT_IN_CHECKS, ...RULES.map((r) => r.id)])('%s has a corpus case that the library passes', (id) => {
    const cases = CORPUS.filter((c) => c.rule === id && c.bug === undefined);
    expect(cases.map((c) => c.name)).not.toEqual([]);
  });

  test('every rule of the corpus is a rule of the gate', () => {
    const known = new Set([...BUILT_IN_CHECKS, ...RULES.map((r) => r.id), 'suppression', 'artifact-path']);
    for (const c of CORPUS) if (c.rule !== undefined) expect([c.name, known.has(c.rule)]).toEqual([c.name, true]);
  });

  test('every rule id appears in the README\'s rule table', () => {
    // A row of the table names the id in backticks (`high-uid`) or as a bare cell (| high-uid |).
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = [...BUILT_IN_CHECKS, ...RULES.map((r) => r.id)]
      .filter((id) => !readme.includes(`\`${id}\``) && !new RegExp(`\\|\\s*${id}\\s*\\|`).test(readme));
    expect(missing).toEqual([]);
  });
});

describe('Policy.suppress', () => {
  test('a suppressed rule passes, and every object of the construct carries the justification', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    const web = new WebService(shop, 'api', { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz'), security: { user: 999 } });
    const justification = 'the vendor image owns /var/lib/app as UID 999 and cannot be rebuilt';

    // WHEN
    Policy.suppress(web, 'high-uid', justification);
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const mine = objects.filter((o) => o.metadata.name === 'api');
    expect(mine.map((o) => o.kind).sort()).toEqual(['Deployment', 'NetworkPolicy', 'PodDisruptionBudget', 'Service', 'ServiceAccount']);
    for (const o of mine) expect(o.metadata.annotations).toEqual({ 'suppress.blueprints.cdk8s.io/high-uid': justification });
    expect(objects.find((o) => o.kind === 'Namespace').metadata.annotations).toBeUndefined();
  });

  test('a suppression covers only its own construct', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    const api = new WebService(shop, 'api', { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz'), security: { user: 999 } });
    new WebService(shop, 'admin', { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz'), security: { user: 999 } });
    Policy.suppress(api, 'high-uid', 'the vendor image owns /var/lib/app as UID 999 and cannot be rebuilt');

    // WHEN
    const synth = () => BlueprintTesting.synth(shop);

    // THEN
    expect(synth).toThrow([
      'Validation failed: 1 error; nothing was written.',
      '  ✗ [high-uid] shop-production/admin/Deployment: container \'admin\' runs as UID 999 (< 10000)',
      '      fix: keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason',
    ].join('\n'));
  });

  // Every gate case of the corpus passes once each of its findings is suppressed on the construct it names.
  const suppressible = CORPUS.filter((c) => c.kind === 'gate' && c.bug === undefined && c.rule !== 'suppression' && c.rule !== 'artifact-path');
  test.each(suppressible.map((c) => [c.name, c]))('corpus case passes when suppressed: %s', (_name, c) => {
    // GIVEN
    const findings = findingsOf(c).filter((f) => f.severity === 'error');
    const targets = [...new Map(findings.map((f) => [`${f.path}|${f.rule}`, f])).values()];
    const app = BlueprintTesting.app();
    c.build(app);

    // WHEN
    for (const f of targets) Policy.suppress(constructAt(app, f.path), f.rule, REASON);
    const result = app.synthesize();

    // THEN
    expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
    for (const f of targets) {
      for (const o of result.objects.filter((x) => x.path === f.path)) {
        expect(o.json.metadata.annotations?.[`${SUPPRESSION_ANNOTATION_PREFIX}${f.rule}`]).toEqual(REASON);
      }
    }
  });
});
