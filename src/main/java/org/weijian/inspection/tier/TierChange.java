package org.weijian.inspection.tier;

import org.jspecify.annotations.Nullable;
import org.weijian.inspection.RiskTier;

/** One manual tier setting of a batch ({@link RiskTiers#setAll}). */
public record TierChange(long subjectId, @Nullable RiskTier tier, @Nullable String reason) {
}
