package org.weijian.inspection.task;

/**
 * Where an inspection task stands: 已分派 (assigned to its drawn inspectors), 未配齐 (too few eligible
 * inspectors, nobody assigned), 已完成 (result recorded, awaiting publication), 已公开 (result published).
 */
public enum TaskStatus {

	ASSIGNED, UNSTAFFED, COMPLETED, PUBLISHED;

	public String messageKey() {
		return "task.status." + name();
	}

}
