package org.weijian.registry;

/** A subject's operating status: 执业/营业, 停业, 歇业/关闭, 注销. */
public enum SubjectStatus {

	OPERATING, SUSPENDED, CLOSED, CANCELLED;

	public String messageKey() {
		return "subject.status." + name();
	}

}
