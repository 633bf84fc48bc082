package org.weijian.inspection.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class WorkingDaysIT {

	@Autowired
	WorkingDays workingDays;

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void nationalDay2025IsEightDaysOffWithTwoWorkedWeekendDays() {
		for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
			assertThat(workingDays.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(workingDays.isWorkingDay(d("2025-09-28"))).as("Sunday 调休").isTrue();
		assertThat(workingDays.isWorkingDay(d("2025-10-11"))).as("Saturday 调休").isTrue();
		assertThat(workingDays.isWorkingDay(d("2025-10-12"))).isFalse();
		assertThat(workingDays.isWorkingDay(d("2025-10-09"))).isTrue();
	}

	@Test
	void springFestival2025AndNewYear2026() {
		assertThat(workingDays.isWorkingDay(d("2025-01-26"))).isTrue();
		assertThat(workingDays.isWorkingDay(d("2025-01-28"))).isFalse();
		assertThat(workingDays.isWorkingDay(d("2025-02-04"))).isFalse();
		assertThat(workingDays.isWorkingDay(d("2025-02-08"))).isTrue();
		assertThat(workingDays.isWorkingDay(d("2026-01-02"))).isFalse();
		assertThat(workingDays.isWorkingDay(d("2026-01-04"))).as("Sunday 调休").isTrue();
		assertThat(workingDays.isWorkingDay(d("2026-02-23"))).as("Monday 初七").isFalse();
		assertThat(workingDays.isWorkingDay(d("2026-02-28"))).isTrue();
	}

	@Test
	void twentyWorkingDaysAcrossNationalDay() {
		assertThat(workingDays.plus(d("2025-09-26"), 20)).isEqualTo(d("2025-10-30"));
		assertThat(workingDays.between(d("2025-09-26"), d("2025-10-30"))).isEqualTo(20);
		assertThat(workingDays.plus(d("2026-09-18"), 20)).isEqualTo(d("2026-10-22"));
		assertThat(workingDays.between(d("2026-09-18"), d("2026-10-22"))).isEqualTo(20);
	}

	@Test
	void coversTheNoticedYearsAndFallsBackOtherwise() {
		assertThat(workingDays.covers(2025)).isTrue();
		assertThat(workingDays.covers(2026)).isTrue();
		assertThat(workingDays.covers(2031)).isFalse();
		assertThat(workingDays.coveredYears()).contains(2025, 2026);
		assertThat(workingDays.year(2025)).hasValueSatisfying(y -> {
			assertThat(y.documentNo()).isEqualTo("国办发明电〔2024〕12号");
			assertThat(y.verified()).isTrue();
		});
		assertThat(workingDays.days(2031)).isEmpty();
		assertThat(workingDays.isWorkingDay(d("2031-10-01"))).as("Wednesday, uncovered year").isTrue();
		assertThat(workingDays.plus(d("2031-10-03"), 1)).isEqualTo(d("2031-10-06"));
		assertThat(workingDays.days(2025)).filteredOn(c -> c.kind() == DayKind.WORKING).hasSize(5);
		assertThat(workingDays.days(2026)).filteredOn(c -> c.kind() == DayKind.WORKING).hasSize(6);
	}

}
