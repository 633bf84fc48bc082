package org.weijian.monitoring.lead;

/** How many leads a bulk 初审 moved, and to which stage. */
public record BulkResult(int count, LeadStage to) {
}
