package org.weijian.inspection.pool;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Entropy values as entered (maker) and their decision (checker): PENDING until a second user confirms
 * (the draw runs) or rejects them with a reason.
 */
public record EntropyEntry(long id, long planId, List<List<Long>> values, Status status, String enteredBy, Instant enteredAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String rejectReason, int version) {

	public enum Status {

		PENDING, CONFIRMED, REJECTED

	}

}
