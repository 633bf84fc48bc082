package org.weijian.monitoring.lead;

import org.jspecify.annotations.Nullable;

/** List conditions; null or blank means "any". {@code overdue} true keeps open leads past their stage's limit. */
public record LeadFilter(@Nullable String stage, @Nullable String ruleCode, @Nullable String fixmedinsCode, @Nullable Long runId,
		@Nullable Boolean overdue) {

	public static LeadFilter all() {
		return new LeadFilter(null, null, null, null, null);
	}

}
