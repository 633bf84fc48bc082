package org.weijian.registry.practitioner;

/** A practitioner's registration status: 执业, 暂停执业, 注销. */
public enum PractitionerStatus {

	ACTIVE, SUSPENDED, CANCELLED;

	public String messageKey() {
		return "practitioner.status." + name();
	}

}
