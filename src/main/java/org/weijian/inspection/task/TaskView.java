package org.weijian.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.weijian.inspection.InspectionOutcome;

/**
 * 检查任务 — one drawn object to inspect, as staff see it: the plan and draw it came from, the subject,
 * the chosen inspectors, the window and deadline, the recorded result, the publication due date (in
 * working days after completion) and the publication.
 *
 * @param overdue assigned and past the plan's deadline (today in the deployment's time zone)
 * @param publicationOverdue completed, not yet published and past its publication due date
 */
public record TaskView(long id, long planId, String planTitle, String drawId, int taskIndex, long subjectId, String subjectName,
		String regionCode, String categoryCode, String stratum, TaskStatus status, @Nullable String unstaffedReason,
		LocalDate windowStart, LocalDate deadline, int publicationWorkingDays, List<TaskInspector> inspectors,
		@Nullable InspectionOutcome outcome, @Nullable String summary, @Nullable Instant completedAt, @Nullable String completedBy,
		@Nullable Long completedByInspectorId, @Nullable LocalDate completedOn, @Nullable LocalDate publicationDue,
		@Nullable Instant publishedAt, @Nullable String publishedBy, boolean overdue, boolean publicationOverdue, int version) {

	public boolean chosen(long inspectorId) {
		return inspectors.stream().anyMatch(i -> i.inspectorId() == inspectorId);
	}

	/** The name of the inspector who recorded the result, when one of the chosen did. */
	public @Nullable String completedByName() {
		return completedByInspectorId == null ? null
				: inspectors.stream().filter(i -> i.inspectorId() == completedByInspectorId).map(TaskInspector::name).findFirst()
					.orElse(null);
	}

}
