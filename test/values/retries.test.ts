import { Duration } from 'cdk8s';
import { BlueprintError } from '../../lib/values/_errors';
import { RetryOn } from '../../lib/values/retries';
import { TrafficPolicy, TrafficPolicyProps } from '../../lib/values/traffic-policy';
import { render } from './_traffic';

describe('retries', () => {
  test('retries default to 5xx and connect-failure', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 2, perTryTimeout: Duration.seconds(2) } }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({ attempts: 2, perTryTimeout: '2s', retryOn: '5xx,connect-failure' });
    expect(vs.spec.http[0].timeout).toBeUndefined();
  });

  test('every retryOn value, with status codes', () => {
    // GIVEN
    const all: RetryOn[] = [
      '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', 'retriable-4xx', 'retriable-status-codes',
      'cancelled', 'deadline-exceeded', 'unavailable', 'resource-exhausted',
    ];

    // WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 10, retryOn: all, statusCodes: [503, 429] } }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({
      attempts: 10,
      retryOn:
        '5xx,gateway-error,reset,connect-failure,refused-stream,retriable-4xx,retriable-status-codes,cancelled,' +
        'deadline-exceeded,unavailable,resource-exhausted,503,429',
    });
  });

  test('status codes without \'retriable-status-codes\' are appended to retryOn', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 2, retryOn: ['connect-failure'], statusCodes: [503] } }));

    // THEN
    expect(vs.spec.http[0].retries.retryOn).toEqual('connect-failure,503');
  });

  test('attempts 0 disables retries and renders nothing else', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({
      retries: { attempts: 0, perTryTimeout: Duration.seconds(10) },
      timeout: Duration.seconds(1),
    }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({ attempts: 0 });
    expect(vs.spec.http[0].timeout).toEqual('1s');
  });
});

describe('errors', () => {
  const s = Duration.seconds;
  test.each<[string, TrafficPolicyProps, string]>([
    ['-1 attempts', { retries: { attempts: -1 } }, "'retries.attempts' (-1) must be >= 0"],
    ['11 attempts', { retries: { attempts: 11 } }, "'retries.attempts' (11) must be <= 10"],
    ['1.5 attempts', { retries: { attempts: 1.5 } }, "'retries.attempts' (1.5) must be a whole number"],
    ['a zero per-try timeout', { retries: { attempts: 1, perTryTimeout: s(0) } }, "'retries.perTryTimeout' (0s) must be longer than 0s"],
    [
      'an empty retryOn',
      { retries: { attempts: 1, retryOn: [] } },
      "'retries.retryOn' ([]) must name at least one condition (set 'retries.attempts' to 0 to disable retries)",
    ],
    [
      'an unknown retryOn',
      { retries: { attempts: 1, retryOn: ['5xx', '503' as any] } },
      "'retries.retryOn[1]' ('503') must be one of '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', " +
        "'retriable-4xx', 'retriable-status-codes', 'cancelled', 'deadline-exceeded', 'unavailable', 'resource-exhausted'",
    ],
    [
      'a repeated retryOn',
      { retries: { attempts: 1, retryOn: ['reset', '5xx', 'reset'] } },
      "'retries.retryOn[2]' ('reset') must be unique: 'retries.retryOn[0]' is the same",
    ],
    [
      'retriable-status-codes without codes',
      { retries: { attempts: 1, retryOn: ['connect-failure', 'retriable-status-codes'] } },
      "'retries.retryOn[1]' ('retriable-status-codes') needs 'retries.statusCodes', the codes to retry on (e.g. [503])",
    ],
    ['a status code below 400', { retries: { attempts: 1, statusCodes: [302] } }, "'retries.statusCodes[0]' (302) must be >= 400"],
    ['a status code above 599', { retries: { attempts: 1, statusCodes: [503, 600] } }, "'retries.statusCodes[1]' (600) must be <= 599"],
    ['a fractional status code', { retries: { attempts: 1, statusCodes: [503.5] } }, "'retries.statusCodes[0]' (503.5) must be a whole number"],
    ['a repeated status code', { retries: { attempts: 1, statusCodes: [503, 429, 503] } }, "'retries.statusCodes[2]' (503) must be unique: 'retries.statusCodes[0]' is the same"],
  ])('rejects %s', (_name, props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of(props)).toThrow(new BlueprintError(message));
  });
});
