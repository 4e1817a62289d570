import { Construct } from 'constructs';
import { SENSITIVE_NAME } from '../values/conventions';
import { IConfigSource } from '../values/env-value';
import { ApiObject } from 'cdk8s';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from './blueprint';
import { checkDnsSubdomain, checkLabelValue, contentHash } from '../values/_names';
import { checkConstructId } from '../k8s/_construct-id';
import { BlueprintError, propError } from '../values/_errors';
import { recorded, report, trackCreation } from '../k8s/_recorded-errors';


/** Props for `Config`. */
export interface ConfigProps {
  /** Keys and values. Numbers and booleans are written as strings. */
  readonly data: Record<string, string | number | boolean>;
}

/**
 * Non-secret configuration, as a ConfigMap whose name carries a hash of its content (`<id>-<10 hex>`) and
 * which is immutable. A change to the data changes the name, so every pod that reads it rolls — no stale
 * config, no `kubectl rollout restart` (cdk8s-plus#1288).
 *
 * @example
 * const cfg = new Config(shop, 'app-config', { data: { LOG_LEVEL: 'info', CACHE_TTL: 300 } });
 * new WebService(shop, 'api', { ..., env: { LOG_LEVEL: EnvValue.fromConfig(cfg, 'LOG_LEVEL') } });
 */
export class Config extends Construct implements IConfigSource {
  /** The ConfigMap's name, including the content hash. */
  public readonly name: string;
  public readonly data: Readonly<Record<string, string>>;
  public readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: ConfigProps) {
    checkConstructId('Config', scope, id, false);
    props = checkedProps('Config', scope, id, props);
    super(scope, id);
    const blueprint = Blueprint.of(this);
    const data: Record<string, string> = {};
    trackCreation(this);
    const k = 'Config';
    recorded(this, k, () => checkDnsSubdomain('id', id));
    recorded(this, k, () => checkLabelValue('id', id));
    if (Object.keys(props.data).length === 0) report(this, k, propError('data', props.data, 'must have at least one key'));
    for (const [key, value] of Object.entries(props.data)) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
        report(this, k, propError('data', key, 'has an invalid key: use letters, digits, \'-\', \'_\' and \'.\''));
      } else if (SENSITIVE_NAME.test(key)) {
        report(this, k, `'data' key '${key}' looks like a credential: keep it in a Secret and reference it with SecretRef.existing(), never in a ConfigMap`);
      }
      data[key] = String(value);
    }
    this.data = data;
    const sorted = Object.fromEntries(Object.keys(data).sort().map((k) => [k, data[k]]));
    this.name = `${id}-${contentHash(JSON.stringify(sorted))}`;
    this.resource = emitObject(this, 'Resource', {
      apiVersion: 'v1', kind: 'ConfigMap', name: this.name, labels: blueprint.standardLabels.forPart(id, 'config'),
      fields: ['data', 'immutable'],
      render: () => ({ data: sorted, immutable: true }),
    });
  }

  /** Throws unless `key` is in the data. */
  public checkKey(key: string): void {
    if (!(key in this.data)) {
      throw new BlueprintError(`'key' ('${key}') is not a key of Config '${this.node.path}' (keys: ${Object.keys(this.data).join(', ')})`);
    }
  }
}
