package org.weijian.monitoring.institution;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** The institution-links page: links in the caller's region, codes still unlinked, a form to link and buttons to unlink. */
@Controller
class InstitutionLinkPageController {

	private final InstitutionLinks links;

	private final ApiProblems problems;

	InstitutionLinkPageController(InstitutionLinks links, ApiProblems problems) {
		this.links = links;
		this.problems = problems;
	}

	@GetMapping("/monitoring/institutions")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String page(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", links.list(PageQuery.of(page, 50)));
		model.addAttribute("unlinked", links.unlinked(PageQuery.MAX_SIZE));
		model.addAttribute("pageUrl", "/monitoring/institutions?page=__PAGE__");
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/institutions";
	}

	@PostMapping("/monitoring/institutions")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String link(@RequestParam(required = false) String fixmedinsCode, @RequestParam(required = false) String subjectId, Model model,
			RedirectAttributes redirect) {
		Long id = parse(subjectId);
		boolean done;
		try {
			done = problems.attempt(model, () -> links.link(fixmedinsCode, id));
		}
		catch (NotFoundException ex) {
			model.addAttribute("errors", List.of(problems.error(Violation.of("subjectId", "error.monitoring.institution.subject-not-found"))));
			done = false;
		}
		if (!done) {
			model.addAttribute("code", fixmedinsCode);
			model.addAttribute("subjectId", subjectId);
			return page(null, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/monitoring/institutions";
	}

	@PostMapping("/monitoring/institutions/unlink")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String unlink(@RequestParam String fixmedinsCode, RedirectAttributes redirect) {
		links.unlink(fixmedinsCode);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/monitoring/institutions";
	}

	private static Long parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			return 0L;
		}
	}

}
