package org.weijian.inspection.plan;

/**
 * Where a plan version stands. DRAFT is edited in place; APPROVED may still be edited, which adds a new
 * DRAFT version and marks this one SUPERSEDED; ANNOUNCED (pools frozen) and DRAWN can no longer change;
 * WITHDRAWN ends a plan that was never announced.
 */
public enum PlanStatus {

	DRAFT, APPROVED, ANNOUNCED, DRAWN, SUPERSEDED, WITHDRAWN;

	public String messageKey() {
		return "plan.status." + name();
	}

}
