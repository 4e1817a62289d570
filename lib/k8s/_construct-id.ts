import { IConstruct } from 'constructs';
import { BlueprintError } from '../values/_errors';
import { isDnsLabel } from '../values/_names';
import { recordError } from './_recorded-errors';

/**
 * A construct id that also names Kubernetes objects: unique in its scope (the construct cannot be made otherwise:
 * thrown), and a DNS label that the constructs library accepts (recorded, see `recordedAt`).
 */
export function checkConstructId(kind: string, scope: IConstruct, id: string, dnsLabel = true): void {
  const path = scope.node.path ? `${scope.node.path}/${id}` : id;
  if (scope.node.tryFindChild(id)) {
    throw new BlueprintError(`${kind} '${path}': 'id' (${quoteId(id)}) is already used by another construct in '${scope.node.path || 'the app'}': ids must be unique within their scope`);
  }
  if (id === '' || id === 'constructor' || (dnsLabel && !isDnsLabel(id))) {
    const why = id === 'constructor'
      ? 'is reserved by the constructs library: choose another id'
      : 'must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and \'-\', starting and ending with a letter or digit';
    const message = `${kind} '${path}': 'id' (${quoteId(id)}) ${why}`;
    if (id === 'constructor' || id === '') throw new BlueprintError(message);
    recordError(scope, path, kind, message);
  }
}

function quoteId(id: string): string {
  return JSON.stringify(id).replace(/^"|"$/g, "'");
}
