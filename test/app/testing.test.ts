import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { Blueprint, BlueprintApp, BlueprintTesting, Environment, HealthCheck, ValidationError, Worker } from '../../lib';
import { WORKER, kindsAndNames } from '../_helpers';

/** An ordinary worker: its readiness command and a different liveness command, so the gate has no probes warning for it. */
const LIVE_WORKER = { ...WORKER, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/alive']) }) };

describe('default configuration', () => {
  test('app() writes to a temporary directory, never dist', () => {
    // WHEN
    const app = BlueprintTesting.app();

    // THEN
    expect(app).toBeInstanceOf(BlueprintApp);
    expect(app.outdir).toEqual(path.join(os.tmpdir(), 'cdk8s-blueprints-test'));
  });

  test('synth() returns the objects of one blueprint only, in output order', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const dev = new Blueprint(app, 'shop-development', { environment: Environment.development() });
    const prod = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new Worker(dev, 'mailer', LIVE_WORKER);
    new Worker(prod, 'mailer', LIVE_WORKER);

    // WHEN
    const objects = BlueprintTesting.synth(dev);

    // THEN
    expect(kindsAndNames(objects)).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/mailer', 'NetworkPolicy/mailer', 'Deployment/mailer']);
    expect(objects.every((o) => o.kind === 'Namespace' || o.metadata.labels['blueprints.cdk8s.io/environment'] === 'development')).toBe(true);
  });
});

describe('props', () => {
  test('app() passes props through, and outdir may be overridden', () => {
    // GIVEN
    const outdir = path.join(os.tmpdir(), 'blueprint-testing-elsewhere');

    // WHEN
    const app = BlueprintTesting.app({ outdir, checks: [{ name: 'none', run: () => [] }] });

    // THEN
    expect(app.outdir).toEqual(outdir);
  });

  test('synthApp() returns every file in memory and writes nothing', () => {
    // GIVEN
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-testing-'));
    try {
      const app = BlueprintTesting.app({ outdir });
      new Worker(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'mailer', LIVE_WORKER);

      // WHEN
      const result = BlueprintTesting.synthApp(app);

      // THEN
      expect([...result.files.keys()]).toEqual(['review/shop-production.md', 'shop-production.k8s.yaml']);
      expect(fs.readdirSync(outdir)).toEqual([]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('errors', () => {
  test('synth() validates the whole app: a failure in another blueprint fails it too', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const dev = new Blueprint(app, 'shop-development', { environment: Environment.development() });
    const prod = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new Worker(dev, 'mailer', LIVE_WORKER);
    new Construct(prod, 'broken').node.addValidation({ validate: () => ['always broken'] });

    // THEN
    expect(() => BlueprintTesting.synth(dev)).toFail(ValidationError);
    expect(() => BlueprintTesting.synth(dev)).toFail([
      'Validation failed: 1 error, 1 warning; nothing was written.',
      '  ✗ [construct] shop-production/broken: always broken',
      // development's single replica, by design
      "  ! [deployment-replicas] shop-development/mailer/Deployment: Deployment 'mailer' runs 1 replica",
      '      fix: one replica is by design in Environment.development() and with a ReadWriteOnce volume (expect this warning there); elsewhere use ScalingPolicy.fixed(n >= 2) or an autoscale policy with minReplicas >= 2',
    ].join('\n'));
  });

  test('lazy validation surfaces through synth() with the construct path', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    const w = new Worker(shop, 'mailer', LIVE_WORKER);
    w.node.addValidation({ validate: () => ["'queue' must be declared"] });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail(/\[construct\] shop-production\/mailer: 'queue' must be declared/);
  });
});
