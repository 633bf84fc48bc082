package org.weijian.monitoring.rulebase;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseNamesTest {

	@Test
	void theNextVersionFollowsTheHighestNumberAndVersionsSortNewestFirst() {
		assertThat(RuleBaseNames.next(List.of())).isEqualTo("v1");
		assertThat(RuleBaseNames.next(List.of("v1", "v10", "v9"))).isEqualTo("v11");
		assertThat(List.of("v2", "v10", "v1").stream().sorted(RuleBaseNames.NEWEST_FIRST).toList()).containsExactly("v10", "v2", "v1");
	}

}
