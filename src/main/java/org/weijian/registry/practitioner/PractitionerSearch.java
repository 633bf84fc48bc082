package org.weijian.registry.practitioner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.identity.DataScope;
import org.weijian.region.Regions;
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.PractitionerSummary;
import org.weijian.registry.Profession;
import org.weijian.registry.SearchResult;
import org.weijian.registry.subject.ScopeFilter;
import org.weijian.registry.subject.SearchText;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.web.PageQuery;

/**
 * Finds practitioners by name prefix, certificate number (exact or prefix) or exact ID number (through
 * the blind index, never by decrypting), with filters, inside the caller's scope; newest first, counted
 * up to {@link SearchResult#COUNT_CAP}.
 */
@Repository
class PractitionerSearch {

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[0-9X]");

	static final String SUMMARY = "p.id, p.name, p.id_number_masked, p.profession, p.qualification_cert_no, p.practice_cert_no, "
			+ "p.practice_category, p.practice_scope, p.institution_id, s.name, p.region_code, p.status";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final PersonalDataCipher cipher;

	PractitionerSearch(JdbcClient jdbc, Regions regions, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.cipher = cipher;
	}

	SearchResult<PractitionerSummary> search(PractitionerQuery query, DataScope scope, PageQuery page) {
		if (page.offset() >= SearchResult.COUNT_CAP) {
			throw InvalidInputException.of("page", "error.search.too-deep", SearchResult.COUNT_CAP);
		}
		Optional<Where> where = where(query, scope);
		if (where.isEmpty()) {
			return SearchResult.of(List.of(), page, 0);
		}
		List<Object> params = new ArrayList<>(where.get().params());
		params.add(page.size());
		params.add(page.offset());
		List<PractitionerSummary> items = jdbc
			.sql("SELECT " + SUMMARY + " FROM practitioner p JOIN subject s ON s.id = p.institution_id WHERE " + where.get().sql()
					+ " ORDER BY p.id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, i) -> new PractitionerSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Profession.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11),
					rs.getString(12)))
			.list();
		long counted = page.offset() == 0 && items.size() < page.size() ? items.size()
				: jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM practitioner p WHERE " + where.get().sql() + " LIMIT "
						+ (SearchResult.COUNT_CAP + 1) + ") c").params(where.get().params()).query(Long.class).single();
		return SearchResult.of(items, page, counted);
	}

	/** The WHERE clause over {@code practitioner p} for a query in a scope; empty when nothing can match. */
	Optional<Where> where(PractitionerQuery query, DataScope scope) {
		Optional<String> prefix = ScopeFilter.regionPrefix(scope, query.region(), regions);
		if (prefix.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder sql = new StringBuilder("TRUE");
		List<Object> params = new ArrayList<>();
		if (!prefix.get().isEmpty()) {
			sql.append(" AND p.region_code LIKE ?");
			params.add(prefix.get() + "%");
		}
		if (scope.restrictedToInstitution()) {
			sql.append(" AND p.institution_id = ?");
			params.add(scope.institutionId());
		}
		if (query.profession() != null) {
			sql.append(" AND p.profession = ?");
			params.add(query.profession().name());
		}
		if (query.institutionId() != null) {
			sql.append(" AND p.institution_id = ?");
			params.add(query.institutionId());
		}
		if (query.status() != null && !query.status().isBlank()) {
			sql.append(" AND p.status = ?");
			params.add(query.status().strip().toUpperCase(java.util.Locale.ROOT));
		}
		if (query.q() != null) {
			SearchText text = SearchText.of(query.q());
			if (ID_NUMBER.matcher(text.text()).matches()) {
				sql.append(" AND p.id_number_hash = ?::bpchar");
				params.add(cipher.blindIndex(text.text()));
			}
			else if (text.codeLike()) {
				sql.append(" AND (p.practice_cert_no LIKE ? OR p.qualification_cert_no LIKE ?)");
				params.add(text.prefixPattern());
				params.add(text.prefixPattern());
			}
			else if (!text.isEmpty()) {
				sql.append(" AND p.name LIKE ?");
				params.add(text.prefixPattern());
			}
		}
		return Optional.of(new Where(sql.toString(), params));
	}

	record Where(String sql, List<Object> params) {
	}

}
