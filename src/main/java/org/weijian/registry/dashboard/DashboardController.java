package org.weijian.registry.dashboard;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The home dashboard (首页): figures in tables, drawn as charts by {@code /js/dashboard.js}. */
@Controller
class DashboardController {

	private final DashboardFigures figures;

	DashboardController(DashboardFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/")
	@PreAuthorize("hasAuthority('registry:read')")
	String home(Model model, Locale locale) {
		model.addAttribute("figures", figures.figures(locale));
		return "registry/dashboard";
	}

	/** The same figures as {@code GET /api/v1/dashboard}, for the page's script (which has a session, not a token). */
	@GetMapping(path = "/dashboard/figures", produces = "application/json")
	@ResponseBody
	@PreAuthorize("hasAuthority('registry:read')")
	DashboardFigures.Figures json(Locale locale) {
		return figures.figures(locale);
	}

}
