import { IConstruct } from 'constructs';
import { BlueprintError } from '../values/_errors';
import { childPath, recordError } from '../k8s/_recorded-errors';
import { checkProps, SpecName, withoutProblems } from '../values/_prop-check';
import { CONSTRUCTOR_PROPS } from '../values/_prop-specs.generated';

/** A construct class whose props interface the generated table knows. */
export type ConstructKind = keyof typeof CONSTRUCTOR_PROPS;

/**
 * Checks a construct's props against its interface (generated from the TypeScript source) before it is built:
 * every unknown key ("did you mean") and every value of the wrong type is recorded on the construct's path (rule
 * 'props') and left out, so its default applies and synthesis reports it with every other mistake. A required prop
 * that is missing or of the wrong type stops the construct: the problems are recorded and a BlueprintError marked
 * `recorded` is thrown (the report shows each once).
 */
export function checkedProps<T extends object>(kind: ConstructKind, scope: IConstruct, id: string, props: T): T {
  return checkedOptions(kind, CONSTRUCTOR_PROPS[kind], scope, childPath(scope, id), props);
}

/**
 * The same for the options object of a construct's method (`exposeViaIngress(options)`), recorded on `c` with
 * `prefix` before each prop name ('ingress' → 'ingress.host').
 */
export function checkedMethodOptions<T extends object>(c: IConstruct, kind: string, spec: SpecName, options: T, prefix = ''): T {
  return checkedOptions(kind, spec, c, c.node.path, options, prefix);
}

function checkedOptions<T extends object>(kind: string, spec: SpecName, scope: IConstruct, path: string, value: T, prefix = ''): T {
  const problems = checkProps(spec, value, prefix);
  if (problems.length === 0) return value;
  for (const p of problems) {
    // The prop that is now missing: the one given the wrong value, or the one a misspelt key was meant to be.
    const meant = p.kind === 'unknown' ? /did you mean '([^']+)'\?$/.exec(p.message)?.[1] : p.prop;
    const top = meant?.slice(prefix && meant.startsWith(`${prefix}.`) ? prefix.length + 1 : 0).split(/[.[]/)[0];
    recordError(scope, path, kind, p.message, 'props', top);
  }
  const fatal = problems.filter((p) => p.fatal);
  if (fatal.length > 0) {
    const e = new BlueprintError(`${kind} '${path}': ${fatal.map((p) => p.message).join('; ')}`);
    e.recorded = true;
    throw e;
  }
  return withoutProblems(value, problems, prefix);
}
