package org.weijian.inspection.pool;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A published draw record laid out for reading: the key, the strata (k of N) and the tasks with their draws. */
public record RecordView(String key, List<Source> sources, List<Stratum> strata, List<Task> tasks, int taskCount, String recordSha256,
		Instant drawnAt, String enteredBy, String confirmedBy) {

	/** The page lists at most this many tasks and selected objects per stratum; the JSON holds them all. */
	static final int SHOWN = 1000;

	public record Source(String name, List<Long> values) {
	}

	public record Named(String id, @Nullable String name) {
	}

	public record Stratum(String tier, String ratio, int candidates, int k, List<Named> selected) {
	}

	public record Draw(String key, int eligible, int count, List<String> chosen) {
	}

	public record Task(int index, String object, @Nullable String objectName, String status, @Nullable String reason, List<Draw> draws) {

		public boolean staffed() {
			return "STAFFED".equals(status);
		}

	}

}
