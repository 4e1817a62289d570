import { BlueprintError } from '../../lib/values/_errors';
import { SecretRef } from '../../lib/values/secret-ref';
import { ScalingTrigger } from '../../lib/values/scaling-trigger';

const QUEUE_AUTH = SecretRef.existing('queue-auth', ['password']);

describe('ScalingTrigger.redisList', () => {
  test('scales on a list length, with the password through a TriggerAuthentication', () => {
    // GIVEN / WHEN
    const trigger = ScalingTrigger.redisList({ host: 'queue.shop.svc', listName: 'ledger:entries', listLength: 50, password: QUEUE_AUTH.keyRef('password') });

    // THEN
    expect(trigger.type).toEqual('redis');
    expect(trigger.toKeda('redis-list', 'ledger-redis-list')).toEqual({
      type: 'redis', name: 'redis-list', authenticationRef: { name: 'ledger-redis-list' },
      metadata: { address: 'queue.shop.svc:6379', listName: 'ledger:entries', listLength: '50', databaseIndex: '0' },
    });
    expect(trigger.secrets).toEqual([{ parameter: 'password', ref: { secret: QUEUE_AUTH, key: 'password' } }]);
    expect(trigger.server).toEqual({ host: 'queue.shop.svc', port: 6379 });
  });

  test('takes a port, an activation length and a database; no password, no authentication', () => {
    // GIVEN / WHEN
    const trigger = ScalingTrigger.redisList({ host: 'redis.example.com', port: 6380, listName: 'jobs', listLength: 10, activationListLength: 5, databaseIndex: 2 });

    // THEN
    expect(trigger.toKeda('redis-list')).toEqual({
      type: 'redis', name: 'redis-list',
      metadata: { address: 'redis.example.com:6380', listName: 'jobs', listLength: '10', activationListLength: '5', databaseIndex: '2' },
    });
    expect(trigger.secrets).toEqual([]);
  });

  test.each([
    [{ host: 'Queue!', listName: 'a', listLength: 1 }, "'scaling.triggers.redisList.host' ('Queue!') must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"],
    [{ host: 'q', port: 0, listName: 'a', listLength: 1 }, "'scaling.triggers.redisList.port' (0) must be >= 1"],
    [{ host: 'q', listName: ' ', listLength: 1 }, "'scaling.triggers.redisList.listName' (' ') must not be empty"],
    [{ host: 'q', listName: 'a', listLength: 0 }, "'scaling.triggers.redisList.listLength' (0) must be >= 1"],
    [{ host: 'q', listName: 'a', listLength: 1, activationListLength: -1 }, "'scaling.triggers.redisList.activationListLength' (-1) must be >= 0"],
    [{ host: 'q', listName: 'a', listLength: 1, databaseIndex: 16 }, "'scaling.triggers.redisList.databaseIndex' (16) must be <= 15"],
  ])('rejects %p with the exact message', (props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingTrigger.redisList(props)).toThrow(new BlueprintError(message));
  });
});

describe('ScalingTrigger.prometheus', () => {
  test('scales on a query against a threshold; the server is the URL\'s host and port', () => {
    // GIVEN / WHEN
    const trigger = ScalingTrigger.prometheus({ serverAddress: 'http://prometheus.monitoring.svc:9090', query: 'sum(rate(http_requests_total[2m]))', threshold: 100, activationThreshold: 5 });

    // THEN
    expect(trigger.toKeda('prometheus')).toEqual({
      type: 'prometheus', name: 'prometheus',
      metadata: { serverAddress: 'http://prometheus.monitoring.svc:9090', query: 'sum(rate(http_requests_total[2m]))', threshold: '100', activationThreshold: '5' },
    });
    expect(trigger.server).toEqual({ host: 'prometheus.monitoring.svc', port: 9090 });
    expect(ScalingTrigger.prometheus({ serverAddress: 'https://prom.example.com', query: 'up', threshold: 1 }).server).toEqual({ host: 'prom.example.com', port: 443 });
  });

  test.each([
    [{ serverAddress: 'prometheus:9090', query: 'up', threshold: 1 }, "'scaling.triggers.prometheus.serverAddress' ('prometheus:9090') must be an http(s) URL without credentials, e.g. 'http://prometheus.monitoring.svc:9090'"],
    [{ serverAddress: 'http://admin:pw@prom:9090', query: 'up', threshold: 1 }, "'scaling.triggers.prometheus.serverAddress' ('http://admin:pw@prom:9090') must be an http(s) URL without credentials, e.g. 'http://prometheus.monitoring.svc:9090'"],
    [{ serverAddress: 'http://prom:9090', query: '', threshold: 1 }, "'scaling.triggers.prometheus.query' ('') must not be empty"],
    [{ serverAddress: 'http://prom:9090', query: 'up', threshold: 0 }, "'scaling.triggers.prometheus.threshold' (0) must be a number > 0"],
    [{ serverAddress: 'http://prom:9090', query: 'up', threshold: 1, activationThreshold: -1 }, "'scaling.triggers.prometheus.activationThreshold' (-1) must be a number >= 0"],
  ])('rejects %p with the exact message', (props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingTrigger.prometheus(props)).toThrow(new BlueprintError(message));
  });
});

describe('ScalingTrigger.cron', () => {
  test('a business-hours window in a time zone', () => {
    // GIVEN / WHEN
    const trigger = ScalingTrigger.cron({ timezone: 'Europe/Berlin', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: 4 });

    // THEN
    expect(trigger.toKeda('cron')).toEqual({
      type: 'cron', name: 'cron', metadata: { timezone: 'Europe/Berlin', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: '4' },
    });
    expect(trigger.desiredReplicas).toEqual(4);
    expect(trigger.server).toBeUndefined();
  });

  test.each([
    [{ timezone: 'Mars/Olympus', start: '0 8 * * *', end: '0 18 * * *', desiredReplicas: 1 }, "'scaling.triggers.cron.timezone' ('Mars/Olympus') is not an IANA time zone name (e.g. 'Etc/UTC', 'Europe/Berlin')"],
    [{ timezone: 'Etc/UTC', start: '0 8 * *', end: '0 18 * * *', desiredReplicas: 1 }, "'scaling.triggers.cron.start' ('0 8 * *') must have 5 fields (minute hour day-of-month month day-of-week), got 4"],
    [{ timezone: 'Etc/UTC', start: '0 8 * * *', end: '0 25 * * *', desiredReplicas: 1 }, "'scaling.triggers.cron.end' ('0 25 * * *') has hour 25 outside 0-23"],
    [{ timezone: 'Etc/UTC', start: '0 8 * * *', end: '0 8 * * *', desiredReplicas: 1 }, "'scaling.triggers.cron.end' ('0 8 * * *') must differ from 'start': the window would never be open"],
    [{ timezone: 'Etc/UTC', start: '0 8 * * *', end: '0 18 * * *', desiredReplicas: 0 }, "'scaling.triggers.cron.desiredReplicas' (0) must be >= 1"],
  ])('rejects %p with the exact message', (props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingTrigger.cron(props)).toThrow(new BlueprintError(message));
  });
});
