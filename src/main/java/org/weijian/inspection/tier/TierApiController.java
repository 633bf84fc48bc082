package org.weijian.inspection.tier;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.inspection.RiskTier;
import org.weijian.registry.SearchResult;
import org.weijian.registry.SubjectQuery;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Risk tiers and the key-supervision list over REST. */
@RestController
@RequestMapping("/api/v1/inspection")
class TierApiController {

	/** Most subject ids one GET may name. */
	static final int MAX_IDS = 500;

	record TierBody(@Nullable String tier, @Nullable String reason) {
	}

	record ListingBody(@Nullable Long subjectId, @Nullable String reason) {
	}

	record Reason(@Nullable String reason) {
	}

	record SubjectTier(TieredSubject subject, List<TierHistoryEntry> history) {
	}

	private final RiskTiers tiers;

	TierApiController(RiskTiers tiers) {
		this.tiers = tiers;
	}

	/** With {@code ids} (comma separated): those subjects' tiers (404 if one is outside the scope); else a subject search. */
	@GetMapping("/tiers")
	@PreAuthorize("hasAuthority('inspection:read')")
	Object tiers(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (ids != null && !ids.isEmpty()) {
			if (ids.size() > MAX_IDS) {
				throw new InvalidInputException(List.of(Violation.of("ids", "error.inspection.tier.too-many-ids", MAX_IDS)));
			}
			List<TieredSubject> out = new ArrayList<>();
			for (Long id : ids) {
				out.add(tiers.get(id));
			}
			return out;
		}
		SearchResult<TieredSubject> found = tiers.search(new SubjectQuery(q, null, category, region, null, null), PageQuery.of(page, size));
		return found;
	}

	/** Subjects whose tier is not the default, by effective tier and/or source (MANUAL, KEY_SUPERVISION). */
	@GetMapping("/tiers/assigned")
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<TieredSubject> assigned(@RequestParam(required = false) String tier, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Violations v = new Violations();
		RiskTier t = TierText.tier(v, "tier", tier, false);
		TierSource s = TierText.source(v, "source", source);
		v.throwIfAny();
		return tiers.assigned(t, s, PageQuery.of(page, size));
	}

	@GetMapping("/tiers/{subjectId}")
	@PreAuthorize("hasAuthority('inspection:read')")
	SubjectTier tier(@PathVariable long subjectId) {
		return new SubjectTier(tiers.get(subjectId), tiers.history(subjectId));
	}

	@PutMapping("/tiers/{subjectId}")
	@PreAuthorize("hasAuthority('inspection:tier')")
	TierAssignment set(@PathVariable long subjectId, @RequestBody TierBody body) {
		Violations v = new Violations();
		RiskTier tier = TierText.tier(v, "tier", body.tier(), true);
		v.text("reason", body.reason(), RiskTiers.REASON_MAX, true);
		v.throwIfAny();
		return tiers.set(subjectId, tier, body.reason());
	}

	/** Drops the manual tier (back to the default). */
	@PostMapping("/tiers/{subjectId}/reset")
	@PreAuthorize("hasAuthority('inspection:tier')")
	TierAssignment reset(@PathVariable long subjectId, @RequestBody Reason body) {
		return tiers.reset(subjectId, body.reason());
	}

	@GetMapping("/key-supervision")
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<TieredSubject> keySupervision(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tiers.assigned(null, TierSource.KEY_SUPERVISION, PageQuery.of(page, size));
	}

	@PostMapping("/key-supervision")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:tier')")
	TierAssignment list(@RequestBody ListingBody body) {
		if (body.subjectId() == null) {
			Violations v = new Violations();
			v.add("subjectId", "error.field.required");
			v.text("reason", body.reason(), RiskTiers.REASON_MAX, true);
			v.throwIfAny();
		}
		return tiers.listKeySupervision(body.subjectId(), body.reason());
	}

	/** Delists; the reason comes as a query parameter or in a JSON body. */
	@DeleteMapping("/key-supervision/{subjectId}")
	@PreAuthorize("hasAuthority('inspection:tier')")
	TierAssignment delist(@PathVariable long subjectId, @RequestParam(required = false) String reason,
			@RequestBody(required = false) @Nullable Reason body) {
		return tiers.delistKeySupervision(subjectId, reason != null ? reason : body == null ? null : body.reason());
	}

	/** The default tier and where it comes from (the rule table). */
	@GetMapping("/tiers/rules")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<TierRule> rules() {
		return tiers.rules();
	}

}
