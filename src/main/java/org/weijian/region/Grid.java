package org.weijian.region;

/**
 * 网格 — a grid: the smallest unit of community management, drawn inside one town or street. Its code is
 * the town's nine digits and a three-digit sequence ({@code 211102001001}) and never changes.
 */
public record Grid(long id, String code, String name, String townCode, GridStatus status, int version) {

	public boolean active() {
		return status == GridStatus.ACTIVE;
	}

}
