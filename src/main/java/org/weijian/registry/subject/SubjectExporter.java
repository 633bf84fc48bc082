package org.weijian.registry.subject;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.shared.io.TableWriter;

/**
 * Writes institutions or units matching a query, inside the caller's scope, in the import layout —
 * streamed from a cursor, so an export of the whole registry never sits in memory.
 */
@Service
public class SubjectExporter {

	private final SubjectSearch search;

	private final SubjectRepository repository;

	private final SubjectCategories categories;

	private final CurrentUsers currentUsers;

	private final JdbcTemplate cursor;

	SubjectExporter(SubjectSearch search, SubjectRepository repository, SubjectCategories categories, CurrentUsers currentUsers,
			DataSource dataSource) {
		this.search = search;
		this.repository = repository;
		this.categories = categories;
		this.currentUsers = currentUsers;
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(2_000);
	}

	@Transactional(readOnly = true)
	public void export(SubjectKind kind, SubjectQuery query, TableWriter.Format format, OutputStream out) {
		List<String> headers = kind == SubjectKind.MEDICAL_INSTITUTION ? SubjectLayout.INSTITUTION : SubjectLayout.units(categories.all());
		Optional<SubjectSearch.Where> where = search.where(query.withKind(kind), currentUsers.scope());
		if (where.isEmpty()) {
			TableWriter.write(format, headers, List.of(), out);
			return;
		}
		try (Stream<List<String>> rows = cursor.queryForStream(
				"SELECT " + SubjectRepository.COLUMNS + " FROM subject WHERE " + where.get().sql() + " ORDER BY id",
				(rs, i) -> SubjectLayout.row(repository.map(rs, i), headers), where.get().params().toArray())) {
			TableWriter.write(format, headers, rows::iterator, out);
		}
	}

}
