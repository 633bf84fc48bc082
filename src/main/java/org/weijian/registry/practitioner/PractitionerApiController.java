package org.weijian.registry.practitioner;

import java.time.LocalDate;

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
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.PractitionerSummary;
import org.weijian.registry.Profession;
import org.weijian.registry.SearchResult;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;

/** Practitioners (从业人员) and their multi-site filings over REST; ID numbers only masked. */
@RestController
@RequestMapping("/api/v1/practitioners")
class PractitionerApiController {

	record PractitionerBody(@Nullable Integer version, @Nullable String name, @Nullable String idNumber, @Nullable String profession,
			@Nullable String qualificationCertNo, @Nullable String practiceCertNo, @Nullable String practiceCategory,
			@Nullable String practiceScope, @Nullable Long institutionId, @Nullable String status) {

		PractitionerDraft draft() {
			return new PractitionerDraft(name, idNumber, profession, qualificationCertNo, practiceCertNo, practiceCategory, practiceScope,
					institutionId, status);
		}

	}

	record FilingBody(@Nullable Long institutionId, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	record EndFilingBody(@Nullable LocalDate validTo) {
	}

	private final PractitionerSearch search;

	private final PractitionerRegistry registry;

	private final CurrentUsers currentUsers;

	PractitionerApiController(PractitionerSearch search, PractitionerRegistry registry, CurrentUsers currentUsers) {
		this.search = search;
		this.registry = registry;
		this.currentUsers = currentUsers;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('registry:read')")
	SearchResult<PractitionerSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) String profession,
			@RequestParam(required = false) Long institution, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.search(query(q, profession, institution, region, status), currentUsers.scope(), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	PractitionerRecord get(@PathVariable long id) {
		return registry.visible(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:write')")
	PractitionerRecord register(@RequestBody PractitionerBody body) {
		return registry.register(body.draft());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:write')")
	PractitionerRecord change(@PathVariable long id, @RequestBody PractitionerBody body) {
		registry.visible(id);
		if (body.version() == null) {
			throw InvalidInputException.of("version", "error.field.required");
		}
		return registry.change(id, body.version(), body.draft());
	}

	@PostMapping("/{id}/filings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:write')")
	PractitionerRecord addFiling(@PathVariable long id, @RequestBody FilingBody body) {
		return registry.addFiling(id, body.institutionId(), body.validFrom(), body.validTo());
	}

	@PostMapping("/{id}/filings/{filingId}/end")
	@PreAuthorize("hasAuthority('registry:write')")
	PractitionerRecord endFiling(@PathVariable long id, @PathVariable long filingId, @RequestBody(required = false) EndFilingBody body) {
		return registry.endFiling(id, filingId, body == null ? null : body.validTo());
	}

	static PractitionerQuery query(@Nullable String q, @Nullable String profession, @Nullable Long institution, @Nullable String region,
			@Nullable String status) {
		Profession p = null;
		if (profession != null && !profession.isBlank()) {
			Violations v = new Violations();
			p = PractitionerValidator.profession(v, profession);
			v.throwIfAny();
		}
		return new PractitionerQuery(q, p, institution, region, status);
	}

}
