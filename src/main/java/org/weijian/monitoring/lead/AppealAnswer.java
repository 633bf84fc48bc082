package org.weijian.monitoring.lead;

/** How the institution answered: 认可 (accepted the finding), 申诉 (appealed with a statement), or not within the limit. */
public enum AppealAnswer {

	ACCEPTED, APPEALED, NO_ANSWER;

	public String messageKey() {
		return "monitoring.lead.answer." + name();
	}

}
