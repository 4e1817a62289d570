import { IConstruct } from 'constructs';
import { report } from './_recorded-errors';

/**
 * The object names of one chart (a Blueprint): every object the library emits claims its name here, so a second
 * object of one kind with one name is a recorded mistake naming both constructs, not an object that silently
 * replaces another when applied.
 */
export class ObjectNames {
  /** The names of `chart`, made on first use; `kind` names the chart in messages ('Blueprint'). */
  public static of(chart: IConstruct, kind = 'Chart'): ObjectNames {
    let names = REGISTRY.get(chart);
    if (!names) {
      names = new ObjectNames(chart, kind);
      REGISTRY.set(chart, names);
    }
    return names;
  }

  /**
   * The path of the construct that claimed each name, by kind then name: no `kind/name` string per object (kept,
   * and flattened to be hashed), and a kind never contains a '/', so it tells the same names apart as one would.
   */
  private readonly owners = new Map<string, Map<string, string>>();
  private readonly collisions = new Set<string>();

  private constructor(private readonly chart: IConstruct, private readonly kind: string) {}

  /**
   * Reserves `name` for an object of `kind` made by `owner`. A second claim by another construct is recorded on the
   * chart — once per pair of constructs, whose other objects collide for the same reason — and returns false.
   */
  public claim(owner: IConstruct, kind: string, name: string): boolean {
    let ofKind = this.owners.get(kind);
    if (ofKind === undefined) {
      ofKind = new Map();
      this.owners.set(kind, ofKind);
    }
    const previous = ofKind.get(name);
    if (previous === undefined || previous === owner.node.path) {
      ofKind.set(name, owner.node.path);
      return true;
    }
    const pair = `${previous}|${owner.node.path}`;
    if (!this.collisions.has(pair)) {
      this.collisions.add(pair);
      report(this.chart, this.kind, `${kind} name '${name}' is used by both '${previous}' and '${owner.node.path}'; give one of them another id`);
    }
    return false;
  }
}

const REGISTRY = new WeakMap<IConstruct, ObjectNames>();
