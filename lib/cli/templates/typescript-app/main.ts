import { Construct } from 'constructs';
import { Blueprint, BlueprintApp, BlueprintProps, Environment, HealthCheck, ScalingPolicy, WebService } from 'cdk8s-blueprints';

/**
 * {{name}} in one environment: a web service on a hardened Deployment with a Service, probes, requests and
 * limits, a default-deny NetworkPolicy, and — where the environment wants them — autoscaling, a
 * PodDisruptionBudget and spreading over zones and nodes.
 */
export class {{className}} extends Blueprint {
  constructor(scope: Construct, id: string, props: BlueprintProps) {
    super(scope, id, props);
    new WebService(this, 'web', {
      image: 'registry.example.com/{{name}}/web:1.0.0',
      port: 8080,
      health: HealthCheck.http('/healthz'),
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 5, cpuUtilization: 70 }),
    });
  }
}

// The app: `npm run synth` (cdk8s-blueprints synth), `npx cdk8s synth`, `npx ts-node main.ts` and `node main.js`
// run it. main.test.ts imports the class without running it.
if (require.main === module) {
  const app = new BlueprintApp();
  for (const environment of [Environment.development(), Environment.production()]) {
    new {{className}}(app, `{{name}}-${environment.name}`, { environment });
  }
  app.synth();
}
