package org.weijian.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.weijian.registry.subject.SubjectDraft;
import org.weijian.shared.IdNumber;
import org.weijian.shared.Uscc;

/** Valid, unique identifiers and drafts for registry tests (tests never assume an empty database). */
final class RegistryFixtures {

	private static final AtomicLong SEQ = new AtomicLong((System.currentTimeMillis() / 7) % 50_000_000);

	private RegistryFixtures() {
	}

	/** A fresh 9-character organization code (8 digits + GB 11714 check character). */
	static String organizationCode() {
		String body = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		return body + Uscc.organizationCheckCharacter(body);
	}

	static String uscc(String division) {
		return Uscc.withCheckCharacter("12" + division + organizationCode());
	}

	/** A 22-character licence registration number: organization code, division, attributes. */
	static String licence(String division) {
		return organizationCode() + division + "1" + "1" + "A100" + "1";
	}

	/** A valid ID number unique for this run, born in {@code county}. */
	static String idNumber(String county) {
		long n = SEQ.incrementAndGet();
		int day = (int) (n % 10_000);
		String birth = java.time.LocalDate.of(1960, 1, 1).plusDays(day).toString().replace("-", "");
		return IdNumber.withCheckCharacter(county + birth + String.format("%03d", (n / 10_000) % 1000));
	}

	static String certificate() {
		return "T" + String.format("%014d", SEQ.incrementAndGet());
	}

	static SubjectDraft hospital(String name, String region) {
		return new SubjectDraft(null, "GENERAL_HOSPITAL", name, uscc(region), region, null, "测试路 1 号", "张三", "李四", "LEVEL2_A", "PUBLIC",
				false, licence(region), 120, List.of("内科", "外科"), Map.of());
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

}
