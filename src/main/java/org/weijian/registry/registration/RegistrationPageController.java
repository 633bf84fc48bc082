package org.weijian.registry.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.LicenceView;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.licence.LicenceFilter;
import org.weijian.registry.licence.LicenceKinds;
import org.weijian.registry.licence.LicenceRepository;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** The registration review queue (pending first) and request pages; institution users file from here. */
@Controller
class RegistrationPageController {

	private final RegistrationDesk desk;

	private final RegistrationRepository requests;

	private final LicenceRepository licences;

	private final LicenceKinds kinds;

	private final CurrentUsers currentUsers;

	private final ApiProblems problems;

	private final Clock clock;

	RegistrationPageController(RegistrationDesk desk, RegistrationRepository requests, LicenceRepository licences, LicenceKinds kinds,
			CurrentUsers currentUsers, ApiProblems problems, Clock clock) {
		this.desk = desk;
		this.requests = requests;
		this.licences = licences;
		this.kinds = kinds;
		this.currentUsers = currentUsers;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping({ "/registration", "/registrations" })
	@PreAuthorize("hasAnyAuthority('registration:file', 'registration:review')")
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, Model model) {
		RegistrationFilter filter = new RegistrationFilter(RegistrationApiController.parse("status", status, RegistrationStatus.class),
				RegistrationApiController.parse("kind", kind, RegistrationKind.class), null);
		DataScope scope = currentUsers.scope();
		model.addAttribute("result", requests.page(filter, scope, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("kinds", RegistrationKind.values());
		model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/registration")
			.queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kind()))
			.queryParam("page", "__PAGE__")
			.build()
			.toUriString());
		boolean canFile = scope.restrictedToInstitution();
		model.addAttribute("canFile", canFile);
		if (canFile) {
			model.addAttribute("licenceKinds", kinds.active());
			model.addAttribute("ownLicences", licences
				.page(new LicenceFilter(scope.institutionId(), null, null, null, null, null), scope, LocalDate.now(clock), PageQuery.of(0, 200))
				.items());
		}
		return "registry/registrations";
	}

	@PostMapping({ "/registration", "/registrations" })
	@PreAuthorize("hasAuthority('registration:file')")
	String file(@RequestParam(required = false) String kind, @RequestParam(required = false) Long licenceId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			RegistrationKind k = RegistrationApiController.parse("kind", kind, RegistrationKind.class);
			RegistrationView filed = desk.file(k, k == RegistrationKind.NEW_LICENCE ? null : licenceId, payload(k, form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/registration/" + filed.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return queue(null, null, null, model);
	}

	@GetMapping({ "/registration/{id}", "/registrations/{id}" })
	@PreAuthorize("hasAnyAuthority('registration:file', 'registration:review')")
	String detail(@PathVariable long id, Model model) {
		RegistrationView request = desk.visible(id);
		DataScope scope = currentUsers.scope();
		model.addAttribute("request", request);
		model.addAttribute("events", requests.events(id));
		model.addAttribute("licence", request.licenceId() == null ? null : licences.find(request.licenceId()).orElse(null));
		boolean own = scope.restrictedToInstitution() && scope.institutionId() == request.holderId();
		model.addAttribute("canWithdraw", own && !request.status().isFinal());
		model.addAttribute("canResubmit", own && request.status() == RegistrationStatus.RETURNED);
		model.addAttribute("canDecide", !scope.restrictedToInstitution() && request.status() == RegistrationStatus.PENDING
				&& currentUsers.find().map(u -> u.has(org.weijian.identity.Permission.REGISTRATION_REVIEW)).orElse(false));
		model.addAttribute("payloadKeys", RegistrationPayloads.keys(request.kind()));
		return "registry/registration";
	}

	@PostMapping("/registration/{id}/{action}")
	@PreAuthorize("hasAnyAuthority('registration:file', 'registration:review')")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reason, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		var user = currentUsers.require();
		try {
			switch (action) {
				case "approve" -> requireReviewer(user).approve(id, note);
				case "return" -> requireReviewer(user).returnRequest(id, reason);
				case "withdraw" -> requireFiler(user).withdraw(id, note);
				case "resubmit" -> {
					RegistrationView r = desk.visible(id);
					requireFiler(user).resubmit(id, payload(r.kind(), form), note);
				}
				default -> throw new org.weijian.shared.error.NotFoundException("error.resource.not-found");
			}
			redirect.addFlashAttribute("saved", true);
			return "redirect:/registration/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return detail(id, model);
	}

	private RegistrationDesk requireReviewer(org.weijian.identity.CurrentUser user) {
		if (!user.has(org.weijian.identity.Permission.REGISTRATION_REVIEW)) {
			throw new AccessDeniedToScopeException();
		}
		return desk;
	}

	private RegistrationDesk requireFiler(org.weijian.identity.CurrentUser user) {
		if (!user.has(org.weijian.identity.Permission.REGISTRATION_FILE)) {
			throw new AccessDeniedToScopeException();
		}
		return desk;
	}

	/** The form fields that belong to the kind's payload (form fields are named {@code p.<key>}). */
	private static Map<String, String> payload(@Nullable RegistrationKind kind, Map<String, String> form) {
		Map<String, String> out = new LinkedHashMap<>();
		if (kind == null) {
			return out;
		}
		for (String key : RegistrationPayloads.KEYS.get(kind)) {
			String v = form.get("p." + key);
			if (v != null && !v.isBlank()) {
				out.put(key, v.strip());
			}
		}
		return out;
	}

}
