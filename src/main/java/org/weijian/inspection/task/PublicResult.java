package org.weijian.inspection.task;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.weijian.inspection.InspectionOutcome;

/**
 * 抽查结果公示 — a published inspection result as the public sees it: the plan, the draw, the subject (an
 * institution or unit, with its credit code when it has one), the outcome and the dates. No inspector,
 * no summary, no natural person's data (ADR 0037).
 */
public record PublicResult(long id, long planId, String planTitle, String drawId, int taskIndex, String subjectId,
		String subjectName, @Nullable String uscc, String regionCode, String categoryCode, InspectionOutcome outcome,
		LocalDate completedOn, LocalDate publishedOn) {
}
