import { ALERT_RULES } from './alert-rules';
import { BASE_LOCK_RULES } from './base-lock-rules';
import { GATEWAY_RULES } from './gateway-rules';
import { IMAGE_RULES } from './image-rules';
import { INGRESS_RULES } from './ingress-rules';
import { PIN_HEALTH_RULES } from './pin-health-rules';
import { POLICY_RULES } from './policy-rules';
import { PSS_RULES } from './pss-rules';
import { RBAC_RULES } from './rbac-rules';
import { SCALING_RULES } from './scaling-rules';
import { SCHEDULING_RULES } from './scheduling-rules';
import { SECRET_RULES } from './secret-rules';
import { SEMANTIC_RULES } from './semantic-rules';
import { SIGNING_RULES } from './signing-rules';
import type { Rule } from './types';

/**
 * The rule set of the validation gate, in the order it runs. Every rule is documented in the README
 * ("Validation gate") with its id, severity and source; `test/validation/rules.test.ts` holds a failing case for each.
 */
export const RULES: readonly Rule[] = [...SEMANTIC_RULES, ...PSS_RULES, ...POLICY_RULES, ...IMAGE_RULES, ...PIN_HEALTH_RULES, ...SCHEDULING_RULES, ...INGRESS_RULES, ...SECRET_RULES, ...SCALING_RULES, ...GATEWAY_RULES, ...RBAC_RULES, ...BASE_LOCK_RULES, ...SIGNING_RULES, ...ALERT_RULES];
