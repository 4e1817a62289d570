/**
 * Shared fixtures of the construct tests: a blueprint per environment and lookups into the synthesized objects.
 * Not a test file (no `.test.ts`): jest only runs it through the tests that import it.
 */
import { Blueprint, BlueprintProps, BlueprintTesting, Environment, HealthCheck } from '../lib';

/** An immutable image reference that every environment accepts. */
export const IMAGE = 'registry.example.com/shop/web:1.4.2';

/**
 * The least a Worker needs to pass the validation gate without findings (a health check: the gate warns
 * about long-running containers without probes).
 */
export const WORKER = { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck']) };

/** The least a WebService needs to pass the gate in production (which requires probes on exposed services). */
export const WEB = { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz') };

/** The resources of `ResourceProfile.small()` (development and staging default). */
export const SMALL = {
  requests: { 'cpu': '250m', 'memory': '256Mi', 'ephemeral-storage': '64Mi' },
  limits: { 'cpu': '500m', 'memory': '512Mi', 'ephemeral-storage': '1Gi' },
};

/** The resources of `ResourceProfile.medium()` (production default). */
export const MEDIUM = {
  requests: { 'cpu': '500m', 'memory': '512Mi', 'ephemeral-storage': '64Mi' },
  limits: { 'cpu': '1', 'memory': '1Gi', 'ephemeral-storage': '1Gi' },
};

/** `shop-<env>` in a fresh test app. */
export function blueprint(environment: Environment = Environment.production(), props: Partial<BlueprintProps> = {}): Blueprint {
  const app = BlueprintTesting.app();
  return new Blueprint(app, `shop-${environment.name}`, { environment, ...props });
}

/** The one synthesized object of `kind` named `name`; fails the test when there is none or several. */
export function objectOf(objects: any[], kind: string, name: string): any {
  const found = objects.filter((o) => o.kind === kind && o.metadata?.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} '${name}', found ${found.length}: ${objects.map((o) => `${o.kind}/${o.metadata?.name}`).join(', ')}`);
  return found[0];
}

/** Every synthesized object of `kind`. */
export function objectsOf(objects: any[], kind: string): any[] {
  return objects.filter((o) => o.kind === kind);
}

/** `Kind/name` of every object, in output order. */
export function kindsAndNames(objects: any[]): string[] {
  return objects.map((o) => `${o.kind}/${o.metadata.name}`);
}

/** The pod template of a Deployment or a CronJob. */
export function podTemplate(workload: any): any {
  return workload.kind === 'CronJob' ? workload.spec.jobTemplate.spec.template : workload.spec.template;
}

/** The single container of a Deployment's or CronJob's pod. */
export function containerOf(workload: any): any {
  const containers = podTemplate(workload).spec.containers;
  if (containers.length !== 1) throw new Error(`expected one container, found ${containers.length}`);
  return containers[0];
}

/** The standard labels of a part of the `shop` application in `env`. */
export function standardLabels(part: string, component: string, env: string, version?: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': part,
    'app.kubernetes.io/instance': `shop-${env}`,
    'app.kubernetes.io/component': component,
    ...(version ? { 'app.kubernetes.io/version': version } : {}),
    'app.kubernetes.io/part-of': 'shop',
    'app.kubernetes.io/managed-by': 'cdk8s-blueprints',
    'blueprints.cdk8s.io/environment': env,
  };
}

/** The selector of a part of the `shop` application in `env`. */
export function selector(part: string, env: string): Record<string, string> {
  return { 'app.kubernetes.io/name': part, 'app.kubernetes.io/instance': `shop-${env}` };
}

/** The NetworkPolicy egress rule to cluster DNS every workload has. */
export const DNS_EGRESS = {
  ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
  to: [{
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
    podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
  }],
};

/** The hardened container securityContext. */
export const CONTAINER_SECURITY = {
  allowPrivilegeEscalation: false,
  privileged: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 10001,
  runAsGroup: 10001,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

/** The hardened pod securityContext. */
export const POD_SECURITY = {
  runAsNonRoot: true,
  runAsUser: 10001,
  runAsGroup: 10001,
  fsGroup: 10001,
  fsGroupChangePolicy: 'OnRootMismatch',
  seccompProfile: { type: 'RuntimeDefault' },
};
