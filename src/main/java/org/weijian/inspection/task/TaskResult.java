package org.weijian.inspection.task;

import org.jspecify.annotations.Nullable;

/**
 * A task's result as the inspector enters it: the outcome (an {@link org.weijian.inspection.InspectionOutcome}
 * name), a summary of at most 2,000 characters, and optionally the task version the form was built from.
 */
public record TaskResult(@Nullable String outcome, @Nullable String summary, @Nullable Integer version) {
}
