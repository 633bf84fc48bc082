package org.weijian.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads (or, where allowed, creates once) the personal-data key; refuses to start without one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(CryptoProperties props) {
		return new PersonalDataCipher(masterKey(props));
	}

	static byte[] masterKey(CryptoProperties props) {
		if (!props.dataKey().isBlank()) {
			return decode(props.dataKey(), "weijian.crypto.data-key");
		}
		Path file = Path.of(props.keyFile());
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
			}
			if (!props.generateKey()) {
				throw new IllegalStateException("No personal-data key: set weijian.crypto.data-key (WEIJIAN_DATA_KEY) to the base64 "
						+ "of 32 random bytes, or provide the key file " + file.toAbsolutePath());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system; the directory's own protection applies
			}
			log.warn("Created a new personal-data key in {}; back it up: encrypted data cannot be read without it",
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the personal-data key file " + file, ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		try {
			byte[] key = Base64.getDecoder().decode(base64);
			if (key.length != 32) {
				throw new IllegalStateException(source + " must hold the base64 of exactly 32 bytes, not " + key.length);
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not valid base64", ex);
		}
	}

}
