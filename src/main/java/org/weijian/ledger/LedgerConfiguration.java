package org.weijian.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.TreeHeadSignatures;
import org.weijian.shared.crypto.SecretFiles;

/** The log's hash algorithm (fixed per log) and the current signing key (registered so that it stays published). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

	@Bean
	HashAlgorithm ledgerHashAlgorithm(LedgerProperties props, JdbcClient jdbc, Clock clock) {
		HashAlgorithm configured = HashAlgorithm.of(props.hashAlgorithm());
		Optional<String> stored = jdbc.sql("select hash_algorithm from ledger_log where id = 1").query(String.class).optional();
		if (stored.isEmpty()) {
			jdbc.sql("insert into ledger_log (id, hash_algorithm, created_at) values (1, ?, ?) on conflict do nothing")
				.params(configured.standardName(), Timestamp.from(clock.instant()))
				.update();
			return HashAlgorithm.of(jdbc.sql("select hash_algorithm from ledger_log where id = 1").query(String.class).single());
		}
		HashAlgorithm existing = HashAlgorithm.of(stored.get());
		if (existing != configured) {
			throw new IllegalStateException("The ledger was created with " + existing.standardName()
					+ "; weijian.ledger.hash-algorithm=" + props.hashAlgorithm()
					+ " would change the hash of an existing log. A log's hash algorithm never changes (ADR 0023).");
		}
		return existing;
	}

	@Bean
	SigningKey ledgerSigningKey(LedgerProperties props, JdbcClient jdbc, Clock clock) {
		String algorithm = switch (props.signatureAlgorithm().toUpperCase(java.util.Locale.ROOT)) {
			case "ED25519" -> TreeHeadSignatures.ED25519;
			case "SM2", "SM2-SM3", "SM3WITHSM2" -> TreeHeadSignatures.SM2;
			default -> throw new IllegalStateException(
					"weijian.ledger.signature-algorithm must be Ed25519 or SM2, not " + props.signatureAlgorithm());
		};
		String encoded = !props.signingKey().isBlank() ? props.signingKey()
				: SecretFiles.readOrCreate(props.keyFile(), props.generateKey(), "ledger signing key", "configure weijian.ledger.signing-key (see ADR 0024)",
						() -> SigningKey.generate(algorithm));
		SigningKey key = SigningKey.parse(algorithm, encoded);
		jdbc.sql("insert into ledger_key (key_id, algorithm, public_key, created_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(key.keyId(), key.algorithm(), key.publicKey(), Timestamp.from(clock.instant()))
			.update();
		return key;
	}

}
