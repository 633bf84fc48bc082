package org.weijian.inspection.recusal;

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
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** The declared-conflicts page: the declarations in scope, a declaration form, withdrawal per row. */
@Controller
class RecusalPageController {

	private final Recusals recusals;

	private final ApiProblems problems;

	RecusalPageController(Recusals recusals, ApiProblems problems) {
		this.recusals = recusals;
		this.problems = problems;
	}

	@GetMapping("/inspection/recusals")
	@PreAuthorize("hasAuthority('inspection:read')")
	String recusals(@RequestParam(required = false) Long inspectorId, @RequestParam(required = false) Long subjectId,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("inspectorId", inspectorId);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("active", active);
		model.addAttribute("result", recusals.page(inspectorId, subjectId, active, PageQuery.of(page, 50)));
		return "inspection/recusal/recusals";
	}

	@PostMapping("/inspection/recusals")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String declare(@RequestParam(required = false) String inspectorId, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		if (problems.attempt(model, () -> {
			Violations v = new Violations();
			Long inspector = v.parse("inspectorId", inspectorId, RecusalPageController::id);
			Long subject = v.parse("subjectId", subjectId, RecusalPageController::id);
			v.text("reason", reason, Recusals.REASON_MAX, true);
			v.throwIfAny();
			recusals.declare(inspector, subject, reason);
		})) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspection/recusals";
		}
		model.addAttribute("form", Map.of("inspectorId", nz(inspectorId), "subjectId", nz(subjectId), "reason", nz(reason)));
		return recusals(null, null, false, 0, model);
	}

	@PostMapping("/inspection/recusals/{id}/withdraw")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		if (problems.attempt(model, () -> recusals.withdraw(id, reason))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspection/recusals";
		}
		return recusals(null, null, false, 0, model);
	}


	private static Long id(String raw) {
		try {
			return Long.parseLong(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("error.field.number");
		}
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
