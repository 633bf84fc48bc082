package org.weijian.monitoring.lead;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One transition of a lead: the action, from which stage to which, who and when, with the note. In the
 * institution's portal the actor of the office's steps is empty (the portal names the office, not its staff).
 */
public record LeadHistoryEntry(String action, @Nullable LeadStage from, LeadStage to, String actor, Instant at, @Nullable String note) {

	/** The entry as the institution sees it: its own answers keep their actor, the office's steps do not. */
	LeadHistoryEntry forInstitution() {
		boolean own = action.equals("APPEAL_ACCEPTED") || action.equals("APPEAL_LODGED");
		return own ? this : new LeadHistoryEntry(action, from, to, "", at, note);
	}

	public String actionKey() {
		return "monitoring.lead.action." + action;
	}

}
