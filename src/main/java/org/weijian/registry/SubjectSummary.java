package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/**
 * A supervised subject as lists show it (one search hit, one export-free row): what other modules and
 * the API need to name and place it. Flat on purpose, so list JSON stays small.
 */
public record SubjectSummary(long id, SubjectKind kind, String categoryCode, String name, @Nullable String uscc,
		String regionCode, @Nullable Long gridId, @Nullable String licenceRegNo, @Nullable String grade,
		@Nullable Integer beds, @Nullable String address, SubjectStatus status) {
}
