/**
 * The CRD kinds whose objects `validateSchema` checks. `npm run gen:schema` compiles these schemas into
 * lib/k8s/imports/k8s-1.28/validators.js and records `crdSchemaDigest()` there, so a stale build is detectable.
 */
import { createHash } from 'crypto';
import { CrdSchema } from './_dsl';
import { ARGO_CD_CRDS } from './argocd';
import { AUTOSCALER_CRDS } from './autoscaler';
import { EXTERNAL_SECRETS_CRDS } from './external-secrets';
import { FLUX_CRDS } from './flux';
import { GATEWAY_API_CRDS } from './gateway-api';
import { ISTIO_CRDS } from './istio';
import { KEDA_CRDS } from './keda';
import { KYVERNO_CRDS } from './kyverno';
import { PROMETHEUS_OPERATOR_CRDS } from './prometheus-operator';
import { VELERO_CRDS } from './velero';

export { CrdSchema } from './_dsl';

/** All CRD schemas, sorted by `apiVersion` then `kind`. */
export const CRD_SCHEMAS: readonly CrdSchema[] = [
  ...ISTIO_CRDS,
  ...PROMETHEUS_OPERATOR_CRDS,
  ...VELERO_CRDS,
  ...EXTERNAL_SECRETS_CRDS,
  ...KEDA_CRDS,
  ...KYVERNO_CRDS,
  ...ARGO_CD_CRDS,
  ...FLUX_CRDS,
  ...GATEWAY_API_CRDS,
  ...AUTOSCALER_CRDS,
].sort((a, b) => {
  const [ka, kb] = [`${a.apiVersion} ${a.kind}`, `${b.apiVersion} ${b.kind}`];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});

/** JSON with object keys sorted, so the digest does not depend on key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of the canonical CRD schemas. */
export function crdSchemaDigest(): string {
  return createHash('sha256').update(canonicalJson(CRD_SCHEMAS)).digest('hex');
}
