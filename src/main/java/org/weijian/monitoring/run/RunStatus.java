package org.weijian.monitoring.run;

/** QUEUED → RUNNING → SUCCEEDED, or REFUSED (bad input, with its problems), or FAILED (an error, or interrupted). */
public enum RunStatus {

	QUEUED, RUNNING, SUCCEEDED, REFUSED, FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == REFUSED || this == FAILED;
	}

	public String messageKey() {
		return "monitoring.run.status." + name();
	}

}
