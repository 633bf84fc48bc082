package org.weijian.inspection.plan;

/** How a plan sets its sampling ratio (抽查比例): one per risk tier A–D, or one for all objects. */
public enum RatioMode {

	BY_TIER, UNIFORM;

	public String messageKey() {
		return "plan.ratio-mode." + name();
	}

}
