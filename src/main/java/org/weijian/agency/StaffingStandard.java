package org.weijian.agency;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 执法人员配置标准 — the standard number of inspectors per 10,000 residents, held in {@code agency_rule}
 * with its legal basis and whether the figure has been verified in a primary text.
 */
public record StaffingStandard(String code, BigDecimal minPerTenThousand, @Nullable BigDecimal maxPerTenThousand, String unit,
		String legalBasis, @Nullable String notes, boolean verified, Instant updatedAt, String updatedBy, int version) {

	public static final String CODE = "STAFFING_PER_10K";

	public StaffingAssessment assess(BigDecimal perTenThousand) {
		if (perTenThousand.compareTo(minPerTenThousand) < 0) {
			return StaffingAssessment.BELOW;
		}
		if (maxPerTenThousand != null && perTenThousand.compareTo(maxPerTenThousand) > 0) {
			return StaffingAssessment.ABOVE;
		}
		return StaffingAssessment.WITHIN;
	}

}
