package org.weijian.inspection.pool;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.weijian.shared.web.RateLimiter;

/**
 * One request budget per client address for the public draw API and pages
 * ({@code weijian.inspection.public-requests-per-minute}, default 120).
 */
@Component
class PublicRateLimit {

	private final RateLimiter limiter;

	PublicRateLimit(Clock clock, @Value("${weijian.inspection.public-requests-per-minute:120}") int perMinute) {
		this.limiter = new RateLimiter(clock, perMinute, 60_000);
	}

	void check(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
	}

	/** The client used up its budget for the current minute: 429. */
	static final class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("public draw rate limit", null, false, false);
		}

	}

}
