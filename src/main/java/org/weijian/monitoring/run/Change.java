package org.weijian.monitoring.run;

/**
 * How a finding of a replay compares with the original run: ADDED (only in the replay), REMOVED (only in the
 * original), CHANGED (a warning whose value or threshold differs), UNCHANGED.
 */
public enum Change {

	ADDED, REMOVED, CHANGED, UNCHANGED;

	public String messageKey() {
		return "monitoring.run.change." + name();
	}

}
