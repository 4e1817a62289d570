/**
 * The corpus, the backup-alerts rule (`lib/validation/alert-rules.ts`): a production backup without an alert on the age
 * of its last success, with the exact report of the gate. Not a test file: alert-rules.test.ts and corpus.test.ts run it.
 */
import { CronTask, Schedule } from '../../lib/index';
import { CorpusCase, CRON, error, ONE_ERROR, production, report } from './_corpus-kit';

export const ALERTS_FIX = 'give the blueprint \'alerts: AlertPolicy.prometheus()\' (production blueprints that back something up get it by default), or \'alerts: AlertPolicy.disabled(reason)\' saying what watches the backups instead';

const BACKUP_OF = { 'blueprints.cdk8s.io/backup-of': 'db' };

export const ALERTS_CASES: readonly CorpusCase[] = [
  {
    name: 'alerts-watch-backups: a production dump CronTask scheduled on 30 February, so the default alerts have no freshness threshold for it',
    kind: 'gate', rule: 'alerts-watch-backups',
    build: (app) => { new CronTask(production(app), 'db-dump', { ...CRON, schedule: Schedule.cron('0 0 30 2 *'), labels: BACKUP_OF }); },
    expected: report(ONE_ERROR, error('alerts-watch-backups', 'shop-production/db-dump/CronJob',
      'CronJob \'db-dump\' (the backup of \'db\') of production blueprint \'shop-production\' has no alert on the age of its last success: no alerting rule of PrometheusRule \'shop-alerts\' reads time() - kube_cronjob_status_last_successful_time{cronjob="db-dump"}',
      ALERTS_FIX)),
  },
];
