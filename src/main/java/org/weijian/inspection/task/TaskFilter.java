package org.weijian.inspection.task;

import org.jspecify.annotations.Nullable;

/** List filters for tasks; every one optional ({@code status} is a {@link TaskStatus} name). */
public record TaskFilter(@Nullable Long planId, @Nullable String drawId, @Nullable String status) {

	public static final TaskFilter ALL = new TaskFilter(null, null, null);

}
