package org.weijian.inspection;

/**
 * 检查结果 — what an inspection of a drawn object found: 合格 (qualified), 责令整改 (rectification
 * ordered), 立案查处 (case filed), 未发现 (the subject was not found at its registered address), 无法检查
 * (could not be inspected).
 */
public enum InspectionOutcome {

	QUALIFIED, RECTIFICATION_ORDERED, CASE_FILED, NOT_FOUND, UNABLE_TO_INSPECT;

	public String messageKey() {
		return "result.outcome." + name();
	}

}
