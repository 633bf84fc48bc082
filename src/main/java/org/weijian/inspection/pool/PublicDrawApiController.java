package org.weijian.inspection.pool;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

/**
 * The public draw API (no login; rate-limited per client address): the list of announced and drawn
 * plans, each draw record exactly as stored, each announcement as published, and the canonical pool
 * listings whose SHA-256 is the announced digest — everything a third party needs to recompute a draw.
 */
@RestController
@RequestMapping("/api/v1/public")
class PublicDrawApiController {

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final PublicDraws draws;

	private final PublicRateLimit limit;

	private final ApiProblems problems;

	PublicDrawApiController(PublicDraws draws, PublicRateLimit limit, ApiProblems problems) {
		this.draws = draws;
		this.limit = limit;
		this.problems = problems;
	}

	@GetMapping("/draws")
	@PreAuthorize("permitAll()")
	PageResult<Map<String, @Nullable Object>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request) {
		limit.check(request);
		return draws.page(PageQuery.of(page, size)).map(PublicDrawApiController::item);
	}

	@GetMapping("/draws/{id}")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> record(@PathVariable String id, HttpServletRequest request) {
		limit.check(request);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(draws.record(id));
	}

	@GetMapping("/draws/{id}/announcement")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> announcement(@PathVariable String id, HttpServletRequest request) {
		limit.check(request);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(draws.announcement(id).body());
	}

	@GetMapping("/announcements/{planId}")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> announcementOfPlan(@PathVariable long planId, HttpServletRequest request) {
		limit.check(request);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(draws.announcementOfPlan(planId).body());
	}

	@GetMapping("/draws/{id}/objects.txt")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> objects(@PathVariable String id, HttpServletRequest request) {
		limit.check(request);
		return text(draws.objectListing(id));
	}

	@GetMapping("/draws/{id}/inspectors.txt")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> inspectors(@PathVariable String id, HttpServletRequest request) {
		limit.check(request);
		return text(draws.inspectorListing(id));
	}

	@ExceptionHandler(PublicRateLimit.TooManyRequests.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	ProblemDetail tooMany(PublicRateLimit.TooManyRequests ex) {
		return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "error.inspection.draw.rate-limited", List.of());
	}

	private static ResponseEntity<byte[]> text(String listing) {
		return ResponseEntity.ok().contentType(TEXT).body(listing.getBytes(StandardCharsets.UTF_8));
	}

	static Map<String, @Nullable Object> item(PublicDrawItem d) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("id", d.drawId());
		m.put("plan_id", d.planId());
		m.put("title", d.title());
		m.put("status", d.status());
		m.put("region_code", d.regionCode());
		m.put("objects", d.objectCount());
		m.put("inspectors", d.inspectorCount());
		m.put("announced_at", d.announcedAt().toString());
		m.put("drawn_at", d.drawnAt() == null ? null : d.drawnAt().toString());
		m.put("tasks", d.taskCount());
		m.put("unstaffed", d.unstaffed());
		m.put("record", d.drawnAt() == null ? null : "/api/v1/public/draws/" + d.drawId());
		m.put("announcement", "/api/v1/public/draws/" + d.drawId() + "/announcement");
		return m;
	}

}
