package org.weijian.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the personal-data key comes from: {@code data-key} (base64 of 32 random bytes, e.g. from a
 * secret store through {@code WEIJIAN_DATA_KEY}) or a key file, created on first start only when
 * {@code generate-key} allows it (the embedded default does; production should not).
 */
@ConfigurationProperties("weijian.crypto")
public record CryptoProperties(@DefaultValue("") String dataKey, @DefaultValue("data/keys/personal-data.key") String keyFile,
		@DefaultValue("true") boolean generateKey) {
}
