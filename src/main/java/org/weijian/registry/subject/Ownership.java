package org.weijian.registry.subject;

/** 所有制 — public (公立) or private (民营/社会办) ownership. */
public enum Ownership {

	PUBLIC, PRIVATE;

	public String messageKey() {
		return "subject.ownership." + name();
	}

}
