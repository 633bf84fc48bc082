package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/** A subject that holds or may hold licences, as the licence holder query lists it. */
public record LicenceHolder(long id, SubjectKind kind, String categoryCode, String name, String regionCode,
		@Nullable String licenceRegNo, @Nullable Integer beds) {
}
