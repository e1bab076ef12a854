// A Planner limit (403 with its code) in a save's message becomes the user's-language sentence for that limit.
import { PLANNER_LIMIT_CODES } from '../../graph/gateways';
import type { UiStrings } from '../i18n/strings';

export function explainPlannerLimits(text: string, strings: UiStrings): string {
  const code = PLANNER_LIMIT_CODES.find((candidate) => text.includes(candidate));
  return code ? strings.plannerLimit[code] : text;
}
