package org.weijian.inspection.plan;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Random inspection plans (抽查计划) over REST: drafting, versions, approval, withdrawal. */
@RestController
@RequestMapping("/api/v1/inspection/plans")
@Tag(name = "Inspection plans", description = "抽查计划: drafts, versions, approval and withdrawal")
class PlanApiController {

	/** Body of approve: the row version the approver read (optional; a stale one answers 409). */
	record Approval(@Nullable Integer rowVersion) {
	}

	/** Body of withdraw. */
	record Withdrawal(@Nullable String reason, @Nullable Integer rowVersion) {
	}

	private final Plans plans;

	private final PlanRules rules;

	PlanApiController(Plans plans, PlanRules rules) {
		this.plans = plans;
		this.rules = rules;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	@Operation(summary = "Plans in the caller's data scope, newest first (without status: all but SUPERSEDED)")
	PageResult<PlanView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return plans.page(status, year, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:plan')")
	@Operation(summary = "Create a plan (version 1, DRAFT)")
	PlanView create(@RequestBody PlanDraft draft) {
		return plans.create(draft);
	}

	@GetMapping("/rules")
	@PreAuthorize("hasAuthority('inspection:read')")
	@Operation(summary = "The rule table: minimum inspectors per task, default ratios, default publication deadline, with legal bases")
	List<PlanRule> rules() {
		return rules.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	@Operation(summary = "One plan version (404 outside the caller's scope)")
	PlanView get(@PathVariable long id) {
		return plans.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:plan')")
	@Operation(summary = "Edit: a DRAFT in place; an APPROVED plan becomes SUPERSEDED and the answer is the new DRAFT version; "
			+ "ANNOUNCED/DRAWN answer 409; rowVersion required")
	PlanView update(@PathVariable long id, @RequestBody PlanDraft draft) {
		return plans.update(id, draft);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('inspection:approve')")
	@Operation(summary = "Approve a DRAFT (refused while an entropy source's date is today or past)")
	PlanView approve(@PathVariable long id, @RequestBody(required = false) @Nullable Approval body) {
		return plans.approve(id, body == null ? null : body.rowVersion());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyAuthority('inspection:plan', 'inspection:approve')")
	@Operation(summary = "Withdraw a DRAFT (inspection:plan) or an APPROVED plan (inspection:approve), with a reason")
	PlanView withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
		return plans.withdraw(id, body.reason(), body.rowVersion());
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("hasAuthority('inspection:read')")
	@Operation(summary = "Every version of the plan's series, oldest first")
	List<PlanVersion> versions(@PathVariable long id) {
		return plans.versions(id);
	}

	@GetMapping("/{id}/summary")
	@PreAuthorize("hasAuthority('inspection:read')")
	@Operation(summary = "The plan object as the published draw record carries it (snake_case)")
	Map<String, Object> summary(@PathVariable long id) {
		return plans.summary(plans.get(id));
	}

}
