package org.weijian.region;

/** Whether a grid is in use; a retired grid keeps its code, which is never handed out again. */
public enum GridStatus {

	ACTIVE, RETIRED;

	public String messageKey() {
		return "grid.status." + name();
	}

}
