import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { ReplicatedWorkload, ReplicatedWorkloadProps } from './replicated-workload';

/** Props for `Worker`. */
export interface WorkerProps extends ReplicatedWorkloadProps {}

/**
 * A long-running process that serves no traffic (a queue consumer, a stream processor): a WebService
 * without Service or Ingress. Its NetworkPolicy admits nothing; it may reach DNS and what `connections`
 * allows.
 *
 * @example
 * new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:2.0.1',
 *   health: HealthCheck.exec(['/app/healthcheck']) });
 */
export class Worker extends ReplicatedWorkload {
  constructor(scope: Construct, id: string, props: WorkerProps) {
    super(scope, id, 'Worker', 'worker', checkedProps('Worker', scope, id, props));
  }
}
