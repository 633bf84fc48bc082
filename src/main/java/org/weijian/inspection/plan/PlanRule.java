package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One regulatory number of random inspections (rule table {@code inspection_rule}) with where it comes from.
 *
 * @param confidence {@code verified-primary}, {@code verified-secondary}, {@code verified-secondary (local)} or {@code unverified}
 */
public record PlanRule(String code, BigDecimal value, String unit, String legalBasis, String source, String confidence,
		@Nullable String notes, LocalDate effectiveFrom) {
}
