/**
 * Prints one plain closing line after jest's own summary, e.g. `jest: 2051 passed, 0 failed, 3 skipped`, the form
 * CI systems (and this workplace's) read to know how many tests ran.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
