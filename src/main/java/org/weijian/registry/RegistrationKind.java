package org.weijian.registry;

/** What an electronic registration request (电子化注册申请) asks for: 新办, 变更, 延续, 校验. */
public enum RegistrationKind {

	NEW_LICENCE, CHANGE, RENEWAL, VERIFICATION;

	/** Whether the request concerns an existing licence of the holder. */
	public boolean needsLicence() {
		return this != NEW_LICENCE;
	}

	public String messageKey() {
		return "registration.kind." + name();
	}

}
