package org.weijian.region;

import org.jspecify.annotations.Nullable;

/**
 * A request to assign a person to a grid, as entered: the role's name ({@code GRID_LEADER},
 * {@code GRID_MEMBER}) and an ISO start date, which defaults to today. Checked field by field by
 * {@link Grids#assign}.
 */
public record NewGridStaff(@Nullable String name, @Nullable String phone, @Nullable String role,
		@Nullable String fromDate) {
}
