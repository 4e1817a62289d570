/**
 * The app's own CustomResourceDefinitions: those given as schemas, and the CRD files read at synth (the app is the
 * only layer that reads files). A file that cannot be read or holds no valid CRD is a finding, not a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CustomResourceSchemas } from '../k8s/custom-resources';
import { BlueprintError } from '../values/_errors';
import { Finding } from '../validation/finding';

/** The schemas, `given` first, then one per file in order; `findings` receives each file's problem. */
export function loadCrds(given: readonly CustomResourceSchemas[], files: readonly string[], findings: Finding[]): CustomResourceSchemas[] {
  const out = [...given];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(file), 'utf8');
    } catch (e) {
      findings.push({ path: 'BlueprintApp', rule: 'crd', severity: 'error', message: `'crdFiles' ('${file}') cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, fix: 'give the path of a CRD YAML file, relative to the working directory' });
      continue;
    }
    try {
      out.push(CustomResourceSchemas.fromYaml(text, file));
    } catch (e) {
      if (!(e instanceof BlueprintError)) throw e;
      findings.push({ path: 'BlueprintApp', rule: 'crd', severity: 'error', message: e.message.replace(/^'crds'/, '\'crdFiles\''), fix: 'give the CustomResourceDefinition (apiextensions.k8s.io/v1) as the cluster has it, e.g. from the operator\'s release' });
    }
  }
  return out;
}
