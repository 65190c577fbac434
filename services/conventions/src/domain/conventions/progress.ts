// How far a commitment is, for dashboards: the share of its milestones done and the average
// completion of its indicators (each measured from its baseline towards its target, in either
// direction, capped to 0..1); the overall progress is the mean of the two parts that exist.
import type { CommitmentRecord, ConventionRecord, IndicatorRecord, MilestoneRecord } from '../../models/conventions/schema';

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));
const mean = (values: number[]) => (values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length));

/** The latest measured value (ties: the one recorded last), or null when nothing was measured. */
export function currentValue(indicator: IndicatorRecord): number | null {
  let latest: IndicatorRecord['values'][number] | null = null;
  for (const v of indicator.values) if (!latest || v.measuredOn >= latest.measuredOn) latest = v;
  return latest ? latest.value : null;
}

/** A milestone not done whose due date has passed. */
export const isLate = (milestone: MilestoneRecord, today: string): boolean => milestone.doneOn === null && milestone.dueOn !== null && milestone.dueOn < today;

export function indicatorCompletion(indicator: IndicatorRecord): number {
  const current = currentValue(indicator) ?? indicator.baseline;
  const span = indicator.target - indicator.baseline;
  if (span === 0) return current === indicator.target ? 1 : 0;
  return round(clamp((current - indicator.baseline) / span));
}

export interface CommitmentProgress {
  milestonesTotal: number;
  milestonesDone: number;
  lateMilestones: number;
  milestoneShare: number | null;
  indicatorCompletion: number | null;
  overall: number | null;
}

export function commitmentProgress(commitment: CommitmentRecord, today: string): CommitmentProgress {
  const done = commitment.milestones.filter((m) => m.doneOn !== null).length;
  const total = commitment.milestones.length;
  const milestoneShare = total === 0 ? null : round(done / total);
  const indicators = mean(commitment.indicators.map(indicatorCompletion));
  return {
    milestonesTotal: total,
    milestonesDone: done,
    lateMilestones: commitment.milestones.filter((m) => isLate(m, today)).length,
    milestoneShare,
    indicatorCompletion: indicators,
    overall: mean([milestoneShare, indicators].filter((v): v is number => v !== null)),
  };
}

/** The mean overall progress of the commitments that can be measured; null when none can. */
export function conventionProgress(convention: Pick<ConventionRecord, 'commitments'>, today: string): number | null {
  return mean(convention.commitments.map((c) => commitmentProgress(c, today).overall).filter((v): v is number => v !== null));
}
