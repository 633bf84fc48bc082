package org.weijian.inspection.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.weijian.registry.SubjectSummary;
import org.weijian.shared.io.TableWriter;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Writes the coverage table and the never-inspected list as .xlsx or .csv, with headers in the user's language. */
@Component
class CoverageExport {

	/** The never-inspected list is written page by page up to this many rows. */
	static final int MAX_ROWS = 200_000;

	private final Coverage coverage;

	private final MessageSource messages;

	CoverageExport(Coverage coverage, MessageSource messages) {
		this.coverage = coverage;
		this.messages = messages;
	}

	void coverage(Coverage.Request request, TableWriter.Format format, Locale locale, HttpServletResponse response) throws IOException {
		CoverageReport report = coverage.report(request, locale);
		List<String> headers = headers(locale, "coverage.category", "coverage.county-code", "coverage.county", "coverage.subjects",
				"coverage.inspected", "coverage.percent");
		List<List<String>> rows = new ArrayList<>();
		for (CoverageRow r : report.rows()) {
			rows.add(List.of(r.categoryName(), r.countyCode(), r.countyName(), String.valueOf(r.subjects()), String.valueOf(r.inspected()),
					text(r.percent())));
		}
		rows.add(List.of(messages.getMessage("coverage.total", null, locale), "", "", String.valueOf(report.subjects()),
				String.valueOf(report.inspected()), text(report.percent())));
		start(response, format, "coverage-" + request.year());
		TableWriter.write(format, headers, rows, response.getOutputStream());
	}

	void neverInspected(Coverage.Request request, @Nullable String category, TableWriter.Format format, Locale locale,
			HttpServletResponse response) throws IOException {
		List<String> headers = headers(locale, "coverage.subject-id", "coverage.subject-name", "coverage.uscc", "coverage.category-code",
				"coverage.region-code", "coverage.address");
		List<List<String>> rows = new ArrayList<>();
		int page = 0;
		while (rows.size() < MAX_ROWS) {
			PageResult<SubjectSummary> result = coverage.neverInspected(request, category, new PageQuery(page++, PageQuery.MAX_SIZE));
			for (SubjectSummary s : result.items()) {
				rows.add(List.of(String.valueOf(s.id()), s.name(), text(s.uscc()), s.categoryCode(), s.regionCode(), text(s.address())));
			}
			if (!result.hasNext()) {
				break;
			}
		}
		start(response, format, "never-inspected-" + request.year() + "-" + request.years() + "y");
		write(format, headers, rows, response.getOutputStream());
	}

	private static void write(TableWriter.Format format, List<String> headers, List<List<String>> rows, OutputStream out) {
		TableWriter.write(format, headers, rows, out);
	}

	private List<String> headers(Locale locale, String... keys) {
		List<String> out = new ArrayList<>(keys.length);
		for (String k : keys) {
			out.add(messages.getMessage(k, null, locale));
		}
		return out;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static void start(HttpServletResponse response, TableWriter.Format format, String what) {
		response.setContentType(format.contentType);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "." + format.extension + "\"");
	}

}
