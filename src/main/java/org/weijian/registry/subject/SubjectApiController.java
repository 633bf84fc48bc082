package org.weijian.registry.subject;

import java.util.List;
import java.util.Locale;

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
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.SearchResult;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;
import org.weijian.registry.SubjectSummary;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;

/** Medical institutions (医疗机构), public-health units (公共卫生单位) and their categories over REST. */
@RestController
@RequestMapping("/api/v1")
class SubjectApiController {

	private final SubjectSearch search;

	private final SubjectRegistration registration;

	private final SubjectCategories categories;

	private final CurrentUsers currentUsers;

	SubjectApiController(SubjectSearch search, SubjectRegistration registration, SubjectCategories categories,
			CurrentUsers currentUsers) {
		this.search = search;
		this.registration = registration;
		this.categories = categories;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/institutions")
	@PreAuthorize("hasAuthority('registry:read')")
	SearchResult<SubjectSummary> institutions(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long grid, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return list(SubjectKind.MEDICAL_INSTITUTION, q, category, region, status, grid, page, size);
	}

	@GetMapping("/units")
	@PreAuthorize("hasAuthority('registry:read')")
	SearchResult<SubjectSummary> units(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long grid, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return list(SubjectKind.PUBLIC_HEALTH_UNIT, q, category, region, status, grid, page, size);
	}

	@GetMapping("/institutions/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	SubjectRecord institution(@PathVariable long id) {
		return visible(id, SubjectKind.MEDICAL_INSTITUTION);
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	SubjectRecord unit(@PathVariable long id) {
		return visible(id, SubjectKind.PUBLIC_HEALTH_UNIT);
	}

	@PostMapping("/institutions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:write')")
	SubjectRecord registerInstitution(@RequestBody SubjectBody body) {
		return registration.register(body.draft(SubjectKind.MEDICAL_INSTITUTION));
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:write')")
	SubjectRecord registerUnit(@RequestBody SubjectBody body) {
		return registration.register(body.draft(SubjectKind.PUBLIC_HEALTH_UNIT));
	}

	@PutMapping("/institutions/{id}")
	@PreAuthorize("hasAuthority('registry:write')")
	SubjectRecord changeInstitution(@PathVariable long id, @RequestBody SubjectBody body) {
		return change(id, SubjectKind.MEDICAL_INSTITUTION, body);
	}

	@PutMapping("/units/{id}")
	@PreAuthorize("hasAuthority('registry:write')")
	SubjectRecord changeUnit(@PathVariable long id, @RequestBody SubjectBody body) {
		return change(id, SubjectKind.PUBLIC_HEALTH_UNIT, body);
	}

	@GetMapping("/subject-categories")
	@PreAuthorize("hasAuthority('registry:read')")
	List<SubjectCategory> subjectCategories(@RequestParam(required = false) String kind) {
		if (kind == null || kind.isBlank()) {
			return categories.all();
		}
		return categories.of(parse(SubjectKind.class, "kind", kind));
	}

	private SearchResult<SubjectSummary> list(SubjectKind kind, @Nullable String q, @Nullable String category,
			@Nullable String region, @Nullable String status, @Nullable Long grid, @Nullable Integer page, @Nullable Integer size) {
		SubjectStatus st = status == null || status.isBlank() ? null : parse(SubjectStatus.class, "status", status);
		return search.search(new SubjectQuery(q, kind, category, region, st, grid), currentUsers.scope(), PageQuery.of(page, size));
	}

	private SubjectRecord visible(long id, SubjectKind kind) {
		SubjectRecord r = registration.visible(id);
		if (r.kind() != kind) {
			throw new NotFoundException("error.subject.not-found", id);
		}
		return r;
	}

	private SubjectRecord change(long id, SubjectKind kind, SubjectBody body) {
		visible(id, kind);
		if (body.version() == null) {
			throw InvalidInputException.of("version", "error.field.required");
		}
		return registration.change(id, body.version(), body.draft(kind));
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, "error.field.invalid");
		}
	}

}
