package org.weijian.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formats instants for pages in the deployment's time zone (the clock's), whatever the JVM's default:
 * templates call {@code ${@dates.dateTime(x)}}.
 */
@Component("dates")
public class DisplayDates {

	private final DateTimeFormatter dateTime;

	private final DateTimeFormatter date;

	DisplayDates(Clock clock) {
		this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
		this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
	}

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : dateTime.format(instant);
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "" : date.format(instant);
	}

}
