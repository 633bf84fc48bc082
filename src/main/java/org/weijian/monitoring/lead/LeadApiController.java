package org.weijian.monitoring.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Leads and their review over REST; stage time limits. */
@RestController
@RequestMapping("/api/v1/monitoring")
class LeadApiController {

	/** The body of a stage-limit change. */
	record StageLimitChange(@Nullable String days, @Nullable String legalBasis, @Nullable Integer version) {
	}

	private final Leads leads;

	private final StageLimits limits;

	LeadApiController(Leads leads, StageLimits limits) {
		this.leads = leads;
		this.limits = limits;
	}

	@GetMapping("/leads")
	@PreAuthorize("hasAuthority('monitoring:read')")
	PageResult<LeadView> list(@RequestParam(required = false) String stage, @RequestParam(required = false) String rule,
			@RequestParam(required = false) String institution, @RequestParam(required = false) Long run,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return leads.list(new LeadFilter(stage, rule, institution, run, overdue), PageQuery.of(page, size));
	}

	@GetMapping("/leads/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	LeadDetail get(@PathVariable long id) {
		return leads.detail(id);
	}

	@PostMapping("/leads/{id}/initial-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	LeadView initialReview(@PathVariable long id, @RequestBody(required = false) @Nullable LeadDecision body) {
		return leads.initialReview(id, body == null ? new LeadDecision(null, null) : body);
	}

	@PostMapping("/leads/initial-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	BulkResult initialReviewBulk(@RequestBody(required = false) @Nullable BulkReview body) {
		return leads.initialReviewBulk(body == null ? new BulkReview(null, null, null, null, null) : body);
	}

	@PostMapping("/leads/{id}/second-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	LeadView secondReview(@PathVariable long id, @RequestBody(required = false) @Nullable LeadDecision body) {
		return leads.secondReview(id, body == null ? new LeadDecision(null, null) : body);
	}

	@PostMapping("/leads/{id}/verification")
	@PreAuthorize("hasAuthority('monitoring:verify')")
	LeadView verify(@PathVariable long id, @RequestBody(required = false) @Nullable LeadDecision body) {
		return leads.verify(id, body == null ? new LeadDecision(null, null) : body);
	}

	@PostMapping("/leads/{id}/disposal")
	@PreAuthorize("hasAuthority('monitoring:decide')")
	LeadView dispose(@PathVariable long id, @RequestBody(required = false) @Nullable Disposal body) {
		return leads.dispose(id, body == null ? new Disposal(null, null, null) : body);
	}

	@GetMapping("/stage-limits")
	@PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:rules')")
	List<StageLimit> limits() {
		return limits.list();
	}

	@PutMapping("/stage-limits/{stage}")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	StageLimit changeLimit(@PathVariable String stage, @RequestBody(required = false) @Nullable StageLimitChange body) {
		StageLimitChange b = body == null ? new StageLimitChange(null, null, null) : body;
		return limits.update(stage, b.days(), b.legalBasis(), b.version());
	}

}
