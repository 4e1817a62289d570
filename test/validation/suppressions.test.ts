/**
 * Suppressions in the gate (lib/validation/suppressions.ts): a suppression drops the findings of its rule on its
 * construct and everything inside it, and a suppression of a rule the gate does not know is itself an error.
 */
import { IConstruct } from 'constructs';
import { Blueprint, BlueprintTesting, Environment, Finding, HealthCheck, Policy, Suppression, ValidationError, WebService } from '../../lib/index';
import { SUPPRESSION_ANNOTATION_PREFIX } from '../../lib/k8s/suppressions';
import { applySuppressions } from '../../lib/validation/suppressions';
import { CORPUS, CorpusCase } from './_corpus';
import { IMAGE } from './_corpus-kit';

/** A justification long enough for Policy.suppress. */
const REASON = 'accepted for this corpus case: the input is bad on purpose';

const KNOWN = new Set(['high-uid', 'probes']);

function finding(path: string, rule: string): Finding {
  return { path, rule, severity: 'error', message: `${rule} at ${path}` };
}

describe('applySuppressions', () => {
  test('drops the findings of the suppressed rule on the construct and below it, and keeps every other one', () => {
    // GIVEN
    const findings = [
      finding('shop-production/api', 'high-uid'),
      finding('shop-production/api/Deployment', 'high-uid'),
      finding('shop-production/api/Deployment', 'probes'),
      finding('shop-production/api2/Deployment', 'high-uid'),
      finding('shop-production/admin/Deployment', 'high-uid'),
    ];
    const suppressions: Suppression[] = [{ path: 'shop-production/api', rule: 'high-uid', justification: REASON }];

    // THEN
    expect(applySuppressions(findings, suppressions, KNOWN)).toEqual([
      finding('shop-production/api/Deployment', 'probes'),
      finding('shop-production/api2/Deployment', 'high-uid'),
      finding('shop-production/admin/Deployment', 'high-uid'),
    ]);
  });

  test('a suppression on the app (path \'\') covers every finding of its rule', () => {
    const suppressions: Suppression[] = [{ path: '', rule: 'probes', justification: REASON }];
    expect(applySuppressions([finding('a/b', 'probes'), finding('c', 'probes'), finding('c', 'high-uid')], suppressions, KNOWN)).toEqual([finding('c', 'high-uid')]);
  });

  test('a suppression of an unknown rule is an error, reported before the findings it leaves', () => {
    // GIVEN
    const suppressions: Suppression[] = [
      { path: 'shop-production/worker', rule: 'no-such-rule', justification: REASON },
      { path: 'shop-production/worker', rule: 'high-uid', justification: REASON },
    ];

    // THEN
    expect(applySuppressions([finding('shop-production/api', 'probes')], suppressions, KNOWN)).toEqual([
      { path: 'shop-production/worker', rule: 'suppression', severity: 'error', message: 'suppresses unknown rule \'no-such-rule\'', fix: 'use a rule id from the README\'s rule table' },
      finding('shop-production/api', 'probes'),
    ]);
  });
});

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

/**
 * The construct at `path` in the tree of `root`, or its deepest ancestor there: an Image's Dockerfile is reported at
 * `<image path>/Dockerfile`, which a suppression on the Image covers.
 */
function constructAt(root: IConstruct, constructPath: string): IConstruct {
  for (let p = constructPath; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    const found = root.node.findAll().find((c) => c.node.path === p);
    if (found) return found;
  }
  throw new Error(`no construct at '${constructPath}'`);
}

describe('Policy.suppress through synthesis', () => {
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
