package org.weijian.monitoring.lead;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** The institution's portal over REST: its leads and its answer ({@code monitoring:appeal}). */
@RestController
@RequestMapping("/api/v1/portal/leads")
class PortalApiController {

	private final Appeals appeals;

	PortalApiController(Appeals appeals) {
		this.appeals = appeals;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	PageResult<LeadView> mine(@RequestParam(required = false) String stage, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return appeals.mine(stage, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	LeadDetail get(@PathVariable long id) {
		return appeals.detail(id);
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	LeadView answer(@PathVariable long id, @RequestBody(required = false) @Nullable AppealAnswerForm body) {
		return appeals.answer(id, body == null ? new AppealAnswerForm(null, null) : body);
	}

}
