package org.weijian.inspection.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The calendar's rules as loaded from the table: listed days override the week; everything else (and every day
 * of a year the table does not cover) follows Monday–Friday.
 */
final class HolidayRules {

	private final Set<Integer> coveredYears;

	private final Map<LocalDate, DayKind> listed;

	HolidayRules(Collection<Integer> coveredYears, Collection<CalendarDay> days) {
		this.coveredYears = Set.copyOf(coveredYears);
		Map<LocalDate, DayKind> map = new HashMap<>();
		for (CalendarDay d : days) {
			map.put(d.day(), d.kind());
		}
		this.listed = Map.copyOf(map);
	}

	boolean covers(int year) {
		return coveredYears.contains(year);
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = listed.get(day);
		if (kind != null) {
			return kind == DayKind.WORKING;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	LocalDate plus(LocalDate from, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		LocalDate day = from;
		int left = workingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	int between(LocalDate fromExclusive, LocalDate toInclusive) {
		if (toInclusive.isBefore(fromExclusive)) {
			return -between(toInclusive, fromExclusive);
		}
		int count = 0;
		for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
