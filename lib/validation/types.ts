import { Severity } from './finding';
import { GateInput, RenderedObject } from './gate';
import { PodSite, SelectorIndex } from './_objects';

/** What a rule sees: the output, with pod templates already located. */
export interface RuleContext {
  readonly input: GateInput;
  readonly objects: readonly RenderedObject[];
  readonly pods: readonly PodSite[];
  /** The objects of one kind (an index: rules look objects up by kind for every pod). */
  readonly ofKind: (kind: string) => readonly RenderedObject[];
  /** Pod templates by the labels a selector selects. */
  readonly podIndex: SelectorIndex<PodSite>;
  /** Deployments and StatefulSets by their pod template labels. */
  readonly workloadIndex: SelectorIndex<RenderedObject>;
  /** The first object of `kind` named `name` in the blueprint and namespace of `scope` (an index, as `ofKind`). */
  readonly named: (kind: string, scope: RenderedObject, name: unknown) => RenderedObject | undefined;
  /** The first HorizontalPodAutoscaler or KEDA ScaledObject whose scaleTargetRef is `workload` (same blueprint and namespace). */
  readonly autoscalerOf: (workload: RenderedObject) => RenderedObject | undefined;
}

/** One violation of a rule. */
export interface Violation {
  /** Construct path of the offending object or artifact. */
  readonly path: string;
  readonly message: string;
  /** Overrides the rule's severity for this violation (e.g. stricter in production). */
  readonly severity?: Severity;
}

/** A policy or semantic rule of the validation gate. */
export interface Rule {
  /** Stable id, used in reports and suppressions. */
  readonly id: string;
  readonly severity: Severity;
  /** 'semantic', 'pss', 'policy' or 'image'. */
  readonly category: 'semantic' | 'pss' | 'policy' | 'image';
  /** Where the rule comes from: the check it follows. */
  readonly source: string;
  /** One line: what must hold. */
  readonly summary: string;
  /** How to fix a violation with this library. */
  readonly fix: string;
  readonly check: (ctx: RuleContext) => Violation[];
}
