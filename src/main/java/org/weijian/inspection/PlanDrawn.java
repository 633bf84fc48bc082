package org.weijian.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's draw has been confirmed and computed: published inside the draw's transaction, so the tasks
 * are created with it or not at all.
 *
 * @param planId the plan version drawn
 * @param drawId the public id of the draw record ({@code GET /api/v1/public/draws/{drawId}})
 * @param windowStart first day of the inspection window
 * @param deadline last day by which the inspections are to be done
 * @param publicationWorkingDays working days after a task's completion by which its result is to be published
 */
public record PlanDrawn(long planId, String drawId, String planTitle, String regionCode, long departmentId,
		LocalDate windowStart, LocalDate deadline, int publicationWorkingDays, List<DrawnTask> tasks) {
}
