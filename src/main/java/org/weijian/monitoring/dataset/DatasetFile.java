package org.weijian.monitoring.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file of an upload: its original name and a way to read it once (a multipart part, a resource, a path). */
public interface DatasetFile {

	String originalName();

	InputStream open() throws IOException;

	static DatasetFile of(String originalName, IoSupplier supplier) {
		return new DatasetFile() {
			@Override
			public String originalName() {
				return originalName;
			}

			@Override
			public InputStream open() throws IOException {
				return supplier.get();
			}
		};
	}

	static DatasetFile of(Path path) {
		return of(path.getFileName().toString(), () -> Files.newInputStream(path));
	}

	/** Opens the stream. */
	@FunctionalInterface
	interface IoSupplier {

		InputStream get() throws IOException;

	}

}
