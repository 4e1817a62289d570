/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 */
declare namespace validators {
  /** An ajv error; the custom keywords are `k8sClosed` (params: field, type) and `k8sExclusive` (params: fields). */
  interface SchemaError {
    instancePath: string;
    schemaPath: string;
    keyword: string;
    params: Record<string, any>;
  }
  /** Returns true when valid; otherwise `errors` holds every problem (allErrors). */
  interface CompiledValidator {
    (data: unknown): boolean;
    errors?: SchemaError[] | null;
  }
}
/** One validator per compiled kind, keyed '<apiVersion>/<kind>', e.g. 'apps/v1/Deployment'. */
declare const validators: { readonly [apiVersionAndKind: string]: validators.CompiledValidator | undefined };
export = validators;
