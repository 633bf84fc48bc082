package org.weijian.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded change, as administrators read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		@Nullable String regionCode, @Nullable String before, @Nullable String after) {
}
