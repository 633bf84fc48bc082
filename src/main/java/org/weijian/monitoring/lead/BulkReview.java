package org.weijian.monitoring.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 批量初审 — one 初审 decision for many leads: the listed leads, or every lead of a rule in a run
 * ({@code runId} and {@code ruleCode}); only leads in 初审 in the caller's scope are touched.
 */
public record BulkReview(@Nullable List<Long> leadIds, @Nullable Long runId, @Nullable String ruleCode, @Nullable String decision,
		@Nullable String note) {
}
