package org.weijian.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;

/**
 * Opaque bearer tokens for scripts and other departments' systems. Only a SHA-256 digest of each token
 * is stored, so a database copy cannot be replayed; tokens can be revoked at once.
 */
@Component
class ApiTokens {

	enum Kind {
		SESSION, EXCHANGE
	}

	record Issued(String token, Instant expiresAt) {
	}

	record TokenInfo(long id, long userId, String username, String kind, String name, Instant expiresAt,
			Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration sessionLifetime;

	private final Duration maxExchangeLifetime;

	private final SecureRandom random = new SecureRandom();

	private final AuditTrail audit;

	private final AccountLedger ledger;

	ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, AccountLedger ledger, @Value("${weijian.security.token.session-lifetime:PT1H}") Duration sessionLifetime,
			@Value("${weijian.security.token.max-exchange-lifetime:P730D}") Duration maxExchangeLifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.ledger = ledger;
		this.sessionLifetime = sessionLifetime;
		this.maxExchangeLifetime = maxExchangeLifetime;
	}

	Duration sessionLifetime() {
		return sessionLifetime;
	}

	@Transactional
	Issued issueSession(long userId, String username) {
		return issue(userId, Kind.SESSION, "api-session", sessionLifetime, username);
	}

	@Transactional
	Issued issueExchange(long userId, String name, Duration lifetime, String issuer) {
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(maxExchangeLifetime) > 0) {
			throw InvalidInputException.of("validDays", "error.token.lifetime", maxExchangeLifetime.toDays());
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			throw InvalidInputException.of("name", "error.field.required");
		}
		Issued issued = issue(userId, Kind.EXCHANGE, name.strip(), lifetime, issuer);
		audit.record("token.issued", "user", String.valueOf(userId), null, null,
				java.util.Map.of("name", name.strip(), "expiresAt", issued.expiresAt().toString()));
		ledger.tokenIssued(userId, name.strip(), issued.expiresAt());
		return issued;
	}

	/** The account id behind a live token, touching its last-use time at most once a minute. */
	Optional<Long> authenticate(String token) {
		Instant now = clock.instant();
		Optional<long[]> found = jdbc.sql("""
				SELECT id, user_id FROM api_token
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
			.params(digest(token), Timestamp.from(now))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		found.ifPresent(f -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
			.params(Timestamp.from(now), f[0], Timestamp.from(now.minusSeconds(60)))
			.update());
		return found.map(f -> f[1]);
	}

	List<TokenInfo> exchangeTokens() {
		return jdbc.sql("""
				SELECT t.id, t.user_id, u.username, t.kind, t.name, t.expires_at, t.created_at, t.created_by, t.revoked_at, t.last_used_at
				FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.kind = 'EXCHANGE' ORDER BY t.id DESC""")
			.query((rs, i) -> new TokenInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)),
					instant(rs.getTimestamp(10))))
			.list();
	}

	@Transactional
	void revoke(long tokenId) {
		long userId = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING user_id")
			.params(Timestamp.from(clock.instant()), tokenId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.token.not-found", tokenId));
		audit.record("token.revoked", "api-token", String.valueOf(tokenId), null, null, null);
		ledger.tokenRevoked(tokenId, userId);
	}

	private Issued issue(long userId, Kind kind, String name, Duration lifetime, String issuer) {
		byte[] raw = new byte[32];
		random.nextBytes(raw);
		String token = "wj_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		jdbc.sql("""
				INSERT INTO api_token (user_id, token_hash, kind, name, expires_at, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(userId, digest(token), kind.name(), name, Timestamp.from(expires), Timestamp.from(now), issuer)
			.update();
		return new Issued(token, expires);
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	static String digest(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
