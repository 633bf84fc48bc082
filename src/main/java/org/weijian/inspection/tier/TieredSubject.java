package org.weijian.inspection.tier;

import org.weijian.registry.SubjectSummary;

/** A subject as the tier pages list it: the registry's summary and its effective tier. */
public record TieredSubject(SubjectSummary subject, TierAssignment tier) {
}
