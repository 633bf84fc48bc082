package org.weijian.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server started in-process, one per data directory and JVM: every Spring context of
 * a test run shares it, and the server stops when the JVM does.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<String, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private final String databaseName;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName) {
		this.postgres = postgres;
		this.databaseName = databaseName;
	}

	static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties props) {
		String key = new File(props.dataDir()).getAbsolutePath() + (props.clean() ? "#clean" : "");
		return RUNNING.computeIfAbsent(key, k -> start(props));
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", databaseName);
	}

	public int port() {
		return postgres.getPort();
	}

	private static EmbeddedPostgresServer start(EmbeddedDatabaseProperties props) {
		Path dir = Path.of(props.dataDir()).toAbsolutePath();
		if (props.clean()) {
			dir = dir.resolve(UUID.randomUUID().toString());
		}
		try {
			Files.createDirectories(dir);
			stopOrphanedPostmaster(dir);
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dir.toFile())
				.setCleanDataDirectory(props.clean())
				.setPort(props.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setRegisterShutdownHook(false)
				.setServerConfig("synchronous_commit", props.clean() ? "off" : "on")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("work_mem", "16MB")
				.setLocaleConfig("locale", "C")
				.setLocaleConfig("lc-messages", "C")
				.start();
			createDatabase(postgres, props.databaseName());
			stopAfterApplicationContexts(postgres);
			log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(), dir,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return new EmbeddedPostgresServer(postgres, props.databaseName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir
					+ "; set spring.datasource.url (or WEIJIAN_DB_URL) to use an external server instead", ex);
		}
	}

	/**
	 * The server must outlive every Spring context using it (their shutdown still runs SQL), so it stops in
	 * Spring Boot's shutdown handlers, which run after all contexts have closed.
	 */
	private static void stopAfterApplicationContexts(EmbeddedPostgres postgres) {
		SpringApplication.getShutdownHandlers().add(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
			}
		});
	}

	private static void createDatabase(EmbeddedPostgres postgres, String name) {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database " + name, ex);
		}
	}

	/** A JVM killed hard leaves its postmaster running on the data directory; stop it first. */
	private static void stopOrphanedPostmaster(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(s -> s.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {}", orphan.get().pid(), dir);
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IOException("An orphaned PostgreSQL (pid " + orphan.get().pid() + ") still holds " + dir, ex);
			}
		}
	}

}
