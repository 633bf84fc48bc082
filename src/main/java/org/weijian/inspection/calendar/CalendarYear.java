package org.weijian.inspection.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A year covered by the working-day calendar: the State Council notice (国务院办公厅关于部分节假日安排的通知) its
 * holidays come from, its document number when known, and whether the rows were checked against the notice
 * ({@code VERIFIED}) or not ({@code UNVERIFIED}).
 */
public record CalendarYear(int year, String notice, @Nullable String documentNo, @Nullable LocalDate publishedOn, String confidence,
		@Nullable String notes) {

	public boolean verified() {
		return "VERIFIED".equals(confidence);
	}

}
