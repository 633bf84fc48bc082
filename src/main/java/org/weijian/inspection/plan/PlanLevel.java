package org.weijian.inspection.plan;

/** The level that issued the plan (国家 / 省 / 市 / 县区). */
public enum PlanLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT;

	public String messageKey() {
		return "plan.level." + name();
	}

}
