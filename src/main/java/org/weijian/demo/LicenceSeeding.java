package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.VerificationResult;

/**
 * Demo licences through the registry's {@link Licences} API: a 医疗机构执业许可证 for every medical
 * institution of the demo areas (number = its 执业许可证登记号), issued over the past five years, with
 * 校验 dates chosen so that some fall due within 30 days and a few are overdue; some suspended, revoked or
 * expired (by the expiry job) with their history; 放射诊疗许可证 for part of the hospitals and hygiene
 * licences for a share of public places, water suppliers and disinfection-product makers. Batches of
 * 2,000 keep scale 100 quick.
 */
@Component
class LicenceSeeding implements DemoSeeding {

	private static final String MEDICAL = "MEDICAL_PRACTICE";

	private static final int PAGE = 2000;

	/** Individual status changes and 校验 records per area, whatever the scale (each is audited one by one). */
	private static final int HISTORY_PER_AREA = 40;

	private final Licences licences;

	/** 校验 intervals by bed count, asked of the rule table once per distinct count. */
	private final java.util.Map<Integer, Integer> intervals = new java.util.HashMap<>();

	LicenceSeeding(Licences licences) {
		this.licences = licences;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String name() {
		return "licences";
	}

	@Override
	public void seed(DemoDataset dataset) {
		LocalDate today = dataset.today();
		for (int a = 0; a < dataset.areas().size(); a++) {
			Area area = dataset.areas().get(a);
			Random random = new Random(dataset.seed() * 31 + a + 4001);
			List<Long> issued = medicalLicences(area, random, today);
			radiationLicences(area, random, today);
			hygieneLicences(area, random, today);
			history(issued, random, today);
		}
		licences.expireEnded();
	}

	private List<Long> medicalLicences(Area area, Random random, LocalDate today) {
		List<Long> ids = new ArrayList<>();
		long after = 0;
		List<LicenceHolder> page;
		do {
			page = licences.holders(SubjectKind.MEDICAL_INSTITUTION, MEDICAL, area.countyCode(), after, PAGE);
			List<NewLicence> batch = new ArrayList<>(page.size());
			for (LicenceHolder h : page) {
				after = h.id();
				String number = h.licenceRegNo() != null ? h.licenceRegNo() : "PDY" + area.countyCode() + h.id();
				batch.add(medical(h, number, random, today));
			}
			if (!batch.isEmpty()) {
				ids.addAll(licences.issueAll(batch));
			}
		}
		while (page.size() == PAGE);
		return ids;
	}

	/**
	 * Validity: 4% end within 90 days, 1.5% already ended (expired by the job), the rest spread over five
	 * years. 校验: 8% fall due within 30 days, 3% overdue, the rest later in their cycle.
	 */
	private NewLicence medical(LicenceHolder h, String number, Random random, LocalDate today) {
		double v = random.nextDouble();
		LocalDate issued = today.minusDays(30 + random.nextInt(5 * 365 - 120));
		LocalDate validTo = null; // the kind's default validity
		if (v < 0.04) {
			validTo = today.plusDays(1 + random.nextInt(89));
		}
		else if (v < 0.055) {
			validTo = today.minusDays(1 + random.nextInt(200));
			issued = validTo.minusYears(4).minusDays(random.nextInt(300));
		}
		int beds = h.beds() == null ? 0 : h.beds();
		int interval = intervals.computeIfAbsent(beds, b -> licences.verificationIntervalYears(MEDICAL, b, today));
		LocalDate lastVerified = null;
		if (interval > 0) {
			double d = random.nextDouble();
			LocalDate due = d < 0.08 ? today.plusDays(random.nextInt(30))
					: d < 0.11 ? today.minusDays(1 + random.nextInt(120)) : today.plusDays(31 + random.nextInt(interval * 365 - 31 + 1));
			LocalDate candidate = due.minusYears(interval);
			if (!candidate.isBefore(issued) && !candidate.isAfter(today)) {
				lastVerified = candidate;
			}
		}
		return new NewLicence(MEDICAL, h.id(), number, issued, issued, validTo, h.beds(), null, lastVerified);
	}

	private void radiationLicences(Area area, Random random, LocalDate today) {
		long after = 0;
		List<LicenceHolder> page;
		String province = area.countyCode().startsWith("21") ? "辽" : "鲁";
		do {
			page = licences.holders(SubjectKind.MEDICAL_INSTITUTION, "RADIATION_DIAGNOSIS", area.countyCode(), after, PAGE);
			List<NewLicence> batch = new ArrayList<>();
			for (LicenceHolder h : page) {
				after = h.id();
				if (h.beds() != null && h.beds() >= 50 && random.nextDouble() < 0.7) {
					LocalDate issued = today.minusDays(60 + random.nextInt(4 * 365));
					String number = province + "卫放证字〔" + issued.getYear() + "〕第" + area.countyCode() + "-" + h.id() + "号";
					batch.add(new NewLicence("RADIATION_DIAGNOSIS", h.id(), number, issued, issued, null, null, null, null));
				}
			}
			if (!batch.isEmpty()) {
				licences.issueAll(batch);
			}
		}
		while (page.size() == PAGE);
	}

	private void hygieneLicences(Area area, Random random, LocalDate today) {
		long after = 0;
		List<LicenceHolder> page;
		String province = area.countyCode().startsWith("21") ? "辽" : "鲁";
		do {
			page = licences.holders(SubjectKind.PUBLIC_HEALTH_UNIT, area.countyCode(), after, PAGE);
			List<NewLicence> batch = new ArrayList<>();
			for (LicenceHolder h : page) {
				after = h.id();
				String kind = switch (h.categoryCode()) {
					case "PUBLIC_PLACE" -> "PUBLIC_PLACE_HYGIENE";
					case "DRINKING_WATER" -> "WATER_SUPPLY_HYGIENE";
					case "DISINFECTION_PRODUCT" -> "DISINFECTANT_PRODUCTION";
					default -> null;
				};
				if (kind == null || random.nextDouble() >= 0.75) {
					continue;
				}
				LocalDate issued = today.minusDays(10 + random.nextInt(4 * 365 - 20));
				String word = switch (kind) {
					case "PUBLIC_PLACE_HYGIENE" -> "公";
					case "WATER_SUPPLY_HYGIENE" -> "水";
					default -> "消";
				};
				String number = province + "卫" + word + "证字〔" + issued.getYear() + "〕第" + area.countyCode() + "-"
						+ String.format("%06d", h.id()) + "号";
				batch.add(new NewLicence(kind, h.id(), number, issued, issued, null, null, null, null));
			}
			if (!batch.isEmpty()) {
				licences.issueAll(batch);
			}
		}
		while (page.size() == PAGE);
	}

	/** A few licences get a recorded 校验, a suspension (some reinstated), or a revocation. */
	private void history(List<Long> issued, Random random, LocalDate today) {
		if (issued.isEmpty()) {
			return;
		}
		int n = Math.min(HISTORY_PER_AREA, Math.max(1, issued.size() / 50));
		for (int i = 0; i < n; i++) {
			long id = issued.get(random.nextInt(issued.size()));
			var licence = licences.get(id);
			if (!licence.status().isLive() || licence.status() != LicenceStatus.VALID) {
				continue;
			}
			switch (i % 4) {
				case 0, 1 -> {
					LocalDate on = today.minusDays(random.nextInt(20));
					if (!on.isBefore(licence.validFrom())) {
						licences.recordVerification(id, on, VerificationResult.PASSED, "现场校验合格（演示数据）");
					}
				}
				case 2 -> {
					licences.changeStatus(id, LicenceStatus.SUSPENDED, "监督检查发现超范围执业，责令停业整顿（演示数据）");
					if (random.nextBoolean()) {
						licences.changeStatus(id, LicenceStatus.VALID, "整改完成，经复查合格恢复执业（演示数据）");
					}
				}
				default -> {
					if (random.nextInt(4) == 0) {
						licences.changeStatus(id, LicenceStatus.REVOKED, "逾期拒不校验，依法吊销（演示数据）");
					}
				}
			}
		}
	}

}
