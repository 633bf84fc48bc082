package org.weijian.monitoring.run;

/** MONITOR runs raise leads; a REPLAY re-runs a dataset under another version for comparison only (ADR 0048). */
public enum RunPurpose {

	MONITOR, REPLAY;

	public String messageKey() {
		return "monitoring.run.purpose." + name();
	}

}
