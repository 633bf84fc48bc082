package org.weijian.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One task (检查任务) of a completed draw: the object drawn and the inspectors chosen for it, or why it
 * could not be staffed.
 *
 * @param index the task number {@code t} of the published record (0, 1, …)
 * @param subjectId the registry subject drawn
 * @param stratum {@code A}, {@code B}, {@code C}, {@code D} or {@code ALL}
 * @param inspectorIds the chosen inspectors (agency ids), in draw order; empty when unstaffed
 * @param unstaffedReason why too few inspectors were eligible, or null when staffed
 */
public record DrawnTask(int index, long subjectId, String subjectName, String regionCode, String categoryCode, String stratum,
		List<Long> inspectorIds, @Nullable String unstaffedReason) {

	public boolean staffed() {
		return unstaffedReason == null;
	}

}
