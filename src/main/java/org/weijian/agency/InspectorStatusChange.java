package org.weijian.agency;

import java.time.Instant;

/** One entry of an inspector's status history: a suspension or reactivation with its reason. */
public record InspectorStatusChange(InspectorStatus from, InspectorStatus to, String reason, Instant changedAt, String changedBy) {
}
