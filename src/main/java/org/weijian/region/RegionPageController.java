package org.weijian.region;

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
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.ApiProblems;

/** The region browser: from the caller's scope down to towns, with population and grids. */
@Controller
class RegionPageController {

	private final RegionBrowser browser;

	private final RegionPopulations populations;

	private final Grids grids;

	private final ApiProblems problems;

	RegionPageController(RegionBrowser browser, RegionPopulations populations, Grids grids, ApiProblems problems) {
		this.browser = browser;
		this.populations = populations;
		this.grids = grids;
		this.problems = problems;
	}

	@GetMapping("/regions")
	@PreAuthorize("hasAuthority('region:read')")
	String index(Model model) {
		String root = browser.scopeRoot();
		if (root != null) {
			return "redirect:/regions/" + root;
		}
		model.addAttribute("rows", browser.roots());
		return "region/index";
	}

	@GetMapping("/regions/{code}")
	@PreAuthorize("hasAuthority('region:read')")
	String region(@PathVariable String code, Model model) {
		Region region = browser.visible(code);
		model.addAttribute("region", browser.detail(region.code()));
		model.addAttribute("rows", browser.children(region.code()));
		model.addAttribute("town", region.level() == RegionLevel.TOWN);
		model.addAttribute("grids", region.level() == RegionLevel.TOWN ? grids.inTown(region.code()) : List.of());
		model.addAttribute("writable", browser.writable(region));
		return "region/region";
	}

	@PostMapping("/regions/{code}/population")
	@PreAuthorize("hasAuthority('region:write')")
	String recordPopulation(@PathVariable String code, @RequestParam(required = false) String residents,
			@RequestParam(required = false) String year, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			Violations v = new Violations();
			Long figure = number(v, "residents", residents);
			Long y = number(v, "year", year);
			Long ver = number(v, "version", version);
			v.throwIfAny();
			populations.record(code, figure, y == null ? null : y.intValue(), ver == null ? null : ver.intValue());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/regions/" + org.weijian.shared.DivisionCode.of(code).value();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(conflict(ex)));
		}
		return region(code, model);
	}

	@PostMapping("/regions/{code}/grids")
	@PreAuthorize("hasAuthority('region:write')")
	String createGrid(@PathVariable String code, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect) {
		try {
			Grid grid = grids.create(new NewGrid(code, name));
			redirect.addFlashAttribute("created", grid.code());
			return "redirect:/grids/" + grid.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(conflict(ex)));
		}
		return region(code, model);
	}

	private Map<String, Object> conflict(ConflictException ex) {
		return problems.error(new Violation(null, ex.field(), ex.code(), ex.args()));
	}

	private static @Nullable Long number(Violations v, String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null; // the service names the missing field
		}
		try {
			return Long.parseLong(raw.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			v.add(field, "error.field.number");
			return null;
		}
	}

}
