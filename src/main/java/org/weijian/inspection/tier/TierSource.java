package org.weijian.inspection.tier;

/**
 * Where a subject's risk tier comes from: the rule table's default (never assessed), set by hand with a reason,
 * or the key-supervision list (重点监管名单), which makes it D. Credit (信用) and risk-assessment sources come later.
 */
public enum TierSource {

	DEFAULT, MANUAL, KEY_SUPERVISION;

	public String messageKey() {
		return "tier.source." + name();
	}

}
