package org.weijian.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Administrators' pages: users, exchange tokens and the audit log. */
@Controller
class AdminPageController {

	private final UserAdministration users;

	private final ApiTokens tokens;

	private final AuditLog auditLog;

	private final ApiProblems problems;

	private final CurrentUsers currentUsers;

	AdminPageController(UserAdministration users, ApiTokens tokens, AuditLog auditLog, ApiProblems problems,
			CurrentUsers currentUsers) {
		this.users = users;
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.problems = problems;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/admin/users")
	@PreAuthorize("hasAuthority('identity:admin')")
	String users(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", users.page(PageQuery.of(page, 50)));
		model.addAttribute("roles", Role.values());
		return "identity/users";
	}

	@PostMapping("/admin/users")
	@PreAuthorize("hasAuthority('identity:admin')")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam(required = false) List<String> roles, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long institutionId, Model model,
			RedirectAttributes redirect) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		for (String r : roles == null ? List.<String>of() : roles) {
			Arrays.stream(Role.values()).filter(x -> x.name().equals(r)).forEach(chosen::add);
		}
		try {
			AccountView created = users.create(new NewAccount(username, displayName, password, chosen,
					blankToNull(regionCode), departmentId, institutionId));
			redirect.addFlashAttribute("created", created.username());
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(problems.error(
					new org.weijian.shared.error.Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return users(0, model);
	}

	@GetMapping("/admin/tokens")
	@PreAuthorize("hasAuthority('identity:admin')")
	String tokens(Model model) {
		model.addAttribute("tokens", tokens.exchangeTokens());
		return "identity/tokens";
	}

	@PostMapping("/admin/tokens")
	@PreAuthorize("hasAuthority('identity:admin')")
	String issue(@RequestParam String username, @RequestParam String name, @RequestParam(defaultValue = "365") int validDays,
			Model model) {
		try {
			AccountView account = users.findByUsername(username)
				.orElseThrow(() -> InvalidInputException.of("username", "error.user.not-found", username));
			users.get(account.id());
			if (!account.roles().equals(Set.of(Role.EXCHANGE_CLIENT))) {
				throw InvalidInputException.of("username", "error.token.exchange-only");
			}
			model.addAttribute("issued", tokens.issueExchange(account.id(), name, Duration.ofDays(validDays),
					currentUsers.actorName()).token());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (NotFoundException ex) {
			model.addAttribute("errors", List.of(problems.error(org.weijian.shared.error.Violation.of("username", ex.code(), username))));
		}
		return tokens(model);
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	@PreAuthorize("hasAuthority('identity:admin')")
	String revoke(@PathVariable long id) {
		tokens.revoke(id);
		return "redirect:/admin/tokens";
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasAuthority('audit:read')")
	String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", auditLog.page(entityType, entityId, PageQuery.of(page, 50)));
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", entityId);
		return "identity/audit";
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
