/**
 * The corpus, the secret rules (`lib/validation/secret-rules.ts`): Secrets a pod reads that the blueprint neither
 * provisions nor declares, or whose keys it does not have — env, envFrom, secret and projected volumes, pull
 * secrets. Each with the exact report of the gate.
 */
import { JsonPatch } from 'cdk8s';
import { EnvValue, ExternalSecret, ScalingPolicy, SecretRef, Worker } from '../../lib/index';
import { GeneratedCredentials } from '../../lib/blueprint/generated-credentials';
import { ProvidedSecret } from '../../lib/blueprint/provided-secret';
import { CONTAINER, CorpusCase, development, error, ONE_ERROR, patchedWeb, production, report, WORKER } from './_corpus-kit';

/** The fix the report prints for `secret-refs`. */
export const SECRET_REFS_FIX = 'provision the Secret with new ExternalSecret(...) or new GeneratedCredentials(...), or declare it with new ProvidedSecret(blueprint, name, { keys, providedBy })';

/** A development Worker that passes the gate without warnings (development's one replica is one the gate warns about). */
const DEV_WORKER = { ...WORKER, scaling: ScalingPolicy.fixed(2) };

const UNDECLARED = 'which no ExternalSecret of the blueprint creates and no ProvidedSecret declares';

function oneSecretError(path: string, message: string): string {
  return report(ONE_ERROR, error('secret-refs', path, message, SECRET_REFS_FIX));
}

/** Inputs the secret rules reject. */
export const SECRET_CASES: readonly CorpusCase[] = [
  {
    name: 'secret-refs: an env variable from a Secret the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      const token = SecretRef.existing('api-token', ['token']);
      new Worker(development(app), 'worker', { ...DEV_WORKER, env: { API_TOKEN: EnvValue.fromSecret(token, 'token') } });
    },
    expected: oneSecretError('shop-development/worker/Deployment', `Deployment 'worker' reads Secret 'api-token', key 'token' (env API_TOKEN of container 'worker'), ${UNDECLARED}`),
  },
  {
    name: 'secret-refs: a secret volume of a Secret the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      patchedWeb(app, JsonPatch.add('/spec/template/spec/volumes/-', { name: 'tls', secret: { secretName: 'api-tls', items: [{ key: 'tls.key', path: 'tls.key' }] } }));
    },
    expected: oneSecretError('shop-production/api/Deployment', `Deployment 'api' reads Secret 'api-tls', key 'tls.key' (volume tls), ${UNDECLARED}`),
  },
  {
    name: 'secret-refs: a projected volume with a Secret source the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      patchedWeb(app, JsonPatch.add('/spec/template/spec/volumes/-', { name: 'creds', projected: { sources: [{ secret: { name: 'api-creds' } }] } }));
    },
    expected: oneSecretError('shop-production/api/Deployment', `Deployment 'api' reads Secret 'api-creds' (projected volume creds), ${UNDECLARED}`),
  },
  {
    name: 'secret-refs: envFrom a Secret the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/envFrom`, [{ secretRef: { name: 'api-env' } }])); },
    expected: oneSecretError('shop-production/api/Deployment', `Deployment 'api' reads Secret 'api-env' (envFrom of container 'api'), ${UNDECLARED}`),
  },
  {
    name: 'secret-refs: an imagePullSecret the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => { patchedWeb(app, JsonPatch.add('/spec/template/spec/imagePullSecrets', [{ name: 'registry-credentials' }])); },
    expected: oneSecretError('shop-production/api/Deployment', `Deployment 'api' reads Secret 'registry-credentials' (imagePullSecrets), ${UNDECLARED}`),
  },
  {
    name: 'secret-refs: a key the ExternalSecret does not create',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      const shop = development(app);
      new ExternalSecret(shop, 'db-credentials', { store: 'vault', data: { username: { key: 'shop/db', property: 'username' } } });
      // A reference made by hand, not from the ExternalSecret's `secret` (which would refuse the key while building).
      const byHand = SecretRef.existing('db-credentials', ['username', 'password']);
      new Worker(shop, 'worker', { ...DEV_WORKER, env: { DB_PASSWORD: EnvValue.fromSecret(byHand, 'password') } });
    },
    expected: oneSecretError('shop-development/worker/Deployment', "Deployment 'worker' reads key 'password' of Secret 'db-credentials' (env DB_PASSWORD of container 'worker'), but ExternalSecret 'db-credentials' creates only 'username'"),
  },
  {
    name: 'secret-refs: a mounted key that the declaration as provided does not list',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      const web = patchedWeb(app, JsonPatch.add('/spec/template/spec/volumes/-', { name: 'age', secret: { secretName: 'backup-age', items: [{ key: 'identity', path: 'identity' }] } }));
      new ProvidedSecret(web.node.scope!, 'backup-age', { keys: ['recipients'], providedBy: 'the platform team, with sealed-secrets: see RUNBOOK.md' });
    },
    expected: oneSecretError('shop-production/api/Deployment', "Deployment 'api' reads key 'identity' of Secret 'backup-age' (volume age), but its declaration as provided (ConfigMap 'backup-age-provided') lists only 'recipients'"),
  },
  {
    name: 'secret-refs: generated credentials read in another blueprint than the one that generates them',
    kind: 'gate', rule: 'secret-refs',
    build: (app) => {
      const credentials = new GeneratedCredentials(production(app), 'db-credentials', { username: 'app' }).secret;
      new Worker(development(app), 'worker', { ...DEV_WORKER, env: { DB_PASSWORD: EnvValue.fromSecret(credentials, 'password') } });
    },
    expected: oneSecretError('shop-development/worker/Deployment', `Deployment 'worker' reads Secret 'db-credentials', key 'password' (env DB_PASSWORD of container 'worker'), ${UNDECLARED}`),
  },
];
