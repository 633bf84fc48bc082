package org.weijian.registry;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An electronic registration request as the API, pages and other modules see it. */
public record RegistrationView(long id, long holderId, String holderName, String holderRegionCode, RegistrationKind kind,
		RegistrationStatus status, @Nullable Long licenceId, Map<String, String> payload, String filedBy, Instant filedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String returnReason, int version) {
}
