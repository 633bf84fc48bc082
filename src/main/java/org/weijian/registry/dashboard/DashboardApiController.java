package org.weijian.registry.dashboard;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON, for the page's charts and for API clients. */
@RestController
class DashboardApiController {

	private final DashboardFigures figures;

	DashboardApiController(DashboardFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/dashboard")
	@PreAuthorize("hasAuthority('registry:read')")
	DashboardFigures.Figures dashboard(Locale locale) {
		return figures.figures(locale);
	}

}
