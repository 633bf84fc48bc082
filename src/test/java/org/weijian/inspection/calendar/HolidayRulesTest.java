package org.weijian.inspection.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayRulesTest {

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	/** A small year: Wednesday 2031-01-01 off, Saturday 2031-01-04 worked. */
	private final HolidayRules rules = new HolidayRules(List.of(2031),
			List.of(new CalendarDay(d("2031-01-01"), DayKind.HOLIDAY, "元旦"), new CalendarDay(d("2031-01-04"), DayKind.WORKING, "元旦")));

	@Test
	void listedDaysOverrideTheWeek() {
		assertThat(rules.isWorkingDay(d("2031-01-01"))).isFalse();
		assertThat(rules.isWorkingDay(d("2031-01-04"))).isTrue();
		assertThat(rules.isWorkingDay(d("2031-01-05"))).isFalse();
		assertThat(rules.isWorkingDay(d("2031-01-02"))).isTrue();
	}

	@Test
	void uncoveredYearsFollowMondayToFriday() {
		assertThat(rules.covers(2031)).isTrue();
		assertThat(rules.covers(2032)).isFalse();
		assertThat(rules.isWorkingDay(d("2032-01-01"))).isTrue();
		assertThat(rules.isWorkingDay(d("2032-01-03"))).isFalse();
	}

	@Test
	void plusCountsOnlyWorkingDays() {
		// after Tue 2030-12-31: Thu 2, Fri 3, Sat 4 (worked), Mon 6
		assertThat(rules.plus(d("2030-12-31"), 1)).isEqualTo(d("2031-01-02"));
		assertThat(rules.plus(d("2030-12-31"), 3)).isEqualTo(d("2031-01-04"));
		assertThat(rules.plus(d("2030-12-31"), 4)).isEqualTo(d("2031-01-06"));
		assertThat(rules.plus(d("2031-01-05"), 0)).isEqualTo(d("2031-01-05"));
		assertThatThrownBy(() -> rules.plus(d("2031-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void betweenIsTheInverseOfPlus() {
		for (int n = 0; n < 30; n++) {
			assertThat(rules.between(d("2030-12-29"), rules.plus(d("2030-12-29"), n))).isEqualTo(n);
		}
		assertThat(rules.between(d("2031-01-06"), d("2030-12-31"))).isEqualTo(-4);
		assertThat(rules.between(d("2031-01-06"), d("2031-01-06"))).isZero();
	}

}
