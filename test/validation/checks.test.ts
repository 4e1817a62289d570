/**
 * The built-in checks of the gate (lib/validation/checks.ts): the Kubernetes 1.28 schema, unique objects, and the
 * rules of RULES run over one context in which pod templates are already located.
 */
import type { RenderedObject } from '../../lib/index';
import { defaultChecks, knownRuleIds, policyRules, ruleContext, runRules, schema, uniqueObjects } from '../../lib/validation/checks';
import { RULES } from '../../lib/validation/registry';
import { cleanInput } from './_clean-input';
import { CHECK_CASES } from './_corpus-checks';
import { runCases } from './_corpus-run';

/** A rendered object of blueprint `blueprint` at construct path `path`. */
function rendered(json: any, path = 'shop-production/x', blueprint = 'shop-production'): RenderedObject {
  return { path, blueprint, production: true, json };
}

const SCHEMA_FIX = 'fix the field named, or file a bug if a construct of this library produced it';

describe('defaultChecks', () => {
  test('are the schema, unique objects and the rules, in that order, fresh on every call', () => {
    expect(defaultChecks().map((c) => c.name)).toEqual(['schema', 'unique-objects', 'rules']);
    expect(defaultChecks()).toEqual([schema, uniqueObjects, policyRules]);
    expect(defaultChecks()).not.toBe(defaultChecks());
  });

  test('knownRuleIds are the built-in checks and every rule', () => {
    expect([...knownRuleIds()]).toEqual(['schema', 'unique-objects', ...RULES.map((r) => r.id)]);
  });
});

describe('schema', () => {
  test('names the kind, the name and the JSON pointer of every violation', () => {
    // GIVEN
    const objects = [
      rendered({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, dta: {} }),
      rendered({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', labels: 5 } }, 'shop-production/b'),
      rendered({ apiVersion: 'v9', kind: 'ConfigMap', metadata: { name: 'c' } }, 'shop-production/c'),
      rendered({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ok' }, data: { a: 'b' } }, 'shop-production/ok'),
    ];

    // WHEN
    const findings = schema.run({ objects, artifacts: [] });

    // THEN
    expect(findings).toEqual([
      { path: 'shop-production/x', rule: 'schema', severity: 'error', message: 'ConfigMap \'a\' /dta: unknown field \'dta\' (Kubernetes 1.28 ConfigMap has no such field)', fix: SCHEMA_FIX },
      { path: 'shop-production/b', rule: 'schema', severity: 'error', message: 'ConfigMap \'b\' /metadata/labels: must be an object, got 5', fix: SCHEMA_FIX },
      { path: 'shop-production/c', rule: 'schema', severity: 'error', message: 'ConfigMap \'c\' /apiVersion: apiVersion \'v9\' kind \'ConfigMap\' is not served by Kubernetes 1.28 (use \'v1\')', fix: SCHEMA_FIX },
    ]);
  });
});

describe('uniqueObjects', () => {
  const account = (name: string, namespace = 'shop') => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });

  test('reports a second object of one kind, name and namespace in one blueprint, naming the first', () => {
    // GIVEN
    const objects = [rendered(account('api'), 'shop-production/api/ServiceAccount'), rendered(account('api'), 'shop-production/legacy'), rendered(account('api'), 'shop-production/again')];

    // THEN
    expect(uniqueObjects.run({ objects, artifacts: [] })).toEqual([
      { path: 'shop-production/legacy', rule: 'unique-objects', severity: 'error', message: 'ServiceAccount \'api\' is also emitted by \'shop-production/api/ServiceAccount\'', fix: 'give one of the constructs another id or name' },
      { path: 'shop-production/again', rule: 'unique-objects', severity: 'error', message: 'ServiceAccount \'api\' is also emitted by \'shop-production/api/ServiceAccount\'', fix: 'give one of the constructs another id or name' },
    ]);
  });

  test('another namespace, kind, apiVersion or blueprint makes another object', () => {
    // GIVEN
    const objects = [
      rendered(account('api')),
      rendered(account('api', 'billing')),
      rendered({ ...account('api'), kind: 'ConfigMap' }),
      rendered({ ...account('api'), apiVersion: 'v2' }),
      rendered(account('api'), 'shop-development/x', 'shop-development'),
    ];

    // THEN
    expect(uniqueObjects.run({ objects, artifacts: [] })).toEqual([]);
  });
});

describe('runRules', () => {
  test('a rule that stops on an object it cannot read is an error finding naming it, and the next rule still runs', () => {
    // GIVEN a rule that throws on what it reads, between two that report
    const ctx = ruleContext({ objects: [rendered({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } })], artifacts: [] });
    const reports = (id: string) => ({ id, severity: 'warning' as const, category: 'policy' as const, source: 's', summary: 's', fix: `fix ${id}`, check: () => [{ path: 'shop-production/x', message: `${id} saw it` }] });
    const throws = { ...reports('reads-a-list'), check: (): never => { throw new TypeError('spec.rules is not iterable'); } };

    // WHEN
    const findings = runRules(ctx, [reports('first'), throws, reports('last')]);

    // THEN
    expect(findings).toEqual([
      { path: 'shop-production/x', rule: 'first', severity: 'warning', message: 'first saw it', fix: 'fix first' },
      {
        path: '', rule: 'reads-a-list', severity: 'error', message: "rule 'reads-a-list' could not read the app's objects: spec.rules is not iterable",
        fix: 'fix the objects the schema check reports; if it reports none, this is a bug of cdk8s-blueprints: file it with this message',
      },
      { path: 'shop-production/x', rule: 'last', severity: 'warning', message: 'last saw it', fix: 'fix last' },
    ]);
  });
});

describe('ruleContext', () => {
  test('indexes the objects by kind and locates every pod template', () => {
    // GIVEN
    const input = cleanInput();

    // WHEN
    const ctx = ruleContext(input);

    // THEN
    expect(ctx.input).toBe(input);
    expect(ctx.objects).toBe(input.objects);
    expect(ctx.ofKind('HorizontalPodAutoscaler').map((o) => o.path)).toEqual(['shop-production/api/Autoscaler']);
    expect(ctx.ofKind('CronJob').map((o) => o.path)).toEqual(['shop-production/report/CronJob', 'shop-development/report/CronJob']);
    expect(ctx.ofKind('StatefulSet')).toEqual([]);
    expect(ctx.pods.map((p) => p.object.path)).toEqual([
      'shop-production/api/Deployment', 'shop-production/mailer/Deployment', 'shop-production/report/CronJob',
      'shop-development/api/Deployment', 'shop-development/mailer/Deployment', 'shop-development/report/CronJob',
    ]);
  });
});

describe('policyRules', () => {
  test('runs every rule; a finding carries the rule\'s id and fix, and its severity unless the violation sets one', () => {
    // GIVEN the clean app, with one error and one warning patched into copies of its objects
    const objects = cleanInput().objects.map((o) => ({ ...o, json: structuredClone(o.json) }));
    objects.push(rendered({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'App_Settings', namespace: 'shop' }, data: { a: 'b' } }, 'shop-production/settings-raw'));
    const mailer = objects.find((o) => o.path === 'shop-development/mailer/Deployment')!;
    mailer.json.spec.template.spec.containers[0].image = 'registry.example.com/shop/mailer:latest';

    // WHEN
    const findings = policyRules.run({ objects, artifacts: [] });

    // THEN
    expect(findings).toEqual([
      { path: 'shop-production/settings-raw', rule: 'dns-name', severity: 'error', message: 'ConfigMap name "App_Settings" is not a valid DNS-1123 subdomain', fix: 'use lowercase letters, digits and \'-\' in construct ids' },
      { path: 'shop-development/mailer/Deployment', rule: 'image-tag', severity: 'warning', message: 'container \'mailer\' image \'registry.example.com/shop/mailer:latest\' uses the latest tag', fix: 'pin a version tag or a digest' },
    ]);
  });
});

runCases(CHECK_CASES);
