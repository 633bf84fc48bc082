package org.weijian.monitoring.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of files, computed while copying them or by reading them; and the dataset's digest over its files. */
final class FileDigests {

	/** The size and SHA-256 (hex) of one file. */
	record Digest(long bytes, String sha256) {
	}

	private FileDigests() {
	}

	/** Streams {@code in} to {@code target} (never held in memory), answering its size and digest. */
	static Digest copy(InputStream in, Path target) throws IOException {
		MessageDigest sha = sha256();
		long bytes;
		try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(target)) {
			bytes = digesting.transferTo(out);
		}
		return new Digest(bytes, HexFormat.of().formatHex(sha.digest()));
	}

	static Digest of(Path file) throws IOException {
		MessageDigest sha = sha256();
		long bytes;
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
			bytes = in.transferTo(OutputStream.nullOutputStream());
		}
		return new Digest(bytes, HexFormat.of().formatHex(sha.digest()));
	}

	/**
	 * The dataset digest: SHA-256 of one line {@code <sha256 of the file> <role>} per file in the fixed order visits,
	 * fees, kb, peers (peers left out when absent), LF-terminated — like a {@code sha256sum} manifest.
	 */
	static String manifest(List<String> roles, List<Digest> digests) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < roles.size(); i++) {
			text.append(digests.get(i).sha256()).append("  ").append(roles.get(i)).append('\n');
		}
		return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
