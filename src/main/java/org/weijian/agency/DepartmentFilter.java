package org.weijian.agency;

import org.jspecify.annotations.Nullable;

/** Filters for the department list: a region subtree and a kind name, either optional. */
public record DepartmentFilter(@Nullable String regionCode, @Nullable String kind) {

	public static final DepartmentFilter NONE = new DepartmentFilter(null, null);

}
