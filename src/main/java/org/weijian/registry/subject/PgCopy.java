package org.weijian.registry.subject;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows with PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)} on the connection of the
 * current transaction: an order of magnitude faster than batched INSERTs for bulk imports.
 */
@Component
public class PgCopy {

	private static final int CHUNK_CHARS = 4 << 20;

	private final DataSource dataSource;

	PgCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Copies {@code rows} into {@code table(columns)}; values are Strings, numbers, booleans, byte arrays or null. */
	public void copy(String table, List<String> columns, Iterable<Object[]> rows) {
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var api = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder buffer = new StringBuilder(1 << 16);
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						buffer.append(',');
					}
					append(buffer, row[i]);
				}
				buffer.append('\n');
				if (buffer.length() > CHUNK_CHARS) {
					api.copyIn(sql, new StringReader(buffer.toString()));
					buffer.setLength(0);
				}
			}
			if (buffer.length() > 0) {
				api.copyIn(sql, new StringReader(buffer.toString()));
			}
		}
		catch (SQLException ex) {
			if ("23505".equals(ex.getSQLState())) {
				throw new DataIntegrityViolationException("duplicate key while copying into " + table, ex);
			}
			throw new IllegalStateException("COPY into " + table + " failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void append(StringBuilder b, @Nullable Object value) {
		if (value == null) {
			return;
		}
		String s = value instanceof byte[] bytes ? "\\x" + HexFormat.of().formatHex(bytes) : value.toString();
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"') {
				b.append('"');
			}
			b.append(c);
		}
		b.append('"');
	}

}
