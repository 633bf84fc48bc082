package org.weijian.inspection.recusal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A declared conflict (回避申报) between an inspector and a subject, with the names as declared; withdrawn
 * declarations are kept with who withdrew them and why ({@code active} false).
 */
public record RecusalView(long id, long inspectorId, String inspectorName, long subjectId, String subjectName, String regionCode,
		String reason, Instant declaredAt, String declaredBy, @Nullable Instant withdrawnAt, @Nullable String withdrawnBy,
		@Nullable String withdrawalReason, int version, boolean active) {
}
