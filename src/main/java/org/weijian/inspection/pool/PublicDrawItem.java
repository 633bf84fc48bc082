package org.weijian.inspection.pool;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the public list of draws: announced, and drawn once the entropy values were confirmed. */
public record PublicDrawItem(String drawId, long planId, String title, String regionCode, int objectCount, int inspectorCount,
		Instant announcedAt, @Nullable Instant drawnAt, @Nullable Integer taskCount, @Nullable Integer unstaffed) {

	public String status() {
		return drawnAt == null ? "ANNOUNCED" : "DRAWN";
	}

}
