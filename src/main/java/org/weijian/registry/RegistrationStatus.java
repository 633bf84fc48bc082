package org.weijian.registry;

/** Where a registration request stands: 待审核, 退回, 撤回, 已核准. Withdrawn and approved are final. */
public enum RegistrationStatus {

	PENDING, RETURNED, WITHDRAWN, APPROVED;

	public boolean isFinal() {
		return this == WITHDRAWN || this == APPROVED;
	}

	public String messageKey() {
		return "registration.status." + name();
	}

}
