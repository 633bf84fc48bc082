package org.weijian.inspection.coverage;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.registry.SubjectSummary;
import org.weijian.shared.io.TableWriter;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Coverage (全覆盖) over REST, with .xlsx/.csv exports of the table and of the never-inspected list. */
@RestController
@RequestMapping("/api/v1/inspection/coverage")
class CoverageApiController {

	private final Coverage coverage;

	private final CoverageExport export;

	CoverageApiController(Coverage coverage, CoverageExport export) {
		this.coverage = coverage;
		this.export = export;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	CoverageReport report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, Locale locale) {
		return coverage.report(coverage.request(year, region, years), locale);
	}

	@GetMapping("/never-inspected")
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<SubjectSummary> neverInspected(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return coverage.neverInspected(coverage.request(year, region, years), category, PageQuery.of(page, size));
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('inspection:read')")
	void exportCoverage(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
			HttpServletResponse response) throws IOException {
		TableWriter.Format f = TableWriter.Format.parse(format);
		export.coverage(coverage.request(year, region, years), f, locale, response);
	}

	@GetMapping("/never-inspected/export")
	@PreAuthorize("hasAuthority('inspection:read')")
	void exportNeverInspected(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer years, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response) throws IOException {
		TableWriter.Format f = TableWriter.Format.parse(format);
		export.neverInspected(coverage.request(year, region, years), category, f, locale, response);
	}

}
