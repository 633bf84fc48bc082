package org.weijian.registry;

/** The outcome of a 校验 (periodic verification of a licence): 合格 moves the next due date on; 不合格 does not. */
public enum VerificationResult {

	PASSED, FAILED;

	public String messageKey() {
		return "licence.verification." + name();
	}

}
