package org.weijian.inspection.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.weijian.shared.error.Violations;

/** The read-only calendar page: a year's holidays and adjusted working days, with their source or the fallback. */
@Controller
class CalendarPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final WorkingDays workingDays;

	private final Clock clock;

	CalendarPageController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/inspection/calendar")
	@PreAuthorize("hasAuthority('inspection:read')")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock.withZone(CHINA)).getYear() : year;
		Violations v = new Violations();
		CalendarApiController.checkYear(v, "year", shown);
		v.throwIfAny();
		model.addAttribute("calendar", CalendarApiController.of(workingDays, shown));
		model.addAttribute("years", List.copyOf(workingDays.coveredYears()));
		return "inspection/calendar/calendar";
	}

}
