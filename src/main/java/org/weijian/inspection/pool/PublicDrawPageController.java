package org.weijian.inspection.pool;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.weijian.shared.web.PageQuery;

/**
 * The public pages of the draws (抽取公示; no login): the list of announcements and draws, and one draw's
 * page — the announcement with its sources and digests, the listings to download, the ledger receipts,
 * the result (strata and tasks) and how to verify it without trusting this server.
 */
@Controller
class PublicDrawPageController {

	private final PublicDraws draws;

	private final PublicRateLimit limit;

	PublicDrawPageController(PublicDraws draws, PublicRateLimit limit) {
		this.draws = draws;
		this.limit = limit;
	}

	@GetMapping("/public/draws")
	@PreAuthorize("permitAll()")
	String list(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
		limit.check(request);
		model.addAttribute("result", draws.page(PageQuery.of(page, 20)));
		model.addAttribute("pageUrl", "/public/draws?page=__PAGE__");
		return "inspection/public/draws";
	}

	@GetMapping("/public/draws/{id}")
	@PreAuthorize("permitAll()")
	String detail(@PathVariable String id, Model model, HttpServletRequest request) {
		limit.check(request);
		AnnouncementRow a = draws.announcement(id);
		model.addAttribute("announcement", AnnouncementView.of(a, draws.document(a)));
		model.addAttribute("record", draws.recordView(a));
		model.addAttribute("recordUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/public/draws/{id}")
			.buildAndExpand(a.drawId())
			.toUriString());
		return "inspection/public/draw";
	}

	@ExceptionHandler(PublicRateLimit.TooManyRequests.class)
	String tooMany(HttpServletResponse response, Model model) {
		response.setStatus(429);
		model.addAttribute("message", "error.inspection.draw.rate-limited");
		return "inspection/public/draws-busy";
	}

}
