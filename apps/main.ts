/** `npm run synth`: writes every example to dist/ after the validation gate passes. */
import { ValidationError } from '../lib';
import { buildExamples } from './index';

try {
  buildExamples().synth();
} catch (e) {
  if (e instanceof ValidationError || (e instanceof Error && e.name === 'BlueprintError')) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
