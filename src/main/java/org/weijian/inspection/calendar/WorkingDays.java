package org.weijian.inspection.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 工作日 — working days by the State Council's holiday arrangements (放假调休), for deadlines counted in working
 * days such as the publication of inspection results (一公开). The holidays and adjusted working days (调休上班) come
 * from the rule tables {@code inspection_calendar_year}/{@code inspection_calendar_day}, one State Council notice
 * per year; a year the table does not cover falls back to Monday–Friday, which {@link #covers(int)} reveals so a
 * page can warn (ADR 0036). The tables change only by migration, so they are read once.
 */
@Service
public class WorkingDays {

	private final CalendarStore store;

	private volatile @Nullable Snapshot snapshot;

	WorkingDays(CalendarStore store) {
		this.store = store;
	}

	/** Whether {@code day} is a working day: a listed holiday is not, a listed 调休 weekend day is, else Monday–Friday. */
	public boolean isWorkingDay(LocalDate day) {
		return rules().isWorkingDay(day);
	}

	/** The n-th working day after {@code from} ({@code from} itself when n = 0); n must not be negative. */
	public LocalDate plus(LocalDate from, int workingDays) {
		return rules().plus(from, workingDays);
	}

	/**
	 * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}; negative when {@code toInclusive} is before
	 * {@code fromExclusive}, so {@code between(d, plus(d, n)) == n}.
	 */
	public int between(LocalDate fromExclusive, LocalDate toInclusive) {
		return rules().between(fromExclusive, toInclusive);
	}

	/** Whether the calendar has the State Council arrangements for {@code year}; if not, that year is Monday–Friday. */
	public boolean covers(int year) {
		return rules().covers(year);
	}

	/** The years the calendar covers, ascending. */
	public SortedSet<Integer> coveredYears() {
		return new TreeSet<>(load().years.stream().map(CalendarYear::year).toList());
	}

	/** The source of a covered year. */
	public Optional<CalendarYear> year(int year) {
		return load().years.stream().filter(y -> y.year() == year).findFirst();
	}

	/** The listed holidays and adjusted working days of {@code year}, by date (empty for an uncovered year). */
	public List<CalendarDay> days(int year) {
		return load().days.stream().filter(d -> d.day().getYear() == year).toList();
	}

	private HolidayRules rules() {
		return load().rules;
	}

	private Snapshot load() {
		Snapshot s = snapshot;
		if (s == null) {
			List<CalendarYear> years = store.years();
			List<CalendarDay> days = store.days();
			s = new Snapshot(years, days, new HolidayRules(years.stream().map(CalendarYear::year).toList(), days));
			snapshot = s;
		}
		return s;
	}

	private record Snapshot(List<CalendarYear> years, List<CalendarDay> days, HolidayRules rules) {
	}

}
