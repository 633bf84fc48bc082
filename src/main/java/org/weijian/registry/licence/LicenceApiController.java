package org.weijian.registry.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.LicenceView;
import org.weijian.registry.NewLicence;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Licences over REST: list with filters, detail with history, issue, status changes and 校验 records. */
@RestController
@RequestMapping("/api/v1")
class LicenceApiController {

	record StatusChange(@Nullable String status, @Nullable String reason, @Nullable Integer version) {
	}

	record Verification(@Nullable LocalDate verifiedOn, @Nullable String result, @Nullable String note, @Nullable Integer version) {
	}

	record Detail(LicenceView licence, List<LicenceEvent> events) {
	}

	private final LicenceAdministration administration;

	private final LicenceRepository licences;

	private final LicenceKinds kinds;

	private final VerificationRules rules;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	LicenceApiController(LicenceAdministration administration, LicenceRepository licences, LicenceKinds kinds,
			VerificationRules rules, CurrentUsers currentUsers, Clock clock) {
		this.administration = administration;
		this.licences = licences;
		this.kinds = kinds;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@GetMapping("/licence-kinds")
	@PreAuthorize("hasAuthority('registry:read')")
	List<LicenceKind> kinds() {
		return kinds.active();
	}

	@GetMapping("/verification-rules")
	@PreAuthorize("hasAuthority('registry:read')")
	List<VerificationRules.Rule> rules() {
		return rules.all();
	}

	@GetMapping("/licences")
	@PreAuthorize("hasAuthority('registry:read')")
	PageResult<LicenceView> list(@RequestParam(required = false) Long holder, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer dueWithinDays,
			@RequestParam(required = false) Integer expiringWithinDays, @RequestParam(required = false) String number,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		LicenceFilter filter = new LicenceFilter(holder, blankToNull(kind), LicenceRequests.status("status", status),
				LicenceRequests.days("dueWithinDays", dueWithinDays), LicenceRequests.days("expiringWithinDays", expiringWithinDays),
				blankToNull(number));
		return licences.page(filter, currentUsers.scope(), LocalDate.now(clock), PageQuery.of(page, size));
	}

	@GetMapping("/licences/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	Detail get(@PathVariable long id) {
		LicenceView licence = administration.visible(id);
		return new Detail(licence, licences.events(id));
	}

	@PostMapping("/licences")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:write')")
	LicenceView issue(@RequestBody NewLicence request) {
		return administration.issue(request);
	}

	@PostMapping("/licences/{id}/status")
	@PreAuthorize("hasAuthority('registry:write')")
	LicenceView changeStatus(@PathVariable long id, @RequestBody StatusChange request) {
		return administration.changeStatus(id, request.version(), LicenceRequests.status("status", request.status()),
				request.reason());
	}

	@PostMapping("/licences/{id}/verifications")
	@PreAuthorize("hasAuthority('registry:write')")
	LicenceView verify(@PathVariable long id, @RequestBody Verification request) {
		return administration.recordVerification(id, request.version(), request.verifiedOn(),
				LicenceRequests.result("result", request.result()), request.note());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
