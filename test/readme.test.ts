import * as fs from 'fs';
import * as path from 'path';
import { readmeWithTable } from '../scripts/readme-rules';

test('the README\'s rule table is generated from RULES and up to date (npm run docs:rules)', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toEqual(readmeWithTable(readme));
});
