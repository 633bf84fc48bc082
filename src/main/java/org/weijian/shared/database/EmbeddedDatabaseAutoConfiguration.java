package org.weijian.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded PostgreSQL and points the application's data source at it, unless an external
 * server is configured with {@code spring.datasource.url} (or {@code WEIJIAN_DB_URL}), in which case
 * nothing is started.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(EmbeddedDatabaseAutoConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties props) {
		return EmbeddedPostgresServer.obtain(props);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server, Environment env) {
		HikariDataSource ds = new HikariDataSource();
		ds.setPoolName("weijian-embedded");
		ds.setJdbcUrl(server.jdbcUrl() + "&reWriteBatchedInserts=true");
		ds.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
		return ds;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment env = context.getEnvironment();
			String url = env.getProperty("spring.datasource.url");
			return (url == null || url.isBlank())
					&& env.getProperty("weijian.database.embedded.enabled", Boolean.class, true);
		}

	}

}
