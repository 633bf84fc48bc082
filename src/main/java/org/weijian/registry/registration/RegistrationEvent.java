package org.weijian.registry.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a registration request's history: filed, withdrawn, returned, resubmitted, approved. */
public record RegistrationEvent(long id, long requestId, Action action, Instant occurredAt, String actor, @Nullable String note) {

	public enum Action {

		FILED, WITHDRAWN, RETURNED, RESUBMITTED, APPROVED;

		/** The steps that make the actor a maker of the request. */
		boolean makes() {
			return this == FILED || this == RESUBMITTED;
		}

		public String messageKey() {
			return "registration.action." + name();
		}

	}

}
