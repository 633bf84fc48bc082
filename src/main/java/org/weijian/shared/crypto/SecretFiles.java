package org.weijian.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret kept in a file under data/keys (the personal-data key, the ledger's signing key and salt):
 * read it, or create it once, readable by the owner only, where creating is allowed.
 */
public final class SecretFiles {

	private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);

	private SecretFiles() {
	}

	/**
	 * The file's trimmed ASCII content; when the file is missing, a new secret from {@code generator} if
	 * {@code mayCreate}, else an error naming the file and {@code howToProvide}.
	 */
	public static String readOrCreate(String file, boolean mayCreate, String what, String howToProvide, Supplier<String> generator) {
		Path path = Path.of(file);
		try {
			if (Files.exists(path)) {
				return Files.readString(path, StandardCharsets.US_ASCII).strip();
			}
			if (!mayCreate) {
				throw new IllegalStateException("No " + what + ": " + howToProvide + ", or provide the file " + path.toAbsolutePath());
			}
			String content = generator.get();
			Files.createDirectories(path.toAbsolutePath().getParent());
			Files.writeString(path, content, StandardCharsets.US_ASCII);
			ownerOnly(path);
			log.warn("Created a new {} in {}; back it up: what it protects cannot be read or verified without it", what,
					path.toAbsolutePath());
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the " + what + " file " + path, ex);
		}
	}

	private static void ownerOnly(Path path) throws IOException {
		if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		// on a non-POSIX file system the protection of the keys directory applies
	}

}
