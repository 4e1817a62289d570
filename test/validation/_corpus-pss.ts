/**
 * The corpus, the Pod Security Standards "restricted" rules (`lib/validation/pss-rules.ts`). One input per rule,
 * each with the exact report of the gate.
 */
import { JsonPatch } from 'cdk8s';
import { WebService } from '../../lib/index';
import { CONTAINER, CorpusCase, oneError, patchedWeb, production, WEB } from './_corpus-kit';

/** Inputs each Pod Security Standards rule rejects. */
export const PSS_CASES: readonly CorpusCase[] = [
  {
    name: 'pss-privileged: a privileged container',
    kind: 'gate', rule: 'pss-privileged',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/privileged`, true)); },
    expected: oneError('pss-privileged', 'shop-production/api/Deployment', 'container \'api\' is privileged'),
  },
  {
    name: 'pss-host-namespaces: hostNetwork',
    kind: 'gate', rule: 'pss-host-namespaces',
    build: (app) => { patchedWeb(app, JsonPatch.add('/spec/template/spec/hostNetwork', true)); },
    expected: oneError('pss-host-namespaces', 'shop-production/api/Deployment', 'Deployment \'api\': pod sets hostNetwork'),
  },
  {
    name: 'pss-volume-types: a hostPath volume',
    kind: 'gate', rule: 'pss-volume-types',
    build: (app) => { patchedWeb(app, JsonPatch.add('/spec/template/spec/volumes/-', { name: 'docker-sock', hostPath: { path: '/var/run/docker.sock' } })); },
    expected: oneError('pss-volume-types', 'shop-production/api/Deployment', 'Deployment \'api\': volume \'docker-sock\' is of a type the restricted profile forbids (hostPath)'),
  },
  {
    name: 'pss-privilege-escalation: security.allowPrivilegeEscalation',
    kind: 'gate', rule: 'pss-privilege-escalation',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, security: { allowPrivilegeEscalation: true } }); },
    expected: oneError('pss-privilege-escalation', 'shop-production/api/Deployment', 'container \'api\' does not set allowPrivilegeEscalation: false'),
  },
  {
    name: 'pss-run-as-non-root: runAsNonRoot false',
    kind: 'gate', rule: 'pss-run-as-non-root',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/runAsNonRoot`, false)); },
    expected: oneError('pss-run-as-non-root', 'shop-production/api/Deployment', 'container \'api\' does not set runAsNonRoot: true'),
  },
  {
    name: 'pss-capabilities: an added capability',
    kind: 'gate', rule: 'pss-capabilities',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/securityContext/capabilities/add`, ['NET_ADMIN'])); },
    expected: oneError('pss-capabilities', 'shop-production/api/Deployment', 'container \'api\' adds capabilities NET_ADMIN'),
  },
  {
    name: 'pss-seccomp: an unconfined seccomp profile',
    kind: 'gate', rule: 'pss-seccomp',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/seccompProfile/type`, 'Unconfined')); },
    expected: oneError('pss-seccomp', 'shop-production/api/Deployment', 'container \'api\' has seccomp profile "Unconfined"'),
  },
];
