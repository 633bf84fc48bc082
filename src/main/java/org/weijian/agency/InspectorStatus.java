package org.weijian.agency;

/** Whether an inspector may currently be sent on inspections; a suspension keeps its reason in the history. */
public enum InspectorStatus {

	ACTIVE, SUSPENDED;

	public String messageKey() {
		return "inspector.status." + name();
	}

}
