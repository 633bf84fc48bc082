package org.weijian.inspection.plan;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plan as a user enters it (form or JSON); every field is checked and a bad one is named in the 400
 * answer. Numbers and dates arrive as text so that a malformed one is reported against its field.
 *
 * @param ratios {@code A}..{@code D} for {@code BY_TIER} (missing ones take the rule table's defaults), or
 *        {@code ALL} for {@code UNIFORM}; decimals 0–1 with at most 4 places
 * @param departments a joint plan's departments; null or empty when not joint
 * @param rowVersion the version last read, required on update (optimistic locking)
 */
public record PlanDraft(@Nullable String year, @Nullable String title, @Nullable String level, @Nullable String documentNo,
		@Nullable String departmentId, @Nullable String regionCode, @Nullable List<String> categories, @Nullable String subjectKind,
		@Nullable String ratioMode, @Nullable Map<String, String> ratios, @Nullable String inspectorsPerTask,
		@Nullable List<Department> departments, @Nullable String capPerInspector, @Nullable String windowStart,
		@Nullable String deadline, @Nullable String publicationWorkingDays, @Nullable List<Source> sources,
		@Nullable Integer rowVersion) {

	/** One joint department and its inspectors per task. */
	public record Department(@Nullable String departmentId, @Nullable String inspectors) {
	}

	/** One named future entropy source. */
	public record Source(@Nullable String name, @Nullable String description, @Nullable String availableOn,
			@Nullable String valueCount, @Nullable String minValue, @Nullable String maxValue) {
	}

}
