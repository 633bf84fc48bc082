package org.weijian.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.weijian.agency.InspectorFilter;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.inspection.RiskTier;
import org.weijian.inspection.recusal.RecusalPair;
import org.weijian.inspection.recusal.RecusalView;
import org.weijian.inspection.recusal.Recusals;
import org.weijian.inspection.tier.RiskTiers;
import org.weijian.inspection.tier.TierAssignment;
import org.weijian.inspection.tier.TierChange;
import org.weijian.inspection.tier.TierSource;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.Licences;
import org.weijian.registry.SubjectKind;
import org.weijian.shared.web.PageQuery;

/**
 * Demo risk tiers (风险分级) and declared conflicts (回避) through the inspection API: in every demo area about 5%
 * of the operating subjects are set to A, 15% to C and 3% to D by hand with a plausible reason, about 1% are put
 * on the key-supervision list (重点监管名单), and about twenty inspector ↔ subject conflicts are declared (a few
 * withdrawn again), most in 盘锦市. Scales with the registry; tiers are set in batches of 2,000. Subjects already on
 * the list and pairs already declared are left alone, so the step can run on a database with other data.
 */
@Component
class TierSeeding implements DemoSeeding {

	private static final int PAGE = 2000;

	private static final int RECUSALS_PANJIN = 16;

	private static final int RECUSALS_LAIWU = 4;

	private static final String DEMO = "（演示数据）";

	private static final List<String> LOW = List.of("上年度抽查合格，信用良好", "连续三年监督检查无违法违规记录", "信用评价为 A 级，内部管理制度健全");

	private static final List<String> ELEVATED = List.of("近两年有行政处罚记录", "上年度抽查责令整改，复查已合格", "投诉举报较多，需加大抽查频次",
			"新开业不足一年，尚无检查记录");

	private static final List<String> HIGH = List.of("近一年内两次被行政处罚", "发生医疗纠纷并经查实存在违规行为", "抽查发现问题逾期未整改");

	private static final List<String> KEY = List.of("发生严重违法违规行为，列入重点监管", "被立案查处，案件尚未办结", "群众投诉集中，经核查属实");

	private static final List<String> CONFLICTS = List.of("配偶在该机构任职", "近亲属（子女）在该机构工作", "三年内曾在该机构任职", "与该机构负责人系近亲属",
			"曾为该机构提供有偿咨询服务");

	private final Licences licences;

	private final RiskTiers tiers;

	private final Recusals recusals;

	private final Inspectors inspectors;

	TierSeeding(Licences licences, RiskTiers tiers, Recusals recusals, Inspectors inspectors) {
		this.licences = licences;
		this.tiers = tiers;
		this.recusals = recusals;
		this.inspectors = inspectors;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String name() {
		return "tiers";
	}

	@Override
	public void seed(DemoDataset dataset) {
		List<Long> panjin = new ArrayList<>();
		List<Long> laiwu = new ArrayList<>();
		for (int a = 0; a < dataset.areas().size(); a++) {
			Area area = dataset.areas().get(a);
			Random random = new Random(dataset.seed() * 31 + a + 5501);
			List<Long> sample = area.countyCode().startsWith(DemoDataset.LAIWU) ? laiwu : panjin;
			for (SubjectKind kind : SubjectKind.values()) {
				tiers(area.countyCode(), kind, random, sample);
			}
		}
		Random random = new Random(dataset.seed() * 31 + 5599);
		conflicts(DemoDataset.PANJIN, panjin, RECUSALS_PANJIN, random);
		conflicts(DemoDataset.LAIWU, laiwu, RECUSALS_LAIWU, random);
	}

	/** One area's subjects of a kind, page by page: manual tiers in one batch per page, listings one by one. */
	private void tiers(String county, SubjectKind kind, Random random, List<Long> sample) {
		long after = 0;
		List<LicenceHolder> page;
		do {
			page = licences.holders(kind, county, after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			after = page.get(page.size() - 1).id();
			List<Long> ids = page.stream().map(LicenceHolder::id).toList();
			Map<Long, TierAssignment> current = tiers.tiersOf(ids);
			List<TierChange> batch = new ArrayList<>();
			List<Long> listed = new ArrayList<>();
			for (long id : ids) {
				double r = random.nextDouble();
				boolean key = random.nextDouble() < 0.01;
				if (sample.size() < 400 && random.nextInt(8) == 0) {
					sample.add(id);
				}
				if (current.get(id).source() == TierSource.KEY_SUPERVISION) {
					continue;
				}
				if (r < 0.05) {
					batch.add(new TierChange(id, RiskTier.A, pick(LOW, random)));
				}
				else if (r < 0.20) {
					batch.add(new TierChange(id, RiskTier.C, pick(ELEVATED, random)));
				}
				else if (r < 0.23) {
					batch.add(new TierChange(id, RiskTier.D, pick(HIGH, random)));
				}
				if (key) {
					listed.add(id);
				}
			}
			if (!batch.isEmpty()) {
				tiers.setAll(batch);
			}
			for (long id : listed) {
				tiers.listKeySupervision(id, pick(KEY, random));
			}
		}
		while (page.size() == PAGE);
	}

	/** Declared conflicts between the city's active inspectors and sampled subjects; every fifth withdrawn again. */
	private void conflicts(String city, List<Long> subjects, int count, Random random) {
		List<InspectorProfile> staff = inspectors.page(new InspectorFilter(null, null, "ACTIVE", null, city), PageQuery.of(0, PageQuery.MAX_SIZE))
			.items();
		if (staff.isEmpty() || subjects.isEmpty()) {
			return;
		}
		Set<RecusalPair> taken = new HashSet<>(recusals.activePairs(staff.stream().map(InspectorProfile::id).toList()));
		int declared = 0;
		for (int attempt = 0; declared < count && attempt < count * 5; attempt++) {
			InspectorProfile inspector = staff.get(random.nextInt(staff.size()));
			long subject = subjects.get(random.nextInt(subjects.size()));
			if (!taken.add(new RecusalPair(inspector.id(), subject))) {
				continue;
			}
			RecusalView view = recusals.declare(inspector.id(), subject, pick(CONFLICTS, random));
			declared++;
			if (declared % 5 == 0) {
				recusals.withdraw(view.id(), "相关人员已离职，回避情形消除" + DEMO);
			}
		}
	}

	private static String pick(List<String> reasons, Random random) {
		return reasons.get(random.nextInt(reasons.size())) + DEMO;
	}

}
