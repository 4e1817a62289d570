/**
 * The examples' app file. `npm run synth` runs it through `cdk8s-blueprints synth`, which reports every mistake
 * at once with its line and writes dist/ only when the validation gate passes.
 */
import { buildExamples } from './index';

buildExamples().synth();
