import { BlueprintTesting, Environment } from 'cdk8s-blueprints';
import { {{className}} } from './main';

describe('{{name}}', () => {
  test.each(['development', 'production'] as const)('%s', (name) => {
    // GIVEN
    const app = BlueprintTesting.app();
    const blueprint = new {{className}}(app, `{{name}}-${name}`, { environment: Environment[name]() });

    // WHEN: the same synthesis and validation gate as `npm run synth` (a mistake fails the test with its report)
    const objects = BlueprintTesting.synth(blueprint);

    // THEN
    expect(objects).toMatchSnapshot();
    const deployment = objects.find((o) => o.kind === 'Deployment');
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(objects.some((o) => o.kind === 'HorizontalPodAutoscaler')).toBe(name === 'production');
  });
});
