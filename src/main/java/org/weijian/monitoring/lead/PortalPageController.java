package org.weijian.monitoring.lead;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** The institution's portal pages: 我的申诉 (its leads) and one lead with the answer form. */
@Controller
class PortalPageController {

	private final Appeals appeals;

	private final ApiProblems problems;

	PortalPageController(Appeals appeals, ApiProblems problems) {
		this.appeals = appeals;
		this.problems = problems;
	}

	@GetMapping("/portal/leads")
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	String mine(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", appeals.mine(null, PageQuery.of(page, 50)));
		model.addAttribute("pageUrl", "/portal/leads?page=__PAGE__");
		return "monitoring/portal-leads";
	}

	@GetMapping("/portal/leads/{id}")
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	String lead(@PathVariable long id, Model model) {
		model.addAttribute("detail", appeals.detail(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/portal-lead";
	}

	@PostMapping("/portal/leads/{id}/answer")
	@PreAuthorize("hasAuthority('monitoring:appeal')")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer, @RequestParam(required = false) String statement,
			Model model, RedirectAttributes redirect) {
		if (!problems.attempt(model, () -> appeals.answer(id, new AppealAnswerForm(answer, statement)))) {
			model.addAttribute("statement", statement);
			return lead(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/portal/leads/" + id;
	}

}
