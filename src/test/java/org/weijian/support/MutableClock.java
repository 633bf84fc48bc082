package org.weijian.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test can move ("the business date is now 16 October 2026"); starts at the system time. */
public final class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public void advance(Duration by) {
		now = now.plus(by);
	}

	public void setDate(LocalDate date) {
		now = date.atTime(12, 0).atZone(zone).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MutableClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
