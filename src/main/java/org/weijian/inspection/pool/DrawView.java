package org.weijian.inspection.pool;

import java.time.Instant;

/** A completed draw as the staff API answers it: id, key, the record's digest, task counts, maker and checker. */
public record DrawView(long planId, String drawId, String key, String recordSha256, int tasks, int unstaffed, String enteredBy,
		String confirmedBy, Instant drawnAt) {
}
