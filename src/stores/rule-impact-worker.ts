// The rule counts' worker for the setup step. A real module file that the build emits next to
// the page's scripts (no blob: URL), so the site's CSP (`worker-src 'self'`) allows it. Created on
// the first count of a list too long to count in place; see src/lib/matcher/rule-impact-client.ts.
import { createRuleImpactClient, type RuleImpactClient, type RuleImpactWorkerLike } from '../lib/matcher/rule-impact-client.ts';

let client: RuleImpactClient | undefined;

export function ruleImpactClient(): RuleImpactClient {
  client ??= createRuleImpactClient(
    () => new Worker(new URL('../workers/rule-impact-worker.ts', import.meta.url), { type: 'module' }) as unknown as RuleImpactWorkerLike,
  );
  return client;
}
