package org.weijian.inspection.task;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.inspection.InspectionOutcome;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.RateLimiter;

/** The public pages of published inspection results (抽查结果公示): no login, rate-limited per client address. */
@Controller
class PublicResultPageController {

	private final PublicResults results;

	private final RateLimiter limiter;

	private final org.springframework.context.MessageSource messages;

	PublicResultPageController(PublicResults results, Clock clock, org.springframework.context.MessageSource messages,
			@Value("${weijian.inspection.public-requests-per-minute:120}") int perMinute) {
		this.results = results;
		this.messages = messages;
		this.limiter = new RateLimiter(clock, perMinute, 60_000);
	}

	@GetMapping("/public/results")
	@PreAuthorize("permitAll()")
	String list(@RequestParam(required = false) Long plan, @RequestParam(required = false) String draw,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			return tooMany(response, model);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("draw", draw);
		model.addAttribute("region", region);
		model.addAttribute("result", results.page(plan, draw, region, PageQuery.of(page, 50)));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/public/results");
		if (plan != null) {
			url.queryParam("plan", plan);
		}
		if (draw != null && !draw.isBlank()) {
			url.queryParam("draw", draw);
		}
		if (region != null && !region.isBlank()) {
			url.queryParam("region", region);
		}
		model.addAttribute("pageUrl", url.queryParam("page", "__PAGE__").build().toUriString());
		return "inspection/public/results";
	}

	@GetMapping("/public/results/{id}")
	@PreAuthorize("permitAll()")
	String result(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			return tooMany(response, model);
		}
		model.addAttribute("result", results.get(id));
		model.addAttribute("outcomes", InspectionOutcome.values());
		return "inspection/public/result";
	}

	private String tooMany(HttpServletResponse response, Model model) {
		response.setStatus(429);
		model.addAttribute("status", 429);
		model.addAttribute("problemMessage", messages.getMessage("error.inspection.result.rate-limited", null,
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "error";
	}

}
