package org.weijian.agency;

/** Whether a department still takes part in supervision. */
public enum DepartmentStatus {

	ACTIVE, INACTIVE;

	public String messageKey() {
		return "department.status." + name();
	}

}
