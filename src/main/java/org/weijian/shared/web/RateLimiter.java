package org.weijian.shared.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window request counter per key (a client address, a user name) for public endpoints. Kept in
 * memory on purpose: it blunts floods from one source; durable lockouts live with the accounts.
 */
public final class RateLimiter {

	private static final int MAX_KEYS = 100_000;

	private final Clock clock;

	private final int limit;

	private final long windowMillis;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	public RateLimiter(Clock clock, int limit, long windowMillis) {
		if (limit < 1 || windowMillis < 1) {
			throw new IllegalArgumentException("a rate limit needs a positive limit and window");
		}
		this.clock = clock;
		this.limit = limit;
		this.windowMillis = windowMillis;
	}

	/** Counts one request for {@code key}; false when the key has used up its window. */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		if (windows.size() > MAX_KEYS) {
			windows.entrySet().removeIf(e -> e.getValue().start + windowMillis <= now);
		}
		Window w = windows.compute(key, (k, old) -> old == null || old.start + windowMillis <= now ? new Window(now) : old);
		return w.count.incrementAndGet() <= limit;
	}

	private record Window(long start, AtomicInteger count) {
		Window(long start) {
			this(start, new AtomicInteger());
		}
	}

}
