package org.weijian.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.weijian.shared.io.Table;
import org.weijian.shared.io.TableReader;

/**
 * The default responsibility list (权责清单) per department kind, read once from
 * {@code agency/default-duties.csv} (kind, domain, duty, legal_basis), quoting the Laiwu opinions.
 */
@Component
class DefaultDuties {

	record Entry(SupervisionDomain domain, String text, String legalBasis) {
	}

	private final Map<DepartmentKind, List<Entry>> byKind = new EnumMap<>(DepartmentKind.class);

	DefaultDuties() {
		byte[] content;
		try (InputStream in = new ClassPathResource("agency/default-duties.csv").getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Table table = new TableReader(10_000).read("default-duties.csv", content, List.of("kind", "domain", "duty", "legal_basis"));
		for (Table.Row row : table.rows()) {
			DepartmentKind kind = DepartmentKind.valueOf(required(row, "kind"));
			byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>())
				.add(new Entry(SupervisionDomain.valueOf(required(row, "domain")), required(row, "duty"), required(row, "legal_basis")));
		}
	}

	List<Entry> of(DepartmentKind kind) {
		return List.copyOf(byKind.getOrDefault(kind, List.of()));
	}

	private static String required(Table.Row row, String column) {
		String v = row.get(column);
		if (v == null) {
			throw new IllegalStateException("default-duties.csv row " + row.number() + " lacks " + column);
		}
		return v;
	}

}
