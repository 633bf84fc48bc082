package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A draft that passed every check, ready to store. */
record CheckedPlan(int year, String title, PlanLevel level, @Nullable String documentNo, long departmentId, String departmentCode,
		String departmentName, String regionCode, List<String> categories, @Nullable String subjectKind, RatioMode ratioMode,
		Map<String, BigDecimal> ratios, int inspectorsPerTask, List<JointDepartment> departments, @Nullable Integer capPerInspector,
		LocalDate windowStart, LocalDate deadline, int publicationWorkingDays, List<EntropySourceSpec> sources) {
}
