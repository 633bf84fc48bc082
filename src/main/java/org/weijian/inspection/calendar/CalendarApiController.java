package org.weijian.inspection.calendar;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.Violations;

/** The working-day calendar over REST (read-only). */
@RestController
@RequestMapping("/api/v1/inspection/calendar")
class CalendarApiController {

	/** Years outside this range are refused as input errors. */
	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	/** A year: whether the calendar covers it (otherwise Monday–Friday), its source, listed days, working days. */
	record YearCalendar(int year, boolean covered, @Nullable CalendarYear source, List<CalendarDay> days, int workingDays) {
	}

	/** The working day {@code workingDays} after {@code from}. */
	record Due(LocalDate from, int workingDays, LocalDate due, boolean covered) {
	}

	private final WorkingDays workingDays;

	CalendarApiController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@GetMapping("/{year}")
	@PreAuthorize("hasAuthority('inspection:read')")
	YearCalendar year(@PathVariable int year) {
		Violations v = new Violations();
		checkYear(v, "year", year);
		v.throwIfAny();
		return of(workingDays, year);
	}

	@GetMapping("/due")
	@PreAuthorize("hasAuthority('inspection:read')")
	Due due(@RequestParam(required = false) String from, @RequestParam(required = false) Integer workingDays) {
		Violations v = new Violations();
		LocalDate start = v.parse("from", from, CalendarApiController::date);
		if (workingDays == null) {
			v.add("workingDays", "error.field.required");
		}
		else if (workingDays < 0 || workingDays > 366) {
			v.add("workingDays", "error.inspection.calendar.working-days-range", 0, 366);
		}
		if (start != null) {
			checkYear(v, "from", start.getYear());
		}
		v.throwIfAny();
		LocalDate due = this.workingDays.plus(start, workingDays);
		return new Due(start, workingDays, due,
				this.workingDays.covers(start.getYear()) && this.workingDays.covers(due.getYear()));
	}

	static YearCalendar of(WorkingDays calendar, int year) {
		int working = calendar.between(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
		return new YearCalendar(year, calendar.covers(year), calendar.year(year).orElse(null), calendar.days(year), working);
	}

	static void checkYear(Violations v, String field, int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			v.add(field, "error.inspection.calendar.year-range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
		}
	}

	private static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new org.weijian.shared.InvalidValueException("error.inspection.calendar.date-format", raw.strip());
		}
	}

}
