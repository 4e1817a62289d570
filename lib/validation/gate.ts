import type { CustomResourceSchemas } from '../k8s/custom-resources';
import { ImageBinding } from '../values/image-facts';
import { Finding } from './finding';

/** One Kubernetes object as synthesized, with the construct that made it. */
export interface RenderedObject {
  /** Construct path of the ApiObject. */
  readonly path: string;
  /** The id of the Blueprint (chart) it belongs to. */
  readonly blueprint: string;
  /** Whether that blueprint's environment is a production one (stricter rules apply). */
  readonly production: boolean;
  /** The object exactly as it will be written. */
  readonly json: any;
}

/** A non-manifest output file. */
export interface RenderedArtifact {
  readonly path: string;
  /** Construct path of the Artifact. */
  readonly constructPath: string;
  readonly content: string;
}

/** What the gate sees: the whole output, before anything is written. */
export interface GateInput {
  readonly objects: readonly RenderedObject[];
  readonly artifacts: readonly RenderedArtifact[];
  /**
   * Containers running images built here.
   * @default - none
   */
  readonly images?: readonly ImageBinding[];
  /**
   * The user's own CustomResourceDefinitions: objects of their kinds are checked against them.
   * @default - none
   */
  readonly crds?: readonly CustomResourceSchemas[];
}

/** A check over the whole output. */
export interface GateCheck {
  /** Short name, for timing reports. */
  readonly name: string;
  readonly run: (input: GateInput) => Finding[];
}

/** Runs every check and returns all findings, in check order; `timed` receives each check's milliseconds. */
export function runChecks(input: GateInput, checks: readonly GateCheck[], timed?: (name: string, ms: number) => void): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    const start = performance.now();
    findings.push(...check.run(input));
    timed?.(check.name, performance.now() - start);
  }
  return findings;
}
