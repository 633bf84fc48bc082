package org.weijian.monitoring.lead;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One transition of a lead: the action, from which stage to which, who and when, with the note. */
public record LeadHistoryEntry(String action, @Nullable LeadStage from, LeadStage to, String actor, Instant at, @Nullable String note) {

	public String actionKey() {
		return "monitoring.lead.action." + action;
	}

}
