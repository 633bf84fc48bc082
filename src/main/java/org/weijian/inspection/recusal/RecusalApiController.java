package org.weijian.inspection.recusal;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Declared conflicts (回避) over REST. */
@RestController
@RequestMapping("/api/v1/inspection/recusals")
class RecusalApiController {

	record Declaration(@Nullable Long inspectorId, @Nullable Long subjectId, @Nullable String reason) {
	}

	record Reason(@Nullable String reason) {
	}

	private final Recusals recusals;

	RecusalApiController(Recusals recusals) {
		this.recusals = recusals;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<RecusalView> page(@RequestParam(required = false) Long inspectorId, @RequestParam(required = false) Long subjectId,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return recusals.page(inspectorId, subjectId, active, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	RecusalView get(@PathVariable long id) {
		return recusals.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:plan')")
	RecusalView declare(@RequestBody Declaration body) {
		Violations v = new Violations();
		if (body.inspectorId() == null) {
			v.add("inspectorId", "error.field.required");
		}
		if (body.subjectId() == null) {
			v.add("subjectId", "error.field.required");
		}
		if (!v.isEmpty()) {
			v.text("reason", body.reason(), Recusals.REASON_MAX, true);
		}
		v.throwIfAny();
		return recusals.declare(body.inspectorId(), body.subjectId(), body.reason());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('inspection:plan')")
	RecusalView withdraw(@PathVariable long id, @RequestBody Reason body) {
		return recusals.withdraw(id, body.reason());
	}

}
