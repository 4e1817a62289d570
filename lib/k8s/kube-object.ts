import { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * Creates an object from its JSON form (`spec` as the API takes it, Lazy values allowed anywhere).
 *
 * The library renders objects as plain JSON rather than through the generated L1 classes: those expect typed
 * wrappers (`Quantity`, `IntOrString`) and silently drop plain values, which would turn a typo into a missing
 * field. Every object is checked against the Kubernetes 1.28 schema by the validation gate instead.
 */
export function kubeObject(
  scope: Construct, id: string, apiVersion: string, kind: string, metadata: ApiObjectMetadata, body: Record<string, unknown>,
): ApiObject {
  return new ApiObject(scope, id, { apiVersion, kind, metadata, ...body });
}
