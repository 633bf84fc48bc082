package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One version of a random inspection plan (抽查计划) as other parts of the module see it.
 *
 * @param id the version's id (each version has its own)
 * @param seriesNo the number the versions of one plan share, e.g. {@code CJ-2026-0001}
 * @param ratios {@code A}..{@code D} for {@link RatioMode#BY_TIER}, or only {@code ALL}; decimals with at most 4 places
 * @param inspectorsPerTask inspectors every task needs (for a joint plan the sum of the departments' counts)
 * @param departments the joint plan's departments in code order; empty when not joint
 * @param sources the named future entropy sources in key order
 * @param rowVersion optimistic-locking version to send back with an update
 */
public record PlanView(long id, String seriesNo, int version, PlanStatus status, int year, String title, PlanLevel level,
		@Nullable String documentNo, long departmentId, String departmentName, String regionCode, List<String> categories,
		@Nullable String subjectKind, RatioMode ratioMode, Map<String, BigDecimal> ratios, int inspectorsPerTask,
		List<JointDepartment> departments, @Nullable Integer capPerInspector, LocalDate windowStart, LocalDate deadline,
		int publicationWorkingDays, List<EntropySourceSpec> sources, @Nullable String approvedBy, @Nullable Instant approvedAt,
		Instant updatedAt, int rowVersion) {

	public boolean joint() {
		return !departments.isEmpty();
	}

}
