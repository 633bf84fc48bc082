package org.weijian.agency;

import org.jspecify.annotations.Nullable;

/** A duty item to add or the new content of one; {@code version} matters only for a change. */
public record DutyDraft(@Nullable String domain, @Nullable String text, @Nullable String legalBasis, @Nullable Integer version) {
}
