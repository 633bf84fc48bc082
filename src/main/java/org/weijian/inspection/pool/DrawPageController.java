package org.weijian.inspection.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * The staff actions of the plan page's freeze-and-draw block: freeze and announce, enter the entropy
 * values (one text field per source), confirm or reject them. Each answers with the plan page again,
 * carrying what went wrong in the flash attribute {@code drawErrors}.
 */
@Controller
class DrawPageController {

	private final Announcements announcements;

	private final Draws draws;

	private final ApiProblems problems;

	DrawPageController(Announcements announcements, Draws draws, ApiProblems problems) {
		this.announcements = announcements;
		this.draws = draws;
		this.problems = problems;
	}

	@PostMapping("/inspection/plans/{planId}/announce")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String announce(@PathVariable long planId, RedirectAttributes redirect) {
		return act(planId, redirect, "pool.flash.announced", () -> announcements.announce(planId));
	}

	/** Form fields {@code values0}, {@code values1}, …: the values of each source, separated by spaces or commas. */
	@PostMapping("/inspection/plans/{planId}/entropy")
	@PreAuthorize("hasAuthority('inspection:draw')")
	String enter(@PathVariable long planId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<List<String>> values = new ArrayList<>();
		for (int i = 0; form.containsKey("values" + i); i++) {
			values.add(EntropyValues.tokens(form.get("values" + i)));
		}
		return act(planId, redirect, "draw.flash.entered", () -> draws.enter(planId, values));
	}

	@PostMapping("/inspection/plans/{planId}/entropy/{entryId}/confirm")
	@PreAuthorize("hasAuthority('inspection:draw')")
	String confirm(@PathVariable long planId, @PathVariable long entryId, RedirectAttributes redirect) {
		return act(planId, redirect, "draw.flash.drawn", () -> draws.confirm(planId, entryId));
	}

	@PostMapping("/inspection/plans/{planId}/entropy/{entryId}/reject")
	@PreAuthorize("hasAuthority('inspection:draw')")
	String reject(@PathVariable long planId, @PathVariable long entryId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(planId, redirect, "draw.flash.rejected", () -> draws.reject(planId, entryId, reason));
	}

	private String act(long planId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("drawDone", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("drawErrors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("drawErrors", List.of(problems.error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return "redirect:/inspection/plans/" + planId + "#draw";
	}

}
