package org.weijian.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ledger settings ({@code weijian.ledger.*}).
 *
 * @param hashAlgorithm SHA-256 (default) or SM3; fixed when the log is created, a later change refuses to start
 * @param maxEntryBytes the largest leaf input (canonical JSON of the whole entry) accepted
 * @param signatureAlgorithm Ed25519 (default) or SM2 (SM2 with SM3)
 * @param signingKey {@code <base64 PKCS#8>:<base64 X.509 SubjectPublicKeyInfo>} of the signing key, from a
 *        secret store; when blank the key file is used
 * @param signingKeyFile the key file; blank means {@code data/keys/ledger-signing-<algorithm>.key}
 * @param generateKey whether a missing key file (and salt file) may be created on start
 * @param personalDataSalt base64 of the salt for {@link Ledger#digestPersonalData}; blank: the salt file
 * @param saltFile the salt file
 * @param headEveryEntries sign a new head once this many entries are not covered by the latest one
 * @param headIntervalSeconds sign a new head when new entries are this old
 * @param pageLimit the most entries or heads one API request returns (larger ranges are clamped)
 * @param requestsPerMinute the public API's rate limit per client address
 */
@ConfigurationProperties("weijian.ledger")
record LedgerProperties(@DefaultValue("SHA-256") String hashAlgorithm, @DefaultValue("65536") int maxEntryBytes,
		@DefaultValue("Ed25519") String signatureAlgorithm, @DefaultValue("") String signingKey,
		@DefaultValue("") String signingKeyFile, @DefaultValue("true") boolean generateKey,
		@DefaultValue("") String personalDataSalt, @DefaultValue("data/keys/ledger-salt.key") String saltFile,
		@DefaultValue("1000") long headEveryEntries, @DefaultValue("60") long headIntervalSeconds,
		@DefaultValue("1000") int pageLimit, @DefaultValue("600") int requestsPerMinute) {

	String keyFile() {
		return signingKeyFile.isBlank() ? "data/keys/ledger-signing-" + signatureAlgorithm.toLowerCase(java.util.Locale.ROOT) + ".key"
				: signingKeyFile;
	}

}
