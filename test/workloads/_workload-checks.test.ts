/**
 * The checks of a workload's container props (lib/workloads/_workload-checks.ts): ports, writable paths and labels.
 * Each mistake is recorded on the workload with the prop and the value, and the value is left out.
 */
import { Worker } from '../../lib';
import { WORKER, blueprint } from '../_helpers';

describe('errors', () => {
  const w = (props: Partial<ConstructorParameters<typeof Worker>[2]>, id = 'w') => () => new Worker(blueprint(), id, { ...WORKER, ...props });
  const PREFIX = "Worker 'shop-production/w': ";


  test.each([
    [0, "'port' (0) must be >= 1"],
    [65536, "'port' (65536) must be <= 65535"],
    [80.5, "'port' (80.5) must be a whole number"],
  ])('port %p', (port, message) => {
    expect(w({ port })).toFail(`${PREFIX}${message}`);
  });

  test.each(['HTTP', 'a-very-long-port-name', '8080', 'my--port'])('portName %p', (portName) => {
    expect(w({ port: 8080, portName })).toFail(`${PREFIX}'portName' ('${portName}') must be a valid port name: at most 15 characters, lowercase letters, digits and single '-', with at least one letter`);
  });

  test('an extra port reusing the main port\'s name', () => {
    expect(w({ port: 8080, extraPorts: [{ name: 'http', port: 8081 }] }))
      .toFail(`${PREFIX}'extraPorts.name' ('http') must be unique among the container's port names`);
  });

  test('an extra port reusing the main port\'s number', () => {
    expect(w({ port: 8080, extraPorts: [{ name: 'admin', port: 8080 }] }))
      .toFail(`${PREFIX}'extraPorts.port' (8080) must be unique among the container's TCP ports`);
  });

  test('two extra ports of one name', () => {
    expect(w({ extraPorts: [{ name: 'metrics', port: 9090 }, { name: 'metrics', port: 9091 }] }))
      .toFail(`${PREFIX}'extraPorts.name' ('metrics') must be unique among the container's port names`);
  });

  test('an invalid extra port name and number', () => {
    expect(w({ extraPorts: [{ name: 'Metrics', port: 9090 }] }))
      .toFail(`${PREFIX}'extraPorts.name' ('Metrics') must be a valid port name: at most 15 characters, lowercase letters, digits and single '-', with at least one letter`);
    expect(w({ extraPorts: [{ name: 'metrics', port: 0 }] }))
      .toFail(`${PREFIX}'extraPorts.port' (0) must be >= 1`);
  });

  test.each([
    ['data', "'writablePaths' ('data') must be an absolute path without spaces or '..'"],
    ['/my data', "'writablePaths' ('/my data') must be an absolute path without spaces or '..'"],
    ['/data/../etc', "'writablePaths' ('/data/../etc') must be an absolute path without spaces or '..'"],
    ['/', "'writablePaths' ('/') must not be the root: set security.readOnlyRootFilesystem to false instead"],
    ['/tmp', "'writablePaths' ('/tmp') is listed twice (/tmp is always writable)"],
  ])('writablePaths %p', (path, message) => {
    expect(w({ writablePaths: [path] })).toFail(`${PREFIX}${message}`);
  });

  test('a writable path listed twice', () => {
    expect(w({ writablePaths: ['/data', '/data'] })).toFail(`${PREFIX}'writablePaths' ('/data') is listed twice (/tmp is always writable)`);
  });

  test('an invalid label key and value', () => {
    expect(w({ labels: { 'tier/': 'x' } }))
      .toFail(`${PREFIX}'labels' ('tier/') must be a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits, '-', '_' and '.'`);
    expect(w({ labels: { tier: 'front end' } }))
      .toFail(`${PREFIX}'labels['tier']' ('front end') must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit`);
  });
});
