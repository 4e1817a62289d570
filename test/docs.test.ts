import * as fs from 'fs';
import * as path from 'path';
import { exampleFiles, renderPage } from '../scripts/docs';

describe('docs/ shows exactly what the examples synthesize (npm run docs)', () => {
  test('there are examples', () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(5);
  });

  test.each(exampleFiles())('docs/%s is up to date', (file) => {
    const page = path.join(__dirname, '..', 'docs', `${path.basename(file, '.ts')}.md`);
    expect(fs.existsSync(page)).toBe(true);
    expect(fs.readFileSync(page, 'utf8')).toEqual(renderPage(file));
  });
});
