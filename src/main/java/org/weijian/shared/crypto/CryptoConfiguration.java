package org.weijian.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads (or, where allowed, creates once) the personal-data key; refuses to start without one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	@Bean
	PersonalDataCipher personalDataCipher(CryptoProperties props) {
		return new PersonalDataCipher(masterKey(props));
	}

	static byte[] masterKey(CryptoProperties props) {
		if (!props.dataKey().isBlank()) {
			return decode(props.dataKey(), "weijian.crypto.data-key");
		}
		String text = SecretFiles.readOrCreate(props.keyFile(), props.generateKey(), "personal-data key",
				"set weijian.crypto.data-key (WEIJIAN_DATA_KEY) to the base64 of 32 random bytes", () -> {
					byte[] key = new byte[32];
					new SecureRandom().nextBytes(key);
					return Base64.getEncoder().encodeToString(key);
				});
		return decode(text, props.keyFile());
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
