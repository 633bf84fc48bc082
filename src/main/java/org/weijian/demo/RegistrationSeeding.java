package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.Registrations;
import org.weijian.registry.SubjectKind;

/**
 * Demo registration requests for 盘锦市 institutions, in every state: pending (校验, 延续, 变更, 新办),
 * returned, withdrawn and approved. The system keys them in on the institutions' behalf, and each
 * request's history says so.
 */
@Component
class RegistrationSeeding implements DemoSeeding {

	private static final String ON_BEHALF = "演示数据：系统代机构提交 / demo data keyed in by the system on the institution's behalf";

	private final Licences licences;

	private final Registrations registrations;

	RegistrationSeeding(Licences licences, Registrations registrations) {
		this.licences = licences;
		this.registrations = registrations;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String name() {
		return "registration";
	}

	@Override
	public void seed(DemoDataset dataset) {
		LocalDate today = dataset.today();
		List<LicenceView> live = new ArrayList<>();
		long after = 0;
		while (live.size() < 12) {
			List<LicenceHolder> page = licences.holders(SubjectKind.MEDICAL_INSTITUTION, DemoDataset.PANJIN.substring(0, 4), after, 200);
			if (page.isEmpty()) {
				break;
			}
			for (LicenceHolder h : page) {
				after = h.id();
				licences.ofHolder(h.id())
					.stream()
					.filter(l -> l.kindCode().equals("MEDICAL_PRACTICE") && l.status() == LicenceStatus.VALID
							&& l.validTo().isAfter(today.plusDays(1)))
					.findFirst()
					.ifPresent(live::add);
				if (live.size() == 12) {
					break;
				}
			}
		}
		if (live.size() < 12) {
			return; // too few institutions at this scale for the full set
		}
		// pending: one of each kind
		verification(live.get(0), today);
		renewal(live.get(1));
		change(live.get(2));
		registrations.fileOnBehalf(live.get(3).holderId(), RegistrationKind.NEW_LICENCE, null,
				Map.of("kindCode", "MATERNAL_CHILD_SERVICE", "number", "辽母婴证字〔" + today.getYear() + "〕第" + live.get(3).holderId() + "号",
						"issueDate", today.minusDays(2).toString(), "scope", "婚前医学检查；产前筛查"),
				ON_BEHALF);
		// returned
		registrations.returnRequest(verification(live.get(4), today).id(), "校验申请材料不全：缺少年度工作总结和卫生技术人员名录，请补正后重新提交");
		registrations.returnRequest(change(live.get(5)).id(), "变更床位数与设置批准书不一致，请核实");
		// withdrawn
		registrations.withdrawOnBehalf(renewal(live.get(6)).id(), "机构申请撤回，拟调整后另行申请");
		RegistrationView returned = verification(live.get(7), today);
		registrations.returnRequest(returned.id(), "缺少校验期内接受处罚情况说明");
		registrations.withdrawOnBehalf(returned.id(), "机构申请撤回");
		// approved (the system decides requests keyed in for institutions; maker-checker still holds)
		registrations.approve(verification(live.get(8), today).id(), "材料齐全，校验合格");
		registrations.approve(renewal(live.get(9)).id(), "准予延续");
		registrations.approve(change(live.get(10)).id(), "准予变更核定床位");
		verification(live.get(11), today);
	}

	private RegistrationView verification(LicenceView l, LocalDate today) {
		LocalDate on = today.minusDays(3).isBefore(l.validFrom()) ? l.validFrom() : today.minusDays(3);
		return registrations.fileOnBehalf(l.holderId(), RegistrationKind.VERIFICATION, l.id(),
				Map.of("verifiedOn", on.toString(), "note", "年度校验申请"), ON_BEHALF);
	}

	private RegistrationView renewal(LicenceView l) {
		return registrations.fileOnBehalf(l.holderId(), RegistrationKind.RENEWAL, l.id(),
				Map.of("validTo", l.validTo().plusYears(5).toString(), "note", "执业许可证有效期届满前申请延续"), ON_BEHALF);
	}

	private RegistrationView change(LicenceView l) {
		int beds = l.approvedBeds() == null ? 0 : l.approvedBeds();
		return registrations.fileOnBehalf(l.holderId(), RegistrationKind.CHANGE, l.id(),
				Map.of("approvedBeds", String.valueOf(beds + 10), "note", "新增病区，申请变更核定床位"), ON_BEHALF);
	}

}
