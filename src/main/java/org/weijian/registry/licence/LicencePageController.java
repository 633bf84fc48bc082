package org.weijian.registry.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;
import org.weijian.registry.VerificationResult;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Licence pages: the filtered list and the detail with its history, status change and 校验 forms. */
@Controller
class LicencePageController {

	private final LicenceAdministration administration;

	private final LicenceRepository licences;

	private final LicenceKinds kinds;

	private final CurrentUsers currentUsers;

	private final ApiProblems problems;

	private final Clock clock;

	LicencePageController(LicenceAdministration administration, LicenceRepository licences, LicenceKinds kinds,
			CurrentUsers currentUsers, ApiProblems problems, Clock clock) {
		this.administration = administration;
		this.licences = licences;
		this.kinds = kinds;
		this.currentUsers = currentUsers;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/licences")
	@PreAuthorize("hasAuthority('registry:read')")
	String list(@RequestParam(required = false) Long holder, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer dueWithinDays,
			@RequestParam(required = false) Integer expiringWithinDays, @RequestParam(required = false) String number,
			@RequestParam(required = false) Integer page, Model model) {
		LicenceFilter filter = new LicenceFilter(holder, blankToNull(kind), LicenceRequests.status("status", status),
				LicenceRequests.days("dueWithinDays", dueWithinDays), LicenceRequests.days("expiringWithinDays", expiringWithinDays),
				blankToNull(number));
		PageResult<LicenceView> result = licences.page(filter, currentUsers.scope(), LocalDate.now(clock), PageQuery.of(page, 20));
		String pageUrl = UriComponentsBuilder.fromPath("/licences")
			.queryParamIfPresent("holder", java.util.Optional.ofNullable(holder))
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kindCode()))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
			.queryParamIfPresent("dueWithinDays", java.util.Optional.ofNullable(dueWithinDays))
			.queryParamIfPresent("expiringWithinDays", java.util.Optional.ofNullable(expiringWithinDays))
			.queryParamIfPresent("number", java.util.Optional.ofNullable(filter.numberPrefix()))
			.queryParam("page", "__PAGE__")
			.encode()
			.build()
			.toUriString();
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", kinds.active());
		model.addAttribute("statuses", LicenceStatus.values());
		model.addAttribute("pageUrl", pageUrl);
		model.addAttribute("today", LocalDate.now(clock));
		return "registry/licences";
	}

	@GetMapping("/licences/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	String detail(@PathVariable long id, Model model) {
		LicenceView licence = administration.visible(id);
		model.addAttribute("licence", licence);
		model.addAttribute("events", licences.events(id));
		model.addAttribute("targets", licence.status().manualTargets());
		model.addAttribute("results", VerificationResult.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "registry/licence";
	}

	@PostMapping("/licences/{id}/status")
	@PreAuthorize("hasAuthority('registry:write')")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			administration.changeStatus(id, version, LicenceRequests.status("status", status), reason);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/licences/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return detail(id, model);
	}

	@PostMapping("/licences/{id}/verifications")
	@PreAuthorize("hasAuthority('registry:write')")
	String verify(@PathVariable long id, @RequestParam(required = false) String verifiedOn,
			@RequestParam(required = false) String result, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		try {
			LocalDate on = parseDate("verifiedOn", verifiedOn);
			administration.recordVerification(id, version, on, LicenceRequests.result("result", result), note);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/licences/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return detail(id, model);
	}

	static @Nullable LocalDate parseDate(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInputException.of(field, "error.field.date");
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
