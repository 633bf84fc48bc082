package org.weijian.inspection.tier;

import org.jspecify.annotations.Nullable;

/** A row of the tier rule table {@code inspection_tier_rule}: value, legal basis, source and its confidence. */
public record TierRule(String code, String value, String legalBasis, String source, String confidence, @Nullable String notes) {
}
