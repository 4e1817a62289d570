import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from '../blueprint/blueprint';
import { checkInteger, propError } from '../values/_errors';
import { recorded, report, trackCreation } from '../k8s/_recorded-errors';
import { checkDns1035Label, isDnsSubdomain } from '../values/_names';
import { checkConstructId } from '../k8s/_construct-id';
import { Peer } from './connections';
import { ConnectionEndpoint, IConnectable } from './relations';

/** Props for `ExternalService`. */
export interface ExternalServiceProps {
  /** The external DNS name, e.g. 'db.example.internal' or 'api.payments.example.com'. */
  readonly host: string;
  /** The port clients use. */
  readonly port: number;
}

/**
 * A dependency outside the cluster (a managed database, a SaaS API), given an in-cluster name with an
 * ExternalName Service (seed 004's service types), so workloads address it like any other service and the
 * real host changes in one place.
 *
 * @example new ExternalService(shop, 'payments', { host: 'api.payments.example.com', port: 443 });
 */
export class ExternalService extends Construct implements IConnectable {
  public readonly service: ApiObject;
  public readonly name: string;
  public readonly externalHost: string;
  public readonly port: number;
  /** The in-cluster DNS name. */
  public readonly host: string;

  constructor(scope: Construct, id: string, props: ExternalServiceProps) {
    checkConstructId('ExternalService', scope, id);
    props = checkedProps('ExternalService', scope, id, props);
    super(scope, id);
    const blueprint = Blueprint.of(this);
    trackCreation(this);
    const k = 'ExternalService';
    recorded(this, k, () => checkDns1035Label('id', id));
    if (!isDnsSubdomain(props.host) || !props.host.includes('.') || /^\d+(\.\d+){3}$/.test(props.host)) {
      report(this, k, propError('host', props.host, 'must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)'));
    }
    recorded(this, k, () => checkInteger('port', props.port, 1, 65535));
    this.name = id;
    this.externalHost = props.host;
    this.port = props.port;
    this.host = `${id}.${blueprint.namespaceName}.svc`;
    this.service = emitObject(this, 'Service', {
      apiVersion: 'v1', kind: 'Service', name: id, labels: blueprint.standardLabels.forPart(id, 'external'),
      render: () => ({
        spec: { type: 'ExternalName', externalName: props.host, ports: [{ name: 'tcp', port: props.port, protocol: 'TCP' }] },
      }),
    });
  }

  /**
   * Clients may open connections on the port to any address: the name resolves outside the cluster, so a
   * NetworkPolicy cannot know the address. Narrow it with `connections.allowTo(Peer.cidr(…))` where you can.
   */
  public connectionEndpoint(): ConnectionEndpoint {
    return {
      name: this.name,
      path: this.node.path,
      host: this.host,
      port: this.port,
      peer: Peer.cidr('0.0.0.0/0'),
      peerPorts: [{ port: this.port }],
      env: () => [],
      dependencies: [this],
    };
  }
}
