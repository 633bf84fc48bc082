package org.weijian.inspection.calendar;

import java.time.LocalDate;

/**
 * One listed day of the working-day calendar: a holiday day or an adjusted working day (调休上班), with the
 * holiday it belongs to (e.g. 春节).
 */
public record CalendarDay(LocalDate day, DayKind kind, String holiday) {
}
