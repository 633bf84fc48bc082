package org.weijian.inspection.draw;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Draws the inspectors of one task (检查组): from the eligible inspectors sorted by id (UTF-8 bytes),
 * {@code required} of them with the RFC 3797 key {@code K + "task:" + t + "/"}, or for one department of
 * a joint plan {@code K + "task:" + t + ":dept:" + code + "/"}. Too few eligible inspectors leave the task
 * unstaffed with the reason, never a silent fallback.
 */
public final class TaskStaffing {

	/** The inspectors drawn, or empty with {@code eligible < required} when the task is unstaffed. */
	public record Outcome(List<String> inspectors, int eligible, int required) {

		public boolean staffed() {
			return !inspectors.isEmpty() || required == 0;
		}

	}

	private TaskStaffing() {
	}

	public static String key(String drawKey, int task, @Nullable String departmentCode) {
		if (task < 0) {
			throw new IllegalArgumentException("task numbers start at 0: " + task);
		}
		return drawKey + "task:" + task + (departmentCode == null ? "" : ":dept:" + departmentCode) + "/";
	}

	public static Outcome draw(String drawKey, int task, @Nullable String departmentCode, List<String> eligible, int required) {
		if (required < 0) {
			throw new IllegalArgumentException("a task needs a non-negative number of inspectors: " + required);
		}
		List<String> sorted = eligible.stream().sorted(Utf8Order.COMPARATOR).distinct().toList();
		if (sorted.size() < required) {
			return new Outcome(List.of(), sorted.size(), required);
		}
		List<String> drawn = Rfc3797.select(sorted.size(), required, key(drawKey, task, departmentCode)).stream()
			.map(sorted::get)
			.toList();
		return new Outcome(drawn, sorted.size(), required);
	}

}
