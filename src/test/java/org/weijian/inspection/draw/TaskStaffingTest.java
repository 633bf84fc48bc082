package org.weijian.inspection.draw;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskStaffingTest {

	static final String KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

	static final List<String> INSPECTORS = IntStream.rangeClosed(1, 25).mapToObj(i -> "I" + String.format("%03d", i)).toList();

	@Test
	void keysNameTheTaskAndForJointPlansTheDepartment() {
		assertThat(TaskStaffing.key(KEY, 0, null)).isEqualTo(KEY + "task:0/");
		assertThat(TaskStaffing.key(KEY, 12, "211100-HEALTH_SUPERVISION")).isEqualTo(KEY + "task:12:dept:211100-HEALTH_SUPERVISION/");
		assertThatThrownBy(() -> TaskStaffing.key(KEY, -1, null)).hasMessageContaining("start at 0");
	}

	@Test
	void drawsTheRequiredNumberWithTheTaskKey() {
		TaskStaffing.Outcome outcome = TaskStaffing.draw(KEY, 3, null, reversed(INSPECTORS), 2);
		List<String> expected = Rfc3797.select(25, 2, KEY + "task:3/").stream().map(INSPECTORS::get).toList();
		assertThat(outcome.staffed()).isTrue();
		assertThat(outcome.inspectors()).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
		assertThat(TaskStaffing.draw(KEY, 4, null, INSPECTORS, 2).inspectors()).as("each task has its own key")
			.isNotEqualTo(outcome.inspectors());
	}

	@Test
	void tooFewEligibleLeavesTheTaskUnstaffedWithTheNumbers() {
		TaskStaffing.Outcome outcome = TaskStaffing.draw(KEY, 0, null, List.of("I001"), 2);
		assertThat(outcome.staffed()).isFalse();
		assertThat(outcome.inspectors()).isEmpty();
		assertThat(outcome.eligible()).isEqualTo(1);
		assertThat(outcome.required()).isEqualTo(2);
	}

	private static List<String> reversed(List<String> ids) {
		List<String> out = new java.util.ArrayList<>(ids);
		java.util.Collections.reverse(out);
		return out;
	}

}
