package org.weijian.monitoring.lead;

import java.time.Instant;

/** The time limit of one open stage in calendar days, with its basis (a row of {@code monitoring_stage_limit}). */
public record StageLimit(LeadStage stage, int days, String legalBasis, Instant updatedAt, String updatedBy, int version) {
}
