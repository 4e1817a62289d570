/**
 * `expect(fn).toFail(message)`: `fn` makes a mistake the library reports — either recorded on a construct (constructs
 * do not throw at the first invalid prop: synthesis reports every mistake at once) or thrown (value-object factories,
 * synthesis's ValidationError). Like `toThrow`, a string must be contained in a message and a RegExp must match one.
 * Registered for every test file by jest.config.js (setupFilesAfterEnv).
 */
import { BlueprintError } from '../lib/values/_errors';
import { RecordedError, withRecordedErrors } from '../lib/k8s/_recorded-errors';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toFail(expected?: string | RegExp | (new (...args: any[]) => Error)): R;
    }
  }
}

expect.extend({
  toFail(received: unknown, expected?: string | RegExp | (new (...args: any[]) => Error)) {
    if (typeof received !== 'function') throw new Error('toFail expects a function');
    const messages: string[] = [];
    let thrown: unknown;
    withRecordedErrors((e: RecordedError) => messages.push(e.text), () => {
      try {
        (received as () => unknown)();
      } catch (e) {
        thrown = e;
      }
    });
    if (thrown !== undefined && !(thrown instanceof Error && (thrown instanceof BlueprintError || thrown.name === 'ValidationError'))) {
      return { pass: false, message: () => `expected a reported mistake, but the function threw ${String(thrown)}` };
    }
    if (thrown instanceof Error) messages.push(thrown.message);
    // A class: the error thrown is one, or (for BlueprintError) a mistake was recorded.
    const pass = expected === undefined ? messages.length > 0 : typeof expected === 'function'
      ? thrown instanceof expected || (expected === BlueprintError && messages.length > 0 && thrown === undefined)
      : messages.some((m) => (typeof expected === 'string' ? m.includes(expected) : expected.test(m)));
    return {
      pass,
      message: () => pass
        ? `expected no mistake matching ${this.utils.printExpected(typeof expected === 'function' ? expected.name : expected ?? 'any mistake')}, got:\n${messages.map((m) => `  ${m}`).join('\n')}`
        : `expected a mistake matching ${this.utils.printExpected(typeof expected === 'function' ? expected.name : expected ?? 'any mistake')}, got ${messages.length ? `:\n${messages.map((m) => `  ${m}`).join('\n')}` : 'none'}`,
    };
  },
});

export {};
