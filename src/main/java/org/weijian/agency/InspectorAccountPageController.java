package org.weijian.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.web.ApiProblems;

/** The inspector page's form for the login account the inspector works under. */
@Controller
class InspectorAccountPageController {

	private final Inspectors inspectors;

	private final ApiProblems problems;

	InspectorAccountPageController(Inspectors inspectors, ApiProblems problems) {
		this.inspectors = inspectors;
		this.problems = problems;
	}

	@PostMapping("/inspectors/{id}/account")
	@PreAuthorize("hasAuthority('agency:write')")
	String link(@PathVariable long id, @RequestParam(required = false) @Nullable String username, RedirectAttributes redirect) {
		try {
			inspectors.linkAccount(id, username);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return "redirect:/inspectors/" + id;
	}

}
