package org.weijian.inspection.coverage;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.registry.SubjectCategoryCatalogue;
import org.weijian.shared.io.TableWriter;
import org.weijian.shared.web.PageQuery;

/** The coverage page (覆盖情况) and its exports for the logged-in user. */
@Controller
class CoveragePageController {

	private final Coverage coverage;

	private final CoverageExport export;

	private final SubjectCategoryCatalogue categories;

	CoveragePageController(Coverage coverage, CoverageExport export, SubjectCategoryCatalogue categories) {
		this.coverage = coverage;
		this.export = export;
		this.categories = categories;
	}

	@GetMapping("/inspection/coverage")
	@PreAuthorize("hasAuthority('inspection:read')")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		Coverage.Request request = coverage.request(year, region, years);
		model.addAttribute("request", request);
		model.addAttribute("category", category);
		model.addAttribute("categories", categories.all());
		model.addAttribute("categoryNames", categories.all().stream()
			.collect(java.util.stream.Collectors.toMap(org.weijian.registry.CategoryEntry::code, c -> c.name(locale))));
		model.addAttribute("report", coverage.report(request, locale));
		model.addAttribute("never", coverage.neverInspected(request, category, PageQuery.of(page, 50)));
		UriComponentsBuilder query = UriComponentsBuilder.newInstance()
			.queryParam("year", request.year())
			.queryParam("years", request.years());
		if (request.regionCode() != null) {
			query.queryParam("region", request.regionCode());
		}
		model.addAttribute("exportQuery", query.build().encode().getQuery());
		if (category != null && !category.isBlank()) {
			query.queryParam("category", category.strip());
		}
		model.addAttribute("neverExportQuery", query.build().encode().getQuery());
		model.addAttribute("pageUrl", "/inspection/coverage?" + query.build().encode().getQuery() + "&page=__PAGE__");
		return "inspection/coverage/coverage";
	}

	@GetMapping("/inspection/coverage/export")
	@PreAuthorize("hasAuthority('inspection:read')")
	void exportCoverage(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
			HttpServletResponse response) throws IOException {
		export.coverage(coverage.request(year, region, years), TableWriter.Format.parse(format), locale, response);
	}

	@GetMapping("/inspection/coverage/never-inspected/export")
	@PreAuthorize("hasAuthority('inspection:read')")
	void exportNeverInspected(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response) throws IOException {
		export.neverInspected(coverage.request(year, region, years), category, TableWriter.Format.parse(format), locale, response);
	}

}
