package org.weijian.agency;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the inspector list: {@code q} matches the start of the name or the certificate number; the
 * others are exact (status and specialty by name); the region narrows to departments in that subtree.
 */
public record InspectorFilter(@Nullable String q, @Nullable Long departmentId, @Nullable String status, @Nullable String specialty,
		@Nullable String regionCode) {

	public static final InspectorFilter NONE = new InspectorFilter(null, null, null, null, null);

}
