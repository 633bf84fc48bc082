package org.weijian.inspection.tier;

import java.time.Instant;

import org.weijian.inspection.RiskTier;

/** One change of a subject's tier as the append-only history keeps it. */
public record TierHistoryEntry(long id, long subjectId, String action, RiskTier tierBefore, TierSource sourceBefore, RiskTier tierAfter,
		TierSource sourceAfter, String reason, Instant changedAt, String changedBy) {
}
