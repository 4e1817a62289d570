/** `npm run synth`: writes every example to dist/ after the validation gate passes. */
import * as path from 'path';
import { BlueprintError, ValidationError } from '../lib';
import { buildExamples } from './index';

/** The first stack frame in an app file: where a value object was given a bad value. */
function callSite(e: Error): string | undefined {
  const frame = (e.stack ?? '').split('\n').find((l) => l.includes(`${path.sep}apps${path.sep}`) && !l.includes('main.ts'));
  const m = frame && /\(?([^\s()]+):(\d+):(\d+)\)?$/.exec(frame.trim());
  return m ? `${path.relative(process.cwd(), m[1])}:${m[2]}:${m[3]}` : undefined;
}

try {
  buildExamples().synth();
} catch (e) {
  if (e instanceof ValidationError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  if (e instanceof BlueprintError) {
    const where = callSite(e);
    process.stderr.write(`${e.message}${where ? `\n  at ${where}` : ''}\n`);
    process.exit(1);
  }
  throw e;
}
