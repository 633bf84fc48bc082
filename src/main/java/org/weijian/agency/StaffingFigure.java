package org.weijian.agency;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * 执法人员配置 — a region's active inspectors of health and health-supervision departments whose
 * jurisdiction lies in it, per 10,000 residents, against the standard. Without a recorded population
 * {@code residents} and {@code perTenThousand} are null and the assessment is {@code NO_POPULATION}.
 */
public record StaffingFigure(String regionCode, String regionName, long inspectors, @Nullable Long residents,
		@Nullable Integer populationYear, @Nullable String populationSource, @Nullable BigDecimal perTenThousand,
		StaffingAssessment assessment, StaffingStandard standard) {
}
