package org.weijian.registry.licence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a licence's append-only history ({@code licence_event}): who did what, when, why, before and after. */
public record LicenceEvent(long id, long licenceId, Type type, Instant occurredAt, String actor, @Nullable String reason,
		@Nullable String before, @Nullable String after) {

	public enum Type {

		ISSUED, STATUS_CHANGED, EDITED, RENEWED, VERIFIED;

		public String messageKey() {
			return "licence.event." + name();
		}

	}

}
