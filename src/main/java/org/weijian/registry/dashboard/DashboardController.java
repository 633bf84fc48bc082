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

	private final org.weijian.ledger.Ledger ledger;

	private final org.weijian.identity.CurrentUsers currentUsers;

	private final java.util.List<org.weijian.shared.web.DashboardNotices> notices;

	DashboardController(DashboardFigures figures, org.weijian.ledger.Ledger ledger, org.weijian.identity.CurrentUsers currentUsers,
			java.util.List<org.weijian.shared.web.DashboardNotices> notices) {
		this.notices = notices;
		this.ledger = ledger;
		this.currentUsers = currentUsers;
		this.figures = figures;
	}

	@GetMapping("/")
	@PreAuthorize("hasAuthority('registry:read')")
	String home(Model model, Locale locale) {
		model.addAttribute("figures", figures.figures(locale));
		if (currentUsers.require().has(org.weijian.identity.Permission.AUDIT_READ)) {
			ledger.currentAlert().ifPresent(alert -> model.addAttribute("ledgerAlert", alert));
		}
		model.addAttribute("notices", notices.stream().flatMap(n -> n.notices(locale).stream()).toList());
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
