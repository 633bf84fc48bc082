package org.weijian.region;

/** The post a person holds in a grid. */
public enum GridRole {

	/** 网格长 — leads the grid; at most one at a time. */
	GRID_LEADER,
	/** 网格员 — a grid worker. */
	GRID_MEMBER;

	public String messageKey() {
		return "grid.role." + name();
	}

}
