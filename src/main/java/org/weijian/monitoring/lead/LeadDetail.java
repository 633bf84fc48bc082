package org.weijian.monitoring.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A lead with its finding, the institution it was linked to (if any) and its history, oldest first. */
public record LeadDetail(LeadView lead, FindingView finding, @Nullable String linkedSubjectName, List<LeadHistoryEntry> history) {
}
