package org.weijian.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL default: where its cluster lives, whether it starts clean (tests) and on
 * which port (0 picks a free one).
 */
@ConfigurationProperties("weijian.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data/postgres") String dataDir,
		@DefaultValue("false") boolean clean, @DefaultValue("0") int port, @DefaultValue("weijian") String databaseName) {

	public EmbeddedDatabaseProperties {
		if (dataDir.isBlank()) {
			throw new IllegalArgumentException("weijian.database.embedded.data-dir must name a directory");
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("weijian.database.embedded.port must be 0 (any free port) or a TCP port");
		}
		if (!databaseName.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("weijian.database.embedded.database-name must be a plain lower-case identifier");
		}
	}

}
