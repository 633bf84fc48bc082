package org.weijian.region;

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
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.ApiProblems;

/** A grid's page: its staff (phones masked), assigning and ending staff, retiring the grid. */
@Controller
class GridPageController {

	private final Grids grids;

	private final Regions regions;

	private final RegionBrowser browser;

	private final ApiProblems problems;

	GridPageController(Grids grids, Regions regions, RegionBrowser browser, ApiProblems problems) {
		this.grids = grids;
		this.regions = regions;
		this.browser = browser;
		this.problems = problems;
	}

	@GetMapping("/grids/{id}")
	@PreAuthorize("hasAuthority('region:read')")
	String grid(@PathVariable long id, Model model) {
		Grid grid = grids.get(id);
		model.addAttribute("grid", grid);
		model.addAttribute("path", regions.path(grid.townCode()));
		model.addAttribute("staff", grids.staff(id));
		model.addAttribute("roles", GridRole.values());
		model.addAttribute("writable", browser.writable(regions.get(grid.townCode())));
		return "region/grid";
	}

	@PostMapping("/grids/{id}/staff")
	@PreAuthorize("hasAuthority('region:write')")
	String assign(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String role,
			@RequestParam(required = false) String fromDate, Model model, RedirectAttributes redirect) {
		try {
			grids.assign(id, new NewGridStaff(name, phone, role, fromDate));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/grids/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(conflict(ex)));
		}
		return grid(id, model);
	}

	@PostMapping("/grids/{id}/staff/{staffId}/end")
	@PreAuthorize("hasAuthority('region:write')")
	String end(@PathVariable long id, @PathVariable long staffId, @RequestParam(required = false) String toDate, Model model,
			RedirectAttributes redirect) {
		try {
			LocalDate to = null;
			if (toDate != null && !toDate.isBlank()) {
				Violations v = new Violations();
				to = Grids.date(v, "toDate", toDate);
				v.throwIfAny();
			}
			grids.end(id, staffId, to);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/grids/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(conflict(ex)));
		}
		return grid(id, model);
	}

	@PostMapping("/grids/{id}/retire")
	@PreAuthorize("hasAuthority('region:write')")
	String retire(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			if (version == null) {
				throw InvalidInputException.of("version", "error.field.required");
			}
			grids.retire(id, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/grids/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(conflict(ex)));
		}
		return grid(id, model);
	}

	private java.util.Map<String, Object> conflict(ConflictException ex) {
		return problems.error(new Violation(null, ex.field(), ex.code(), ex.args()));
	}

}
