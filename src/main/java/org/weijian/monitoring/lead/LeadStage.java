package org.weijian.monitoring.lead;

import java.util.List;

/**
 * Where a lead stands: 初审 (first review), 复审 (second review, by another person), 申诉 (the institution may
 * appeal), 核查 (verification), 处理 (disposal); closed as 确认违规 (confirmed), 排除 (dismissed) or
 * 申诉成立 (rejected on appeal).
 */
public enum LeadStage {

	INITIAL_REVIEW, SECOND_REVIEW, APPEAL, VERIFICATION, DISPOSAL, CONFIRMED, DISMISSED, REJECTED_ON_APPEAL;

	/** The stages with a time limit, in workflow order. */
	public static final List<LeadStage> OPEN = List.of(INITIAL_REVIEW, SECOND_REVIEW, APPEAL, VERIFICATION, DISPOSAL);

	public boolean open() {
		return OPEN.contains(this);
	}

	public String messageKey() {
		return "monitoring.lead.stage." + name();
	}

}
