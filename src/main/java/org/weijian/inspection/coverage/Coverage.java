package org.weijian.inspection.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.inspection.task.Tasks;
import org.weijian.region.Region;
import org.weijian.region.Regions;
import org.weijian.registry.CategoryEntry;
import org.weijian.registry.SubjectCategoryCatalogue;
import org.weijian.registry.SubjectCounts;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.SubjectTally;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 全覆盖 — how far random inspections have reached the operating subjects (ADR 0038): per category and
 * county, the subjects in the registry and the distinct ones with a result recorded in the year; and the
 * subjects with no result in the last N years. Inside the caller's data scope.
 */
@Service
public class Coverage {

	public static final int DEFAULT_YEARS = 3;

	private final Tasks tasks;

	private final SubjectCounts counts;

	private final SubjectCategoryCatalogue categories;

	private final Regions regions;

	private final CurrentUsers currentUsers;

	Coverage(Tasks tasks, SubjectCounts counts, SubjectCategoryCatalogue categories, Regions regions, CurrentUsers currentUsers) {
		this.tasks = tasks;
		this.counts = counts;
		this.categories = categories;
		this.regions = regions;
		this.currentUsers = currentUsers;
	}

	/** The checked request: year (default this year), region (default the caller's scope) and look-back in years. */
	public record Request(int year, @Nullable String regionCode, int years) {
	}

	public Request request(@Nullable Integer year, @Nullable String region, @Nullable Integer years) {
		Violations v = new Violations();
		int y = year == null ? tasks.today().getYear() : year;
		if (y < 2000 || y > 2100) {
			v.add("year", "error.inspection.coverage.year");
		}
		int n = years == null ? DEFAULT_YEARS : years;
		if (n < 1 || n > 20) {
			v.add("years", "error.inspection.coverage.years");
		}
		String code = region == null || region.isBlank() ? null : v.parse("region", region, Coverage::division);
		v.throwIfAny();
		DataScope scope = currentUsers.scope();
		if (code != null && !scope.coversRegion(code)) {
			throw new NotFoundException("error.inspection.coverage.region-outside-scope", code);
		}
		return new Request(y, code != null ? code : scope.regionCode(), n);
	}

	public CoverageReport report(Request request, Locale locale) {
		Set<Long> inspected = tasks.inspectedSubjects(pattern(request), LocalDate.of(request.year(), 1, 1),
				LocalDate.of(request.year(), 12, 31));
		List<SubjectTally> tallies = counts.byCategoryAndCounty(request.regionCode(), inspected);
		Map<String, CategoryEntry> names = categories.all().stream().collect(Collectors.toMap(CategoryEntry::code, Function.identity()));
		List<CoverageRow> rows = new ArrayList<>(tallies.size());
		long subjects = 0;
		long covered = 0;
		for (SubjectTally t : tallies) {
			CategoryEntry c = names.get(t.categoryCode());
			rows.add(new CoverageRow(t.categoryCode(), c == null ? t.categoryCode() : c.name(locale), t.countyCode(),
					regions.find(t.countyCode()).map(Region::name).orElse(t.countyCode()), t.operating(), t.marked(),
					percent(t.marked(), t.operating())));
			subjects += t.operating();
			covered += t.marked();
		}
		long never = neverInspected(request, null, PageQuery.of(0, 1)).totalElements();
		return new CoverageReport(request.year(), request.regionCode(), request.years(), rows, subjects, covered, percent(covered, subjects),
				never);
	}

	/** Operating subjects with no recorded result from 1 January of year − N + 1 to 31 December of the year. */
	public PageResult<SubjectSummary> neverInspected(Request request, @Nullable String categoryCode, PageQuery page) {
		Set<Long> inspected = tasks.inspectedSubjects(pattern(request), LocalDate.of(request.year() - request.years() + 1, 1, 1),
				LocalDate.of(request.year(), 12, 31));
		String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
		return counts.operatingExcept(request.regionCode(), category, inspected, page);
	}

	private static String pattern(Request request) {
		return request.regionCode() == null ? "%" : DivisionCode.significantPrefix(request.regionCode()) + "%";
	}

	static @Nullable BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static String division(String raw) {
		return DivisionCode.of(raw.strip()).value();
	}

}
