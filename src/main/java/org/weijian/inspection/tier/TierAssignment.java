package org.weijian.inspection.tier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.weijian.inspection.RiskTier;

/**
 * A subject's effective risk tier (风险等级) and its source; reason and since are null for the default.
 */
public record TierAssignment(long subjectId, RiskTier tier, TierSource source, @Nullable String reason, @Nullable Instant since) {

	static TierAssignment byDefault(long subjectId, RiskTier tier) {
		return new TierAssignment(subjectId, tier, TierSource.DEFAULT, null, null);
	}

}
