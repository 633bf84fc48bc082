package org.weijian.inspection.pool;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntropyValuesTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	static final List<SourceShape> LOTTERY = List.of(new SourceShape("双色球 红球", DAY, 6, 1, 33),
			new SourceShape("双色球 蓝球", DAY, 1, 1, 16), new SourceShape("上证指数收盘×100", DAY.plusDays(1), 1, 1, 99_999_999));

	@Test
	void acceptsValuesOfTheAnnouncedShapeOnOrAfterTheirDay() {
		List<List<Long>> values = EntropyValues.check(LOTTERY,
				List.of(EntropyValues.tokens("3 9 14, 20；27 31"), List.of("8"), List.of("+315672")), DAY.plusDays(1));
		assertThat(values).containsExactly(List.of(3L, 9L, 14L, 20L, 27L, 31L), List.of(8L), List.of(315672L));
	}

	@Test
	void refusesValuesBeforeTheSourcesDayNamingTheDate() {
		assertThatThrownBy(() -> EntropyValues.check(LOTTERY, List.of(List.of("1", "2", "3", "4", "5", "6"), List.of("8"), List.of("1")),
				DAY))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.violations()).hasSize(1);
				Violation v = ex.violations().get(0);
				assertThat(v.field()).isEqualTo("values[2]");
				assertThat(v.code()).isEqualTo("error.inspection.draw.too-early");
				assertThat(v.args()).contains("2026-12-02");
			});
	}

	@Test
	void refusesTheWrongShapeWithEveryProblemNamed() {
		assertThatThrownBy(() -> EntropyValues.check(LOTTERY,
				List.of(List.of("1", "2", "3", "4", "34"), List.of("8.5"), List.of("1e3")), DAY.plusDays(2)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations()).extracting(Violation::field, Violation::code)
						.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("values[0]", "error.inspection.draw.value-count"),
								org.assertj.core.groups.Tuple.tuple("values[0]", "error.inspection.draw.value-range"),
								org.assertj.core.groups.Tuple.tuple("values[1]", "error.inspection.draw.value-integer"),
								org.assertj.core.groups.Tuple.tuple("values[2]", "error.inspection.draw.value-integer")));
	}

	@Test
	void refusesTheWrongNumberOfSources() {
		assertThatThrownBy(() -> EntropyValues.check(LOTTERY, List.of(List.of("1")), DAY.plusDays(2)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations().get(0).code())
				.isEqualTo("error.inspection.draw.source-count"));
		assertThatThrownBy(() -> EntropyValues.check(LOTTERY, null, DAY.plusDays(2))).isInstanceOf(InvalidInputException.class);
	}

}
