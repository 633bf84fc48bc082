package org.weijian.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a secret from a file under data/keys, or creates it once where allowed (like the personal-data key). */
final class KeyFiles {

	private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);

	private KeyFiles() {
	}

	static String readOrCreate(String file, boolean mayCreate, String what, Supplier<String> generator) {
		Path path = Path.of(file);
		try {
			Optional<String> existing = Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.US_ASCII).strip())
					: Optional.empty();
			if (existing.isPresent()) {
				return existing.get();
			}
			if (!mayCreate) {
				throw new IllegalStateException("No " + what + ": provide the file " + path.toAbsolutePath()
						+ " or configure the value (see ADR 0024)");
			}
			String content = generator.get();
			Files.createDirectories(path.toAbsolutePath().getParent());
			Files.writeString(path, content, StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system
			}
			log.warn("Created a new {} in {}; back it up", what, path.toAbsolutePath());
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the " + what + " file " + path, ex);
		}
	}

}
