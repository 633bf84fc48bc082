package org.weijian.monitoring.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code monitoring_dataset} table; rows are written once. */
@Repository
class DatasetStore {

	/** A stored row: the view and the directory its files are in (not shown to users). */
	record Row(DatasetView view, String directory) {
	}

	private static final String COLUMNS = """
			id, name, region_code, source, visits_file, fees_file, kb_file, peers_file, original_names, total_bytes,
			content_sha256, created_at, created_by, directory""";

	private final JdbcClient jdbc;

	DatasetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String regionCode, DatasetSource source, String directory, String visits, String fees, String kb,
			@Nullable String peers, String originalNames, long totalBytes, String sha256, String actor, Instant at) {
		return jdbc.sql("""
				INSERT INTO monitoring_dataset (name, region_code, source, directory, visits_file, fees_file, kb_file, peers_file,
				  original_names, total_bytes, content_sha256, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(name, regionCode, source.name(), directory, visits, fees, kb, peers, originalNames, totalBytes, sha256,
					Timestamp.from(at), actor)
			.query(Long.class)
			.single();
	}

	Optional<Row> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_dataset WHERE id = ?").param(id).query(DatasetStore::row).optional();
	}

	List<DatasetView> page(String regionPattern, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_dataset WHERE region_code LIKE ? ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(regionPattern, limit, offset)
			.query((rs, i) -> row(rs, i).view())
			.list();
	}

	long count(String regionPattern) {
		return jdbc.sql("SELECT count(*) FROM monitoring_dataset WHERE region_code LIKE ?").param(regionPattern).query(Long.class).single();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(new DatasetView(rs.getLong(1), rs.getString(2), rs.getString(3), DatasetSource.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getString(11),
				rs.getTimestamp(12).toInstant(), rs.getString(13)), rs.getString(14));
	}

}
