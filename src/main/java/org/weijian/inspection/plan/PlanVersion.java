package org.weijian.inspection.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version in a plan's history (GET …/plans/{id}/versions): who changed and approved it and how it
 * ended.
 *
 * @param selfApproved true when the approver had also drafted or last edited this version (allowed, recorded; ADR 0031)
 */
public record PlanVersion(long id, String seriesNo, int version, PlanStatus status, @Nullable Long previousId, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt, @Nullable String approvedBy, @Nullable Instant approvedAt,
		boolean selfApproved, @Nullable String withdrawnReason) {

	static PlanVersion of(PlanRow r) {
		PlanView v = r.view();
		return new PlanVersion(v.id(), v.seriesNo(), v.version(), v.status(), r.previousId(), r.createdBy(), r.createdAt(), r.updatedBy(),
				v.updatedAt(), v.approvedBy(), v.approvedAt(), r.selfApproved(), r.withdrawnReason());
	}

}
