package org.weijian.inspection.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A stored plan version: the view other parts see plus the bookkeeping only this package needs. */
record PlanRow(PlanView view, @Nullable Long previousId, String departmentCode, String createdBy, Instant createdAt, String updatedBy,
		boolean selfApproved, @Nullable String withdrawnReason) {
}
