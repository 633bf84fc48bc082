package org.weijian.inspection.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Staff API of a plan's freeze and draw: freeze and announce ({@code inspection:plan}), enter the entropy
 * values, confirm or reject them ({@code inspection:draw}, maker ≠ checker), read the announcement and
 * the entries ({@code inspection:read}). Plans outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/inspection/plans/{planId}")
class DrawApiController {

	private final Announcements announcements;

	private final Draws draws;

	private final PlanDrawBlock block;

	DrawApiController(Announcements announcements, Draws draws, PlanDrawBlock block) {
		this.announcements = announcements;
		this.draws = draws;
		this.block = block;
	}

	@PostMapping("/announcement")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:plan')")
	AnnouncementView announce(@PathVariable long planId) {
		return announcements.announce(planId);
	}

	@GetMapping("/announcement")
	@PreAuthorize("hasAuthority('inspection:read')")
	AnnouncementView announcement(@PathVariable long planId) {
		AnnouncementView a = block.of(planId).announcement();
		if (a == null) {
			throw new org.weijian.shared.error.NotFoundException("error.inspection.pool.not-announced", planId);
		}
		return a;
	}

	@GetMapping("/entropy")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<EntropyEntry> entries(@PathVariable long planId) {
		return draws.entries(planId);
	}

	/** Body: an object whose member values is one array of JSON integers per source, in the announced order. */
	@PostMapping("/entropy")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:draw')")
	EntropyEntry enter(@PathVariable long planId, @RequestBody(required = false) @Nullable JsonNode body) {
		return draws.enter(planId, tokens(body == null ? null : body.get("values")));
	}

	@PostMapping("/entropy/{entryId}/confirm")
	@PreAuthorize("hasAuthority('inspection:draw')")
	DrawView confirm(@PathVariable long planId, @PathVariable long entryId) {
		return draws.confirm(planId, entryId);
	}

	@PostMapping("/entropy/{entryId}/reject")
	@PreAuthorize("hasAuthority('inspection:draw')")
	EntropyEntry reject(@PathVariable long planId, @PathVariable long entryId,
			@RequestBody(required = false) @Nullable Map<String, String> body) {
		return draws.reject(planId, entryId, body == null ? null : body.get("reason"));
	}

	/**
	 * The values as text tokens: a JSON integer becomes its digits; anything else (a fraction, an exponent,
	 * a string, null) its JSON text, which the check then refuses as not an integer.
	 */
	static @Nullable List<List<String>> tokens(@Nullable JsonNode values) {
		if (values == null || !values.isArray()) {
			return null;
		}
		List<List<String>> out = new ArrayList<>();
		for (JsonNode source : values) {
			List<String> tokens = new ArrayList<>();
			if (source.isArray()) {
				source.forEach(v -> tokens.add(v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.toString()));
			}
			else {
				tokens.add("not-a-list:" + source);
			}
			out.add(tokens);
		}
		return out;
	}

}
