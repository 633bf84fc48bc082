package org.weijian.inspection.pool;

import java.time.Instant;

/** A stored draw: the record's bytes exactly as published, their SHA-256 and who entered and confirmed. */
record DrawRow(long planId, String drawId, long entryId, String key, byte[] record, String recordSha256, int taskCount,
		int unstaffed, String enteredBy, String confirmedBy, Instant drawnAt) {
}
