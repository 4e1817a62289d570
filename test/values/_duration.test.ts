import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { goDuration, wholeSeconds } from '../../lib/values/_duration';

describe('wholeSeconds', () => {
  test.each([
    ['Duration.seconds(0)', Duration.seconds(0), 0],
    ['Duration.seconds(30)', Duration.seconds(30), 30],
    ['Duration.minutes(5)', Duration.minutes(5), 300],
    ['Duration.hours(1)', Duration.hours(1), 3600],
    ['Duration.millis(2000)', Duration.millis(2000), 2],
    ['Duration.days(1)', Duration.days(1), 86400],
  ])('%s is %p seconds', (_label, duration, seconds) => {
    // GIVEN / WHEN / THEN
    expect(wholeSeconds('timeout', duration)).toEqual(seconds);
  });

  test('min defaults to 0 and is inclusive', () => {
    // GIVEN / WHEN / THEN
    expect(wholeSeconds('timeout', Duration.seconds(0))).toEqual(0);
    expect(wholeSeconds('timeout', Duration.seconds(10), 10)).toEqual(10);
  });

  test('rejects a fraction of a second, naming the milliseconds', () => {
    // GIVEN / WHEN / THEN
    expect(() => wholeSeconds('health.period', Duration.millis(1500))).toThrow("'health.period' ('1500ms') must be a whole number of seconds");
    expect(() => wholeSeconds('health.period', Duration.millis(1))).toThrow("'health.period' ('1ms') must be a whole number of seconds");
    expect(() => wholeSeconds('health.period', Duration.millis(1))).toThrow(BlueprintError);
  });

  test('rejects less than min, naming the seconds', () => {
    // GIVEN / WHEN / THEN
    expect(() => wholeSeconds('startingDeadline', Duration.seconds(9), 10)).toThrow("'startingDeadline' ('9s') must be at least 10s");
    expect(() => wholeSeconds('health.timeout', Duration.seconds(0), 1)).toThrow("'health.timeout' ('0s') must be at least 1s");
  });

  test('the whole-second rule is checked before min', () => {
    // GIVEN / WHEN / THEN
    expect(() => wholeSeconds('p', Duration.millis(500), 1)).toThrow("'p' ('500ms') must be a whole number of seconds");
  });
});

describe('goDuration', () => {
  test.each([
    ['Duration.seconds(0)', Duration.seconds(0), '0s'],
    ['Duration.seconds(30)', Duration.seconds(30), '30s'],
    ['Duration.seconds(59)', Duration.seconds(59), '59s'],
    ['Duration.seconds(60)', Duration.seconds(60), '1m0s'],
    ['Duration.minutes(5)', Duration.minutes(5), '5m0s'],
    ['Duration.seconds(90)', Duration.seconds(90), '1m30s'],
    ['Duration.hours(1)', Duration.hours(1), '1h0m0s'],
    ['Duration.seconds(3661)', Duration.seconds(3661), '1h1m1s'],
    ['Duration.minutes(90)', Duration.minutes(90), '1h30m0s'],
    ['Duration.days(30)', Duration.days(30), '720h0m0s'],
    ['Duration.millis(1500)', Duration.millis(1500), '1500ms'],
    ['Duration.millis(250)', Duration.millis(250), '250ms'],
  ])('%s is %p', (_label, duration, expected) => {
    // GIVEN / WHEN / THEN
    expect(goDuration(duration)).toEqual(expected);
  });

  test('property: the Go string reads back to the same number of milliseconds', () => {
    // GIVEN
    const parse = (text: string): number => {
      let ms = 0;
      for (const [, n, unit] of text.matchAll(/(\d+)(h|ms|m|s)/g)) {
        ms += Number(n) * ({ h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as Record<string, number>)[unit];
      }
      return ms;
    };

    // WHEN / THEN
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (ms) => {
      const text = goDuration(Duration.millis(ms));
      expect(text).toMatch(/^(\d+h\d+m\d+s|\d+m\d+s|\d+s|\d+ms)$/);
      expect(parse(text)).toEqual(ms);
    }));
  });
});
