package org.weijian.registry.licence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;

/** Registers uniquely numbered subjects for licence and registration tests. */
public final class LicenceFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 10_000_000 + 20_000_000);

	private final SubjectRegistration registration;

	public LicenceFixtures(SubjectRegistration registration) {
		this.registration = registration;
	}

	/** A hospital with the given beds (null: none) in the county or town {@code regionCode}. */
	public SubjectRecord hospital(String regionCode, @Nullable Integer beds) {
		String org = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		String orgCode = org + Uscc.organizationCheckCharacter(org);
		String uscc = Uscc.withCheckCharacter("12" + regionCode.substring(0, 6) + orgCode);
		return registration.register(new SubjectDraft(null, beds == null ? "CLINIC" : "GENERAL_HOSPITAL", "测试医院" + org, uscc, regionCode,
				null, "测试路 1 号", "张三", "李四", beds == null ? "UNGRADED" : "LEVEL2_A", "PUBLIC", false, "LT" + orgCode, beds,
				List.of("内科"), Map.of()));
	}

	/** A public place (hotel) in {@code regionCode}. */
	public SubjectRecord publicPlace(String regionCode) {
		return registration.register(new SubjectDraft(null, "PUBLIC_PLACE", "测试宾馆" + SEQ.incrementAndGet(), null, regionCode, null, null,
				null, null, null, null, null, null, null, null, Map.of("placeType", "HOTEL")));
	}

}
