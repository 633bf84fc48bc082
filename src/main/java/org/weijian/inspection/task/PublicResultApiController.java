package org.weijian.inspection.task;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;
import org.weijian.shared.web.RateLimiter;

/** The published inspection results (一公开) for anyone: no login, rate-limited per client address. */
@RestController
@RequestMapping("/api/v1/public/results")
class PublicResultApiController {

	private final PublicResults results;

	private final ApiProblems problems;

	private final RateLimiter limiter;

	PublicResultApiController(PublicResults results, ApiProblems problems, Clock clock,
			@Value("${weijian.inspection.public-requests-per-minute:120}") int perMinute) {
		this.results = results;
		this.problems = problems;
		this.limiter = new RateLimiter(clock, perMinute, 60_000);
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	PageResult<PublicResult> list(@RequestParam(required = false) Long plan, @RequestParam(required = false) String draw,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request) {
		limit(request);
		return results.page(plan, draw, region, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("permitAll()")
	PublicResult get(@PathVariable long id, HttpServletRequest request) {
		limit(request);
		return results.get(id);
	}

	@ExceptionHandler(TooManyRequests.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	ProblemDetail tooMany(TooManyRequests ex) {
		return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "error.inspection.result.rate-limited", List.of());
	}

	private void limit(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
	}

	private static final class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("public results rate limit", null, false, false);
		}

	}

}
